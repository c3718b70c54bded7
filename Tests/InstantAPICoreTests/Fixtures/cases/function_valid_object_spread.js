/**
* Merges defaults into the given options
* @param {object} options
* @returns {object}
*/
module.exports = async (options = {}) => {
  const defaults = {retries: 3, verbose: false};
  return {...defaults, ...options};
};
