/**
* A fixed list of string options
* @param {string} size {?} ["small", "medium", "large"]
* @returns {boolean}
*/
module.exports = async (size) => {
  return true;
};
