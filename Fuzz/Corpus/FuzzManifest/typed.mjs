/**
 * Benchmark: a typed GET echoing its validated query parameters
 * @param {string{1..64}} name Who asks
 * @param {number{0,150}} age Their age
 * @param {string[]} tags Labels
 * @returns {object} profile
 * @returns {string} profile.name
 * @returns {number} profile.age
 * @returns {string[]} profile.tags
 * @returns {integer} profile.tagCount
 */
export async function GET (name, age, tags) {
  return { name, age, tags, tagCount: tags.length };
}
