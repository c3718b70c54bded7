/**
 * Throws in the background
 * @background
 * @returns {string}
 */
export default async () => {};
