/**
 * Logs only
 * @param {string} alpha
 * @returns {boolean}
 */
export default async (alpha, context) => {};
