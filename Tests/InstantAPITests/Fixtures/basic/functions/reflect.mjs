/**
 * Echoes its parameters
 * @returns {any} params
 */
export default async (context) => {};
