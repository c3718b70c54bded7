/**
 * Streams and logs in the original's order
 * @param {string} alpha
 * @stream {string} hello
 * @stream {string} goodbye
 * @returns {boolean}
 */
export default async (alpha, context) => {};
