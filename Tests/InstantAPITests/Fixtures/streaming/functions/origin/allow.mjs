/**
 * Only for hello.com, can run in the background
 * @origin https://hello.com
 * @background
 * @stream {string} s
 * @returns {boolean}
 */
export default async (context) => {};
