import { sql, type SQL } from 'pg-sql2';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ConnectionArgs, ConnectionResult } from './connection';
import { badInput } from './errors';
import { readQuery } from './read-query';
import { entityColumns, hydrate } from './rows';

export type CursorValue = string | number;

/** One column of a sort order; the last key of an ordering must be unique (the row id). */
export interface SortKey<T> {
  /** SQL expression on the query's alias, never null (COALESCE nullable columns). */
  expr: string;
  direction: 'ASC' | 'DESC';
  /**
   * Reads the key's value off a fetched row. Omit it for computed keys (a rank, a joined
   * column): the expression is then selected alongside the row and read from there.
   */
  value?: (row: T) => CursorValue;
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

/** `(k1, k2, …) > (v1, v2, …)` in the ordering's mixed directions, spelled out for SQL, with its parameters. */
export function keysetSql<T>(
  ordering: Ordering<T>,
  values: CursorValue[],
  side: 'after' | 'before',
): { sql: string; params: Record<string, CursorValue> } {
  const ors: string[] = [];
  const params: Record<string, CursorValue> = {};
  ordering.keys.forEach((key, i) => {
    const ands: string[] = [];
    for (let j = 0; j < i; j++) ands.push(`${ordering.keys[j].expr} = :${side}${j}`);
    const ascending = key.direction === 'ASC';
    const op = (side === 'after') === ascending ? '>' : '<';
    ands.push(`${key.expr} ${op} :${side}${i}`);
    params[`${side}${i}`] = values[i];
    ors.push(`(${ands.join(' AND ')})`);
  });
  return { sql: `(${ors.join(' OR ')})`, params };
}

function keysetCondition<T>(
  qb: SelectQueryBuilder<T & ObjectLiteral>,
  ordering: Ordering<T>,
  values: CursorValue[],
  side: 'after' | 'before',
): void {
  const { sql, params } = keysetSql(ordering, values, side);
  qb.andWhere(sql, params);
}

/** The list a cursor belongs to: `calls` and `statements` may share an order's name, never a cursor. */
function listName<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, ordering: Ordering<T>): string {
  return ordering.list ?? qb.expressionMap.mainAlias?.metadata?.tableName ?? 'list';
}

/**
 * Keyset (cursor) pagination over a filtered query: stable while rows are added, no OFFSET.
 * `qb` must select one row per node (filters as EXISTS, not joins that multiply rows).
 */
