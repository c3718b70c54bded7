/**
* A schema may not end with OR
* @param {object} target
* @ {string} path
* @ {number} bytes
* @ OR
* @param {boolean} overwrite
* @returns {object}
*/
module.exports = async (target, overwrite = false) => {
  return target;
};
