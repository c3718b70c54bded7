/**
* A stream needs a name
* @stream {string}
* @returns {boolean}
*/
module.exports = async (context) => {
  return true;
};
