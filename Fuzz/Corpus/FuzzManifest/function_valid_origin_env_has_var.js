/**
* Origin taken from the CASE_ORIGIN environment variable
* @origin =process.env.CASE_ORIGIN
* @returns {string}
*/
module.exports = (callback) => {
  return callback(null, 'origin');
};
