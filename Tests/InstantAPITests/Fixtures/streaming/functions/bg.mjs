/**
 * Background with the default mode
 * @background
 * @param {string} data
 * @returns {string}
 */
export default async (data = 'x') => {};
