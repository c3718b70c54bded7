/**
* Each query in the default must only use allowed fields
* @param {array} filters
* @ {object.keyql.query} filter {?} ["first_name", "age"]
* @returns {boolean}
*/
module.exports = async (filters = [{last_name__is: 'smith'}]) => {
  return true;
};
