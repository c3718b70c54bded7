/**
 * Returns an HTTP response value
 * @param {string} kind
 * @returns {object.http}
 */
export default async (kind) => {};
