/**
 * Streams completion chunks for a chat prompt
 * @param {string} prompt What to ask the model
 * @stream {object}   chunk
 * @stream {string}   chunk.id
 * @stream {integer}  chunk.created
 * @stream {object[]} chunk.choices
 * @stream {integer}  chunk.choices.index
 * @stream {object}   chunk.choices.delta
 * @stream {?string}  chunk.choices.delta.content
 * @returns {object} reply
 * @returns {string} reply.text
 */
export async function GET (prompt, context) {
  let text = '';
  for (const piece of prompt.split(' ')) {
    const chunk = {id: 'c1', created: 0, choices: [{index: 0, delta: {content: piece}}]};
    context.stream('chunk', chunk);
    text += piece;
  }
  return {text};
};
