/**
 * Retrieve the weather for a specific location
 * @param {?string{1..64}} location Search by location
 * @param {?object} coords Provide specific latitude and longitude
 * @param {number{-90,90}} coords.lat Latitude
 * @param {number{-180,180}} coords.lng Longitude
 * @param {string[]} tags Nearby locations to include
 * @param {enum} units The unit system
 *   ["metric", "°C"]
 *   ["imperial", "°F"]
 * @returns {object} weather
 * @returns {number} weather.temperature
 * @returns {string} weather.units
 */
export async function GET (location = null, coords = null, tags = [], units = 'metric') {
  return { temperature: 31.8, units };
}
