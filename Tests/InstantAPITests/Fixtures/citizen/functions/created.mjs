/**
 * A typed value with a status and headers added
 * @returns {object} item
 * @returns {string} item.id
 */
export async function POST () {}
