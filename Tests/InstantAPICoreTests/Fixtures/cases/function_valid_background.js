/**
* Runs in the background with the default mode
* @background
* @returns {boolean}
*/
module.exports = (callback) => {
  return callback(null, true);
};
