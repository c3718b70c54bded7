/**
* Returns what it was given, using the same alternate schemas
* @param {object} target
* @ {string} path
* @ {number} bytes
* @ OR
* @ {string} url
* @ {number} timeout
* @ {object} meta
* @   {string} label
* @   OR
* @   {number} depth
* @returns {object} target
* @ {string} path
* @ {number} bytes
* @ OR
* @ {string} url
* @ {number} timeout
* @ {object} meta
* @   {string} label
* @   OR
* @   {number} depth
*/
module.exports = async (target) => {
  return target;
};
