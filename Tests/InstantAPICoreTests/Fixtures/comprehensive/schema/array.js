/**
* Test Array Schema Input
* @param {array} arr1
* @ {string} str
* @param {array} arr2
* @ {object} obj
* @   {string} str
* @   {object} obj
* @     {string} str
* @returns {string}
*/
module.exports = async (arr1, arr2) => {
  return arr1.join(',');
};
