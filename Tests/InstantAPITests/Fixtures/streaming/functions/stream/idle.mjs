/**
 * Sends one event, then waits until cancelled
 * @stream {string} s
 * @returns {string}
 */
export default async (context) => {};
