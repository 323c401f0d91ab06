import { sql, type SQL } from 'pg-sql2';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ConnectionArgs, ConnectionResult } from './connection';
import { badInput } from './errors';
import { readQuery } from './read-query';
import { columnsSql, hydrate } from './rows';

export type CursorValue = string | number;

/** Values a list binds for its orderings' expressions (the search text of `search`), by name. */
export type Bound = Readonly<Record<string, SQL>>;

/**
 * One column of a sort order, as a value: an SQL expression on the row at the alias the query
 * builder chooses (`t`), never null (COALESCE nullable columns), and its direction. The last key of
 * an ordering must be unique (the row id), which breaks ties.
 */
export interface SortKey<T> {
  expr: (t: SQL, bound: Bound) => SQL;
  /** The row's own column the key is, when it is one (lets a list read it off another table's copy). */
  column?: string;
  direction: 'ASC' | 'DESC';
  /**
   * Reads the key's value off a fetched row. Omit it for computed keys (a rank, a joined
   * column): the expression is then selected alongside the row and read from there.
   */
  value?: (row: T) => CursorValue;
  /** The SQL type cursor values are compared as, when the expression does not decide it (a subquery's column). */
  cast?: 'int' | 'text';
}

/** The key of the row's column `name`; a null sorts as `ifNull` (keys are never null). */
export function columnKey<T>(
  name: string,
  direction: 'ASC' | 'DESC',
  value?: (row: T) => CursorValue,
  ifNull?: string | number,
): SortKey<T> {
  const column = sql.identifier(name);
  const expr = ifNull === undefined ? (t: SQL) => sql`${t}.${column}` : (t: SQL) => sql`COALESCE(${t}.${column}, ${sql.literal(ifNull)})`;
  return { column: ifNull === undefined ? name : undefined, expr, direction, value };
}

export interface Ordering<T> {
  /**
   * Written into cursors, after the list's name (its table, or `list`), so a cursor from
   * another list or order is refused.
   */
  name: string;
  /** Names the list in cursors when its table does not (search ranks statements too). */
  list?: string;
  keys: SortKey<T>[];
}

export const DEFAULT_PAGE_SIZE = 20;

export interface PageRequest {
  size: number;
  backwards: boolean;
  after?: CursorValue[];
  before?: CursorValue[];
}

export function encodeCursor(ordering: Ordering<unknown>, values: CursorValue[]): string {
  return Buffer.from(JSON.stringify([ordering.name, ...values]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, ordering: Ordering<unknown>, arg: 'after' | 'before'): CursorValue[] {
  const refuse = () =>
    badInput(`"${arg}" is not a cursor of this list in this order; use a cursor this connection returned`, { field: arg });
  if (cursor.length > 1000 || !/^[A-Za-z0-9_-]*$/.test(cursor)) throw refuse();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refuse();
  }
  if (!Array.isArray(parsed) || parsed[0] !== ordering.name || parsed.length !== ordering.keys.length + 1) throw refuse();
  const values = parsed.slice(1);
  if (!values.every((v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)))) throw refuse();
  return values as CursorValue[];
}

export function pageRequest(args: ConnectionArgs, ordering: Ordering<unknown>, maxPageSize: number): PageRequest {
  const { first, last, after, before } = args;
  if (first != null && last != null) throw badInput('Pass either "first" or "last", not both', { field: 'first' });
  for (const [name, value] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (value != null && (value < 0 || value > maxPageSize)) {
      throw badInput(`"${name}" must be between 0 and ${maxPageSize} (got ${value})`, { field: name, maxPageSize });
    }
  }
  return {
    size: first ?? last ?? Math.min(DEFAULT_PAGE_SIZE, maxPageSize),
    backwards: last != null,
    after: after != null ? decodeCursor(after, ordering, 'after') : undefined,
    before: before != null ? decodeCursor(before, ordering, 'before') : undefined,
  };
}

/**
 * The one keyset condition: the rows after (or before) the cursor's values in the ordering's
 * mixed directions, `(k1 > v1) OR (k1 = v1 AND k2 > v2) …`, on the row at `t`.
 */
export function keysetCondition<T>(ordering: Ordering<T>, values: CursorValue[], side: 'after' | 'before', t: SQL, bound: Bound = {}): SQL {
  const exprs = ordering.keys.map((k) => k.expr(t, bound));
  const bounds = ordering.keys.map((k, i) => {
    const value = sql.value(values[i]);
    return k.cast ? sql`${value}::${k.cast === 'int' ? sql`int` : sql`text`}` : value;
  });
  const ors = ordering.keys.map((key, i) => {
    const equal = exprs.slice(0, i).map((expr, j) => sql`${expr} = ${bounds[j]}`);
    const op = (side === 'after') === (key.direction === 'ASC') ? sql`>` : sql`<`;
    return sql`(${sql.join([...equal, sql`${exprs[i]} ${op} ${bounds[i]}`], ' AND ')})`;
  });
  return sql`(${sql.join(ors, ' OR ')})`;
}

