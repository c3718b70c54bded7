/**
* String options must all be strings
* @param {string} size {?} ["small", 42, "large"]
* @param {number} quantity
* @returns {boolean}
*/
module.exports = async (size, quantity) => {
  return true;
};
