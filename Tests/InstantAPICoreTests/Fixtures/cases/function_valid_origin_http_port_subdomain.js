/**
* An http origin with subdomains and a port
* @origin http://api.dev.internal.localhost:8000
* @returns {string}
*/
module.exports = (callback) => {
  return callback(null, 'origin');
};
