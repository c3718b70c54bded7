/**
 * Greets someone
 * @param {string{1..64}} name Who to greet
 * @returns {string} greeting
 */
export default async function (name = 'world') {
  return `hello ${name}`;
}
