/** A natural-key column as the unique index spells it: `code`, `lower(name)`, `md5(text)`. */
const KEY_PART = /^(?:(lower|md5)\()?([a-z_]+)\)?$/;

export interface KeyCondition {
  sql: string;
  values: unknown[];
}

/**
 * The WHERE clause matching rows whose natural key equals the one `valueOf` gives. With
 * `nullsEqual` a null matches a null, as in indexes over coalesce(column, …); without it a null
 * part matches nothing (a plain UNIQUE admits any number of nulls), so the result is null.
 */
export function keyCondition(parts: readonly string[], valueOf: (column: string) => unknown, nullsEqual: boolean): KeyCondition | null {
  const conditions: string[] = [];
  const values: unknown[] = [];
  for (const part of parts) {
    const [, fn, column] = KEY_PART.exec(part) ?? [];
    if (!column) throw new Error(`natural key part ${part} is not a column or lower()/md5() of one`);
    const value = valueOf(column);
    if (value == null && !nullsEqual) return null;
    values.push(value);
    conditions.push(fn ? `${fn}(${column}) = ${fn}($${values.length})` : `${column} IS NOT DISTINCT FROM $${values.length}`);
  }
  return { sql: conditions.join(' AND '), values };
}
