/**
* Filters tickets on a few allowed fields
* @param {object.keyql.query} query Filter tickets {?} ["status", "owner", "priority"]
* @returns {string}
*/
module.exports = async (query) => {
  return 'tickets';
};
