/**
 * Sums three numbers
 * @param {number} a
 * @param {number} b
 * @param {number} c
 * @returns {number} sum
 */
export default async (a = 1, b = 2, c = 3) => {};
