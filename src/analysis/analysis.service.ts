import type { ObjectLiteral, EntityTarget } from 'typeorm';
import { Call } from '../calls/call.entity';
import { Commitment } from '../commitments/commitment.entity';
import type { Stance } from '../commitments/statement-commitment.entity';
import type { Context } from '../context';
import { badInput, notFound } from '../common/errors';
import { checkDateRange, countryCodes, list, rowIds } from '../common/filters';
import { decodeRowId } from '../common/global-id';
import { pageOf, pageRequest, type CursorValue, type Ordering } from '../common/pagination';
import { today } from '../common/validation';
import { Official } from '../officials/official.entity';
import { holdingOn, holdingTitle } from '../officials/official.service';
import { Country } from '../places/country.entity';
import { Source } from '../sources/source.entity';
import { Statement } from '../statements/statement.entity';
import { Topic } from '../topics/topic.entity';
import {
  CALLS_SOURCES,
  CALLS_STATEMENTS,
  COMMITMENT_USAGES,
  COMMON_CALL,
  COMPARISON_MAX_STATEMENTS,
  COMPARISON_SOURCES,
  comparisonStatementsSql,
  OMISSIONS,
  REPORTED_POSITIONS,
  sideOf,
  WORDING_MAX_USAGES,
} from './analysis.queries';
import type {
  AffirmationArgs,
  CommitmentAffirmation,
  CommitmentComparison,
  CommitmentOmission,
  CommitmentPhrasing,
  OmissionArgs,
  PairCommitment,
  ReadoutComparison,
  ReportedPosition,
  ReportedPositionArgs,
  SideAccount,
  TopicComparison,
  WordingHistoryArgs,
} from './analysis.types';
import { groupPhrasings } from './wording';

/** Rows of `entity` by key, in the order of `keys`, missing ones left out. */
async function load<T extends ObjectLiteral, K extends string | number>(
  ctx: Pick<Context, 'loaders'>,
  entity: EntityTarget<T>,
  keys: K[],
): Promise<T[]> {
  const rows = await ctx.loaders.byKey<T, K>(entity).loadMany(keys);
  return rows.filter((r): r is T => r != null && !(r instanceof Error));
}

const country = (ctx: Pick<Context, 'loaders'>, code: string) => ctx.loaders.byKey<Country, string>(Country).load(code) as Promise<Country>;

// ---------------------------------------------------------------------------------------------
// Readout comparison

interface ComparedRow {
  statement_id: number;
  source_id: number;
  side: string;
  text: string;
  date: string;
  commitments: { commitmentId: number; stance: Stance }[];
  topic_ids: number[];
}

interface SourceTiming {
  id: number;
  side: string | null;
  published_on: string;
  minutes_after_start: number | null;
  days_after: number | null;
}

/**
 * The comparison of a call's sides. The rows of every call compared in one request come from two
 * queries (a list of calls each with its comparison costs no more than one call).
 */
export async function compareCall(ctx: Context, call: Call): Promise<ReadoutComparison> {
  const { rows, timing } = await ctx.loaders
    .get<number, { rows: ComparedRow[]; timing: SourceTiming[] }>('Call.comparison', async (keys) => {
      const ids = [...keys];
      const [rows, timing]: [(ComparedRow & { call_id: number })[], (SourceTiming & { call_id: number })[]] = await Promise.all([
        ctx.db.query(CALLS_STATEMENTS, [ids]),
        ctx.db.query(CALLS_SOURCES, [ids]),
      ]);
      return ids.map((id) => ({ rows: rows.filter((r) => r.call_id === id), timing: timing.filter((t) => t.call_id === id) }));
    })
    .load(call.rowId);
  return assembleComparison(ctx, call, rows, timing);
}

export const MAX_COMPARED_SOURCES = 50;