export async function paginate<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  args: ConnectionArgs,
  ordering: Ordering<T>,
  maxPageSize: number,
  /** What else to fetch with each row (a read plan: relations the request selects below the nodes). */
  plan?: PageRowPlan<T> | null,
): Promise<ConnectionResult<T>> {
  ordering = { ...ordering, name: `${listName(qb, ordering)}:${ordering.name}` };
  const page = pageRequest(args, ordering as Ordering<unknown>, maxPageSize);
  const counter = qb.clone();
  let count: Promise<number> | undefined;

  const query = qb.clone();
  if (page.after) keysetCondition(query, ordering, page.after, 'after');
  if (page.before) keysetCondition(query, ordering, page.before, 'before');
  ordering.keys.forEach((key, i) => {
    const flip = page.backwards ? (key.direction === 'ASC' ? 'DESC' : 'ASC') : key.direction;
    if (i === 0) query.orderBy(key.expr, flip);
    else query.addOrderBy(key.expr, flip);
  });
  // The row beyond the page only tells whether there is a next page (backwards: a previous one).
  query.limit(page.size + (page.backwards || plan?.needsNextPage !== false ? 1 : 0));
  const rows =
    page.size === 0
      ? []
      : await fetchKeyed(query, ordering, plan).catch((error: unknown) => {
          throw cursorValueError(error, page) ?? error;
        });
  return {
    ...pageOf(rows, page, ordering as Ordering<unknown>),
    get totalCount() {
      count ??= counter.getCount();
      return count;
    },
  };
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
function cursorValueError(error: unknown, page: PageRequest): Error | null {
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
  selects: string[];
  params: Record<string, unknown>;
  materialize(row: Record<string, unknown>): T;
  /** False when the request does not read `pageInfo`: a forward page then fetches no row beyond its size. */
  needsNextPage?: boolean;
}

/**
 * Fetches rows with their sort-key values (computed keys are selected as `_key<i>`): the
 * builder only writes the SQL; rows are read raw and turned into entities directly, with
 * whatever the plan selects beside them.
 */
async function fetchKeyed<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  ordering: Ordering<T>,
  plan?: PageRowPlan<T> | null,
): Promise<{ node: T; key: CursorValue[] }[]> {
  const db = query.connection;
  const entity = query.expressionMap.mainAlias!.target;
  query.select(entityColumns(db, entity, query.alias));
  ordering.keys.forEach((k, i) => {
    if (!k.value) query.addSelect(k.expr, `_key${i}`);
  });
  if (plan) {
    for (const select of plan.selects) query.addSelect(select);
    query.setParameters({ ...query.getParameters(), ...plan.params });
  }
  const [sql, params] = query.getQueryAndParameters();
  const rows = await readQuery(db, sql, params);
  return rows.map((row) => {
    const node = plan ? plan.materialize(row) : hydrate<T>(db, entity, row);
    return { node, key: ordering.keys.map((k, j) => (k.value ? k.value(node) : (row[`_key${j}`] as CursorValue))) };
  });
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
 * Keyset pagination over a query built with pg-sql2 (`base`: any SELECT whose rows carry the
 * ordering's columns), as `paginate` does for query builders: the same cursors, page sizes and
 * page info. `toNodes` turns the page's rows (not the one beyond) into nodes, in order.
 */
export async function paginateSql<R extends Record<string, unknown>, T>(
  db: DataSource,
  base: SQL,
  ordering: SqlOrdering,
  args: ConnectionArgs,
  maxPageSize: number,
  toNodes: (rows: R[]) => Promise<T[]>,
): Promise<ConnectionResult<T>> {
  const asOrdering = { name: ordering.name, keys: ordering.keys.map((k) => ({ expr: k.column, direction: k.direction })) };
  const page = pageRequest(args, asOrdering, maxPageSize);
  const column = (key: SqlSortKey) => sql`q.${sql.identifier(key.column)}`;
  const bound = (values: CursorValue[], side: 'after' | 'before'): SQL => {
    const fits = values.every((v, i) =>
      ordering.keys[i].cast === 'int' ? Number.isSafeInteger(v) : typeof v === 'string' && v.length <= 100,
    );
    if (!fits) throw badInput(`"${side}" holds values that do not fit this list; use a cursor this connection returned`, { field: side });
    const value = (i: number) => sql`${sql.value(values[i])}${ordering.keys[i].cast === 'int' ? sql`::int` : sql`::text`}`;
    // (k1 > v1) OR (k1 = v1 AND k2 > v2) …, each key in its own direction.
    const ors = ordering.keys.map((key, i) => {
      const equal = ordering.keys.slice(0, i).map((k, j) => sql`${column(k)} = ${value(j)}`);
      const op = (side === 'after') === (key.direction === 'ASC') ? sql`>` : sql`<`;
      return sql`(${sql.join([...equal, sql`${column(key)} ${op} ${value(i)}`], ' AND ')})`;
    });
    return sql`(${sql.join(ors, ' OR ')})`;
  };
  const conditions: SQL[] = [];
  if (page.after) conditions.push(bound(page.after, 'after'));
  if (page.before) conditions.push(bound(page.before, 'before'));
  const order = ordering.keys.map((key) => {
    const flip = page.backwards ? (key.direction === 'ASC' ? 'DESC' : 'ASC') : key.direction;
    return sql`${column(key)} ${flip === 'ASC' ? sql`ASC` : sql`DESC`}`;
  });
  const query = sql`SELECT * FROM (${base}) q${conditions.length ? sql` WHERE ${sql.join(conditions, ' AND ')}` : sql.blank}
    ORDER BY ${sql.join(order, ', ')} LIMIT ${sql.literal(page.size + 1)}`;
  const run = async <X>(fragment: SQL) => {
    const { text, values } = sql.compile(fragment);
    return readQuery<X>(db, text, values);
  };
  const rows = page.size === 0 ? [] : await run<R>(query);
  const nodes = await toNodes(rows.slice(0, page.size));
  let count: Promise<number> | undefined;
  return {
    ...pageOf(
      rows.map((row, i) => ({ node: nodes[i], key: ordering.keys.map((k) => row[k.column] as CursorValue) })),
      page,
      asOrdering,
    ),
    get totalCount() {
      count ??= run<{ n: number }>(sql`SELECT count(*)::int AS n FROM (${base}) q`).then((r) => r[0].n);
      return count;
    },
  };
}
