import type { GraphQLObjectType } from 'graphql';
import { type SQL, sql } from 'pg-sql2';
import { Call } from '../calls/call.entity';
import { CallParticipant } from '../calls/call-participant.entity';
import { CallOrder } from '../calls/call.inputs';
import { callOrders } from '../calls/call.queries';
import { callConditions } from '../calls/call.service';
import { Commitment } from '../commitments/commitment.entity';
import { historyOrders } from '../commitments/commitment.queries';
import { StatementCommitment } from '../commitments/statement-commitment.entity';
import type { ConnectionArgs, ConnectionResult } from '../common/connection';
import {
  columnKey,
  type CursorValue,
  type Ordering,
  orderBySql,
  pageOf,
  type PageRequest,
  pageRequest,
  withKeys,
} from '../common/pagination';
import { hydrate } from '../common/rows';
import { Official } from '../officials/official.entity';
import { heldOn, holdingTitleSql, latestHoldingFirst } from '../officials/official.service';
import { Post } from '../officials/post.entity';
import { PostHolding } from '../officials/post-holding.entity';
import { Organization } from '../organizations/organization.entity';
import { Country } from '../places/country.entity';
import { Territory } from '../places/territory.entity';
import { Treaty } from '../places/treaty.entity';
import { Deployment } from '../posture/deployment.entity';
import { Exercise } from '../posture/exercise.entity';
import { Source } from '../sources/source.entity';
import { Statement } from '../statements/statement.entity';
import { type StatementFilter, StatementOrder } from '../statements/statement.inputs';
import { statementOrders, withTitle } from '../statements/statement.queries';
import { listStatementsOf, statementCursorOrdering, type StatementParent, statementsOfSql } from '../statements/statement.service';
import type { StatementSpeaker } from '../statements/statement.types';
import { ImportSentence } from '../imports/import.entity';
import { Topic } from '../topics/topic.entity';
import { affirmationOrdering, commitmentUsages } from '../analysis/timeline/timeline.queries';
import { affirmationConditions, affirmations } from '../analysis/timeline/timeline.service';
import type { AffirmationArgs, CommitmentAffirmation } from '../analysis/timeline/timeline.types';
import type { Stance } from '../commitments/statement-commitment.entity';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import {
  collectFields,
  defineRelation,
  fieldsAt,
  jsonObject,
  materialize,
  planEntity,
  planJson,
  type PlanScope,
  type Relation,
  type SelectedField,
  selectsPageInfo,
  setsOf,
} from './prefetch';
import { computed, connection, declared, type Extra, relation } from './relation';

/**
 * Every relation of the schema, declared once (see relation.ts): its resolver calls `load`, and
 * read plans compile the same declaration into the parent's SQL statement. Fields that are not
 * relations read by keys are declared `computed`, with the reason no read plan compiles them;
 * test/read-differential.test.ts checks that together they cover every field resolver of the
 * record's types, and compares both paths on every field. Only public fields belong here: a
 * compiled field's value is returned without its resolver (schema.ts refuses a guarded one).
 */

/** Officials linked to a statement through `table` (speakers, parties), in the text's order, each with the title held that day. */
const officialsOfStatement = (field: string, table: string) =>
  relation<Statement, StatementSpeaker[], Official>(
    {
      kind: 'through',
      parent: Statement,
      field,
      target: Official,
      link: { table, parent: 'statement_id', target: 'official_id' },
      orderBy: [{ link: 'position' }],
    },
    {
      under: 'official',
      // Compiled: the title comes with the row when selected; batched: withTitle looks it up when read.
      each: (ctx, official, statement, extras) =>
        withTitle(
          ctx,
          official,
          statement.date,
          extras && 't' in extras ? (extras.t as string | null) : undefined,
          extras && 'h' in extras ? (extras.h as PostHolding | null) : undefined,
        ),
      // The title and the holding of that day, when selected (holdingOnDay: the definition holdingOn batches).
      extra: (scope, official, statement, selected) => {
        const out: Record<string, Extra> = {};
        const [id, date] = [sql`${official}.id`, sql`${statement}.date`];
        if (selected.some((f) => f.name === 'title')) out.t = { sql: holdingTitleSql(id, date) };
        const holding = holdingOnDay(
          scope,
          selected.filter((f) => f.name === 'postHolding'),
          id,
          date,
        );
        if (holding) out.h = holding;
        return out;
      },
    },
  );

