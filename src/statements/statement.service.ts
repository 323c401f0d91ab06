import type { SelectQueryBuilder } from 'typeorm';
import { Call } from '../calls/call.entity';
import { Commitment } from '../commitments/commitment.entity';
import { StatementCommitment } from '../commitments/statement-commitment.entity';
import type { ConnectionArgs, ConnectionResult } from '../common/connection';
import type { Context } from '../context';
import { badInput } from '../common/errors';
import { checkDateRange, Conditions, list, rowIds } from '../common/filters';
import { listConnection, listFiltered } from '../common/list';
import { type Ordering, pageOf, type PageRowPlan, pageRequest, withKeys } from '../common/pagination';
import { readQuery } from '../common/read-query';
import { entityColumns, hydrate } from '../common/rows';
import { addDays, InputCheck } from '../common/validation';
import type { WriteTx } from '../write/write-tx';
import { Official } from '../officials/official.entity';
import { Organization } from '../organizations/organization.entity';
import { Source } from '../sources/source.entity';
import { sourceWrites } from '../sources/source.service';
import { Topic } from '../topics/topic.entity';
import { Statement } from './statement.entity';
import { matchCondition, type MatchFieldName, type MatchValue, readMatchFields } from './statement-match';
import { type AddStatementInput, SearchOrder, type StatementFilter, StatementOrder } from './statement.inputs';
import { searchOrders, statementOrders, TSQUERY, tsquery } from './statement.queries';

const MAX_QUERY_LENGTH = 1000;
/** Statement orderings by enum value. */
const statementOrderings = statementOrders.orderings;
const searchOrderings = searchOrders.orderings;

function checkQueryText(text: string, path: (string | number)[]): string {
  if (text.trim().length === 0) throw badInput('The search text is empty', { field: path });
  if (text.length > MAX_QUERY_LENGTH) {
    throw badInput(`The search text is longer than ${MAX_QUERY_LENGTH} characters`, { field: path, maxLength: MAX_QUERY_LENGTH });
  }
  return text;
}

/** The filter as SQL on alias `e`, every value validated and bound as a parameter. */
export function statementConditions(
  filter: StatementFilter | null | undefined,
  path: (string | number)[] = ['filter'],
  paramPrefix = '',
): Conditions {
  const c = new Conditions(paramPrefix);
  if (!filter) return c;
  const at = (field: string) => [...path, field];
  const matched = readMatchFields(filter, path);
  const stances = list(filter.stances, at('stances'));
  for (const [name, values] of Object.entries(matched) as [MatchFieldName, MatchValue[]][]) {
    // With stances, the commitments narrow the same links as the stances (below).
    if (!(name === 'commitmentIds' && stances)) c.add(matchCondition(name), values);
  }
  c.when(
    rowIds(filter.partyIds, 'Official', at('partyIds')),
    'EXISTS (SELECT 1 FROM statement_parties pa WHERE pa.statement_id = e.id AND pa.official_id = ANY(:?))',
  );
  c.when(
    rowIds(filter.attributedOrganizationIds, 'Organization', at('attributedOrganizationIds')),
    'e.attributed_organization_id = ANY(:?)',
  );
  c.when(rowIds(filter.sourceIds, 'Source', at('sourceIds')), 'e.source_id = ANY(:?)');
  if (stances) {
    const commitments = matched.commitmentIds;
    c.add(
      `EXISTS (SELECT 1 FROM statement_commitments l WHERE l.statement_id = e.id
                AND (CAST(:? AS int[]) IS NULL OR l.commitment_id = ANY(:?)) AND l.stance = ANY(:?))`,
      commitments ?? null,
      commitments ?? null,
      stances,
    );
  }
  const kinds = list(filter.sourceKinds, at('sourceKinds'));
  const publishers = rowIds(filter.publisherIds, 'Organization', at('publisherIds'));
  if (kinds || publishers) {
    c.add(
      `EXISTS (SELECT 1 FROM sources so WHERE so.id = e.source_id
                AND (CAST(:? AS text[]) IS NULL OR so.kind = ANY(:?)) AND (CAST(:? AS int[]) IS NULL OR so.publisher_id = ANY(:?)))`,
      kinds ?? null,
      kinds ?? null,
      publishers ?? null,
      publishers ?? null,
    );
  }
  checkDateRange(filter.dateFrom, filter.dateTo, at('dateFrom'));
  c.when(filter.dateFrom, 'e.date >= :?');
  c.when(filter.dateTo, 'e.date <= :?');
  if (filter.directQuotesOnly != null) c.add('e.kind = :?', filter.directQuotesOnly ? 'DIRECT_QUOTE' : 'PARAPHRASE');
  if (filter.text != null) {
    c.add(`e.search_vector @@ ${tsquery(':?')}`, checkQueryText(filter.text, at('text')));
  }
  return c;
}

