/**
 * The name of the caller, from the app's `Authorization: Bearer NAME` middleware
 * @returns {string} name
 */
export async function GET () {
  return 'name';
}
