/**
 * A widget that only example.com may embed
 * @origin example.com
 * @param {boolean} compact Render the compact form
 * @returns {buffer} image A PNG image
 */
export async function GET (compact = false) {
  return Buffer.from([]);
}
