/**
 * Benchmark: a POST taking a nested JSON order and returning its total
 * @param {object} order The order
 * @param {string{1..32}} order.id The order id
 * @param {integer{1,1000}} order.qty How many to ship
 * @param {object[]} order.items Line items
 * @param {string} order.items[].sku Stock keeping unit
 * @param {number{0,1000000}} order.items[].price Unit price
 * @returns {object} placed
 * @returns {string} placed.id
 * @returns {integer} placed.lines
 * @returns {number} placed.total
 */
export async function POST (order) {
  const total = order.items.reduce((sum, item) => sum + item.price, 0) * order.qty;
  return { id: order.id, lines: order.items.length, total };
}
