/**
* Objects can not have options
* @param {object} filters {?} [{}]
* @param {number} page
* @returns {boolean}
*/
module.exports = async (filters, page) => {
  return true;
};
