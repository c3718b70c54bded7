/**
* Only a description; no directives at all
*/
module.exports = async (greeting = 'hi', extra = null) => {
  return greeting;
};
