/**
* A nested OR written at the outer depth
* @param {object} target
* @ {string} path
* @ {number} bytes
* @ OR
* @ {string} url
* @ {number} timeout
* @ {object} meta
* @   {string} label
* @ OR
* @   {number} depth
* @param {boolean} overwrite
* @returns {object}
*/
module.exports = async (target, overwrite = false) => {
  return target;
};
