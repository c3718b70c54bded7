/**
* Enums that come first inside objects nested in arrays
* @param {?array} rules Matching rules
* @ {object} rule A single rule
* @   {enum} operator How the field is compared
*       ["EQUALS", "EQUALS"]
*       ["NOT_EQUALS", "NOT_EQUALS"]
*       ["CONTAINS", "CONTAINS"]
*       ["STARTS_WITH", "STARTS_WITH"]
* @param {?array} moreRules More matching rules
* @ {object} rule A single rule
* @   {enum} operator How the field is compared
*       ["EQUALS", "EQUALS"]
*       ["NOT_EQUALS", "NOT_EQUALS"]
* @   {boolean} negate Whether to invert the match
* @param {?array} groups Deeply nested groups
* @ {object} group A group
* @   {array} members Group members
* @     {object} member A member
* @       {enum} role The member's role
*           ["OWNER", "OWNER"]
*           ["GUEST", "GUEST"]
* @       {object} profile The member's profile
* @         {any} id An identifier
* @         {array} badges Badges
* @           {object} badge A badge
* @             {enum} level Badge level
*                 ["GOLD", "GOLD"]
*                 ["SILVER", "SILVER"]
* @returns {any} result
*/
module.exports = async (rules = null, moreRules = null, groups = null, context) => {
  return {};
};
