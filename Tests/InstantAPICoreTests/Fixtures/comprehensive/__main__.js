module.exports = async function () {
  return 'root';
};
