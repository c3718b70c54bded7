/**
* Streams a greeting
* @stream {string} hello Some description of the stream
* @returns {boolean}
*/
module.exports = async (context) => {
  context.stream('hello', 'hi there');
  return true;
};
