/**
* The acl directive must come before params
* @param {string} name
* @acl *
* @returns {string}
*/
module.exports = (name, callback) => {
  return callback(null, name);
};
