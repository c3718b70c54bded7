/**
 * Applies a discount factor
 * @param {integer{,1}} factor At most 1
 */
export default async (factor) => {
  return factor;
}
