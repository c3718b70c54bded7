/**
 * @background params
 * @param {string} data
 * @returns {string}
 */
export default async (data) => {};
