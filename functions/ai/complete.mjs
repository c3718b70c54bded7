/**
 * Completes a prompt token by token, like a language model. Add `?_stream` to receive the
 * tokens as Server-Sent Events while they are produced.
 * @param {string{1..2000}} prompt The text to complete
 * @param {integer{1,200}} maxTokens The most tokens to produce
 * @stream {object} chunk A piece of the completion
 * @stream {string} chunk.id The completion id
 * @stream {integer} chunk.index The position of the token
 * @stream {string} chunk.delta The token text
 * @stream {?string} chunk.finishReason Set on the last chunk: "stop" or "length"
 * @returns {object} completion The whole completion
 * @returns {string} completion.content The text produced
 * @returns {integer} completion.tokens How many tokens were produced
 */
export default async (prompt, maxTokens = 48, context) => {};