export const statementRelations = {
  source: relation<Statement, Source | null>({ kind: 'belongsTo', parent: Statement, field: 'source', target: Source, key: 'sourceId' }),
  call: relation<Statement, Call | null>({ kind: 'belongsTo', parent: Statement, field: 'call', target: Call, key: 'callId' }),
  attributedOrganization: relation<Statement, Organization | null>({
    kind: 'belongsTo',
    parent: Statement,
    field: 'attributedOrganization',
    target: Organization,
    key: 'attributedOrganizationId',
  }),
  speakers: officialsOfStatement('speakers', 'statement_speakers'),
  parties: officialsOfStatement('parties', 'statement_parties'),
  commitments: relation<Statement, StatementCommitment[]>({
    kind: 'hasMany',
    parent: Statement,
    field: 'commitments',
    target: StatementCommitment,
    key: 'statementId',
  }),
  reportedIn: relation<Statement, Source[]>({
    kind: 'through',
    parent: Statement,
    field: 'reportedIn',
    target: Source,
    link: { table: 'statement_reports', parent: 'statement_id', target: 'source_id' },
    orderBy: [{ target: 'publishedOn' }],
  }),
  topics: relation<Statement, Topic[]>({
    kind: 'through',
    parent: Statement,
    field: 'topics',
    target: Topic,
    link: { table: 'statement_topics', parent: 'statement_id', target: 'topic_id' },
    orderBy: [{ target: 'name' }],
  }),
};

export const statementCommitmentRelations = {
  statement: relation<StatementCommitment, Statement | null>({
    kind: 'belongsTo',
    parent: StatementCommitment,
    field: 'statement',
    target: Statement,
    key: 'statementId',
  }),
  commitment: relation<StatementCommitment, Commitment | null>({
    kind: 'belongsTo',
    parent: StatementCommitment,
    field: 'commitment',
    target: Commitment,
    key: 'commitmentId',
  }),
};

export const callRelations = {
  // Documents about the call: its own readouts and releases, its statements' sources and what reports them.
  sources: relation<Call, Source[]>({
    kind: 'through',
    parent: Call,
    field: 'sources',
    target: Source,
    link: {
      table: sql`SELECT call_id, id AS source_id FROM sources WHERE call_id IS NOT NULL
          UNION SELECT call_id, source_id FROM statements WHERE call_id IS NOT NULL
          UNION SELECT st.call_id, r.source_id FROM statements st JOIN statement_reports r ON r.statement_id = st.id WHERE st.call_id IS NOT NULL`,
      parent: 'call_id',
      target: 'source_id',
    },
    orderBy: [{ target: 'publishedOn' }],
  }),
  participants: relation<Call, CallParticipant[]>({
    kind: 'hasMany',
    parent: Call,
    field: 'participants',
    target: CallParticipant,
    key: 'callId',
  }),
};

export const callParticipantRelations = {
  official: relation<CallParticipant, Official | null>({
    kind: 'belongsTo',
    parent: CallParticipant,
    field: 'official',
    target: Official,
    key: 'officialId',
  }),
  call: relation<CallParticipant, Call | null>({ kind: 'belongsTo', parent: CallParticipant, field: 'call', target: Call, key: 'callId' }),
};

export const sourceRelations = {
  publisher: relation<Source, Organization | null>({
    kind: 'belongsTo',
    parent: Source,
    field: 'publisher',
    target: Organization,
    key: 'publisherId',
  }),
  call: relation<Source, Call | null>({ kind: 'belongsTo', parent: Source, field: 'call', target: Call, key: 'callId' }),
};

export const commitmentRelations = {
  guarantor: relation<Commitment, Country | null>({
    kind: 'belongsTo',
    parent: Commitment,
    field: 'guarantor',
    target: Country,
    key: 'guarantorCode',
  }),
  beneficiary: relation<Commitment, Country | null>({
    kind: 'belongsTo',
    parent: Commitment,
    field: 'beneficiary',
    target: Country,
    key: 'beneficiaryCode',
  }),
  treaty: relation<Commitment, Treaty | null>({ kind: 'belongsTo', parent: Commitment, field: 'treaty', target: Treaty, key: 'treatyId' }),
  territory: relation<Commitment, Territory | null>({
    kind: 'belongsTo',
    parent: Commitment,
    field: 'territory',
    target: Territory,
    key: 'territoryId',
  }),
  history: connection<Commitment, StatementCommitment>({
    parent: Commitment,
    field: 'history',
    target: StatementCommitment,
    key: 'commitmentId',
    orderings: historyOrders.orderings,
    defaultOrder: 'STATEMENT_DATE_ASC',
  }),
};

