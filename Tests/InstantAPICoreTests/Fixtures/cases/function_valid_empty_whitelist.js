/**
* An acl directive without entries
* @acl
* @returns {string}
*/
module.exports = (callback) => {
  return callback(null, 'closed');
};
