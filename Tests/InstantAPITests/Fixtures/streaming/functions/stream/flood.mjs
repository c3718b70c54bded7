/**
 * Streams as many events as it can
 * @param {integer} count
 * @stream {object} tick
 * @stream {integer} tick.n
 * @returns {integer}
 */
export default async (count, context) => {};
