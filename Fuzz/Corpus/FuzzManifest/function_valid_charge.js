/**
* Costs fifty credits per call
* @charge 50
* @returns {string}
*/
module.exports = (callback) => {
  return callback(null, 'charged');
};
