/**
* An endpoint whose file name has a hyphen
* @returns {string}
*/
module.exports = async () => {
  return 'hyphenated';
};
