/**
* Only a few users may call this
* @acl
*   user_username alice allow
*   user_username bob allow
* @returns {string}
*/
module.exports = (callback) => {
  return callback(null, 'whitelisted users are ignored by the parser');
};
