/**
* A string member can not have members of its own
* @param {object} record
* @ {string} id
* @ {object} body
* @   {string} text
* @     {string} nope
* @ {number} version
* @param {string} note
* @returns {string}
*/
module.exports = async (record, note) => {
  return note;
};
