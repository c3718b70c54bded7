/**
* Test Nested Schema Input
* @param {string} before
* @param {object} obj
* @ {string} str
* @ {boolean} bool
* @ {object} obj
* @   {string} str
* @   {object} obj
* @     {string} str
* @ {number} num
* @param {string} after
* @returns {string}
*/
module.exports = async (before, obj, after) => {
  return obj.obj.obj.str;
};
