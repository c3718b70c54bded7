/**
* Logical not is not a literal default
*/
module.exports = async (a = 1, b = !7) => {
  return a;
};
