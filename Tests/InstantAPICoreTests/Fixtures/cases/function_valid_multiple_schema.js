/**
* Accepts either a local file or a remote URL
* @param {object} target
* @ {string} path
* @ {number} bytes
* @ OR
* @ {string} url
* @ {number} timeout
* @returns {object}
*/
module.exports = async (target) => {
  return target;
};
