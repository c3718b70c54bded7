/**
 * Invalid: settings.limits is a number, so it can not have members
 * @param {string} label
 * @param {object} settings
 * @param {string} settings.mode
 * @param {number} settings.limits
 * @param {number} settings.limits.max
 * @param {array} tags
 */
export default async (label, settings, tags) => {
  return {label, settings, tags};
};
