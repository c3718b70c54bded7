/**
 * Only GET and POST
 * @param {string} str
 * @returns {string}
 */
export async function GET (str = 'x') {}

/**
 * @param {string} str
 * @returns {string}
 */
export async function POST (str = 'y') {}
