/**
* Runs in the background with an unknown mode
* @background hello
* @returns {boolean}
*/
module.exports = (callback) => {
  return callback(null, true);
};
