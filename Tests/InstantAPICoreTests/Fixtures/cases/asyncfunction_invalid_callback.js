/**
* Async functions must not ask for a callback
* @returns {string}
*/
module.exports = async (name = 'world', callback) => {
  return `hello ${name}`;
};
