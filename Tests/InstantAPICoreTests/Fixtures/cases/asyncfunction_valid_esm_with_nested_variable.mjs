/**
 * Saves a profile with nested settings
 * @param {string} username
 * @param {object} settings
 * @param {number} settings.version
 * @param {object} settings.display
 * @param {number{1,100}} settings.display.zoom
 * @param {string} settings.display.theme
 * @param {array} tags
 */
export default async (username, settings, tags) => {
  return {username, settings, tags};
}
