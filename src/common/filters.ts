import { type SQL, sql, type SQLRawValue } from 'pg-sql2';
import { badInput } from './errors';
import { decodeRowId } from './global-id';
import type { Where } from './pagination';

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
 * A filter's conditions, each written on the row alias the list's query builder passes in, every
 * value bound as a parameter (pg-sql2), so filters compose with each other and with pagination.
 */
export class Conditions {
  readonly parts: Where[] = [];

  add(part: Where): this {
    this.parts.push(part);
    return this;
  }

  /**
   * Adds `part` when `value` is given (not null/undefined), with the value bound as one parameter
   * (used as often as `part` mentions it). A Date is sent as pg sends Dates (a timestamp).
   */
  when<V extends SQLRawValue | Date>(value: V | null | undefined, part: (t: SQL, value: SQL) => SQL): this {
    if (value == null) return this;
    const bound = sql.value(value as SQLRawValue);
    return this.add((t) => part(t, bound));
  }

  /** The conditions on the row at `t`. */
  on(t: SQL): SQL[] {
    return this.parts.map((part) => part(t));
  }
}
