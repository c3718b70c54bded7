/**
 * @background params data
 * @param {string} data
 * @returns {string}
 */
export default async (data) => {};
