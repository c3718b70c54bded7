/**
 * Reads an item
 * @param {string} id
 * @returns {object} item
 */
export async function GET (id) {
  return {id};
};

/**
 * Creates an item
 * @param {string} name
 * @returns {object} item
 */
export async function POST (name) {
  return {name};
};

/**
 * Replaces an item
 * @param {string} id
 * @param {string} name
 * @returns {object} item
 */
export const PUT = async (id, name) => {
  return {id, name};
};

/**
 * Deletes an item
 * @param {string} id
 * @returns {boolean} deleted
 */
export const DELETE = async (id) => {
  return true;
};
