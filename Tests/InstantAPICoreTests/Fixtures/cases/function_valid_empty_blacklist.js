/**
* Allows everyone
* @acl *
* @returns {string}
*/
module.exports = (callback) => {
  return callback(null, 'open');
};
