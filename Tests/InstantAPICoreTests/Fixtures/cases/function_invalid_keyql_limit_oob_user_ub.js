/**
* A limit default above the declared range
* @param {object.keyql.limit} limit How many rows to return {:} [2, 20]
* @returns {string}
*/
module.exports = async (limit = {count: 21, offset: 0}) => {
  return 'rows';
};