/**
 * The same order with its keys hidden from the date index (`e.date + 0`): for lists narrowed to
 * a few thousand rows by a parent or a selective filter, PostgreSQL then fetches those rows by
 * their own index and sorts them, instead of walking the whole table in date order until enough
 * match (all of it when few or none do). Cursors stay valid: same name, same values.
 */
function unindexed(ordering: Ordering<Statement>): Ordering<Statement> {
  return { ...ordering, keys: ordering.keys.map((k) => ({ ...k, expr: `(${k.expr} + 0)` })) };
}

/** Filters that narrow a list to the rows of a few parents, where `unindexed` order pays. */
const selective = (filter?: StatementFilter | null) =>
  Boolean(filter?.commitmentIds?.length || filter?.speakerIds?.length || filter?.callIds?.length || filter?.sourceIds?.length);

/** A statement connection, optionally within a parent (`scope`: e.g. one official's statements). */
export function listStatements(
  ctx: Context,
  page: ConnectionArgs,
  filter?: StatementFilter | null,
  order: StatementOrder = StatementOrder.DATE_ASC,
  scope?: (qb: SelectQueryBuilder<Statement>) => void,
  /** The scope leaves a few thousand rows at most (see `unindexed`). */
  narrowScope = false,
  /** Relations the request selects below the nodes, fetched with them. */
  plan?: PageRowPlan<Statement> | null,
): Promise<ConnectionResult<Statement>> {
  const conditions = statementConditions(filter);
  const ordering = narrowScope || selective(filter) ? unindexed(statementOrderings[order]) : statementOrderings[order];
  return listFiltered(ctx, Statement, page, ordering, conditions, scope, plan);
}

/** The best passages of `e.text` for the search, HTML-escaped, hits in <mark>. */
const SNIPPET = `ts_headline('english', replace(replace(replace(e.text, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), ${TSQUERY},
                            'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "')`;

/**
 * A statement order by date, read off an official's `statement_speakers` rows (alias `sp`) instead
 * of the statements: `sp.date` and `sp.statement_id` equal `e.date` and `e.id` (triggers keep the
 * copy), so the order, its name and its cursors are the same. Null for orders it cannot serve.
 */
export function onSpeakerRows(ordering: Ordering<Statement>): Ordering<Statement> | null {
  const columns: Record<string, string> = { 'e.date': 'sp.date', 'e.id': 'sp.statement_id' };
  if (ordering.keys[0]?.expr !== 'e.date' || !ordering.keys.every((k) => k.expr in columns)) return null;
  return { ...ordering, keys: ordering.keys.map((k) => ({ ...k, expr: columns[k.expr] })) };
}

