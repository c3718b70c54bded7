module.exports = function (context, callback) {
  return callback(null, 'sub test');
};
