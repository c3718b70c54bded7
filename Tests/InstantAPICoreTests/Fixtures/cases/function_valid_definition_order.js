/**
* Uses directives in the allowed order
* @background empty
* @charge 2
* @acl *
*   user_username mallory deny
* @param {string} name
* @returns {string}
*/
module.exports = (name, callback) => {
  return callback(null, name);
};
