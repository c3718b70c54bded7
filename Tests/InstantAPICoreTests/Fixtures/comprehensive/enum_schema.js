/**
 * @param {string} before a param
 * @param {object} valueRange The cells to write
 * @ {string} range
 * @ {enum} majorDimension
 *     ["ROWS", "ROWS"]
 *     ["COLUMNS", "COLUMNS"]
 * @ {array} values The cell values, one inner array per row or column
 * @param {string} after a param
 * @returns {any}
 */
module.exports = async (before, valueRange, after, context) => {
  return valueRange;
};
