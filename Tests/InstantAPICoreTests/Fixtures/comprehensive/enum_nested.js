/**
* Test Nested Enum
* @param {object} obj
* @ {string} selector The CSS selector to look up
* @ {enum} operator What to read from the match: "text", "html" or "attr"
*     ["text", "text"]
*     ["html", "html"]
*     ["attr", "attr"]
* @ {?string} attr Which attribute to read when the operator is "attr"
* @param {array} arr
* @ {object} obj
* @   {string} selector The CSS selector to look up
* @   {enum} operator What to read from the match: "text", "html" or "attr"
*       ["text", "text"]
*       ["html", "html"]
*       ["attr", "attr"]
* @   {?string} attr Which attribute to read when the operator is "attr"
* @param {object} obj2
* @ {enum} operator What to read from the match: "text", "html" or "attr"
*     ["text", "text"]
*     ["html", "html"]
*     ["attr", "attr"]
* @ {string} selector The CSS selector to look up
* @ {?string} attr Which attribute to read when the operator is "attr"
* @param {array} arr2
* @ {object} obj
* @   {enum} operator What to read from the match: "text", "html" or "attr"
*       ["text", "text"]
*       ["html", "html"]
*       ["attr", "attr"]
* @   {string} selector The CSS selector to look up
* @   {?string} attr Which attribute to read when the operator is "attr"
* @returns {boolean} myBool A boolean value
*/
module.exports = async (obj, arr, obj2, arr2, context) => {
  return !!obj.operator;
};
