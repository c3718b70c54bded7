/**
 * Says goodbye
 * @returns {string} text
 */
export default async () => {};
