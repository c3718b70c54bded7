/**
* AppleDouble metadata file; must be ignored by the default globs
*/
module.exports = async () => {
  return 'ignored';
};
