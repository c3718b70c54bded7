/**
* Query options must all be field names
* @param {object.keyql.query} query Filter tickets {?} ["status", null, "owner"]
* @param {object.keyql.limit} limit How many tickets
* @returns {string}
*/
module.exports = async (query, limit) => {
  return 'tickets';
};
