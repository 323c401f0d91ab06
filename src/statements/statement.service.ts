import { Call } from '../calls/call.entity';
import { Commitment } from '../commitments/commitment.entity';
import type { ConnectionArgs, ConnectionResult } from '../common/connection';
import type { Context } from '../context';
import { badInput, conflict } from '../common/errors';
import { toGlobalId } from '../common/global-id';
import { checkDateRange, Conditions, list, rowIds } from '../common/filters';
import { listFiltered } from '../common/list';
import { type Ordering, orderBySql, pageOf, type PageRowPlan, pageRequest, type Where, withKeys } from '../common/pagination';
import { readQuery } from '../common/read-query';
import { columnsSql, hydrate } from '../common/rows';
import { txQuery } from '../common/tx-query';
import { addDays, InputCheck, type Path } from '../common/validation';
import type { WriteTx } from '../write/write-tx';
import type { Draft } from '../write/entity-writes';
import { type SQL, sql } from 'pg-sql2';
import { StatementCommitment, type Stance } from '../commitments/statement-commitment.entity';
import { Official } from '../officials/official.entity';
import { Organization } from '../organizations/organization.entity';
import { Source } from '../sources/source.entity';
import { sourceWrites } from '../sources/source.service';
import { Topic } from '../topics/topic.entity';
import { Statement } from './statement.entity';
import { nearestDuplicate } from './near-duplicate';
import { matchCondition, type MatchFieldName, type MatchValue, readMatchFields } from './statement-match';
import { type AddStatementInput, SearchOrder, type StatementFilter, StatementOrder, type UpdateStatementInput } from './statement.inputs';
import { searchOrders, statementOrders, tsquery } from './statement.queries';
import { searchByRelevance } from './search-page';

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

/** The filter's conditions (on the statement's row, wherever the list puts it), every value validated and bound as a parameter. */
export function statementConditions(filter: StatementFilter | null | undefined, path: (string | number)[] = ['filter']): Conditions {
  const c = new Conditions();
  if (!filter) return c;
  const at = (field: string) => [...path, field];
  const matched = readMatchFields(filter, path);
  const stances = list(filter.stances, at('stances'));
  for (const [name, values] of Object.entries(matched) as [MatchFieldName, MatchValue[]][]) {
    // With stances, the commitments narrow the same links as the stances (below).
    if (!(name === 'commitmentIds' && stances)) c.when(values, (e, v) => matchCondition(name, e, v));
  }
  c.when(
    rowIds(filter.partyIds, 'Official', at('partyIds')),
    (e, v) => sql`EXISTS (SELECT 1 FROM statement_parties pa WHERE pa.statement_id = ${e}.id AND pa.official_id = ANY(${v}))`,
  );
  c.when(
    rowIds(filter.attributedOrganizationIds, 'Organization', at('attributedOrganizationIds')),
    (e, v) => sql`${e}.attributed_organization_id = ANY(${v})`,
  );
  c.when(rowIds(filter.sourceIds, 'Source', at('sourceIds')), (e, v) => sql`${e}.source_id = ANY(${v})`);
  if (stances) {
    const commitments = sql.value(matched.commitmentIds ?? null);
    const stanceValues = sql.value(stances);
    c.add(
      (e) => sql`EXISTS (SELECT 1 FROM statement_commitments l WHERE l.statement_id = ${e}.id
                AND (${commitments}::int[] IS NULL OR l.commitment_id = ANY(${commitments})) AND l.stance = ANY(${stanceValues}))`,
    );
  }
  const kinds = list(filter.sourceKinds, at('sourceKinds'));
  const publishers = rowIds(filter.publisherIds, 'Organization', at('publisherIds'));
  if (kinds || publishers) {
    const [k, p] = [sql.value(kinds ?? null), sql.value(publishers ?? null)];
    c.add(
      (e) => sql`EXISTS (SELECT 1 FROM sources so WHERE so.id = ${e}.source_id
                AND (${k}::text[] IS NULL OR so.kind = ANY(${k})) AND (${p}::int[] IS NULL OR so.publisher_id = ANY(${p})))`,
    );
  }
  checkDateRange(filter.dateFrom, filter.dateTo, at('dateFrom'));
  c.when(filter.dateFrom, (e, v) => sql`${e}.date >= ${v}`);
  c.when(filter.dateTo, (e, v) => sql`${e}.date <= ${v}`);
  if (filter.directQuotesOnly != null) c.when(filter.directQuotesOnly ? 'DIRECT_QUOTE' : 'PARAPHRASE', (e, v) => sql`${e}.kind = ${v}`);
  if (filter.text != null) c.when(checkQueryText(filter.text, at('text')), (e, v) => sql`${e}.search_vector @@ ${tsquery(v)}`);
  return c;
}

