/**
 * Place an order
 * @param {string{1..32}} id The order id
 * @param {integer{1,1000}} qty How many to ship
 * @param {object[]} items Line items
 * @param {string} items[].sku Stock keeping unit
 * @param {number{0,1000000}} items[].price Unit price
 * @returns {object} order
 * @returns {string} order.id
 * @returns {number} order.total
 */
export async function POST (id, qty, items = []) {
  return { id, total: 0 };
}

/**
 * Look an order up
 * @param {string{1..32}} id The order id
 * @returns {object.http} order The order as a downloadable receipt
 */
export async function GET (id) {
  return { statusCode: 200, headers: { 'Content-Type': 'text/plain' }, body: `order ${id}` };
}