/** The comparison of any set of sources about one event (the call they share, if they share one). */
export async function compareSources(ctx: Context, ids: string[]): Promise<ReadoutComparison> {
  if (ids.length === 0) throw badInput('Give at least one source', { field: ['sourceIds'] });
  if (ids.length > MAX_COMPARED_SOURCES) throw badInput(`At most ${MAX_COMPARED_SOURCES} sources`, { field: ['sourceIds'] });
  const sourceIds = [...new Set(rowIds(ids, 'Source', ['sourceIds'])!)];
  const [common]: { call_id: number | null; calls: number; found: number }[] = await ctx.db.query(COMMON_CALL, [sourceIds]);
  if (common.found < sourceIds.length) {
    const found = new Set((await load(ctx, Source, sourceIds)).map((s) => s.rowId));
    const i = sourceIds.findIndex((id) => !found.has(id));
    throw notFound(`No Source has id ${ids[i]}`, { field: ['sourceIds', i] });
  }
  const call = common.calls === 1 && common.call_id != null ? await ctx.loaders.byKey<Call, number>(Call).load(common.call_id) : null;
  const [rows, timing]: [ComparedRow[], SourceTiming[]] = await Promise.all([
    ctx.db.query(comparisonStatementsSql('sources'), [sourceIds]),
    ctx.db.query(COMPARISON_SOURCES, [sourceIds, call?.rowId ?? null]),
  ]);
  return assembleComparison(ctx, call, rows, timing);
}

async function assembleComparison(
  ctx: Context,
  call: Call | null,
  allRows: ComparedRow[],
  timing: SourceTiming[],
): Promise<ReadoutComparison> {
  const truncated = allRows.length > COMPARISON_MAX_STATEMENTS;
  const rows = allRows.slice(0, COMPARISON_MAX_STATEMENTS);

  // A source without a publisher country takes the side of its statements.
  const sideOfSource = new Map<number, string>();
  for (const r of rows) sideOfSource.set(r.source_id, r.side);
  for (const t of timing) if (t.side) sideOfSource.set(t.id, t.side);
  const sides = [
    ...new Set([...rows.map((r) => r.side), ...timing.map((t) => sideOfSource.get(t.id)).filter((s): s is string => !!s)]),
  ].sort();

  const sources = new Map(
    (
      await load(
        ctx,
        Source,
        timing.map((t) => t.id),
      )
    ).map((s) => [s.rowId, s]),
  );
  const commitmentIds = [...new Set(rows.flatMap((r) => r.commitments.map((c) => c.commitmentId)))];
  const topicIds = [...new Set(rows.flatMap((r) => r.topic_ids))];
  const [commitments, topics, statements, countries] = await Promise.all([
    load(ctx, Commitment, commitmentIds),
    load(ctx, Topic, topicIds),
    load(
      ctx,
      Statement,
      rows.map((r) => r.statement_id),
    ),
    Promise.all(sides.map((code) => country(ctx, code))),
  ]);
  const countryOf = new Map(countries.map((c) => [c.code, c]));
  const statementOf = new Map(statements.map((s) => [s.rowId, s]));
  const byTitle = (a: Commitment, b: Commitment) => a.title.localeCompare(b.title);
  const byName = (a: Topic, b: Topic) => a.name.localeCompare(b.name);

  const accounts: SideAccount[] = sides.map((side) => {
    const mine = rows.filter((r) => r.side === side);
    const mineCommitments = new Set(mine.flatMap((r) => r.commitments.map((c) => c.commitmentId)));
    const mineTopics = new Set(mine.flatMap((r) => r.topic_ids));
    return {
      country: countryOf.get(side)!,
      sources: timing
        .filter((t) => sideOfSource.get(t.id) === side && sources.has(t.id))
        .map((t) => ({
          source: sources.get(t.id)!,
          publishedOn: t.published_on,
          minutesAfterCallStart: t.minutes_after_start,
          daysAfterCall: t.days_after,
        })),
      statementCount: mine.length,
      commitments: commitments.filter((c) => mineCommitments.has(c.rowId)).sort(byTitle),
      topics: topics.filter((t) => mineTopics.has(t.rowId)).sort(byName),
    };
  });

  const compared: CommitmentComparison[] = commitments.sort(byTitle).map((commitment) => {
    const using = rows.filter((r) => r.commitments.some((c) => c.commitmentId === commitment.rowId));
    const mentioning = sides.filter((side) => using.some((r) => r.side === side));
    return {
      commitment,
      shared: mentioning.length > 1,
      countries: mentioning.map((s) => countryOf.get(s)!),
      missingFrom: sides.filter((s) => !mentioning.includes(s)).map((s) => countryOf.get(s)!),
      sides: mentioning.map((side) => {
        const mine = using.filter((r) => r.side === side);
        return {
          country: countryOf.get(side)!,
          stances: [...new Set(mine.map((r) => r.commitments.find((c) => c.commitmentId === commitment.rowId)!.stance))],
          wordings: mine.map((r) => r.text),
          statements: mine.map((r) => statementOf.get(r.statement_id)!).filter(Boolean),
        };
      }),
    };
  });
  const topicsCompared: TopicComparison[] = topics.sort(byName).map((topic) => {
    const touching = sides.filter((side) => rows.some((r) => r.side === side && r.topic_ids.includes(topic.rowId)));
    return { topic, shared: touching.length > 1, countries: touching.map((s) => countryOf.get(s)!) };
  });
  const sharedFirst = <T extends { shared: boolean }>(items: T[]) => [...items.filter((i) => i.shared), ...items.filter((i) => !i.shared)];
  return { call, sides: accounts, commitments: sharedFirst(compared), topics: sharedFirst(topicsCompared), truncated };
}

