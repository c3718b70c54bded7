/**
 * Reads a setting
 * @param {string} key
 * @returns {any} value
 */
export const GET = async (key) => {
  return null;
};

/**
 * Replaces a setting
 * @param {string} key
 * @param {any} value
 * @returns {boolean} ok
 */
export const PUT = async (key, value) => {
  return true;
};

/**
 * Creates a setting
 * @param {string} key
 * @param {any} value
 * @returns {boolean} ok
 */
export const POST = async (key, value) => {
  return true;
};

/**
 * Deletes a setting
 * @param {string} key
 * @returns {boolean} ok
 */
export const DELETE = async (key) => {
  return true;
};
