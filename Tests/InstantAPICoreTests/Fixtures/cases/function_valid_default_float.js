/**
* Float with a float default
* @param {float} ratio
* @returns {float}
*/
module.exports = async (ratio = 3.14) => {
  return ratio;
};
