/**
* A default metafield followed by library-call options
* @param {string} database {!} db.databaseId {?} db.schema.databases.list $[].name $[].id
* @returns {boolean}
*/
module.exports = async (database = 'main') => {
  return true;
};
