/**
 * Stores an item
 * @param {object} item
 * @param {string} item.title
 * @param {number{1,10}} item.count
 * @returns {object} stored
 */
export async function POST (item) {};
