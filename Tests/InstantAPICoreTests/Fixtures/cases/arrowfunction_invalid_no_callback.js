/**
* Says hello, but is neither async nor given a callback
* @returns {string}
*/
module.exports = () => {
  return 'hello';
};