/** The parents a statement list can hang off, as SQL on alias `e` given the parent's row id expression. */
const PARENT_SCOPES = {
  official: (parent: string) => `EXISTS (SELECT 1 FROM statement_speakers sp WHERE sp.statement_id = e.id AND sp.official_id = ${parent})`,
  call: (parent: string) => `e.call_id = ${parent}`,
  commitment: (parent: string) =>
    `EXISTS (SELECT 1 FROM statement_commitments l WHERE l.statement_id = e.id AND l.commitment_id = ${parent})`,
  source: (parent: string) => `e.source_id = ${parent}`,
  reportingSource: (parent: string) => `EXISTS (SELECT 1 FROM statement_reports r WHERE r.statement_id = e.id AND r.source_id = ${parent})`,
  topic: (parent: string) => `EXISTS (SELECT 1 FROM statement_topics t WHERE t.statement_id = e.id AND t.topic_id = ${parent})`,
};
export type StatementParent = keyof typeof PARENT_SCOPES;

/**
 * One parent's statements as SQL for a LATERAL subquery: `parentExpr` is the SQL expression of
 * the parent's row id (a column of the outer query), the filter and order applied, at most
 * `limit` rows, the statement's columns on alias `e` (plus `extra` select expressions). Its
 * parameters are named `:<paramPrefix>f<n>`, so several such subqueries can share one statement.
 */
export function statementsOfSql(
  ctx: Context,
  parent: StatementParent,
  parentExpr: string,
  filter: StatementFilter | null | undefined,
  order: StatementOrder,
  limit: number,
  extra: string[] = [],
  paramPrefix = '',
): { sql: string; params: Record<string, unknown> } {
  const { parts, params } = statementConditions(filter, ['filter'], paramPrefix).toSql();
  const select = [entityColumns(ctx.db, Statement), ...extra].join(', ');
  const orderSql = (ordering: Ordering<Statement>) => ordering.keys.map((k) => `${k.expr} ${k.direction}`).join(', ');
  const bySpeakerRows = parent === 'official' ? onSpeakerRows(statementOrderings[order]) : null;
  if (bySpeakerRows) {
    // The official's speaker rows in date order (index statement_speakers_official_date), each
    // joined to its statement: as many index entries as rows wanted, whatever the official's total.
    const where = [`sp.official_id = ${parentExpr}`, ...parts].join(' AND ');
    return {
      sql: `SELECT ${select} FROM statement_speakers sp JOIN statements e ON e.id = sp.statement_id WHERE ${where} ORDER BY ${orderSql(bySpeakerRows)} LIMIT ${limit}`,
      params: { ...params },
    };
  }
  const where = [PARENT_SCOPES[parent](parentExpr), ...parts].join(' AND ');
  // A topic can hold most statements; every other parent holds a few thousand at most.
  const ordering = parent !== 'topic' || selective(filter) ? unindexed(statementOrderings[order]) : statementOrderings[order];
  return {
    sql: `SELECT ${select} FROM statements e WHERE ${where} ORDER BY ${orderSql(ordering)} LIMIT ${limit}`,
    params: { ...params },
  };
}

/**
 * One parent's statements (an official's, a call's, a commitment's). A first page (no cursor,
 * not `last`) is loaded for all parents of the request level together, in one SQL statement with
 * one LATERAL subquery per parent; other pages are queried per parent.
 */
