/**
 * Rates an item from one to five stars
 * @param {integer{1,5}} stars Optional rating
 */
export default async (stars = null) => {
  return stars;
}
