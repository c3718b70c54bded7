/**
 * Describes this API
 * @returns {object} about
 * @returns {string} about.name The API's name
 * @returns {string} about.docs Where the documentation lives
 */
export async function GET () {
  return { name: 'Hello API', docs: '/.well-known/openapi.json' };
}
