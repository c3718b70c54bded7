/**
* Callable from localhost on a port
* @origin localhost:8000
* @returns {string}
*/
module.exports = (callback) => {
  return callback(null, 'origin');
};
