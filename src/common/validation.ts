import { sql } from 'pg-sql2';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { InputError, NotFoundError } from './errors';
import { MAX_LIST_VALUES } from './filters';
import { decodeRowId, toGlobalId } from './global-id';
import { isTimeZone } from './time-zones';
import { txQuery } from './tx-query';

/** Where a value sits in the mutation's arguments, e.g. ["input", "speakerIds", 1]. */
export type Path = (string | number)[];

export interface Problem {
  field: Path;
  message: string;
}

interface Reference {
  /** The entity class, or its name (countries: named, not imported, so common/ depends on no domain). */
  entity: EntityTarget<ObjectLiteral>;
  type: string;
  key: string | number;
  field: Path;
}

/** Earliest date or instant the record accepts: older values are typing mistakes. */
export const MIN_DATE = '1800-01-01';

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** "speakerIds[1]", "newSource.title": the path as a client wrote it, without the `input` root. */
export function describePath(path: Path): string {
  const parts = path[0] === 'input' && path.length > 1 ? path.slice(1) : path;
  return parts.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

export interface TextRule {
  max: number;
  required?: boolean;
  /** Statement texts and notes keep line breaks; names and titles are one line. */
  multiline?: boolean;
}

export interface DateRule {
  required?: boolean;
  /** How far past today the value may lie; 1 allows for time zones ahead of UTC. */
  futureDays?: number;
}

/**
 * Collects every problem of an input before anything is written, so a client hears about all
 * of them at once, each with its field path. Every reader returns the value normalized (trimmed,
 * decoded) or `undefined` when the field was left out, which an update reads as "unchanged".
 * Ids are decoded here and their existence checked together by `done`.
 */
export class InputCheck {
  constructor(
    readonly base: Path = ['input'],
    private readonly state: { problems: Problem[]; references: Reference[] } = { problems: [], references: [] },
  ) {}

  /** The same check for a nested input object, e.g. `newSource`. */
  within(...field: Path): InputCheck {
    return new InputCheck([...this.base, ...field], this.state);
  }

  path(field: string | number | Path): Path {
    return [...this.base, ...(Array.isArray(field) ? field : [field])];
  }

  fail(field: string | number | Path, message: string): void {
    const path = this.path(field);
    this.state.problems.push({ field: path, message: `${describePath(path)} ${message}` });
  }

  get ok(): boolean {
    return this.state.problems.length === 0;
  }

  /** True when there is no value to check; a null in a required field is a problem. */
  private missing(field: string | number | Path, value: unknown, required?: boolean): value is null | undefined {
    if (value === null && required) this.fail(field, 'cannot be null');
    return value === null || value === undefined;
  }

  /** Any value the GraphQL type already checked (enums, booleans) that must not be cleared. */
  value<T>(field: string, value: T | null | undefined, required = true): T | null | undefined {
    this.missing(field, value, required);
    return value;
  }

  text(field: string | number | Path, value: string | null | undefined, rule: TextRule): string | null | undefined {
    if (this.missing(field, value, rule.required)) return value;
    const text = value.trim();
    const length = [...text].length;
    const controls = rule.multiline ? /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/ : /[\u0000-\u001f\u007f]/;
    if (length === 0) this.fail(field, 'must not be blank');
    else if (length > rule.max) this.fail(field, `must be at most ${rule.max} characters (got ${length})`);
    else if (controls.test(text))
      this.fail(field, rule.multiline ? 'must not contain control characters' : 'must be one line without control characters');
    return text;
  }

  /** Other names of a thing: one line each, no two alike ignoring case. */
  names(field: string, values: string[] | null | undefined, max = 200): string[] | undefined {
    if (values === null) {
      this.fail(field, 'cannot be null (send [] for none)');
      return undefined;
    }
    if (values === undefined) return undefined;
    this.maxItems(field, values);
    const seen = new Set<string>();
    return values.map((raw, i) => {
      const name = this.text([field, i], raw, { max, required: true }) ?? '';
      if (seen.has(name.toLowerCase())) this.fail([field, i], `repeats "${name}"`);
      seen.add(name.toLowerCase());
      return name;
    });
  }

  matches(field: string, value: string | null | undefined, pattern: RegExp, expected: string, required = false): string | null | undefined {
    if (this.missing(field, value, required)) return value;
    const text = value.trim();
    if (!pattern.test(text)) this.fail(field, `must be ${expected} (got ${JSON.stringify(text.slice(0, 80))})`);
    return text;
  }

  url(field: string, value: string | null | undefined): string | null | undefined {
    if (this.missing(field, value)) return value;
    const text = value.trim();
    let url: URL | undefined;
    try {
      url = new URL(text);
    } catch {
      url = undefined;
    }
    if (!url || !['http:', 'https:'].includes(url.protocol) || !url.hostname.includes('.') || /\s/.test(text)) {
      this.fail(field, 'must be an absolute http:// or https:// URL');
    } else if (text.length > 2000) {
      this.fail(field, 'must be at most 2000 characters');
    }
    return text;
  }

  integer(field: string, value: number | null | undefined, min: number, max: number, required = false): number | null | undefined {
    if (this.missing(field, value, required)) return value;
    if (value < min || value > max) this.fail(field, `must be from ${min} to ${max} (got ${value})`);
    return value;
  }

  /** A calendar date (the Date scalar checked its form) within sensible bounds. */
  date(field: string, value: string | null | undefined, rule: DateRule = {}): string | null | undefined {
    if (this.missing(field, value, rule.required)) return value;
    const latest = addDays(today(), rule.futureDays ?? 1);
    if (value < MIN_DATE) this.fail(field, `must not be before ${MIN_DATE} (got ${value})`);
    else if (value > latest) this.fail(field, `must not be after ${latest} (got ${value})`);
    return value;
  }

  /** An instant (the DateTime scalar checked its form), at most a day ahead of now. */
  instant(field: string, value: Date | null | undefined): Date | null | undefined {
    if (this.missing(field, value)) return value;
    if (value.toISOString() < `${MIN_DATE}T00:00:00.000Z`) this.fail(field, `must not be before ${MIN_DATE}`);
    else if (value.getTime() > Date.now() + 86_400_000) this.fail(field, 'must not be more than a day in the future');
    return value;
  }

  timeZone(field: string, value: string | null | undefined, required = false): string | null | undefined {
    if (this.missing(field, value, required)) return value;
    const zone = value.trim();
    if (!/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/.test(zone) || !isTimeZone(zone)) {
      this.fail(field, `must be an IANA time zone such as "Asia/Tokyo" (got ${JSON.stringify(zone.slice(0, 64))})`);
    }
    return zone;
  }

  /** `later` must not come before `earlier`; both are compared only when both are set. */
  order(
    laterField: string,
    earlierField: string,
    earlier: string | Date | null | undefined,
    later: string | Date | null | undefined,
  ): void {
    if (earlier == null || later == null) return;
    const a = earlier instanceof Date ? earlier.getTime() : earlier;
    const b = later instanceof Date ? later.getTime() : later;
    if (b < a) this.fail(laterField, `must not be before ${earlierField}`);
  }

  /** Decodes the id of a row of `entity`; `done` then checks that the row exists. */
  ref(
    field: string | number | Path,
    id: string | null | undefined,
    entity: EntityTarget<ObjectLiteral> & { name: string },
    required = false,
  ): number | null | undefined {
    const rowId = this.decode(field, id, entity, required);
    if (rowId != null) this.state.references.push({ entity, type: entity.name, key: rowId, field: this.path(field) });
    return rowId;
  }

  /** Decodes an id without checking that the row exists (the write locks it and says so). */
  decode(
    field: string | number | Path,
    id: string | null | undefined,
    entity: { name: string },
    required = true,
  ): number | null | undefined {
    if (this.missing(field, id, required)) return id;
    try {
      return decodeRowId(id, entity.name, { field: this.path(field) });
    } catch (error) {
      this.fail(field, `is not a valid ${entity.name} id: ${(error as Error).message}`);
      return undefined;
    }
  }

  /** Distinct ids of existing rows of `entity`. */
  refs(field: string, ids: string[] | null | undefined, entity: EntityTarget<ObjectLiteral> & { name: string }): number[] | undefined {
    return this.distinct(field, ids, (id, i) => this.ref([field, i], id, entity, true));
  }

  /** An ISO 3166-1 alpha-2 code of a country in the record. */
  country(field: string | number | Path, code: string | null | undefined, required = false): string | null | undefined {
    if (this.missing(field, code, required)) return code;
    const upper = code.trim().toUpperCase();
    if (!/^[A-Z]{2}$/.test(upper)) {
      this.fail(field, `must be an ISO 3166-1 alpha-2 country code such as "JP" (got ${JSON.stringify(code.slice(0, 10))})`);
      return undefined;
    }
    this.state.references.push({ entity: 'Country', type: 'Country', key: upper, field: this.path(field) });
    return upper;
  }

  countries(field: string, codes: string[] | null | undefined, min = 0): string[] | undefined {
    const list = this.distinct(field, codes, (code, i) => this.country([field, i], code, true));
    if (list && list.length < min) this.fail(field, `must name at least ${min} countries`);
    return list;
  }

  /** Reads each item of a list, refusing repeats; undefined when the list was left out. */
  distinct<T, K>(field: string, items: T[] | null | undefined, read: (item: T, index: number) => K | null | undefined): K[] | undefined {
    if (items === null) this.fail(field, 'cannot be null (send [] for none)');
    if (items == null) return undefined;
    this.maxItems(field, items);
    const seen = new Set<K>();
    const out: K[] = [];
    items.forEach((item, i) => {
      const value = read(item, i);
      if (value == null) return;
      if (seen.has(value)) this.fail([field, i], 'repeats an earlier item');
      else out.push(value);
      seen.add(value);
    });
    return out;
  }

  private maxItems(field: string, items: unknown[]): void {
    if (items.length > MAX_LIST_VALUES) this.fail(field, `takes at most ${MAX_LIST_VALUES} items (got ${items.length})`);
  }

  /** Throws BAD_USER_INPUT listing every problem found so far. */
  throwProblems(): void {
    const { problems } = this.state;
    if (problems.length === 0) return;
    const message =
      problems.length === 1 ? problems[0].message : `${problems.length} problems: ${problems.map((p) => p.message).join('; ')}`;
    throw new InputError(message, { field: problems[0].field, problems });
  }

  /**
   * Throws BAD_USER_INPUT for malformed values, then NOT_FOUND for ids and country codes that
   * name nothing (one query per referenced table, inside the write's transaction). With
   * `recordCountries`, codes of real countries not on record are first handed to it to record.
   */
  async done(manager: EntityManager, recordCountries?: (codes: string[]) => Promise<string[]>): Promise<void> {
    this.throwProblems();
    const byEntity = new Map<EntityTarget<ObjectLiteral>, Reference[]>();
    for (const reference of this.state.references) {
      byEntity.set(reference.entity, [...(byEntity.get(reference.entity) ?? []), reference]);
    }
    this.state.references = [];
    let missing: Reference[] = [];
    for (const [entity, references] of byEntity) {
      const meta = manager.connection.getMetadata(entity);
      const key = meta.primaryColumns[0].databaseName;
      const keys = [...new Set(references.map((r) => r.key))];
      const column = sql.identifier(key);
      const rows = await txQuery<{ key: string | number }>(
        manager,
        sql`SELECT ${column} AS key FROM ${sql.identifier(meta.tableName)} WHERE ${column} = ANY(${sql.value(keys)}) FOR KEY SHARE`,
      );
      const found = new Set(rows.map((r) => String(r.key).trim()));
      missing.push(...references.filter((r) => !found.has(String(r.key))));
    }
    // Real countries not on record yet are recorded by the write that names them (see places/record-country.ts).
    const countries = [...new Set(missing.filter((r) => r.type === 'Country').map((r) => String(r.key)))];
    if (recordCountries && countries.length) {
      const recorded = new Set(await recordCountries(countries));
      missing = missing.filter((r) => r.type !== 'Country' || !recorded.has(String(r.key)));
    }
    if (missing.length === 0) return;
    const describe = (r: Reference) =>
      `${describePath(r.field)}: no ${r.type} has ${r.type === 'Country' ? `code ${r.key}` : `id ${toGlobalId(r.type, r.key)}`}`;
    throw new NotFoundError(missing.map(describe).join('; '), {
      field: missing[0].field,
      problems: missing.map((r) => ({ field: r.field, message: describe(r) })),
    });
  }
}
