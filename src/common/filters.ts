import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from './errors';
import { decodeRowId } from './global-id';

/** Longest list a filter field or an input list accepts; longer lists are almost always a client bug. */
export const MAX_LIST_VALUES = 100;

type Path = (string | number)[];

function checkLength(values: readonly unknown[], path: Path): void {
  if (values.length > MAX_LIST_VALUES) throw badInput(`At most ${MAX_LIST_VALUES} values`, { field: path });
}

/** Row ids from global ids of one type; a wrong or malformed id is a BAD_USER_INPUT at its path. */
export function rowIds(ids: readonly string[] | null | undefined, type: string, path: Path): number[] | undefined {
  if (ids == null) return undefined;
  checkLength(ids, path);
  return ids.map((id, i) => decodeRowId(id, type, { field: [...path, i] }));
}

/** ISO 3166-1 alpha-2 codes, upper-cased. */
export function countryCodes(codes: readonly string[] | null | undefined, path: Path): string[] | undefined {
  if (codes == null) return undefined;
  checkLength(codes, path);
  return codes.map((code, i) => {
    const upper = code.trim().toUpperCase();
    if (!/^[A-Z]{2}$/.test(upper))
      throw badInput(`"${code.slice(0, 20)}" is not an ISO 3166-1 alpha-2 country code`, { field: [...path, i] });
    return upper;
  });
}

export function list<T>(values: readonly T[] | null | undefined, path: Path): T[] | undefined {
  if (values == null) return undefined;
  checkLength(values, path);
  return [...values];
}

export function checkDateRange(from: string | null | undefined, to: string | null | undefined, path: Path): void {
  if (from && to && from > to) throw badInput(`"${path[path.length - 1]}" range ends (${to}) before it starts (${from})`, { field: path });
}

/** LIKE patterns matching each word of `text` anywhere, wildcards in the text taken literally. */
export function wordPatterns(text: string, path: Path, maxLength = 200): string[] {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > maxLength) {
    throw badInput(`"${path[path.length - 1]}" must be 1 to ${maxLength} characters`, { field: path });
  }
  return trimmed.split(/\s+/).map((word) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}

/**
 * Collects a filter's conditions with uniquely named parameters, so filters compose with each
 * other and with pagination on one query builder.
 */
export class Conditions {
  private readonly parts: string[] = [];
  private readonly params: Record<string, unknown> = {};
  private n = 0;

  /** `prefix` starts every parameter name, for conditions that share a statement with others. */
  constructor(private readonly prefix = '') {}

  /** `sql` uses `:?` for each parameter, in order of `values`. */
  add(sql: string, ...values: unknown[]): this {
    this.parts.push(
      sql.replace(/:\?/g, () => {
        const name = `${this.prefix}f${this.n++}`;
        this.params[name] = values.shift();
        return `:${name}`;
      }),
    );
    return this;
  }

  /** Adds `sql` when `value` is given (not null/undefined). */
  when<V>(value: V | null | undefined, sql: string): this {
    return value == null ? this : this.add(sql, value);
  }

  /** The conditions (each with `:name` parameters) and their parameters, for hand-built SQL. */
  toSql(): { parts: readonly string[]; params: Readonly<Record<string, unknown>> } {
    return { parts: this.parts, params: this.params };
  }

  applyTo<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
    for (const part of this.parts) qb.andWhere(part, this.params);
    return qb;
  }
}
