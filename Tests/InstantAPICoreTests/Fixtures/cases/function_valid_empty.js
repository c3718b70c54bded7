/**
* Does nothing
* @returns {any}
*/
module.exports = function (context, callback) {
  return callback(null);
};
