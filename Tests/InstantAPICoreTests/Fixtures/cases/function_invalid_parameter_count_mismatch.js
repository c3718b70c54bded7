/**
* Documents one parameter but takes two
* @param {string} first
* @returns {string}
*/
module.exports = async (first, second) => {
  return first + second;
};
