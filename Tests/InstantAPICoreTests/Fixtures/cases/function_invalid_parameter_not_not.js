/**
* Double logical not is not a literal default either
*/
module.exports = async (a = 1, b = !!7) => {
  return a;
};
