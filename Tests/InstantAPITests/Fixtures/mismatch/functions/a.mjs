/**
 * @returns {any}
 */
export async function GET () {}
