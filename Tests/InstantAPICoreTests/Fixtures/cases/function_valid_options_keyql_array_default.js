/**
* Each query in the default only uses allowed fields
* @param {array} filters
* @ {object.keyql.query} filter {?} ["first_name", "age"]
* @returns {boolean}
*/
module.exports = async (filters = [{first_name__is: 'ada'}]) => {
  return true;
};
