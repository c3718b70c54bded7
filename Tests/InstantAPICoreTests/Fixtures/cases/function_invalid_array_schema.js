/**
* An array schema may only describe one element
* @param {array} entries
* @ {string} title
* @ {number} createdAt
* @param {string} owner
* @returns {string}
*/
module.exports = async (entries, owner) => {
  return owner;
};
