/**
 * Rotates an internal key; hidden from public docs
 * @private
 * @param {string} keyId The key to rotate
 * @returns {boolean} ok
 */
export default async (keyId) => {
  return !!keyId;
};
