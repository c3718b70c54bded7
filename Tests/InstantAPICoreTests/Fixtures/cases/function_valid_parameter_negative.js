/**
* A negative numeric default
* @param {number} a
* @param {number} b
* @returns {number}
*/
module.exports = async (a, b = -7) => {
  return a + b;
};
