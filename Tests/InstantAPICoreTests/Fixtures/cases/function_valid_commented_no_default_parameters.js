/**
* Documents one parameter of each basic type, none with a default
* @param {string} title A title
* @param {number} amount An amount
* @param {any} payload Anything at all
* @param {boolean} enabled A flag
* @param {object} meta Some metadata
* @param {array} items Some items
* @returns {string}
*/
module.exports = (title, amount, payload, enabled, meta, items, context, callback) => {
  return callback(null, title);
};
