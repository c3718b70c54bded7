/**
 * Throws
 * @stream {string} s
 * @returns {any}
 */
export default async (context) => {};
