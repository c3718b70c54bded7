/**
* Six undocumented parameters without defaults
*/
module.exports = async (a, b, c, d, e, f, context) => {
  return [a, b, c, d, e, f];
};
