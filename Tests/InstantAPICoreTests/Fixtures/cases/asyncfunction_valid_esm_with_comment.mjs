/**
 * Builds a greeting card
 * @param {string} recipient Who the card is for
 * @param {string} sender Who signs the card
 * @param {number} copies How many copies to print
 * @returns {object} card
 */
export default async (recipient, sender, copies) => {
  return {recipient, sender, copies};
};
