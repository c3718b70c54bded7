/**
* The query default only uses allowed fields
* @param {object.keyql.query} filter {?} ["first_name", "age"]
* @returns {boolean}
*/
module.exports = async (filter = {first_name__is: 'ada'}) => {
  return true;
};
