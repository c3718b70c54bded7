/**
* @returns {number} name hello
*/
module.exports = (a = 2, b = 4, c = 6, callback) => {
  return callback(null, a + b + c);
};
