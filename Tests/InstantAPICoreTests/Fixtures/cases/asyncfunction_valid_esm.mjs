export default async (first, second, third) => {
  return [first, second, third];
}
