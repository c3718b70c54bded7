/**
* The default of b is not a number
* @param {number} a
* @param {number} b
* @returns {number}
*/
module.exports = async (a, b = 'hello') => {
  return a;
};
