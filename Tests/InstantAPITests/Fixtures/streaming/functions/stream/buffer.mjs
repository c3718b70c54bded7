/**
 * Streams a buffer inside an object, returns a PNG buffer
 * @stream {object} file
 * @stream {buffer} file.data
 * @returns {buffer}
 */
export default async (context) => {};
