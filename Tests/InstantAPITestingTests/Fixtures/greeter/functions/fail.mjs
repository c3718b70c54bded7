/**
 * Always refuses
 * @returns {any}
 */
export default async () => {};
