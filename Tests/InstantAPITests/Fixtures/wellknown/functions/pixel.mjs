/**
 * A pixel
 * @returns {buffer} image
 */
export default async function () {
  return Buffer.from([]);
}
