/**
* Reserved names are fine inside a schema
* @param {object} payload
* @ {string} _stream
* @returns {boolean}
*/
module.exports = async (payload, context) => {
  return true;
};
