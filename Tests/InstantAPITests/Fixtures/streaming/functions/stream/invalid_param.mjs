/**
 * Sends a string to a boolean stream
 * @stream {boolean} hello
 * @returns {boolean}
 */
export default async (context) => {};
