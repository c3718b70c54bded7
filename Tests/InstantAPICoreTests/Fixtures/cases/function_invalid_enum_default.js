/**
 * Unquoted enum keys are not JSON
 * @param {enum} unit a unit of length
 *   [metre, 1]
 *   [centimetre, 0.01]
 *   [millimetre, 0.001]
 * @param {boolean} round whether to round the result
 * @returns {any}
 */
module.exports = async (unit = 'not a unit', round = false) => {
  return unit;
};
