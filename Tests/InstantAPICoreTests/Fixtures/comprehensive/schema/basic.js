/**
* Test Schema Input
* @param {string} before
* @param {object} obj
* @ {string} name
* @ {boolean} enabled
* @ {object} data
* @   {string} a
* @   {string} b
* @ {number} timestamp
* @param {string} after
* @returns {string}
*/
module.exports = async (before, obj, after) => {
  return obj.name;
};