export const officialRelations = {
  country: relation<Official, Country | null>({
    kind: 'belongsTo',
    parent: Official,
    field: 'country',
    target: Country,
    key: 'countryCode',
  }),
  holdings: relation<Official, PostHolding[]>({
    kind: 'hasMany',
    parent: Official,
    field: 'holdings',
    target: PostHolding,
    key: 'officialId',
    orderBy: [{ target: 'startDate' }],
  }),
  // The calls the official took part in, with the call list's filter and orderings.
  calls: connection<Official, Call>({
    parent: Official,
    field: 'calls',
    target: Call,
    link: { table: 'call_participants', parent: 'official_id', target: 'call_id' },
    orderings: callOrders.orderings,
    defaultOrder: CallOrder.DATE_ASC,
    filter: callConditions,
  }),
};

export const postRelations = {
  organization: relation<Post, Organization | null>({
    kind: 'belongsTo',
    parent: Post,
    field: 'organization',
    target: Organization,
    key: 'organizationId',
  }),
  holdings: relation<Post, PostHolding[]>({
    kind: 'hasMany',
    parent: Post,
    field: 'holdings',
    target: PostHolding,
    key: 'postId',
    orderBy: [{ target: 'startDate' }],
  }),
};

export const postHoldingRelations = {
  official: relation<PostHolding, Official | null>({
    kind: 'belongsTo',
    parent: PostHolding,
    field: 'official',
    target: Official,
    key: 'officialId',
  }),
  post: relation<PostHolding, Post | null>({ kind: 'belongsTo', parent: PostHolding, field: 'post', target: Post, key: 'postId' }),
};

export const organizationRelations = {
  country: relation<Organization, Country | null>({
    kind: 'belongsTo',
    parent: Organization,
    field: 'country',
    target: Country,
    key: 'countryCode',
  }),
  parent: relation<Organization, Organization | null>({
    kind: 'belongsTo',
    parent: Organization,
    field: 'parent',
    target: Organization,
    key: 'parentId',
  }),
  posts: relation<Organization, Post[]>({ kind: 'hasMany', parent: Organization, field: 'posts', target: Post, key: 'organizationId' }),
};

/** Countries linked through `table` by `country_code`, by code. */
const countriesThrough = <P extends Treaty | Territory>(
  parent: typeof Treaty | typeof Territory,
  field: string,
  table: string,
  key: string,
) => relation<P, Country[]>({ kind: 'through', parent, field, target: Country, link: { table, parent: key, target: 'country_code' } });

export const treatyRelations = {
  parties: countriesThrough<Treaty>(Treaty, 'parties', 'treaty_parties', 'treaty_id'),
  commitments: relation<Treaty, Commitment[]>({
    kind: 'hasMany',
    parent: Treaty,
    field: 'commitments',
    target: Commitment,
    key: 'treatyId',
  }),
};

export const territoryRelations = {
  administeredBy: relation<Territory, Country | null>({
    kind: 'belongsTo',
    parent: Territory,
    field: 'administeredBy',
    target: Country,
    key: 'administeredByCode',
  }),
  claimedBy: countriesThrough<Territory>(Territory, 'claimedBy', 'territory_claimants', 'territory_id'),
  commitments: relation<Territory, Commitment[]>({
    kind: 'hasMany',
    parent: Territory,
    field: 'commitments',
    target: Commitment,
    key: 'territoryId',
  }),
};

/** Statements or territories linked to a deployment or an exercise through `<owner>_<targets>`, by id. */
const postureLinks = <P extends Deployment | Exercise>(parent: typeof Deployment | typeof Exercise, owner: string) => ({
  statements: relation<P, Statement[]>({
    kind: 'through',
    parent,
    field: 'statements',
    target: Statement,
    link: { table: `${owner}_statements`, parent: `${owner}_id`, target: 'statement_id' },
  }),
  territories: relation<P, Territory[]>({
    kind: 'through',
    parent,
    field: 'territories',
    target: Territory,
    link: { table: `${owner}_territories`, parent: `${owner}_id`, target: 'territory_id' },
  }),
});

