/**
* Objects can not have options, not even an empty list
* @param {object} filters {?} []
* @param {number} page
* @returns {boolean}
*/
module.exports = async (filters, page) => {
  return true;
};
