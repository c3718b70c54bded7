/**
 * A top-level mocked buffer
 */
export default async function () {}
