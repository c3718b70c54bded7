/**
 * Lists items
 * @param {string} query Search text
 * @param {integer{1,100}} limit How many to return
 * @returns {array} items
 */
export async function GET (query, limit = 10) {
  return [];
}
