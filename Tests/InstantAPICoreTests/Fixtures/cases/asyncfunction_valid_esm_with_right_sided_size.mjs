/**
 * Sets a nickname
 * @param {string{..10}} nickname At most ten characters
 */
export default async (nickname) => {
  return nickname;
}
