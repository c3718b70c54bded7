/**
 * Throws Hummingbird's HTTPError
 */
export default async function () {}
