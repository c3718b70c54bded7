/**
* Callable from one origin
* @origin example.com
* @returns {string}
*/
module.exports = (callback) => {
  return callback(null, 'origin');
};
