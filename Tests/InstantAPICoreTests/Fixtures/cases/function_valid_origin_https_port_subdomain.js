/**
* An https origin with subdomains and a port
* @origin https://api.dev.internal.localhost:8000
* @returns {string}
*/
module.exports = (callback) => {
  return callback(null, 'origin');
};