export function listStatementsOf(
  ctx: Context,
  parent: StatementParent,
  parentId: number,
  page: ConnectionArgs,
  filter?: StatementFilter | null,
  order: StatementOrder = StatementOrder.DATE_ASC,
): Promise<ConnectionResult<Statement>> {
  const ordering = statementOrderings[order];
  // A topic can hold most statements; every other parent holds a few thousand at most.
  const narrow = parent !== 'topic';
  const bySpeakerRows = parent === 'official' ? onSpeakerRows(ordering) : null;
  const single = () =>
    bySpeakerRows
      ? // Joined to the official's speaker rows (one per statement) and ordered by their copy of the date: an index range read.
        listFiltered(ctx, Statement, page, bySpeakerRows, statementConditions(filter), (qb) =>
          qb.innerJoin('statement_speakers', 'sp', 'sp.statement_id = e.id AND sp.official_id = :parent', { parent: parentId }),
        )
      : listStatements(ctx, page, filter, order, (qb) => qb.where(PARENT_SCOPES[parent](':parent'), { parent: parentId }), narrow);
  const cursorOrdering = statementCursorOrdering(order);
  const request = pageRequest(page, cursorOrdering, ctx.config.maxPageSize);
  if (request.after || request.before || request.backwards || request.size === 0) return single();
  const loader = ctx.loaders.get<number, Statement[]>(
    `statementsOf:${parent}:${order}:${request.size}:${JSON.stringify(filter ?? null)}`,
    async (parents) => {
      const of = statementsOfSql(ctx, parent, 'k.parent', filter, order, request.size + 1);
      const [sql, values] = ctx.db.driver.escapeQueryWithParameters(
        `SELECT k.parent AS "__parent", x.* FROM unnest(CAST(:parents AS int[])) AS k(parent) CROSS JOIN LATERAL (${of.sql}) x`,
        { ...of.params, parents },
        {},
      );
      const rows = await readQuery(ctx.db, sql, values);
      const byParent = new Map<number, Statement[]>();
      for (const r of rows) {
        const list = byParent.get(r.__parent as number) ?? [];
        list.push(hydrate(ctx.db, Statement, r));
        byParent.set(r.__parent as number, list);
      }
      return parents.map((p) => byParent.get(p) ?? []);
    },
  );
  return loader.load(parentId).then((nodes) => ({
    ...pageOf(withKeys(nodes, ordering), request, cursorOrdering),
    get totalCount() {
      return single().then((r) => r.totalCount);
    },
  }));
}

/** The ordering a statement list's cursors are written with: named as paginate names those of the `statements` table (see listName), so that every statement list reads the others' cursors. */
export function statementCursorOrdering(order: StatementOrder): Ordering<unknown> {
  const ordering = statementOrderings[order];
  return { ...ordering, name: `statements:${ordering.name}` } as Ordering<unknown>;
}

export interface SearchHit {
  cursor: string;
  node: Statement;
  rank: number;
  snippet: string;
}

/**
 * Ranked full-text search, one SQL statement: rank and snippet (when selected) are selected
 * with the page, and so are the relations a read plan compiles. Snippets HTML-escape the text
 * before highlighting, so a snippet is safe to render, with hits in <mark>.
 */
export async function searchStatements(
  ctx: Context,
  text: string,
  page: ConnectionArgs,
  filter: StatementFilter | null | undefined,
  order: SearchOrder,
  /** Names of the edge fields the request selects, when known: rank and snippet are computed only when selected. */
  selected?: ReadonlySet<string>,
  plan?: PageRowPlan<Statement> | null,
): Promise<{ edges: SearchHit[]; pageInfo: ConnectionResult<Statement>['pageInfo']; readonly totalCount: number | Promise<number> }> {
  const query = checkQueryText(text, ['text']);
  const conditions = statementConditions(filter);
  const wantSnippet = !selected || selected.has('snippet');
  const wantRank = !selected || selected.has('rank');
  const hits = new Map<Statement, Record<string, unknown>>();
  const rowPlan: PageRowPlan<Statement> = {
    selects: [
      ...(plan?.selects ?? []),
      ...(wantRank ? [`ts_rank(e.search_vector, ${TSQUERY})::float8 AS "__rank"`] : []),
      ...(wantSnippet ? [`${SNIPPET} AS "__snippet"`] : []),
    ],
    params: plan?.params ?? {},
    needsNextPage: plan?.needsNextPage,
    materialize: (row) => {
      const node = plan ? plan.materialize(row) : hydrate(ctx.db, Statement, row);
      hits.set(node, row);
      return node;
    },
  };
  const result = await listConnection(
    ctx,
    Statement,
    page,
    searchOrderings[order],
    (qb) => {
      qb.where(`e.search_vector @@ ${TSQUERY}`, { query });
      conditions.applyTo(qb);
    },
    rowPlan,
  );
  return {
    pageInfo: result.pageInfo,
    get totalCount() {
      return result.totalCount;
    },
    edges: result.edges.map(({ cursor, node }) => ({
      cursor,
      node,
      rank: Number(hits.get(node)?.__rank ?? 0),
      snippet: String(hits.get(node)?.__snippet ?? ''),
    })),
  };
}

