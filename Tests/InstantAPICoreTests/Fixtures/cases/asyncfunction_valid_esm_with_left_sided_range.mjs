/**
 * Pages through results
 * @param {integer{1,}} page Page number, at least 1
 */
export default async (page) => {
  return page;
}
