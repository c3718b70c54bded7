/**
 * Test Enum
 * @param {any} before
 * @param {enum} basic some basic types
 *   ["num", 0]
 *   ["double", "1"]
 *   ["float", 1.2]
 *   ["numstr", "123"]
 * @param {any} after
 * @returns {any}
 */
module.exports = async (before = null, basic, after = null) => {
  return basic;
};
