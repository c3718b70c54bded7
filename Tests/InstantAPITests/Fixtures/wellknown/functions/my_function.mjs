/**
 * My function. Adds numbers
 * @param {number} a
 * @param {number} b
 * @returns {number} sum
 */
export default async function (a = 1, b = 2) {
  return a + b;
}
