/**
 * HTTP values under an {any} return
 * @param {integer} status
 * @returns {any}
 */
export default async (status) => {};
