/**
* Echoes the caller's params
* @returns {object}
*/
module.exports = async function (context) {
  return context.params;
};
