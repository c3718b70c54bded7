/**
 * Greets someone
 * @param {string} name Who to greet
 * @param {enum} tone How to say it
 *   ["warm", "Dear"]
 *   ["plain", "Hi"]
 * @returns {object} greeting
 * @returns {string} greeting.text
 */
export async function GET (name, tone = 'plain') {}
