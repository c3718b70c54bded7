/**
 * Throws an error with the given status
 * @param {number} status
 * @returns {any}
 */
export default async (status) => {};
