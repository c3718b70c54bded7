/**
* An optional parameter needs a default
* @param {?string} nickname What to call the user
* @returns {string}
*/
module.exports = async (nickname) => {
  return nickname || 'friend';
};
