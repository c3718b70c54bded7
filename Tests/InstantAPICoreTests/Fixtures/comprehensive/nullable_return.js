/**
 * @param {?string} a
 * @returns {?string} maybestring not sure
 */
module.exports = async (a = null) => {
  return a;
};
