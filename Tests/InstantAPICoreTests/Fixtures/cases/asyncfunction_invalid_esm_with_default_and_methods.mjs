/**
 * Lists notes
 */
export async function GET () {
  return [];
};

/**
 * Creates a note
 * @param {string} text
 */
export async function POST (text) {
  return {text};
};

/**
 * Replaces a note
 * @param {string} text
 */
export async function PUT (text) {
  return {text};
};

/**
 * Removes every note
 */
export async function DELETE () {
  return true;
};

/**
 * A default export can not sit beside method exports
 */
export default async function () {
  return 'default';
};
