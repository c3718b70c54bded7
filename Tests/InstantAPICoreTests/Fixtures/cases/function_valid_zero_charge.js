/**
* Free to call
* @charge 0
* @returns {string}
*/
module.exports = (callback) => {
  return callback(null, 'free');
};
