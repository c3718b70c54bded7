/**
* Callable from localhost
* @origin localhost
* @returns {string}
*/
module.exports = (callback) => {
  return callback(null, 'origin');
};
