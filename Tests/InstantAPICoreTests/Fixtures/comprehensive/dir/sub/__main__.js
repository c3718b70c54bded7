/**
* Test function
* @keys SOME_API_KEY
* @charge 19
* @param {Boolean} a alpha
* @param {String} b beta
* @param {Number} c gamma
* @param {Any} d delta
* @param {Array} e epsilon
* @param {Object} f zeta
* @returns {Boolean} returnName A return description!
*/
module.exports = async function (
  a = true,
  b = 'false',
  c = 1,
  d = null,
  e = [1, 2, 3, {four: 'five'}],
  f = {one: 'two', three: [4, 5]}
) {
  return a;
};
