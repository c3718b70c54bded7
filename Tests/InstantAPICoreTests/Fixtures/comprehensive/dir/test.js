module.exports = async function (a = true, b = 'false', c = 1, d = null, e = [], f = {}, context) {
  return [a, b, c, d, e, f];
};
