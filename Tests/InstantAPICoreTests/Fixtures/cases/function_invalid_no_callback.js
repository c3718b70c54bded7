/**
* A plain function with no callback
* @returns {string}
*/
module.exports = function () {
  return 'nothing';
};