export interface AddedStatement {
  statement: Statement;
  source: Source;
}

/**
 * The one place a statement is inserted, with its source, speakers, parties, commitments, topics and
 * reporting sources, all in the caller's transaction. (The "statement added" notification
 * hangs off this insert, so keep every statement insert here.)
 */
export async function addStatement(tx: WriteTx, input: AddStatementInput): Promise<AddedStatement> {
  const v = new InputCheck();
  const text = v.text('text', input.text, { max: 10_000, required: true, multiline: true })!;
  const date = v.date('date', input.date, { required: true })!;
  if ((input.sourceId == null) === (input.newSource == null)) v.fail('sourceId', 'or newSource must be given, not both');
  const sourceId = v.ref('sourceId', input.sourceId, Source);
  const newSource = input.newSource ? sourceWrites.read(v.within('newSource'), input.newSource, true) : null;
  const callId = v.ref('callId', input.callId, Call);
  const speakerIds = v.refs('speakerIds', input.speakerIds, Official) ?? [];
  const organizationId = v.ref('attributedOrganizationId', input.attributedOrganizationId, Organization);
  if (speakerIds.length === 0 && organizationId == null && input.speakerIds !== null) {
    v.fail('speakerIds', 'must name at least one official unless attributedOrganizationId is given: a statement needs an author');
  }
  const partyIds = v.refs('partyIds', input.partyIds, Official) ?? [];
  const commitments =
    v.distinct('commitments', input.commitments, (c, i) => v.ref(['commitments', i, 'commitmentId'], c.commitmentId, Commitment, true)) ??
    [];
  const stances = (input.commitments ?? []).map((c) => c.stance);
  const topicIds = v.refs('topicIds', input.topicIds, Topic) ?? [];
  const reportedIn = v.refs('reportedInSourceIds', input.reportedInSourceIds, Source) ?? [];
  if (sourceId != null && reportedIn.includes(sourceId)) v.fail('reportedInSourceIds', "must not include the statement's own source");
  await v.done(tx.manager);

  const source = newSource
    ? await sourceWrites.insert(tx, newSource, ['input', 'newSource'])
    : await tx.manager.findOneByOrFail(Source, { rowId: sourceId! });
  // Dates are local to speaker and publisher, a day apart at most; a later statement cannot be in it.
  if (date > addDays(source.publishedOn, 1)) {
    v.fail('date', `is after its source was published (${source.publishedOn})`);
    v.throwProblems();
  }
  const links = {
    speakerIds,
    partyIds,
    topicIds,
    reportedInSourceIds: reportedIn,
    commitments: commitments.map((commitmentId, i) => ({ commitmentId, stance: stances[i] })),
  };
  const statement = await tx.insert(
    Statement,
    { text, kind: input.kind, date, sourceId: source.rowId, callId: callId ?? null, attributedOrganizationId: organizationId ?? null },
    { unique: [{ columns: ['source_id', 'md5(text)'], field: 'text', label: 'text in this source' }], extra: { after: links } },
  );
  await tx.link(
    'statement_speakers',
    ['statement_id', 'official_id', 'position'],
    speakerIds.map((id, i) => [statement.rowId, id, i]),
  );
  await tx.link(
    'statement_parties',
    ['statement_id', 'official_id', 'position'],
    partyIds.map((id, i) => [statement.rowId, id, i]),
  );
  await tx.link(
    'statement_reports',
    ['statement_id', 'source_id'],
    reportedIn.map((id) => [statement.rowId, id]),
  );
  await tx.link(
    'statement_topics',
    ['statement_id', 'topic_id'],
    topicIds.map((id) => [statement.rowId, id]),
  );
  if (links.commitments.length > 0) {
    await tx.manager.insert(
      StatementCommitment,
      links.commitments.map((c) => ({ statementId: statement.rowId, ...c })),
    );
  }
  return { statement, source };
}
