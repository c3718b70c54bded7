/**
* The default must be one of the options
* @param {string} size {?} ["small", "medium", "large"]
* @returns {boolean}
*/
module.exports = async (size = 'huge') => {
  return true;
};
