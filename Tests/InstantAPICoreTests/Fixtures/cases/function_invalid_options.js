/**
* An options call needs a dotted library path
* @param {string} database {?} db $[].name $[].id
* @param {string} table {?} db.schema.tables.list(databaseId=database) $[].name
* @returns {boolean}
*/
module.exports = async (database = 'main', table = 'users') => {
  return true;
};
