/**
* Picks a shipping speed
* @param {any} before
* @param {enum} speed
*  ["standard", 0]
*  ["economy", 0]
*  ["express", 1]
*  ["overnight", 2]
* @param {any} after
* @returns {number}
*/
module.exports = async (before = null, speed, after = null) => {
  return speed;
};
