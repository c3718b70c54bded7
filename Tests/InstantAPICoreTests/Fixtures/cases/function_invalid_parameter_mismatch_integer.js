/**
* The default of b is not an integer
* @param {integer} a
* @param {integer} b
* @returns {integer}
*/
module.exports = async (a, b = 47.2) => {
  return a;
};