/** The ordering as an ORDER BY list on the row at `t`, reversed when a page is read backwards. */
export function orderBySql<T>(ordering: Ordering<T>, t: SQL, bound: Bound = {}, reversed = false): SQL {
  return sql.join(
    ordering.keys.map((key) => sql`${key.expr(t, bound)} ${(key.direction === 'ASC') !== reversed ? sql`ASC` : sql`DESC`}`),
    ', ',
  );
}

/** A condition on the row at the alias the query builder chooses. */
export type Where = (t: SQL) => SQL;

/** What a list pages over: rows of one entity's table, narrowed by conditions, one row per node. */
export interface ListQuery<T extends ObjectLiteral> {
  entity: EntityTarget<T>;
  where?: readonly Where[];
  /** The FROM clause with the entity's row at `t`, when it is not the entity's table alone (a join giving one row per node). */
  from?: (t: SQL) => SQL;
  /** Values the ordering's expressions use. */
  bound?: Bound;
}

/** The alias a list's query gives its rows; the orderings and conditions take it as an argument. */
const ROW = sql.identifier('e');

/** `WHERE a AND b …`, or nothing. */
const whereSql = (conditions: readonly SQL[]): SQL => (conditions.length ? sql` WHERE ${sql.join(conditions, ' AND ')}` : sql.blank);

/**
 * Keyset (cursor) pagination over a list: stable while rows are added, no OFFSET. The query
 * must give one row per node (filters as EXISTS, not joins that multiply rows).
 */
