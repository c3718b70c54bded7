/**
 * Not-found handler under test/
 * @returns {any}
 */
export default async (context) => {};
