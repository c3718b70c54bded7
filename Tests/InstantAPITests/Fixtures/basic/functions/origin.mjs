/**
 * Only for hello.com
 * @origin https://hello.com
 * @returns {boolean}
 */
export default async () => {};
