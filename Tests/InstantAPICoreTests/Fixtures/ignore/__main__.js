/**
* The only endpoint that should be loaded
* @returns {string}
*/
module.exports = async () => {
  return 'kept';
};
