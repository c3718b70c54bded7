/**
* Takes only a callback
* @returns {string}
*/
module.exports = function (callback) {
  return callback(null, 'no context');
};
