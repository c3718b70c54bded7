/**
* The default metafield must be a dotted identifier
* @param {string} database {!} ? {?} db.schema.databases.list $[].name $[].id
* @param {string} table
* @returns {boolean}
*/
module.exports = async (database = 'main', table = 'users') => {
  return true;
};
