/**
* Order options must all be field names
* @param {object.keyql.order} order Sort tickets {?} ["status", null, "owner"]
* @param {object.keyql.limit} limit How many tickets
* @returns {string}
*/
module.exports = async (order, limit) => {
  return 'tickets';
};
