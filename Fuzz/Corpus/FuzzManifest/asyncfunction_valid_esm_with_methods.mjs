/**
 * Reads a setting
 * @param {string} key
 * @returns {any} value
 */
export async function GET (key) {
  return null;
};

/**
 * Replaces a setting
 * @param {string} key
 * @param {any} value
 * @returns {boolean} ok
 */
export async function PUT (key, value) {
  return true;
};

/**
 * Creates a setting
 * @param {string} key
 * @param {any} value
 * @returns {boolean} ok
 */
export async function POST (key, value) {
  return true;
};

/**
 * Deletes a setting
 * @param {string} key
 * @returns {boolean} ok
 */
export async function DELETE (key) {
  return true;
};
