/**
 * @background empty
 * @param {string} data
 * @returns {string}
 */
export default async (data) => {};
