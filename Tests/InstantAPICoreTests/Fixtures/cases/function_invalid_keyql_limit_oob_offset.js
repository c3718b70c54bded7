/**
* A limit default with a negative offset
* @param {object.keyql.limit} limit How many rows to return
* @returns {string}
*/
module.exports = async (limit = {count: 10, offset: -1}) => {
  return 'rows';
};
