/**
* An optional parameter with a null default
* @param {?string} nickname What to call the user
* @returns {string}
*/
module.exports = async (nickname = null) => {
  return nickname || 'friend';
};
