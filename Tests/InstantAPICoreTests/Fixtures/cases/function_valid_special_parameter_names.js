/**
* Unusual but valid parameter names
* @returns {string}
*/
module.exports = ($good_param, good_param_, __good_param, ü̴ņ́ì̖ćõ̥ḍĕ̗, callback) => {
  return callback(null, 'valid parameter names');
};
