/**
* Every element of the array is described by one member
* @param {array} entries
* @ {string} title
* @param {string} owner
* @returns {string}
*/
module.exports = async (entries, owner) => {
  return owner;
};
