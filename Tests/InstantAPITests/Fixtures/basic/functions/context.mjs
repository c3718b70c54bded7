/**
 * Echoes the context
 * @returns {any}
 */
export default async (context) => {};
