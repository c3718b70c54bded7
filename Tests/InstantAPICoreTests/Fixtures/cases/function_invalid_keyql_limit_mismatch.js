/**
* A limit range whose minimum is above its maximum
* @param {object.keyql.limit} limit How many rows to return {:} [5, 4]
* @param {string} table Which table to read
* @returns {string}
*/
module.exports = async (limit, table) => {
  return table;
};
