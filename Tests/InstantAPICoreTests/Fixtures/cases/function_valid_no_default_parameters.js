/**
* Six undocumented parameters, a context and a callback
*/
module.exports = function (a, b, c, d, e, f, context, callback) {
  return callback(null, [a, b, c, d, e, f]);
};