export const deploymentRelations = {
  ...postureLinks<Deployment>(Deployment, 'deployment'),
  operator: relation<Deployment, Organization | null>({
    kind: 'belongsTo',
    parent: Deployment,
    field: 'operator',
    target: Organization,
    key: 'operatorId',
  }),
  hostCountry: relation<Deployment, Country | null>({
    kind: 'belongsTo',
    parent: Deployment,
    field: 'hostCountry',
    target: Country,
    key: 'hostCountryCode',
  }),
  source: relation<Deployment, Source | null>({ kind: 'belongsTo', parent: Deployment, field: 'source', target: Source, key: 'sourceId' }),
};

export const exerciseRelations = {
  ...postureLinks<Exercise>(Exercise, 'exercise'),
  organization: relation<Exercise, Organization | null>({
    kind: 'belongsTo',
    parent: Exercise,
    field: 'organization',
    target: Organization,
    key: 'organizationId',
  }),
  source: relation<Exercise, Source | null>({ kind: 'belongsTo', parent: Exercise, field: 'source', target: Source, key: 'sourceId' }),
};

// Fields whose value is computed rather than read by keys: each says why no read plan compiles it.
computed(Call, 'localDates', "derived in JavaScript from the participants' countries' time zones and the call's start window");
computed(Official, 'counterparts', 'an aggregate over shared calls (count, latest date), not rows of a table');
computed(Commitment, 'firstAffirmedOn', 'an aggregate over the statements on the commitment (affirmationSummary)');
computed(Commitment, 'lastAffirmedOn', 'an aggregate over the statements on the commitment (affirmationSummary)');
computed(Commitment, 'affirmationCount', 'an aggregate over the statements on the commitment (affirmationSummary)');
computed(PostHolding, 'title', "the post's title with the capacity's wording (Acting …, …-designate)");

/**
 * A parent's statement connection (an official's, a call's): a first page only — with a cursor
 * or `last` the resolver pages as usual. `totalCount` is counted by the resolver's path when asked.
 */
function statementsOf(parent: StatementParent): Relation {
  return (scope: PlanScope, parentRow, args, field) => {
    if (!field.type) return null;
    const { filter, orderBy, ...page } = args as ConnectionArgs & { filter?: StatementFilter | null; orderBy?: StatementOrder };
    const order = orderBy ?? StatementOrder.DATE_ASC;
    const ordering = statementOrders.orderings[order];
    const cursorOrdering = statementCursorOrdering(order);
    let request: PageRequest;
    let of: SQL;
    let selected: Ordering<Statement>;
    const par = scope.alias('par');
    const x = scope.alias('x');
    const node = fieldsAt(scope.info, field.type, setsOf(field), ['edges', 'node']);
    // The node's relations are computed on the page's rows (alias x), outside the LIMIT.
    const plan = planEntity(
      scope,
      Statement,
      node?.type ?? (scope.info.schema.getType('Statement') as GraphQLObjectType),
      node?.sets ?? [],
      x,
    );
    // Without pageInfo nothing reads hasNextPage: no row beyond the page is fetched.
    const more = selectsPageInfo(scope.info, field.type, setsOf(field));
    try {
      request = pageRequest(page, cursorOrdering, scope.ctx.config.maxPageSize);
      // Cursors, `last` and empty pages go through the resolver's paging (as listStatementsOf does).
      if (request.after || request.before || request.backwards || request.size === 0) return null;
      // The sort keys are selected inside the subquery (on its own alias), and the page is aggregated in their order.
      const keyNames = ordering.keys.map((_, i) => `__k${i}`);
      of = statementsOfSql(scope.ctx, parent, sql`${par}.pid`, filter, order, request.size + (more ? 1 : 0), (e) =>
        ordering.keys.map((k, i) => sql`${k.expr(e, {})} AS ${sql.identifier(keyNames[i])}`),
      );
      // The page's rows in the same order, now by the keys selected with them.
      selected = { ...ordering, keys: ordering.keys.map((k, i) => columnKey(keyNames[i], k.direction)) };
    } catch {
      return null; // bad arguments: the resolver reports them at the field's path
    }
    return {
      sql: sql`(SELECT coalesce(json_agg(${planJson(plan, x)} ORDER BY ${orderBySql(selected, x)}), '[]')
               FROM (SELECT ${parentRow}.id AS pid) ${par} CROSS JOIN LATERAL (${of}) ${x})`,
      build: (json, parentRow): ConnectionResult<Statement> => {
        const ctx = scope.ctx; // the request's own (a cached plan's scope is shared, see PlanScope)
        const rows = (json as Record<string, unknown>[]).map((row) => materialize(ctx.db, plan, row));
        return {
          ...pageOf(withKeys(rows, ordering), request, cursorOrdering),
          get totalCount() {
            return listStatementsOf(ctx, parent, Number(parentRow.id), page, filter, order).then((r) => r.totalCount);
          },
        };
      },
    };
  };
}