/**
 * The same order with its keys hidden from the date index (`date + 0`): for lists narrowed to
 * a few thousand rows by a parent or a selective filter, PostgreSQL then fetches those rows by
 * their own index and sorts them, instead of walking the whole table in date order until enough
 * match (all of it when few or none do). Cursors stay valid: same name, same values.
 */
function unindexed(ordering: Ordering<Statement>): Ordering<Statement> {
  return { ...ordering, keys: ordering.keys.map((k) => ({ ...k, column: undefined, expr: (t, b) => sql`(${k.expr(t, b)} + 0)` })) };
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
  scope: readonly Where[] = [],
  /** The scope leaves a few thousand rows at most (see `unindexed`). */
  narrowScope = false,
  /** Relations the request selects below the nodes, fetched with them. */
  plan?: PageRowPlan<Statement> | null,
): Promise<ConnectionResult<Statement>> {
  const conditions = statementConditions(filter);
  const ordering = narrowScope || selective(filter) ? unindexed(statementOrderings[order]) : statementOrderings[order];
  return listFiltered(ctx, Statement, page, ordering, conditions, scope, plan);
}

/** The best passages of the statement's text for the search, HTML-escaped, hits in <mark>. */
const snippet = (e: SQL, query: SQL) =>
  sql`ts_headline('english', replace(replace(replace(${e}.text, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), ${tsquery(query)},
                            'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "')`;

/**
 * A statement order by date, read off an official's `statement_speakers` rows (at `sp`) instead
 * of the statements: `sp.date` and `sp.statement_id` equal the statement's `date` and `id`
 * (triggers keep the copy), so the order, its name and its cursors are the same. Null for orders it cannot serve.
 */
export function onSpeakerRows(ordering: Ordering<Statement>, sp: SQL): Ordering<Statement> | null {
  const columns: Record<string, string> = { date: 'date', id: 'statement_id' };
  if (ordering.keys[0]?.column !== 'date' || !ordering.keys.every((k) => k.column !== undefined && k.column in columns)) return null;
  return { ...ordering, keys: ordering.keys.map((k) => ({ ...k, expr: () => sql`${sp}.${sql.identifier(columns[k.column!])}` })) };
}

/** The parents a statement list can hang off: the condition on the statement at `e`, given the parent's row id. */
const PARENT_SCOPES = {
  official: (e: SQL, parent: SQL) =>
    sql`EXISTS (SELECT 1 FROM statement_speakers sp WHERE sp.statement_id = ${e}.id AND sp.official_id = ${parent})`,
  call: (e: SQL, parent: SQL) => sql`${e}.call_id = ${parent}`,
  commitment: (e: SQL, parent: SQL) =>
    sql`EXISTS (SELECT 1 FROM statement_commitments l WHERE l.statement_id = ${e}.id AND l.commitment_id = ${parent})`,
  source: (e: SQL, parent: SQL) => sql`${e}.source_id = ${parent}`,
  reportingSource: (e: SQL, parent: SQL) =>
    sql`EXISTS (SELECT 1 FROM statement_reports r WHERE r.statement_id = ${e}.id AND r.source_id = ${parent})`,
  topic: (e: SQL, parent: SQL) => sql`EXISTS (SELECT 1 FROM statement_topics t WHERE t.statement_id = ${e}.id AND t.topic_id = ${parent})`,
};
export type StatementParent = keyof typeof PARENT_SCOPES;

/**
 * One parent's statements as SQL for a LATERAL subquery: `parentId` is the SQL of the parent's
 * row id (a column of the outer query), the filter and order applied, at most `limit` rows, the
 * statement's columns (plus the `extra` select expressions, given the statement's alias).
 */
