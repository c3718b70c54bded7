/**
 * Streams hello (and other), returns true
 * @param {string} alpha
 * @stream {boolean} hello
 * @stream {string} other
 * @returns {boolean}
 */
export default async (alpha, context) => {};
