/**
 * The root
 * @returns {string} greeting
 */
export default async () => {};
