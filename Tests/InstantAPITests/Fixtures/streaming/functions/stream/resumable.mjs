/**
 * Streams "one", waits for the test's signal, streams "two"
 * @stream {string} s
 * @returns {string}
 */
export default async (context) => {};
