/**
* A null default for a number parameter
* @param {number} a
* @param {number} b
* @returns {number}
*/
module.exports = async (a, b = null) => {
  return a;
};