export function statementsOfSql(
  ctx: Context,
  parent: StatementParent,
  parentId: SQL,
  filter: StatementFilter | null | undefined,
  order: StatementOrder,
  limit: number,
  extra: (e: SQL) => SQL[] = () => [],
): SQL {
  const conditions = statementConditions(filter, ['filter']);
  const e = sql.identifier('e');
  const select = sql.join([columnsSql(ctx.db, Statement, e), ...extra(e)], ', ');
  const sp = sql.identifier('sp');
  const bySpeakerRows = parent === 'official' ? onSpeakerRows(statementOrderings[order], sp) : null;
  if (bySpeakerRows) {
    // The official's speaker rows in date order (index statement_speakers_official_date), each
    // joined to its statement: as many index entries as rows wanted, whatever the official's total.
    const where = sql.join([sql`${sp}.official_id = ${parentId}`, ...conditions.on(e)], ' AND ');
    return sql`SELECT ${select} FROM statement_speakers ${sp} JOIN statements ${e} ON ${e}.id = ${sp}.statement_id WHERE ${where} ORDER BY ${orderBySql(bySpeakerRows, e)} LIMIT ${sql.literal(limit)}`;
  }
  const where = sql.join([PARENT_SCOPES[parent](e, parentId), ...conditions.on(e)], ' AND ');
  // A topic can hold most statements; every other parent holds a few thousand at most.
  const ordering = parent !== 'topic' || selective(filter) ? unindexed(statementOrderings[order]) : statementOrderings[order];
  return sql`SELECT ${select} FROM statements ${e} WHERE ${where} ORDER BY ${orderBySql(ordering, e)} LIMIT ${sql.literal(limit)}`;
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
  const sp = sql.identifier('sp');
  const bySpeakerRows = parent === 'official' ? onSpeakerRows(ordering, sp) : null;
  const id = sql.value(parentId);
  const single = () =>
    bySpeakerRows
      ? // Joined to the official's speaker rows (one per statement) and ordered by their copy of the date: an index range read.
        listFiltered(ctx, Statement, page, bySpeakerRows, statementConditions(filter), [], null, {
          from: (e) => sql`statements ${e} JOIN statement_speakers ${sp} ON ${sp}.statement_id = ${e}.id AND ${sp}.official_id = ${id}`,
        })
      : listStatements(ctx, page, filter, order, [(e) => PARENT_SCOPES[parent](e, id)], narrow);
  const cursorOrdering = statementCursorOrdering(order);
  const request = pageRequest(page, cursorOrdering, ctx.config.maxPageSize);
  if (request.after || request.before || request.backwards || request.size === 0) return single();
  const loader = ctx.loaders.get<number, Statement[]>(
    `statementsOf:${parent}:${order}:${request.size}:${JSON.stringify(filter ?? null)}`,
    async (parents) => {
      const k = sql.identifier('k');
      const of = statementsOfSql(ctx, parent, sql`${k}.parent`, filter, order, request.size + 1);
      const { text, values } = sql.compile(
        sql`SELECT ${k}.parent AS "__parent", x.* FROM unnest(${sql.value(parents as number[])}::int[]) AS ${k}(parent) CROSS JOIN LATERAL (${of}) x`,
      );
      const rows = await readQuery(ctx.db, text, values);
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

/** The ordering a statement list's cursors are written with: named as paginate names those of the `statements` table (see paginate), so that every statement list reads the others' cursors. */
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
  const query = sql.value(checkQueryText(text, ['text']));
  const conditions = statementConditions(filter);
  const wantSnippet = !selected || selected.has('snippet');
  const wantRank = !selected || selected.has('rank');
  const hits = new Map<Statement, Record<string, unknown>>();
  /** The page's rows with their rank (`rank`: the hit's float4 rank, on the row at `e`) and snippet. */
  const rowPlan = (rank: (e: SQL) => SQL): PageRowPlan<Statement> => ({
    selects: (e) => [
      ...(plan?.selects(e) ?? []),
      ...(wantRank ? [sql`${rank(e)}::float8 AS "__rank"`] : []),
      ...(wantSnippet ? [sql`${snippet(e, query)} AS "__snippet"`] : []),
    ],
    needsNextPage: plan?.needsNextPage,
    materialize: (row) => {
      const node = plan ? plan.materialize(row) : hydrate(ctx.db, Statement, row);
      hits.set(node, row);
      return node;
    },
  });
  const result =
    order === SearchOrder.RELEVANCE
      ? await searchByRelevance(ctx, query, page, searchOrderings[order], conditions, rowPlan)
      : await listFiltered(
          ctx,
          Statement,
          page,
          searchOrderings[order],
          conditions,
          [(e) => sql`${e}.search_vector @@ ${tsquery(query)}`],
          rowPlan((e) => sql`ts_rank(${e}.search_vector, ${tsquery(query)})`),
          { bound: { query } },
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

/** The rows a statement owns besides its own, as ids (speakers and parties in order). */
export interface StatementLinks {
  speakerIds: number[];
  partyIds: number[];
  topicIds: number[];
  reportedInSourceIds: number[];
  commitments: { commitmentId: number; stance: Stance }[];
}

/** The fields addStatement and updateStatement take alike. */
type StatementFieldsInput = Omit<UpdateStatementInput, 'id' | 'version'>;

/**
 * The columns and links of a statement input, read and checked the same way for a creation and
 * an update (an update cannot slip past a check a creation makes): a field left out is
 * undefined, i.e. unchanged.
 */
function readStatement(
  v: InputCheck,
  input: StatementFieldsInput,
  /** Reads the source fields, in the order a client reads problems in (after the text and date). */
  readSource: () => number | null | undefined,
  creating: boolean,
): { values: Partial<Statement>; links: Partial<StatementLinks> } {
  const text = v.text('text', input.text, { max: 10_000, required: true, multiline: true });
  const date = v.date('date', input.date, { required: true });
  const kind = v.value('kind', input.kind);
  const sourceId = readSource();
  const callId = v.ref('callId', input.callId, Call);
  const speakerIds = v.refs('speakerIds', input.speakerIds, Official);
  const attributedOrganizationId = v.ref('attributedOrganizationId', input.attributedOrganizationId, Organization);
  // Told with the input's other problems, before ids are looked up; an update's merged row is checked again.
  if (creating && input.speakerIds !== null) checkAuthor(v, speakerIds ?? [], attributedOrganizationId);
  const partyIds = v.refs('partyIds', input.partyIds, Official);
  const commitmentIds = v.distinct('commitments', input.commitments, (c, i) =>
    v.ref(['commitments', i, 'commitmentId'], c.commitmentId, Commitment, true),
  );
  const topicIds = v.refs('topicIds', input.topicIds, Topic);
  const reportedInSourceIds = v.refs('reportedInSourceIds', input.reportedInSourceIds, Source);
  if (sourceId != null && reportedInSourceIds?.includes(sourceId))
    v.fail('reportedInSourceIds', "must not include the statement's own source");
  const values = { text: text ?? undefined, kind: kind ?? undefined, date: date ?? undefined, callId, attributedOrganizationId };
  const links: Partial<StatementLinks> = {
    speakerIds,
    partyIds,
    topicIds,
    reportedInSourceIds,
    commitments: commitmentIds?.map((commitmentId, i) => ({ commitmentId, stance: input.commitments![i].stance })),
  };
  return {
    values: Object.fromEntries(Object.entries(values).filter(([, x]) => x !== undefined)) as Partial<Statement>,
    links: Object.fromEntries(Object.entries(links).filter(([, x]) => x !== undefined)) as Partial<StatementLinks>,
  };
}

function checkAuthor(v: InputCheck, speakerIds: number[], organizationId: number | null | undefined): void {
  if (speakerIds.length === 0 && organizationId == null) {
    v.fail('speakerIds', 'must name at least one official unless attributedOrganizationId is given: a statement needs an author');
  }
}

/** The rules across a statement's fields, checked on the statement as it will be (after merging an update). */
async function checkStatement(tx: WriteTx, v: InputCheck, row: Statement, links: StatementLinks): Promise<void> {
  checkAuthor(v, links.speakerIds, row.attributedOrganizationId);
  if (links.reportedInSourceIds.includes(row.sourceId)) v.fail('reportedInSourceIds', "must not include the statement's own source");
  const source = await tx.manager.findOneByOrFail(Source, { rowId: row.sourceId });
  // Dates are local to speaker and publisher, a day apart at most; a later statement cannot be in it.
  if (row.date > addDays(source.publishedOn, 1)) v.fail('date', `is after its source was published (${source.publishedOn})`);
}

/** The text of a statement is unique within its source (the unique index statements_source_text). */
const STATEMENT_UNIQUE = [{ columns: ['source_id', 'md5(text)'], field: 'text', label: 'text in this source' }];

/** Writes the given links of a statement, replacing what it had (kept stances keep their rows and ids). */
async function writeLinks(tx: WriteTx, statementId: number, links: Partial<StatementLinks>, replace: boolean): Promise<void> {
  const positional = { speakerIds: 'statement_speakers', partyIds: 'statement_parties' } as const;
  for (const [field, table] of Object.entries(positional) as [keyof typeof positional, string][]) {
    const ids = links[field];
    if (!ids) continue;
    if (replace) await txQuery(tx.manager, sql`DELETE FROM ${sql.identifier(table)} WHERE statement_id = ${sql.value(statementId)}`);
    await tx.link(
      table,
      ['statement_id', 'official_id', 'position'],
      ids.map((id, i) => [statementId, id, i]),
    );
  }
  const plain = { topicIds: ['statement_topics', 'topic_id'], reportedInSourceIds: ['statement_reports', 'source_id'] } as const;
  for (const [field, [table, column]] of Object.entries(plain) as [keyof typeof plain, readonly [string, string]][]) {
    const ids = links[field];
    if (!ids) continue;
    if (replace) await tx.replaceLinks(table, 'statement_id', statementId, column, ids);
    else
      await tx.link(
        table,
        ['statement_id', column],
        ids.map((id) => [statementId, id]),
      );
  }
  const commitments = links.commitments;
  if (!commitments) return;
  if (replace) {
    // A stance kept on the same commitment keeps its row (and its StatementCommitment id).
    await txQuery(
      tx.manager,
      sql`DELETE FROM statement_commitments WHERE statement_id = ${sql.value(statementId)}
                         AND NOT (commitment_id = ANY(${sql.value(commitments.map((c) => c.commitmentId))}::int[]))`,
    );
    for (const c of commitments) {
      await txQuery(
        tx.manager,
        sql`INSERT INTO statement_commitments (statement_id, commitment_id, stance)
                        VALUES (${sql.value(statementId)}, ${sql.value(c.commitmentId)}, ${sql.value(c.stance)})
                        ON CONFLICT (statement_id, commitment_id) DO UPDATE SET stance = excluded.stance,
                          version = statement_commitments.version + 1, updated_at = now()
                        WHERE statement_commitments.stance IS DISTINCT FROM excluded.stance`,
      );
    }
  } else if (commitments.length > 0) {
    await tx.manager.insert(
      StatementCommitment,
      commitments.map((c) => ({ statementId, ...c })),
    );
  }
}

/** A statement's links as recorded, for an update's merge and its audit entry. */
async function currentLinks(tx: WriteTx, statementId: number): Promise<StatementLinks> {
  const [row] = await txQuery<StatementLinks>(
    tx.manager,
    sql`SELECT
      ARRAY(SELECT official_id FROM statement_speakers WHERE statement_id = ${sql.value(statementId)} ORDER BY position, official_id) AS "speakerIds",
      ARRAY(SELECT official_id FROM statement_parties WHERE statement_id = ${sql.value(statementId)} ORDER BY position, official_id) AS "partyIds",
      ARRAY(SELECT topic_id FROM statement_topics WHERE statement_id = ${sql.value(statementId)} ORDER BY topic_id) AS "topicIds",
      ARRAY(SELECT source_id FROM statement_reports WHERE statement_id = ${sql.value(statementId)} ORDER BY source_id) AS "reportedInSourceIds",
      coalesce((SELECT json_agg(json_build_object('commitmentId', commitment_id, 'stance', stance) ORDER BY commitment_id)
                  FROM statement_commitments WHERE statement_id = ${sql.value(statementId)}), '[]'::json) AS commitments`,
  );
  return row;
}

/**
 * The one place a statement is inserted, with its source, speakers, parties, commitments, topics and
 * reporting sources, all in the caller's transaction. (The "statement added" notification
 * hangs off this insert, so keep every statement insert here.)
 */
export async function addStatement(tx: WriteTx, input: AddStatementInput): Promise<AddedStatement> {
  const v = new InputCheck();
  let sourceId: number | null | undefined;
  let newSource = null as Draft<Source> | null;
  const { values, links: read } = readStatement(
    v,
    input,
    () => {
      if ((input.sourceId == null) === (input.newSource == null)) v.fail('sourceId', 'or newSource must be given, not both');
      sourceId = v.ref('sourceId', input.sourceId, Source);
      newSource = input.newSource ? sourceWrites.read(v.within('newSource'), input.newSource, true) : null;
      return sourceId;
    },
    true,
  );
  await v.done(tx.manager);

  const source = newSource
    ? await sourceWrites.insert(tx, newSource, ['input', 'newSource'])
    : await tx.manager.findOneByOrFail(Source, { rowId: sourceId! });
  const links: StatementLinks = { speakerIds: [], partyIds: [], topicIds: [], reportedInSourceIds: [], commitments: [], ...read };
  const statement = await tx.insert(
    Statement,
    { callId: null, attributedOrganizationId: null, ...values, sourceId: source.rowId },
    { unique: STATEMENT_UNIQUE, rules: (row, check) => checkStatement(tx, check, row, links), extra: { after: links } },
  );
  await writeLinks(tx, statement.rowId, links, false);
  return { statement, source };
}

/**
 * Corrects a recorded statement: its columns and any of its link sets (a set given replaces the
 * recorded one), at the version the editor read. The triggers keep what is derived from it (the
 * speakers' copy of its date, its countries, its search document) in the same transaction.
 */
export async function updateStatement(tx: WriteTx, input: UpdateStatementInput): Promise<{ statement: Statement }> {
  const v = new InputCheck();
  const rowId = v.decode('id', input.id, Statement);
  let sourceId: number | null | undefined;
  const { values, links: changed } = readStatement(v, input, () => (sourceId = v.ref('sourceId', input.sourceId, Source, true)), false);
  await v.done(tx.manager);
  // Locked first, so the links read below are those of the version being changed.
  await tx.lock(Statement, { rowId: rowId!, version: input.version }, ['input']);
  const recorded = await currentLinks(tx, rowId!);
  const links: StatementLinks = { ...recorded, ...changed };
  const before = Object.fromEntries(Object.keys(changed).map((k) => [k, recorded[k as keyof StatementLinks]]));
  const statement = await tx.update(
    Statement,
    { rowId: rowId!, version: input.version },
    { ...values, ...(sourceId != null ? { sourceId } : {}) },
    { unique: STATEMENT_UNIQUE, rules: (row, check) => checkStatement(tx, check, row, links), extra: { before, after: changed } },
  );
  await writeLinks(tx, statement.rowId, changed, true);
  return { statement };
}

/** Most statements of one source the near-duplicate check reads; a source holds a few dozen. */
const NEAR_DUPLICATE_CANDIDATES = 5000;

/**
 * Refuses a text that nearly equals a statement its source (`sourceId`, a global id) already has:
 * a CONFLICT naming that statement (`existingId`) and the similarity, which the caller lets an
 * editor override. See near-duplicate.ts for the measure and its threshold.
 */
export async function refuseNearDuplicate(tx: WriteTx, sourceId: string, text: string, field: Path): Promise<void> {
  const v = new InputCheck();
  const rowId = v.decode('sourceId', sourceId, Source);
  if (rowId == null) return;
  const candidates = await txQuery<{ id: number; text: string }>(
    tx.manager,
    sql`SELECT id, text FROM statements WHERE source_id = ${sql.value(rowId)} ORDER BY id LIMIT ${sql.value(NEAR_DUPLICATE_CANDIDATES)}`,
  );
  const near = nearestDuplicate(text.trim(), candidates);
  if (!near) return;
  const existingId = toGlobalId('Statement', near.candidate.id);
  throw conflict(
    `The text nearly equals statement ${existingId} of the same source (similarity ${near.similarity.toFixed(2)}): correct that one with updateStatement, or confirm that this is another statement`,
    { field, existingId, similarity: Number(near.similarity.toFixed(3)) },
  );
}
