/**
 * A named export in the background
 * @background
 * @returns {string}
 */
export async function POST () {};
