/**
* Has no returns directive, so it returns any
* @param {string} value
*/
module.exports = async (value = 'anything') => {
  return value;
};
