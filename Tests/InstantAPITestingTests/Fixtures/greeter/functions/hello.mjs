/**
 * Greets someone
 * @param {string} name
 * @returns {string} greeting
 */
export default async (name = 'world') => {};
