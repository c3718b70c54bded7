/**
 * Returns the wrong type
 * @returns {number}
 */
export default async () => {};
