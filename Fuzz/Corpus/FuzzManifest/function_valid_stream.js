/**
* Streams status messages while working
* @param {string} task
* @stream {string} message
* @returns {boolean}
*/
module.exports = async (task, context) => {
  context.stream('message', `working on ${task}`);
  return true;
};
