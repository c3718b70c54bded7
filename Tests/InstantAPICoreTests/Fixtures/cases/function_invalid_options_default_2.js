/**
* The default metafield must come before the options
* @param {string} database {?} db.schema.databases.list $[].name $[].id {!} databaseId
* @param {string} table
* @returns {boolean}
*/
module.exports = async (database = 'main', table = 'users') => {
  return true;
};
