/**
 * Takes its time in the background
 * @background
 * @param {integer} ms
 * @returns {string}
 */
export default async (ms) => {};
