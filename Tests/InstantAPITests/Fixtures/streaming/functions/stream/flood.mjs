/**
 * Streams as many events as it can
 * @param {integer} count
 * @param {integer} pad
 * @stream {object} tick
 * @stream {integer} tick.n
 * @stream {string} tick.pad
 * @returns {integer}
 */
export default async (count, pad = 0, context) => {};
