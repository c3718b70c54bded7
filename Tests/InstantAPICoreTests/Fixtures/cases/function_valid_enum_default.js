/**
 * Converts to a unit of length
 * @param {enum} unit a unit of length
 *   ["metre", 1]
 *   ["centimetre", "0.01"]
 *   ["millimetre", 0.001]
 *   ["inch", "0.0254"]
 * @returns {any}
 */
module.exports = async (unit = 'metre') => {
  return unit;
};
