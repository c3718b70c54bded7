/**
 * Answers any unknown path under /v1/
 * @returns {object.http} notFound
 */
export default async function (context) {
  return { statusCode: 404, headers: { 'Content-Type': 'text/plain' }, body: `No such endpoint: ${context.path.join('/')}` };
}
