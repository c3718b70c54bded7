/**
* Test function
* @charge 0
* @param {Boolean} a alpha
* @returns {Boolean}
*/
module.exports = async function (a, context) {
  return !!a;
};
