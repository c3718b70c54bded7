/**
* Everyone except a few users may call this
* @acl *
*   user_username mallory deny
*   user_username trudy deny
*   user_username eve deny
* @returns {string}
*/
module.exports = (callback) => {
  return callback(null, 'blacklisted users are ignored by the parser');
};
