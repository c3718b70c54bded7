/**
* Returns the current time
* @returns {string}
*/
module.exports = async function () {
  return new Date().toISOString();
};
