import { type SQL, sql } from 'pg-sql2';
import type { ConnectionArgs, ConnectionResult } from '../common/connection';
import type { Conditions } from '../common/filters';
import {
  cursorValueError,
  type CursorValue,
  keysetCondition,
  type Ordering,
  orderBySql,
  pageOf,
  type PageRowPlan,
  pageRequest,
} from '../common/pagination';
import { readQuery } from '../common/read-query';
import { columnsSql } from '../common/rows';
import type { Context } from '../context';
import { Statement } from './statement.entity';
import { tsquery } from './statement.queries';

/*
 * A page of search hits by relevance, in one statement that computes each hit's rank once.
 *
 * The order is `round(ts_rank(…)::numeric, 6) DESC, id ASC` (see `searchOrders`: the rounded
 * rank is what cursors hold). Written plainly, PostgreSQL computes ts_rank for every hit (20,968
 * of 1,000,000 statements for "deterrence missile") twice, and turns each into a numeric —
 * float4 to numeric goes through snprintf — before a top-N sort keeps 21 of them: about a quarter
 * of the statement's time. Here each hit's rank stays a float4 (`hits`); the page's last rank by
 * that float (`cut`) bounds which hits can be on the page, since rounding keeps the order of
 * ranks: a hit ranked below the cut by more than a rounding step cannot round to the cut's value
 * or above. Only those near or above the cut (`near`) get their rounded rank, once per distinct
 * float value (`rounded`: ties are common), and only the page's rows are joined to `statements`
 * for their columns, the read plan's relations and the snippet.
 */

const HITS = sql.identifier('hits');
const NEAR = sql.identifier('near');
const H = sql.identifier('h');
const E = sql.identifier('e');

/**
 * The ordering over rows of hits (`id`, and the float4 rank `r` or its rounded value `k`): the
 * same keys, name and cursors as the relevance order of the statements (`ordering`).
 */
function onHits(ordering: Ordering<Statement>, rounded: boolean): Ordering<Statement> {
  const [rank, id] = ordering.keys;
  return {
    ...ordering,
    keys: [
      { ...rank, expr: rounded ? (t) => sql`${t}.k` : (t) => sql`round(${t}.r::numeric, 6)` },
      { ...id, expr: (t) => sql`${t}.id` },
    ],
  };
}

/**
 * How far below (above, read backwards) the cut a hit's float rank can be and still round to
 * the cut's value: the float4 becomes a numeric of 6 significant digits, then is rounded to 6
 * decimals; each step moves it by at most half a unit of its last digit. The bound is generous
 * (only hits within it are rounded); being too small would drop hits from the page.
 */
const slack = (cut: SQL) => sql`(0.00001 + abs(${cut}) * 0.00001)`;

export async function searchByRelevance(
  ctx: Context,
  query: SQL,
  args: ConnectionArgs,
  /** The relevance ordering of `searchOrders`. */
  ordering: Ordering<Statement>,
  conditions: Conditions,
  /** What the page selects beside each statement (at `e`) and how a row becomes its node, given the hit's float4 rank. */
  rowPlan: (rank: (e: SQL) => SQL) => PageRowPlan<Statement>,
): Promise<ConnectionResult<Statement>> {
  // Named as `paginate` names a list's orderings, so that cursors are the same whichever path wrote them.
  ordering = { ...ordering, name: `${ordering.list ?? 'statements'}:${ordering.name}` };
  const top = sql.identifier('top');
  const plan = rowPlan(() => sql`${top}.r`);
  const page = pageRequest(args, ordering as Ordering<unknown>, ctx.config.maxPageSize);
  const tsq = tsquery(query);
  // The documents of `statement_search` (a narrow copy, see its migration); the statement's own
  // row is joined only when a filter reads it.
  const x = sql.identifier('x');
  const s = sql.identifier('s');
  const filters = conditions.on(s);
  const matching = sql`FROM statement_search ${x}${filters.length ? sql` JOIN statements ${s} ON ${s}.id = ${x}.statement_id` : sql.blank}
    WHERE ${sql.join([sql`${x}.search_vector @@ ${tsq}`, ...filters], ' AND ')}`;
  const hitOrdering = onHits(ordering, false);
  const bounds: SQL[] = [];
  if (page.after) bounds.push(keysetCondition(hitOrdering, page.after, 'after', H));
  if (page.before) bounds.push(keysetCondition(hitOrdering, page.before, 'before', H));
  const limit = page.size + (page.backwards || plan.needsNextPage !== false ? 1 : 0);
  // Read backwards, the page holds the lowest ranks: the cut is the limit-th lowest. With fewer
  // hits than that there is no cut, and every hit is near.
  const c = sql.identifier('c');
  const cutRank = sql`(SELECT ${H}.r::float8 AS r FROM ${HITS} ${H} ORDER BY ${H}.r ${page.backwards ? sql`ASC` : sql`DESC`} LIMIT 1 OFFSET ${sql.literal(limit - 1)})`;
  const near = page.backwards
    ? sql`${H}.r <= coalesce((SELECT ${c}.r + ${slack(sql`${c}.r`)} FROM ${cutRank} ${c}), 'infinity'::float8)`
    : sql`${H}.r >= coalesce((SELECT ${c}.r - ${slack(sql`${c}.r`)} FROM ${cutRank} ${c}), '-infinity'::float8)`;
  const key = sql.identifier('k');
  const statement = sql`WITH ${HITS} AS MATERIALIZED (
      SELECT ${H}.id, ${H}.r FROM (SELECT ${x}.statement_id AS id, ts_rank(${x}.search_vector, ${tsq}) AS r ${matching} OFFSET 0) ${H}${
        bounds.length ? sql` WHERE ${sql.join(bounds, ' AND ')}` : sql.blank
      }),
    ${NEAR} AS (SELECT ${H}.id, ${H}.r FROM ${HITS} ${H} WHERE ${near}),
    rounded AS MATERIALIZED (SELECT d.r, round(d.r::numeric, 6) AS ${key} FROM (SELECT DISTINCT r FROM ${NEAR}) d),
    ${top} AS (SELECT ${H}.id, ${H}.r, rounded.${key} FROM ${NEAR} ${H} JOIN rounded ON rounded.r = ${H}.r
      ORDER BY rounded.${key} ${page.backwards ? sql`ASC` : sql`DESC`}, ${H}.id ${page.backwards ? sql`DESC` : sql`ASC`} LIMIT ${sql.literal(limit)})
    SELECT ${sql.join([columnsSql(ctx.db, Statement, E), sql`${top}.${key} AS "_key0"`, ...plan.selects(E)], ', ')}
      FROM ${top} JOIN statements ${E} ON ${E}.id = ${top}.id
     ORDER BY ${orderBySql(onHits(ordering, true), top, {}, page.backwards)}`;
  const run = async <R>(fragment: SQL) => {
    const { text, values } = sql.compile(fragment);
    return readQuery<R>(ctx.db, text, values);
  };
  const rows =
    page.size === 0
      ? []
      : await run<Record<string, unknown>>(statement).catch((error: unknown) => {
          throw cursorValueError(error, page) ?? error;
        });
  const fetched = rows.map((row) => {
    const node = plan.materialize(row);
    return { node, key: [row._key0 as CursorValue, node.rowId] };
  });
  let count: Promise<number> | undefined;
  return {
    ...pageOf(fetched, page, ordering as Ordering<unknown>),
    get totalCount() {
      count ??= run<{ n: number }>(sql`SELECT count(*)::int AS n ${matching}`).then((r) => r[0].n);
      return count;
    },
  };
}
