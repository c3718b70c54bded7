/**
 * Stores a passphrase
 * @param {string{10..}} passphrase At least ten characters
 */
export default async (passphrase) => {
  return passphrase.length;
}
