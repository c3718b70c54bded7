/**
 * No modes
 * @returns {string}
 */
export default async () => {};
