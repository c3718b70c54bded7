/**
 * A function may only return one value
 * @param {string} title
 * @returns {object} first
 * @returns {object} second
 */
export default async (title) => {
  return {title};
};
