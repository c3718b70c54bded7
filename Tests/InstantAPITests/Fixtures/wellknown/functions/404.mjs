/**
 * Catches everything
 * @returns {object.http} response
 */
export default async function (context) {
  return { statusCode: 404, body: 'nothing here' };
}
