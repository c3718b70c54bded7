/**
 * Hidden
 * @private
 * @returns {any}
 */
export default async function () {
  return 'secret';
}
