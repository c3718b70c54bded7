/**
* A limit default with a fractional count
* @param {object.keyql.limit} limit How many rows to return
* @returns {string}
*/
module.exports = async (limit = {count: 0.354, offset: 0}) => {
  return 'rows';
};