/** Declares a statement connection: compiled from statementsOfSql, the SQL listStatementsOf batches with. */
function statementConnection(parent: { name: string }, field: string, of: StatementParent): void {
  declared.set(`${parent.name}.${field}`, { compiled: true });
  defineRelation(parent.name, field, statementsOf(of));
}

statementConnection(Official, 'statements', 'official');
statementConnection(Call, 'statements', 'call');
statementConnection(Commitment, 'statements', 'commitment');
statementConnection(Source, 'statements', 'source');
statementConnection(Source, 'reportedStatements', 'reportingSource');
statementConnection(Topic, 'statements', 'topic');

/**
 * A commitment's timeline (`affirmations`, of src/analysis/timeline), its first page compiled from
 * what the resolver pages with: the usages query (commitmentUsages), the filter's conditions
 * (affirmationConditions) and its ordering (affirmationOrdering), with the statement and the
 * side's country selected below each entry. A cursor, `last` or an empty page go to the resolver.
 */
const commitmentAffirmations: Relation = (scope, parent, args, field) => {
  if (!field.type) return null;
  const { filter, ...page } = args as AffirmationArgs;
  const db = scope.db;
  const ordering: Ordering<Record<string, unknown>> = {
    name: affirmationOrdering.name,
    keys: affirmationOrdering.keys.map((k) => columnKey(k.column, k.direction, (row) => row[k.column] as CursorValue)),
  };
  const node = fieldsAt(scope.info, field.type, setsOf(field), ['edges', 'node']);
  const selected = node ? [...collectFields(scope.info, node.type, node.sets).values()] : [];
  // A row selected below each entry (the statement, the side's country) as JSON, with what the request selects below it.
  const below = <T extends ObjectLiteral>(name: string, entity: EntityTarget<T>, key: SQL) => {
    const occurrences = selected.filter((f) => f.name === name);
    if (!occurrences[0]?.type) return null;
    const a = scope.alias('a');
    const meta = db.getMetadata(entity);
    const plan = planEntity(scope, entity, occurrences[0].type, occurrences.flatMap(setsOf), a);
    return {
      plan,
      sql: sql`(SELECT ${planJson(plan, a)} FROM ${sql.identifier(meta.tableName)} ${a} WHERE ${a}.${sql.identifier(meta.primaryColumns[0].databaseName)} = ${key})`,
    };
  };
  const x = scope.alias('x');
  const statement = below('statement', Statement, sql`${x}.statement_id`);
  const side = below('side', Country, sql`${x}.side`);
  const more = selectsPageInfo(scope.info, field.type, setsOf(field));
  let request: PageRequest;
  let conditions: SQL[];
  try {
    request = pageRequest(page, ordering as Ordering<unknown>, scope.ctx.config.maxPageSize);
    conditions = affirmationConditions(filter);
  } catch {
    return null; // bad arguments: the resolver reports them at the field's path
  }
  if (request.after || request.before || request.backwards || request.size === 0) return null;
  const q = scope.alias('q');
  const json = jsonObject([
    ...['date', 'stance', 'text', 'side', 'author', 'statement_id'].map((c): [string, SQL] => [c, sql`${x}.${sql.identifier(c)}`]),
    ['s', statement?.sql ?? sql`NULL`],
    ['c', side?.sql ?? sql`NULL`],
  ]);
  return {
    sql: sql`(SELECT coalesce(json_agg(${json} ORDER BY ${orderBySql(ordering, x)}), '[]')
      FROM (SELECT * FROM (${commitmentUsages(sql`${parent}.id`, conditions)}) ${q}
             ORDER BY ${orderBySql(ordering, q)} LIMIT ${sql.literal(request.size + (more ? 1 : 0))}) ${x})`,
    build: (rows, parentRow): ConnectionResult<CommitmentAffirmation> => {
      const fetched = (rows as Record<string, unknown>[]).map((r) => ({
        node: {
          date: r.date as string,
          stance: r.stance as Stance,
          wording: r.text as string,
          side: side && r.c != null ? (materialize(db, side.plan, r.c as Record<string, unknown>) as Country) : null,
          author: r.author as string | null,
          statement: (statement && r.s != null ? materialize(db, statement.plan, r.s as Record<string, unknown>) : null) as Statement,
        },
        key: ordering.keys.map((k) => k.value!(r)),
      }));
      return {
        ...pageOf(fetched, request, ordering as Ordering<unknown>),
        get totalCount() {
          return affirmations(scope.ctx, hydrate(db, Commitment, parentRow), args as AffirmationArgs).then((r) => r.totalCount);
        },
      };
    },
  };
};
declared.set('Commitment.affirmations', { compiled: true });
defineRelation('Commitment', 'affirmations', commitmentAffirmations);

