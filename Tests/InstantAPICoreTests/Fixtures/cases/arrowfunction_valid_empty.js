/**
* Arrow function that only receives a callback
* @returns {boolean}
*/
module.exports = callback => {
  callback(null, true);
};
