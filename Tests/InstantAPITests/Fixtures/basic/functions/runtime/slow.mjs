/**
 * Sleeps past the timeout
 * @returns {any}
 */
export default async () => {};
