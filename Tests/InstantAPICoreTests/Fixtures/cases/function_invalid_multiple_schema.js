/**
* An OR line indented by one space too many
* @param {object} target
* @ {string} path
* @ {number} bytes
* @  OR
* @ {string} url
* @ {number} timeout
* @param {boolean} overwrite
* @returns {object}
*/
module.exports = async (target, overwrite = false) => {
  return target;
};