// ---------------------------------------------------------------------------------------------
// Paging over an analysis query: keyset on integer/text columns, both ways.

interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  readonly totalCount: Promise<number>;
}

/**
 * Pages `base` (a SELECT with parameters `params`) by `keys` ascending, forward (`first`/`after`)
 * or backward (`last`/`before`), like every other connection. `keys[i].expr` names a column of
 * `base`; the row's values of those columns make the cursor.
 */
async function pageRows<R extends Record<string, unknown>, T>(
  ctx: Context,
  base: string,
  params: unknown[],
  ordering: Ordering<unknown> & { keys: { expr: string; cast: string }[] },
  args: { first?: number | null; after?: string | null; last?: number | null; before?: string | null },
  toNode: (rows: R[]) => Promise<T[]>,
): Promise<Page<T>> {
  const page = pageRequest(
    { first: args.first, after: args.after, last: args.last, before: args.before },
    ordering,
    ctx.config.maxPageSize,
  );
  const keys = ordering.keys;
  const bounds: { side: 'after' | 'before'; values: CursorValue[] }[] = [];
  if (page.after) bounds.push({ side: 'after', values: page.after });
  if (page.before) bounds.push({ side: 'before', values: page.before });
  const all = [...params];
  const conditions = bounds.map(({ side, values }) => {
    if (!values.every((v, i) => (keys[i].cast === 'int' ? Number.isSafeInteger(v) : typeof v === 'string' && v.length <= 100))) {
      throw badInput(`"${side}" is not a cursor of this list; use a cursor this connection returned`, { field: side });
    }
    const placeholders = values.map((v, i) => {
      all.push(v);
      return `$${all.length}::${keys[i].cast}`;
    });
    return `(${keys.map((k) => `q.${k.expr}`).join(', ')}) ${side === 'after' ? '>' : '<'} (${placeholders.join(', ')})`;
  });
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  const direction = page.backwards ? 'DESC' : 'ASC';
  const sql = `SELECT * FROM (${base}) q ${where} ORDER BY ${keys.map((k) => `q.${k.expr} ${direction}`).join(', ')} LIMIT ${page.size + 1}`;
  const rows: R[] = page.size === 0 ? [] : await ctx.db.query(sql, all);
  // Nodes for the page's rows only, in fetch order: the row beyond it only tells that more follow.
  const nodes = await toNode(rows.slice(0, page.size));
  let count: Promise<number> | undefined;
  return {
    ...pageOf(
      rows.map((r, i) => ({ node: nodes[i], key: keys.map((k) => r[k.expr] as CursorValue) })),
      page,
      ordering,
    ),
    get totalCount() {
      count ??= ctx.db.query(`SELECT count(*)::int AS n FROM (${base}) q`, params).then((r: { n: number }[]) => r[0].n);
      return count;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Reported versus confirmed

interface PositionRow {
  statement_id: number;
  commitment_id: number;
  official_id: number;
  stance: Stance;
  party_country: string;
  reported_by: string | null;
  date_text: string;
  status: string;
  confirming: number[];
  denying: number[];
}

const positionOrdering = {
  name: 'reported-positions',
  keys: [
    { expr: 'statement_id', direction: 'ASC' as const, cast: 'int' },
    { expr: 'commitment_id', direction: 'ASC' as const, cast: 'int' },
    { expr: 'official_id', direction: 'ASC' as const, cast: 'int' },
  ],
};

export async function reportedPositions(ctx: Context, args: ReportedPositionArgs): Promise<Page<ReportedPosition>> {
  const f = args.filter ?? {};
  const at = (field: string) => ['filter', field];
  const params: unknown[] = [];
  const conditions: string[] = [];
  const add = (sql: (p: string) => string, value: unknown) => {
    if (value === undefined) return;
    params.push(value);
    conditions.push(sql(`$${params.length}`));
  };
  add((p) => `r.party_country = ANY(${p}::text[])`, countryCodes(f.partyCountries, at('partyCountries')));
  add((p) => `r.reported_by = ANY(${p}::text[])`, countryCodes(f.reportedByCountries, at('reportedByCountries')));
  add((p) => `r.status = ANY(${p}::text[])`, list(f.statuses, at('statuses')));
  add((p) => `r.commitment_id = ANY(${p}::int[])`, rowIds(f.commitmentIds, 'Commitment', at('commitmentIds')));
  add((p) => `r.call_id = ANY(${p}::int[])`, rowIds(f.callIds, 'Call', at('callIds')));
  add((p) => `r.official_id = ANY(${p}::int[])`, rowIds(f.partyIds, 'Official', at('partyIds')));
  const base = `SELECT * FROM (${REPORTED_POSITIONS}) r ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}`;
  return pageRows<PositionRow & Record<string, unknown>, ReportedPosition>(ctx, base, params, positionOrdering, args, async (rows) => {
    const statementIds = [...new Set(rows.flatMap((r) => [r.statement_id, ...r.confirming, ...r.denying]))];
    const [statements, officials, commitments] = await Promise.all([
      load(ctx, Statement, statementIds),
      load(ctx, Official, [...new Set(rows.map((r) => r.official_id))]),
      load(ctx, Commitment, [...new Set(rows.map((r) => r.commitment_id))]),
    ]);
    const s = new Map(statements.map((x) => [x.rowId, x]));
    const o = new Map(officials.map((x) => [x.rowId, x]));
    const c = new Map(commitments.map((x) => [x.rowId, x]));
    return Promise.all(
      rows.map(async (r) => {
        const holding = await holdingOn(ctx, r.official_id, r.date_text);
        return {
          statement: s.get(r.statement_id)!,
          party: o.get(r.official_id)!,
          partyPostHolding: holding,
          partyTitle: holding ? await holdingTitle(ctx, holding) : null,
          commitment: c.get(r.commitment_id)!,
          stance: r.stance,
          reportedBy: r.reported_by ? await country(ctx, r.reported_by) : null,
          partyCountry: await country(ctx, r.party_country),
          status: r.status as ReportedPosition['status'],
          confirmingStatements: r.confirming.map((id) => s.get(id)!).filter(Boolean),
          denyingStatements: r.denying.map((id) => s.get(id)!).filter(Boolean),
        };
      }),
    );
  });
}

// ---------------------------------------------------------------------------------------------
// Commitment over time

interface UsageRow {
  statement_id: number;
  date: string;
  stance: Stance;
  text: string;
  side: string | null;
  author: string | null;
}

const affirmationOrdering = {
  name: 'commitment-affirmations',
  keys: [
    { expr: 'date', direction: 'ASC' as const, cast: 'text' },
    { expr: 'statement_id', direction: 'ASC' as const, cast: 'int' },
  ],
};

async function toAffirmations(ctx: Context, rows: UsageRow[]): Promise<CommitmentAffirmation[]> {
  const statements = new Map(
    (
      await load(
        ctx,
        Statement,
        rows.map((r) => r.statement_id),
      )
    ).map((s) => [s.rowId, s]),
  );
  return Promise.all(
    rows.map(async (r) => ({
      date: r.date,
      stance: r.stance,
      wording: r.text,
      side: r.side ? await country(ctx, r.side) : null,
      author: r.author,
      statement: statements.get(r.statement_id)!,
    })),
  );
}

export function affirmations(ctx: Context, commitment: Commitment, args: AffirmationArgs): Promise<Page<CommitmentAffirmation>> {
  const f = args.filter ?? {};
  const at = (field: string) => ['filter', field];
  const params: unknown[] = [commitment.rowId];
  const conditions: string[] = [];
  const add = (sql: (p: string) => string, value: unknown) => {
    if (value === undefined || value === null) return;
    params.push(value);
    conditions.push(sql(`$${params.length}`));
  };
  add((p) => `u.side = ANY(${p}::text[])`, countryCodes(f.countries, at('countries')));
  add((p) => `u.stance = ANY(${p}::text[])`, list(f.stances, at('stances')));
  checkDateRange(f.dateFrom, f.dateTo, at('dateFrom'));
  add((p) => `u.date >= ${p}`, f.dateFrom);
  add((p) => `u.date <= ${p}`, f.dateTo);
  const base = `SELECT * FROM (${COMMITMENT_USAGES}) u ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}`;
  return pageRows<UsageRow & Record<string, unknown>, CommitmentAffirmation>(ctx, base, params, affirmationOrdering, args, (rows) =>
    toAffirmations(ctx, rows),
  );
}

/** Days from the latest affirmation to `asOf` (today by default); null when never affirmed. */
export async function daysSinceLastAffirmed(ctx: Context, commitment: Commitment, asOf: string | null | undefined): Promise<number | null> {
  const [row]: { days: number | null }[] = await ctx.db.query(
    `SELECT ($2::date - max(s.date))::int AS days FROM statement_commitments sc JOIN statements s ON s.id = sc.statement_id
      WHERE sc.commitment_id = $1 AND sc.stance IN ('AFFIRMS', 'REAFFIRMS')`,
    [commitment.rowId, asOf ?? today()],
  );
  return row.days;
}

export async function wordingHistory(ctx: Context, commitment: Commitment, args: WordingHistoryArgs): Promise<CommitmentPhrasing[]> {
  if (!(args.similarity >= 0.5 && args.similarity <= 1))
    throw badInput('"similarity" must be between 0.5 and 1', { field: ['similarity'] });
  if (!(args.first >= 1 && args.first <= 100)) throw badInput('"first" must be between 1 and 100', { field: ['first'] });
  const rows: UsageRow[] = await ctx.db.query(`${COMMITMENT_USAGES} ORDER BY s.date, s.id LIMIT ${WORDING_MAX_USAGES}`, [commitment.rowId]);
  const groups = groupPhrasings(
    rows.map((r) => ({ wording: r.text, item: r })),
    args.similarity,
  ).slice(0, args.first);
  const statements = new Map(
    (
      await load(
        ctx,
        Statement,
        groups.flatMap((g) => [g.usages[0].item.statement_id, g.usages[g.usages.length - 1].item.statement_id]),
      )
    ).map((s) => [s.rowId, s]),
  );
  return Promise.all(
    groups.map(async (g) => {
      const items = g.usages.map((u) => u.item);
      const sides = [...new Set(items.map((i) => i.side).filter((s): s is string => !!s))];
      return {
        wording: g.wording,
        variants: [...new Set(items.map((i) => i.text))],
        usageCount: items.length,
        firstUsedOn: items[0].date,
        lastUsedOn: items[items.length - 1].date,
        firstStatement: statements.get(items[0].statement_id)!,
        lastStatement: statements.get(items[items.length - 1].statement_id)!,
        usedBy: [...new Set(items.map((i) => i.author).filter((a): a is string => !!a))],
        countries: await Promise.all(sides.map((code) => country(ctx, code))),
        stances: [...new Set(items.map((i) => i.stance))],
      };
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Omissions

export interface OmissionRow {
  call_id: number;
  date: string;
  side: string;
  commitment_id: number;
  source_ids: number[];
  prior_call_ids: number[];
  open: boolean;
}

export interface OmissionQuery {
  countries: [string, string];
  commitmentId: number | null;
  window: number;
  callId?: number | null;
  side?: string | null;
}

export function checkPair(codes: string[], field: string): [string, string] {
  const pair = countryCodes(codes, [field])!;
  if (pair.length !== 2 || pair[0] === pair[1]) throw badInput(`"${field}" must name two different countries`, { field: [field] });
  return [pair[0], pair[1]];
}

export function checkWindow(window: number, field = 'window'): number {
  if (!Number.isInteger(window) || window < 1 || window > 20) throw badInput(`"${field}" must be between 1 and 20`, { field: [field] });
  return window;
}

export function omissionRows(ctx: Pick<Context, 'db'>, q: OmissionQuery): Promise<OmissionRow[]> {
  return ctx.db.query(OMISSIONS, [q.countries[0], q.countries[1], q.commitmentId, q.window, q.callId ?? null, q.side ?? null]);
}

export async function toOmissions(ctx: Pick<Context, 'loaders'>, rows: OmissionRow[]): Promise<CommitmentOmission[]> {
  const callIds = [...new Set(rows.flatMap((r) => [r.call_id, ...r.prior_call_ids]))];
  const [calls, commitments, sources] = await Promise.all([
    load(ctx, Call, callIds),
    load(ctx, Commitment, [...new Set(rows.map((r) => r.commitment_id))]),
    load(ctx, Source, [...new Set(rows.flatMap((r) => r.source_ids))]),
  ]);
  const call = new Map(calls.map((c) => [c.rowId, c]));
  const commitment = new Map(commitments.map((c) => [c.rowId, c]));
  const source = new Map(sources.map((s) => [s.rowId, s]));
  return Promise.all(
    rows.map(async (r) => ({
      call: call.get(r.call_id)!,
      date: r.date,
      side: await country(ctx, r.side),
      commitment: commitment.get(r.commitment_id)!,
      sources: r.source_ids.map((id) => source.get(id)).filter((s): s is Source => !!s),
      priorCalls: r.prior_call_ids.map((id) => call.get(id)).filter((c): c is Call => !!c),
      open: r.open,
    })),
  );
}

export async function commitmentOmissions(ctx: Context, args: OmissionArgs): Promise<CommitmentOmission[]> {
  const countries = checkPair(args.countries, 'countries');
  const window = checkWindow(args.window);
  if (!(args.first >= 1 && args.first <= 100)) throw badInput('"first" must be between 1 and 100', { field: ['first'] });
  const side = args.side == null ? null : countryCodes([args.side], ['side'])![0];
  if (side && !countries.includes(side)) throw badInput('"side" must be one of the two countries', { field: ['side'] });
  const commitmentId = args.commitmentId == null ? null : decodeRowId(args.commitmentId, 'Commitment', { field: ['commitmentId'] });
  const rows = (await omissionRows(ctx, { countries, commitmentId, window, side })).filter((r) => !args.openOnly || r.open);
  return toOmissions(ctx, rows.slice(0, args.first));
}

// ---------------------------------------------------------------------------------------------
// Country pair

/** Statements of one side about the pair's calls, as a condition on statement alias `e`. */
export const pairSideCondition = `${sideOf('e')} = :side AND e.call_id IN (
  SELECT c.id FROM calls c
   WHERE EXISTS (SELECT 1 FROM call_participants p JOIN officials o ON o.id = p.official_id WHERE p.call_id = c.id AND o.country_code = :a)
     AND EXISTS (SELECT 1 FROM call_participants p JOIN officials o ON o.id = p.official_id WHERE p.call_id = c.id AND o.country_code = :b))`;

export async function pairCommitments(ctx: Context, [a, b]: [string, string]): Promise<PairCommitment[]> {
  const rows: { id: number; n: number; latest: number | null }[] = await ctx.db.query(
    `SELECT c.id,
            (SELECT count(*)::int FROM statement_commitments sc WHERE sc.commitment_id = c.id AND sc.stance IN ('AFFIRMS', 'REAFFIRMS')) AS n,
            (SELECT s.id FROM statement_commitments sc JOIN statements s ON s.id = sc.statement_id
              WHERE sc.commitment_id = c.id AND sc.stance IN ('AFFIRMS', 'REAFFIRMS') ORDER BY s.date DESC, s.id DESC LIMIT 1) AS latest
       FROM commitments c
      WHERE (c.guarantor_code = $1 AND c.beneficiary_code = $2) OR (c.guarantor_code = $2 AND c.beneficiary_code = $1)
      ORDER BY c.guarantor_code, c.title, c.id LIMIT 500`,
    [a, b],
  );
  const commitments = new Map(
    (
      await load(
        ctx,
        Commitment,
        rows.map((r) => r.id),
      )
    ).map((c) => [c.rowId, c]),
  );
  const latestIds = rows.map((r) => r.latest).filter((id): id is number => id != null);
  const usages: (UsageRow & { commitment_id: number })[] = latestIds.length
    ? await ctx.db.query(
        `SELECT * FROM (${COMMITMENT_USAGES.replace('WHERE sc.commitment_id = $1', 'WHERE sc.commitment_id = ANY($1::int[])').replace('SELECT s.id AS statement_id', 'SELECT sc.commitment_id, s.id AS statement_id')}) u
          WHERE u.statement_id = ANY($2::int[])`,
        [rows.map((r) => r.id), latestIds],
      )
    : [];
  const affirmationsOf = await toAffirmations(ctx, usages);
  return rows.map((r) => {
    const i = usages.findIndex((u) => u.commitment_id === r.id && u.statement_id === r.latest);
    return { commitment: commitments.get(r.id)!, affirmationCount: r.n, latestAffirmation: i >= 0 ? affirmationsOf[i] : null };
  });
}
