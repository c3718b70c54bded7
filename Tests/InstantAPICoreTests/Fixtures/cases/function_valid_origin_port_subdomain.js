/**
* Callable from a subdomain of localhost on a port
* @origin api.dev.internal.localhost:8000
* @returns {string}
*/
module.exports = (callback) => {
  return callback(null, 'origin');
};
