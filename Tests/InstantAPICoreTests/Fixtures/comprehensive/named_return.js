/**
* Returns a named value
* @returns {string} returnName And a return description
*/
module.exports = async () => {
  return 'named';
};
