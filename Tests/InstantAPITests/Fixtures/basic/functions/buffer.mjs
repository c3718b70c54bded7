/**
 * Returns raw bytes
 * @returns {buffer}
 */
export default async () => {};
