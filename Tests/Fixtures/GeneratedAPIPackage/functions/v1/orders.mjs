/**
 * Places an order
 * @param {object} order
 * @param {string{1..32}} order.id
 * @param {object[]} order.items
 * @param {string} order.items[].sku
 * @param {integer{1,100}} order.items[].qty
 * @param {?buffer} receipt A scanned receipt
 * @param {string|integer} reference
 * @stream {object} progress
 * @stream {integer} progress.done
 * @returns {object} placed
 * @returns {string} placed.id
 * @returns {integer} placed.units
 */
export async function POST (order, receipt = null, reference) {}
