/**
* A bare asterisk is not a valid origin
* @origin *
* @returns {string}
*/
module.exports = (callback) => {
  return callback(null, 'origin');
};
