/**
* Accepts either a local file or a remote URL with metadata
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
* @returns {object}
*/
module.exports = async (target) => {
  return target;
};
