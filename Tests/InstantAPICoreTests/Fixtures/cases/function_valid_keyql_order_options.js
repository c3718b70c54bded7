/**
* Sorts tickets on a few allowed fields
* @param {object.keyql.order} order Sort tickets {?} ["status", "owner", "priority"]
* @returns {string}
*/
module.exports = async (order) => {
  return 'tickets';
};
