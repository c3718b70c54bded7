/**
 * A background job for the queue tests and benchmark: works for `ms` milliseconds and fails
 * its first `failures` attempts.
 * @background info
 * @param {integer} ms How long to work, in milliseconds
 * @param {integer} failures How many first attempts fail
 * @returns {object} result
 * @returns {string} result.replica
 * @returns {integer} result.attempt
 */
export async function POST (ms = 0, failures = 0) {};
