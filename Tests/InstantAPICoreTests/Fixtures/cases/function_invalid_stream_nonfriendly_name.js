/**
* A stream name must be an identifier
* @stream {string} ?progress
* @returns {boolean}
*/
module.exports = async (context) => {
  return true;
};
