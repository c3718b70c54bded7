/**
 * Receives a repository webhook. Add `?_background` to acknowledge at once (202 with the
 * event name) while the delivery is processed.
 * @background params event
 * @param {string} event The event name, e.g. "push"
 * @param {object} payload The delivery body
 * @returns {object} result
 * @returns {string} result.event
 * @returns {boolean} result.processed
 */
export async function POST (event, payload = {}) {};
