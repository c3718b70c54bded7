/**
* A schema may not start with OR
* @param {object} target
* @ OR
* @ {string} path
* @ {number} bytes
* @param {boolean} overwrite
* @returns {object}
*/
module.exports = async (target, overwrite = false) => {
  return target;
};