export async function paginate<T extends ObjectLiteral>(
  db: DataSource,
  list: ListQuery<T>,
  args: ConnectionArgs,
  ordering: Ordering<T>,
  maxPageSize: number,
  /** What else to fetch with each row (a read plan: relations the request selects below the nodes). */
  plan?: PageRowPlan<T> | null,
): Promise<ConnectionResult<T>> {
  ordering = { ...ordering, name: `${ordering.list ?? db.getMetadata(list.entity).tableName}:${ordering.name}` };
  const page = pageRequest(args, ordering as Ordering<unknown>, maxPageSize);
  const t = ROW;
  const bound = list.bound ?? {};
  const from = list.from?.(t) ?? sql`${sql.identifier(db.getMetadata(list.entity).tableName)} ${t}`;
  const conditions = (list.where ?? []).map((w) => w(t));
  const bounds: SQL[] = [];
  if (page.after) bounds.push(keysetCondition(ordering, page.after, 'after', t, bound));
  if (page.before) bounds.push(keysetCondition(ordering, page.before, 'before', t, bound));
  const computed = ordering.keys.flatMap((k, i) => (k.value ? [] : [sql`${k.expr(t, bound)} AS ${sql.identifier(`_key${i}`)}`]));
  const selects = [columnsSql(db, list.entity, t), ...computed, ...(plan?.selects(t) ?? [])];
  // The row beyond the page only tells whether there is a next page (backwards: a previous one).
  const limit = page.size + (page.backwards || plan?.needsNextPage !== false ? 1 : 0);
  const query = sql`SELECT ${sql.join(selects, ', ')} FROM ${from}${whereSql([...conditions, ...bounds])}
    ORDER BY ${orderBySql(ordering, t, bound, page.backwards)} LIMIT ${sql.literal(limit)}`;
  let count: Promise<number> | undefined;
  const rows =
    page.size === 0
      ? []
      : await run(db, query).catch((error: unknown) => {
          throw cursorValueError(error, page) ?? error;
        });
  const fetched = rows.map((row) => {
    const node = plan ? plan.materialize(row) : hydrate<T>(db, list.entity, row);
    return { node, key: ordering.keys.map((k, j) => (k.value ? k.value(node) : (row[`_key${j}`] as CursorValue))) };
  });
  return {
    ...pageOf(fetched, page, ordering as Ordering<unknown>),
    get totalCount() {
      count ??= run<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM ${from}${whereSql(conditions)}`).then((r) => r[0].n);
      return count;
    },
  };
}

/** Compiles and runs a read. */
async function run<R = Record<string, unknown>>(db: DataSource, fragment: SQL): Promise<R[]> {
  const { text, values } = sql.compile(fragment);
  return readQuery<R>(db, text, values);
}

/**
 * The edges and pageInfo of a page, from the rows fetched for it in fetch order (up to
 * `page.size` + 1: the row beyond only tells that more follow), each with its sort-key values.
 */
export function pageOf<T>(
  fetched: { node: T; key: CursorValue[] }[],
  page: PageRequest,
  ordering: Ordering<unknown>,
): Pick<ConnectionResult<T>, 'edges' | 'pageInfo'> {
  const more = fetched.length > page.size;
  const rows = fetched.slice(0, page.size);
  if (page.backwards) rows.reverse();
  const edges = rows.map(({ node, key }) => ({ node, cursor: encodeCursor(ordering, key) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.backwards ? page.before !== undefined : more,
      hasPreviousPage: page.backwards ? more : page.after !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** Rows with their sort-key values, for orderings whose keys all read the row (`value`). */
export function withKeys<T>(nodes: T[], ordering: Ordering<T>): { node: T; key: CursorValue[] }[] {
  return nodes.map((node) => ({ node, key: ordering.keys.map((k) => k.value!(node)) }));
}

/**
 * A well-formed cursor whose values PostgreSQL cannot compare with the list's columns (an id of
 * 1.5, "abc" or 99999999999999, a date of "not-a-date"): SQLSTATE class 22 (data exception) on
 * the keyset condition. That is the client's cursor, not an internal failure.
 */
export function cursorValueError(error: unknown, page: PageRequest): Error | null {
  if (!page.after && !page.before) return null;
  const code = (error as { driverError?: { code?: unknown } }).driverError?.code ?? (error as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('22')) return null;
  const arg = page.after ? 'after' : 'before';
  return badInput(`"${arg}" holds values that do not fit this list; use a cursor this connection returned`, {
    field: page.after && page.before ? 'after' : arg,
  });
}

/** Extra select expressions for a page's rows, and how a fetched row (with them) becomes its node. */
export interface PageRowPlan<T> {
  /** The select expressions (each `… AS name`) beside the row at `t`; called once per page, before `materialize`. */
  selects(t: SQL): SQL[];
  materialize(row: Record<string, unknown>): T;
  /** False when the request does not read `pageInfo`: a forward page then fetches no row beyond its size. */
  needsNextPage?: boolean;
}

/** A sort key of a query built with pg-sql2: a column of the query's rows, and the type its cursor values are compared as. */
export interface SqlSortKey {
  column: string;
  direction: 'ASC' | 'DESC';
  cast: 'int' | 'text';
}

export interface SqlOrdering {
  name: string;
  keys: SqlSortKey[];
}

/**
 * Keyset pagination over any query built with pg-sql2 (`base`: a SELECT whose rows carry the
 * ordering's columns), with the same keyset condition, cursors, page sizes and page info as
 * `paginate`. `toNodes` turns the page's rows (not the one beyond) into nodes, in order.
 */
export async function paginateSql<R extends Record<string, unknown>, T>(
  db: DataSource,
  base: SQL,
  sqlOrdering: SqlOrdering,
  args: ConnectionArgs,
  maxPageSize: number,
  toNodes: (rows: R[]) => Promise<T[]>,
): Promise<ConnectionResult<T>> {
  const ordering: Ordering<R> = {
    name: sqlOrdering.name,
    keys: sqlOrdering.keys.map((k) => ({ ...columnKey<R>(k.column, k.direction, (row) => row[k.column] as CursorValue), cast: k.cast })),
  };
  const page = pageRequest(args, ordering as Ordering<unknown>, maxPageSize);
  const q = sql.identifier('q');
  const bounds: SQL[] = [];
  for (const side of ['after', 'before'] as const) {
    const values = page[side];
    if (!values) continue;
    const fits = values.every((v, i) =>
      ordering.keys[i].cast === 'int' ? Number.isSafeInteger(v) : typeof v === 'string' && v.length <= 100,
    );
    if (!fits) throw badInput(`"${side}" holds values that do not fit this list; use a cursor this connection returned`, { field: side });
    bounds.push(keysetCondition(ordering, values, side, q));
  }
  const query = sql`SELECT * FROM (${base}) ${q}${whereSql(bounds)}
    ORDER BY ${orderBySql(ordering, q, {}, page.backwards)} LIMIT ${sql.literal(page.size + 1)}`;
  const rows = page.size === 0 ? [] : await run<R>(db, query);
  const nodes = await toNodes(rows.slice(0, page.size));
  let count: Promise<number> | undefined;
  return {
    ...pageOf(
      rows.map((row, i) => ({ node: nodes[i], key: ordering.keys.map((k) => k.value!(row)) })),
      page,
      ordering as Ordering<unknown>,
    ),
    get totalCount() {
      count ??= run<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM (${base}) ${q}`).then((r) => r[0].n);
      return count;
    },
  };
}
