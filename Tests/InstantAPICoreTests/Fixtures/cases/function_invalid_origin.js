/**
* Wildcard subdomains are not valid origins
* @origin *.example.com
* @returns {string}
*/
module.exports = (callback) => {
  return callback(null, 'origin');
};
