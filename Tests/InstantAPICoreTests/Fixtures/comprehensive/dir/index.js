/**
* The directory's own endpoint
* @returns {string}
*/
module.exports = async () => {
  return 'dir';
};
