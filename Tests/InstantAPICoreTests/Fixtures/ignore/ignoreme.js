/**
* Ignored through the explicit ignore list
*/
module.exports = async () => {
  return 'ignored';
};
