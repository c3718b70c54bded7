/**
* Runs in the background and echoes its params when started
* @background params
* @param {string} jobName
* @returns {boolean}
*/
module.exports = async (jobName) => {
  return true;
};
