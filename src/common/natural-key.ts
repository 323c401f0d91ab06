import { type SQL, sql } from 'pg-sql2';

/** A natural-key column as the unique index spells it: `code`, `lower(name)`, `md5(text)`. */
const KEY_PART = /^(?:(lower|md5)\()?([a-z_]+)\)?$/;

/**
 * The WHERE clause matching rows whose natural key equals the one `valueOf` gives. With
 * `nullsEqual` a null matches a null, as in indexes over coalesce(column, …); without it a null
 * part matches nothing (a plain UNIQUE admits any number of nulls), so the result is null.
 */
export function keyCondition(parts: readonly string[], valueOf: (column: string) => unknown, nullsEqual: boolean): SQL | null {
  const conditions: SQL[] = [];
  for (const part of parts) {
    const [, fn, column] = KEY_PART.exec(part) ?? [];
    if (!column) throw new Error(`natural key part ${part} is not a column or lower()/md5() of one`);
    const value = valueOf(column);
    if (value == null && !nullsEqual) return null;
    const [c, v] = [sql.identifier(column), sql.value(value as never)];
    if (fn === 'lower') conditions.push(sql`lower(${c}) = lower(${v})`);
    else if (fn === 'md5') conditions.push(sql`md5(${c}) = md5(${v})`);
    else conditions.push(sql`${c} IS NOT DISTINCT FROM ${v}`);
  }
  return sql.join(conditions, ' AND ');
}
