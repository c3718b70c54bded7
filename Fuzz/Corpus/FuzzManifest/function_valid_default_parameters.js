/**
* Undocumented parameters; types come from the defaults
*/
module.exports = (name = 'anon', age = 30, extra = null, active = true, settings = {theme: 'dark'}, tags = ['a', 'b'], callback) => {
  return callback(null, name);
};
