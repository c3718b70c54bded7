/**
* Only http and https origins are allowed
* @origin ftp://files.example.com
* @returns {string}
*/
module.exports = (callback) => {
  return callback(null, 'origin');
};
