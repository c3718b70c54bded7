/**
 * Lists notes
 */
export const GET = async () => {
  return [];
};

/**
 * Creates a note
 * @param {string} text
 */
export const POST = async (text) => {
  return {text};
};

/**
 * Replaces a note
 * @param {string} text
 */
export const PUT = async (text) => {
  return {text};
};

/**
 * Removes every note
 */
export const DELETE = async () => {
  return true;
};

/**
 * A default export can not sit beside method exports
 */
export default async () => {
  return 'default';
};
