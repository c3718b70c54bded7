/**
 * Benchmark: streams 10 small events, then returns how many it sent
 * @stream {object} tick A small event
 * @stream {integer} tick.index Its position
 * @stream {string} tick.label A short label
 * @returns {integer} count
 */
export async function GET (context) {
  for (let index = 0; index < 10; index++) {
    context.stream('tick', { index, label: `tick ${index}` });
  }
  return 10;
}
