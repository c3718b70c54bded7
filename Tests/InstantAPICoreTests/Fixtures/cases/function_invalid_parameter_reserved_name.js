/**
* _stream is reserved for the gateway
* @param {string} _stream
* @returns {boolean}
*/
module.exports = async (_stream, context) => {
  return true;
};
