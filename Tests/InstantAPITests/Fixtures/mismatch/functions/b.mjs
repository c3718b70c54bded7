/**
 * @returns {any}
 */
export default async () => {};
