/**
 * @param {string} name
 * @returns {string}
 */
export default async function (name = 'world') {}
