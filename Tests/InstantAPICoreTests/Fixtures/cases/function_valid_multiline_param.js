/**
* Greets someone
* @param {string} name The name of the person to greet,
*   which may span more than one line
* @returns {string}
*/
module.exports = async (name) => {
  return `hello ${name}`;
};
