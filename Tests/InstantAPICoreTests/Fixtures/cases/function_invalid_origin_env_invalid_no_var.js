/**
* The named environment variable is not set
* @origin =process.env.CASE_ORIGIN_INVALID
* @returns {string}
*/
module.exports = (callback) => {
  return callback(null, 'origin');
};
