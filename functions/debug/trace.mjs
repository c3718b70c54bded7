/**
 * Logs its progress. Add `?_debug` (outside production) to watch the log lines arrive as
 * `@stdout` and `@stderr` events.
 * @param {integer{1,10}} steps How many steps to run
 * @returns {integer} steps The steps completed
 */
export default async (steps = 3, context) => {};
