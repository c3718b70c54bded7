/**
* An environment origin must name process.env
* @origin =CASE_ORIGIN_INVALID
* @returns {string}
*/
module.exports = (callback) => {
  return callback(null, 'origin');
};
