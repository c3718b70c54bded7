/**
 * Accepts a list of message deltas as its only parameter
 * @param {object[]} messages
 * @param {integer}  messages[].index
 * @param {object}   messages[].delta
 * @param {?string}  messages[].delta.role
 * @param {?string}  messages[].delta.content
 */
export async function POST (messages = []) {
  return messages.length;
};
