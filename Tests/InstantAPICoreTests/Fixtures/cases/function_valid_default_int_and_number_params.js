/**
* Integer and number defaults
* @param {integer} count
* @param {number} total
* @returns {number}
*/
module.exports = async (count = 12, total = 342) => {
  return count + total;
};
