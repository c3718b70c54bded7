/**
* A limit default with an unknown key
* @param {object.keyql.limit} limit How many rows to return
* @returns {string}
*/
module.exports = async (limit = {count: 0, fhg: 'wat'}) => {
  return 'rows';
};
