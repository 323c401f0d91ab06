/**
 * Documents built to make analysis before execution expensive (shared by the tests and
 * `npm run bench:adversarial`).
 */

/** `fragment Fi { ...F(i-1) ...F(i-1) }`: 2^levels expanded selections from a document of a few hundred bytes. */
export function fanOut(levels: number, root = 'Query', leaf = '__typename', operation = 'query'): string {
  let document = `${operation} { ...F${levels} } fragment F0 on ${root} { ${leaf} }`;
  for (let i = 1; i <= levels; i++) document += ` fragment F${i} on ${root} { ...F${i - 1} ...F${i - 1} }`;
  return document;
}
