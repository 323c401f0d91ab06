import { type SQL, sql } from 'pg-sql2';
import { countryCodes, rowIds } from '../common/filters';

/**
 * What a statement filter's matchable fields mean, said once. Each field names where a
 * statement's values of it are: a column of `statements`, or a link table keyed by
 * `statement_id`. From that one declaration come the SQL condition of `statements(filter:)`
 * and `search(filter:)` and the in-memory predicate that tests a feed event's values; a field
 * means "the statement has any of these values". The values each event carries are taken at
 * commit by the database (`statement_match_facts`, migration 1737600012000), which must say the
 * same: test/statement-filter.test.ts compares the two on the reference dataset.
 */
export type MatchFieldName = 'countries' | 'speakerIds' | 'callIds' | 'commitmentIds' | 'topicIds';
export type MatchValue = string | number | null;
type Path = (string | number)[];

export interface MatchField {
  /** The column holding the values: of `table` when given, otherwise of `statements` itself. */
  column: string;
  /** A link table with a `statement_id` column. */
  table?: string;
  /** Checks the filter's values (a BAD_USER_INPUT at `path` when wrong) and turns them into what `column` holds. */
  read(values: readonly string[] | null | undefined, path: Path): MatchValue[] | undefined;
}

export const MATCH_FIELDS: Record<MatchFieldName, MatchField> = {
  // Kept by triggers in the statement's own transaction: its speakers', its publisher's and its attributed organization's countries.
  countries: { table: 'statement_countries', column: 'country_code', read: (values, path) => countryCodes(values, path) },
  speakerIds: { table: 'statement_speakers', column: 'official_id', read: (values, path) => rowIds(values, 'Official', path) },
  callIds: { column: 'call_id', read: (values, path) => rowIds(values, 'Call', path) },
  commitmentIds: { table: 'statement_commitments', column: 'commitment_id', read: (values, path) => rowIds(values, 'Commitment', path) },
  topicIds: { table: 'statement_topics', column: 'topic_id', read: (values, path) => rowIds(values, 'Topic', path) },
};

export const MATCH_FIELD_NAMES = Object.keys(MATCH_FIELDS) as MatchFieldName[];

/** The SQL condition on the statement at `t`: it has one of `values` (an array). */
export function matchCondition(name: MatchFieldName, t: SQL, values: SQL): SQL {
  const { table, column } = MATCH_FIELDS[name];
  const c = sql.identifier(column);
  return table
    ? sql`EXISTS (SELECT 1 FROM ${sql.identifier(table)} m WHERE m.statement_id = ${t}.id AND m.${c} = ANY(${values}))`
    : sql`${t}.${c} = ANY(${values})`;
}

/** SQL for the values of the field of the statement at `t`, as an array. */
export function matchValues(name: MatchFieldName, t: SQL): SQL {
  const { table, column } = MATCH_FIELDS[name];
  const c = sql.identifier(column);
  return table ? sql`ARRAY(SELECT m.${c} FROM ${sql.identifier(table)} m WHERE m.statement_id = ${t}.id)` : sql`ARRAY[${t}.${c}]`;
}

/** The matchable fields of a filter as GraphQL hands them over. */
export type MatchFilter = Partial<Record<MatchFieldName, string[] | null>>;

/** A filter's matchable fields, checked, by field; absent fields are left out. */
export function readMatchFields(
  filter: MatchFilter | null | undefined,
  path: Path = ['filter'],
): Partial<Record<MatchFieldName, MatchValue[]>> {
  const read: Partial<Record<MatchFieldName, MatchValue[]>> = {};
  if (!filter) return read;
  for (const name of MATCH_FIELD_NAMES) {
    const values = MATCH_FIELDS[name].read(filter[name], [...path, name]);
    if (values !== undefined) read[name] = values;
  }
  return read;
}

/** A statement's values of every matchable field, as `matchValues` loads them. */
export type StatementFacts = Record<MatchFieldName, MatchValue[]>;

/** A compiled filter: absent fields do not constrain. */
export type StatementMatcher = Partial<Record<MatchFieldName, Set<MatchValue>>>;

/** Checked as `statements(filter:)` checks the same fields. */
export function compileFilter(filter: MatchFilter | null | undefined, path: Path = ['filter']): StatementMatcher {
  const matcher: StatementMatcher = {};
  for (const [name, values] of Object.entries(readMatchFields(filter, path)) as [MatchFieldName, MatchValue[]][])
    matcher[name] = new Set(values);
  return matcher;
}

/** Whether a statement with these facts passes the filter: for each field given, one of its values is the statement's. */
export function matches(matcher: StatementMatcher, facts: StatementFacts): boolean {
  return MATCH_FIELD_NAMES.every((name) => {
    const wanted = matcher[name];
    return wanted === undefined || facts[name].some((value) => wanted.has(value));
  });
}
