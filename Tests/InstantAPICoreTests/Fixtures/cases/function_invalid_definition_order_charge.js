/**
* The charge directive must come before params
* @param {string} name
* @charge 5
* @returns {string}
*/
module.exports = (name, callback) => {
  return callback(null, name);
};
