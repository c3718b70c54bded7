/**
* Sorts tickets by several allowed fields
* @param {array} sortBy
* @ {object.keyql.order} sortEntry One sort key {?} ["status", "priority", "created_at"]
* @returns {string}
*/
module.exports = async (sortBy) => {
  return 'sorted';
};
