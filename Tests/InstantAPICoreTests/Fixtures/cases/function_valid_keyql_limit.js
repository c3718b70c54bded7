/**
* Reads rows with a bounded limit
* @param {object.keyql.limit} limit How many rows to return {:} [2, 20]
* @returns {string}
*/
module.exports = async (limit = {count: 15, offset: 0}) => {
  return 'rows';
};
