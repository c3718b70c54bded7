/**
* KeyQL queries with options
* @param {object.keyql.query} query Filter on these fields {?} ["status", "hello", "goodbye"]
* @param {object.keyql.query} query2 Filter on fields loaded from a library {?} db.schema.database.fields $.fields[].name $.fields[].id
* @param {array} keyqlquery
* @ {object.keyql.query} queryobj Filter on these fields {?} ["status", "hello", "goodbye"]
* @returns {string}
*/
module.exports = async (query, query2, keyqlquery) => {
  return 'hello';
};
