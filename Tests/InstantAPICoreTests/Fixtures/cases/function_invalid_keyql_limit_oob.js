/**
* A limit default with a negative count
* @param {object.keyql.limit} limit How many rows to return
* @returns {string}
*/
module.exports = async (limit = {count: -1, offset: 0}) => {
  return 'rows';
};
