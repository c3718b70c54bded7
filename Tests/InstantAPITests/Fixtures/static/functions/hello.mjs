/**
 * Says hello
 * @returns {string} greeting
 */
export default async function () {
  return 'hello';
}
