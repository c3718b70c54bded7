/**
 * An ES module with a default export
 * @param {string} name Who to greet
 * @returns {string} greeting
 */
export default async (name = 'world') => {
  return `hello ${name}`;
};
