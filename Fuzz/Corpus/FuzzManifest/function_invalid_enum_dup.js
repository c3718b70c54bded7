/**
* Enum with a duplicated key (and unquoted keys, which fail first)
* @param {any} before
* @param {enum} colour
*  [red, 1]
*  [green, 2]
*  [blue, 3]
*  [green, 4]
* @param {any} after
* @returns {number}
*/
module.exports = async (before = null, colour, after = null) => {
  return colour;
};
