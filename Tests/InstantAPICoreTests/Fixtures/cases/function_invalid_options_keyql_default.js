/**
* A query default must only use allowed fields
* @param {object.keyql.query} filter {?} ["first_name", "age"]
* @returns {boolean}
*/
module.exports = async (filter = {last_name__is: 'smith'}) => {
  return true;
};
