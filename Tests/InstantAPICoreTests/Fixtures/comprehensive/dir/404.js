/**
 * Not-found handler for dir
 * @param {string} notfound
 */
module.exports = async (notfound) => {
  return `nothing at ${notfound}`;
};