// Fields other parts of the API add to the record's types (src/analysis/, src/imports/): their SQL is theirs.
computed(Call, 'comparison', 'the readout comparison of src/analysis/, computed from both sides’ sources and statements');
computed(Commitment, 'daysSinceLastAffirmed', 'an aggregate of src/analysis/ relative to a date argument');
computed(Commitment, 'wordingHistory', 'a text analysis of src/analysis/ over the statements on the commitment');
computed(Country, 'aliases', 'vocabulary of src/imports/: names the importer recognizes');
computed(Commitment, 'aliases', 'vocabulary of src/imports/: names the importer recognizes');
computed(Topic, 'aliases', 'vocabulary of src/imports/: names the importer recognizes');
computed(Source, 'echoes', 'echo links of src/analysis/positions/ (source_echoes), grouped by echoed source');
computed(Source, 'echoedBy', 'echo links of src/analysis/positions/ (source_echoes), grouped by echoing source');
computed(Statement, 'textRestorations', 'the text variants of src/imports/ that restored the words, from the accepted draft');
computed(Deployment, 'status', 'derived from the recorded status and the dates, relative to an asOf argument');
computed(ImportSentence, 'text', 'import review (src/imports/, EDITOR only): a slice of its document’s text');
computed(ImportSentence, 'importDocument', 'import review (src/imports/, EDITOR only): not compiled, so the role check runs');
computed(ImportSentence, 'drafts', 'import review (src/imports/, EDITOR only): not compiled, so the role check runs');
computed(Deployment, 'statusBasis', 'why status(asOf) reads as it does, relative to an asOf argument');

/**
 * The holding an official was in on a day, compiled: the one definition (heldOn,
 * latestHoldingFirst) the batched lookup holdingOn uses, as a JSON subquery, with the relations
 * selected below the holding (the union of the given occurrences of the field).
 */
function holdingOnDay(
  scope: PlanScope,
  occurrences: SelectedField[],
  official: SQL,
  date: SQL,
): { sql: SQL; build: (json: unknown) => unknown } | null {
  const type = occurrences[0]?.type;
  if (!type) return null;
  const h = scope.alias('h');
  const plan = planEntity(scope, PostHolding, type, occurrences.flatMap(setsOf), h);
  return {
    sql: sql`(SELECT ${planJson(plan, h)} FROM post_holdings ${h} WHERE ${heldOn(h, official, date)} ORDER BY ${latestHoldingFirst(h)} LIMIT 1)`,
    build: (json) => (json == null ? null : materialize(scope.db, plan, json as Record<string, unknown>)),
  };
}

/** The holding a call's participant was in on the call's date: the resolver asks holdingOn, the compiled subquery holdingOnDay. */
const participantHolding: Relation = (scope, parent, _args, field) => {
  const c = scope.alias('c');
  const date = sql`(SELECT ${c}.date FROM calls ${c} WHERE ${c}.id = ${parent}.call_id)`;
  return holdingOnDay(scope, [field], sql`${parent}.official_id`, date);
};
declared.set('CallParticipant.postHolding', { compiled: true });
defineRelation('CallParticipant', 'postHolding', participantHolding);

/** The holding an official was in on the `date` argument (`Official.postOn`): the resolver asks holdingOn, the compiled subquery holdingOnDay. */
const officialPostOn: Relation = (scope, parent, args, field) =>
  typeof args.date === 'string' ? holdingOnDay(scope, [field], sql`${parent}.id`, sql`${sql.value(args.date)}::date`) : null;
declared.set('Official.postOn', { compiled: true });
defineRelation('Official', 'postOn', officialPostOn);
