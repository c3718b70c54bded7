/**
 * Throws what it is asked to
 * @param {string} kind
 * @returns {any}
 */
export default async (kind) => {};
