/**
* Options loaded from library calls
* @param {string} database {?} db.schema.databases.list $[].name $[].id
* @param {string} table {?} db.schema.tables.list(databaseId=database) $[].name
* @returns {boolean}
*/
module.exports = async (database = 'main', table = 'users') => {
  return true;
};
