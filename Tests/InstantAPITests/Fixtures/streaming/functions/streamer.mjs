/**
 * The original's probe: every kind of event
 * @param {integer} n
 * @stream {string} s
 * @stream {enum} e
 *   ["a", 1]
 *   ["b", {"x": 2}]
 * @returns {any}
 */
export default async (n = 1, context) => {};
