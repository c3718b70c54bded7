/**
 * Streams two events, then sleeps past the timeout
 * @stream {string} s
 * @returns {string}
 */
export default async (context) => {};
