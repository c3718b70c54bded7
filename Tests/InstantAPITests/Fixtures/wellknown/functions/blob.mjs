/**
 * Raw bytes
 * @returns {buffer} data
 */
export default async function () {
  return Buffer.from([]);
}
