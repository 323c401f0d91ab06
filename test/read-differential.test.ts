/**
 * Compiled and field-by-field reads must answer alike, shown on queries GENERATED FROM THE
 * SCHEMA (introspected from the running server), not from a hand-kept list: for every object
 * type that is a Node, every field, with the fields below it to depth 3, aliases and fragments,
 * connections with first/last/after/before, each ordering and each filter field. Each query goes
 * to a server with read plans (node(id), the root lists: compiled) and to one with READ_PLANS=off
 * on the same database (every relation through its batched resolver; this one also executes with
 * graphql-js where the first uses graphql-jit, GRAPHQL_JIT), and the two responses,
 * data and errors, must be identical. Runs on the reference dataset, then again after adding
 * rows with the edge cases (empty lists, nulls, ties in every sort key, acting and designate
 * holdings, several calls a day, statements with parties and no speakers). The sampling of ids
 * is deterministic; every field of every reachable type is checked to be selected somewhere.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  type GraphQLArgument,
  type GraphQLField,
  GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLNamedType,
  GraphQLObjectType,
  type GraphQLSchema,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type IntrospectionQuery,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { Role } from '../src/auth/role';
import { toGlobalId } from '../src/common/global-id';
import { entities } from '../src/db/entities';
import { declared } from '../src/read/relation';
import { ROOT_READS } from '../src/read/roots';
import { newKey, startServerOn, startTestServer, type GraphQLResponse, type TestServer } from './helpers';

const LIMITS = {
  MAX_QUERY_COST: '10000000',
  MAX_QUERY_DEPTH: '30',
  MAX_QUERY_FIELDS: '10000',
  MAX_QUERY_ALIASES: '1000',
  MAX_QUERY_TOKENS: '100000',
  MAX_BODY_BYTES: '10000000',
  // The generated queries are large, and the suite runs on a busy 2-core machine: a statement
  // cancelled by the 5-s default or a connection not acquired in 3 s would show as an error on one
  // side only. This test compares answers; the timeouts have their own tests.
  STATEMENT_TIMEOUT_MS: '120000',
  POOL_ACQUIRE_TIMEOUT_MS: '60000',
};
/** Parents per type each query asks for (the first, the last and evenly between: new edge rows are last). */
const IDS_PER_TYPE = 5;
/** Page size of connections below the first level. */
const NESTED_PAGE = 3;

let compiled: TestServer;
let resolved: TestServer;
let headers: Record<string, string>;
let schema: GraphQLSchema;

before(async () => {
  compiled = await startTestServer('read_differential', LIMITS);
  // Field by field on graphql-js's execute, compiled on graphql-jit (the default): both must agree.
  resolved = await startServerOn(compiled.databaseUrl, { ...LIMITS, READ_PLANS: 'off', GRAPHQL_JIT: 'false' });
  // An admin's key, so that guarded fields are compared too (both servers share the database).
  headers = (await newKey(compiled, Role.ADMIN)).headers;
  const introspection = await compiled.data<IntrospectionQuery>(getIntrospectionQuery());
  schema = buildClientSchema(introspection);
});
after(async () => {
  await resolved?.stop();
  await compiled?.stop();
});

/** The record's object types: those that implement Node (the imports' review types are not the record). */
const IMPORT_TYPES = new Set(['ImportDocument', 'StatementDraft', 'TextVariant', 'ImportSentence']);
const nodeTypes = () =>
  Object.values(schema.getTypeMap())
    .filter((t): t is GraphQLObjectType => isObjectType(t) && t.getInterfaces().some((i) => i.name === 'Node') && !IMPORT_TYPES.has(t.name))
    .sort((a, b) => a.name.localeCompare(b.name));

const isConnection = (t: GraphQLNamedType): boolean => isObjectType(t) && 'edges' in t.getFields() && 'pageInfo' in t.getFields();

/** The node type of a connection type. */
const nodeOf = (connection: GraphQLObjectType) =>
  getNamedType((getNamedType(connection.getFields().edges.type) as GraphQLObjectType).getFields().node.type);

/** Sample parents and filter values: global ids per type, from the tables. */
async function sampleIds(): Promise<Map<string, string[]>> {
  const db = compiled.app.db;
  const ids = new Map<string, string[]>();
  for (const entity of entities) {
    const meta = db.getMetadata(entity);
    const key = meta.primaryColumns[0].databaseName;
    const rows: { k: string | number }[] = await db.query(`SELECT "${key}" AS k FROM "${meta.tableName}" ORDER BY "${key}"`);
    const keys = rows.map((r) => r.k);
    const picked = new Set<string | number>();
    for (let i = 0; i < IDS_PER_TYPE && keys.length; i++)
      picked.add(keys[Math.round((i * (keys.length - 1)) / Math.max(1, IDS_PER_TYPE - 1))]);
    ids.set(
      meta.name,
      [...picked].map((k) => toGlobalId(meta.name, k)),
    );
  }
  return ids;
}

/** Types whose ids an `xxxIds` filter field takes, when its name does not say it. */
const ID_FIELD_TYPES: Record<string, string> = { participant: 'Official', party: 'Official', operator: 'Organization' };

/** A literal for an input type (filter values, required arguments), or null when none can be made up. */
function literal(type: GraphQLInputType, name: string, ids: Map<string, string[]>): string | null {
  if (isNonNullType(type)) return literal(type.ofType, name, ids);
  if (isListType(type)) {
    const inner = getNamedType(type);
    if (isEnumType(inner))
      return `[${inner
        .getValues()
        .slice(0, 2)
        .map((v) => v.name)
        .join(', ')}]`;
    if (inner.name === 'ID') {
      const stem = name.replace(/Ids$/, '');
      const typeName = ID_FIELD_TYPES[stem] ?? stem.charAt(0).toUpperCase() + stem.slice(1);
      const some = ids.get(typeName);
      return some?.length ? JSON.stringify(some.slice(0, 2)) : null;
    }
    if (inner.name === 'String') return '["JP", "US"]';
    const one = literal(type.ofType as GraphQLInputType, name, ids);
    return one === null ? null : `[${one}]`;
  }
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) return null;
  switch (type.name) {
    case 'Boolean':
      return 'true';
    case 'Int':
      return '2';
    case 'Float':
      return '0.5';
    case 'Date':
      return '"2025-01-31"';
    case 'DateTime':
      return '"2025-01-30T00:00:00Z"';
    case 'String':
      return '"defense"';
    default:
      return null;
  }
}

/** Required arguments filled in; null when one cannot be. */
function requiredArgs(field: GraphQLField<unknown, unknown>, ids: Map<string, string[]>): string | null {
  const parts: string[] = [];
  for (const arg of field.args) {
    if (!isNonNullType(arg.type) || arg.defaultValue !== undefined) continue;
    const value = literal(arg.type, arg.name, ids);
    if (value === null) return null;
    parts.push(`${arg.name}: ${value}`);
  }
  return parts.length ? `(${parts.join(', ')})` : '';
}

const covered = new Set<string>();

/** The selection on `type` to `depth` object levels: every field, object fields while depth lasts. */
function selection(type: GraphQLNamedType, depth: number, ids: Map<string, string[]>): string {
  if (isAbstractType(type)) return `__typename ... on Node { id }`;
  if (!isObjectType(type)) return '';
  if (isConnection(type)) {
    const fields = type.getFields();
    const edge = getNamedType(fields.edges.type) as GraphQLObjectType;
    for (const name of Object.keys(fields)) covered.add(`${type.name}.${name}`);
    const edgeFields = Object.values(edge.getFields()).map((f) => {
      covered.add(`${edge.name}.${f.name}`);
      return f.name === 'node' ? `node { ${selection(getNamedType(f.type), depth, ids)} }` : f.name;
    });
    const pageInfo = getNamedType(fields.pageInfo.type) as GraphQLObjectType;
    for (const name of Object.keys(pageInfo.getFields())) covered.add(`PageInfo.${name}`);
    return `${'totalCount' in fields ? 'totalCount ' : ''}pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { ${edgeFields.join(' ')} }`;
  }
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    const args = requiredArgs(field, ids);
    if (args === null) continue;
    const named = getNamedType(field.type);
    if (isScalarType(named) || isEnumType(named)) {
      parts.push(`${field.name}${args}`);
      covered.add(`${type.name}.${field.name}`);
    } else if (depth > 1) {
      const page = isConnection(named) && !args ? `(first: ${NESTED_PAGE})` : args;
      parts.push(`${field.name}${page} { ${selection(named, depth - 1, ids)} }`);
      covered.add(`${type.name}.${field.name}`);
    }
  }
  if ('id' in type.getFields() && !parts.includes('id')) parts.unshift('id');
  return parts.join(' ') || '__typename';
}

/** The argument variants of a first-level field: pages, cursors, each ordering, each filter field alone. */
function variants(field: GraphQLField<unknown, unknown>, ids: Map<string, string[]>, cursor: string | null): string[] {
  const required = requiredArgs(field, ids);
  if (required === null) return [];
  if (!isConnection(getNamedType(field.type))) return [required];
  const out = ['', '(first: 2)', '(last: 2)'];
  if (cursor) out.push(`(first: 1, after: ${JSON.stringify(cursor)})`, `(last: 1, before: ${JSON.stringify(cursor)})`);
  const arg = (name: string): GraphQLArgument | undefined => field.args.find((a) => a.name === name);
  const orderBy = arg('orderBy');
  if (orderBy && isEnumType(getNamedType(orderBy.type))) {
    for (const v of (getNamedType(orderBy.type) as never as { getValues(): { name: string }[] }).getValues())
      out.push(`(first: 3, orderBy: ${v.name})`);
  }
  const filter = arg('filter');
  if (filter && getNamedType(filter.type) instanceof GraphQLInputObjectType) {
    for (const f of Object.values((getNamedType(filter.type) as GraphQLInputObjectType).getFields())) {
      const value = literal(f.type, f.name, ids);
      if (value !== null) out.push(`(first: 3, filter: { ${f.name}: ${value} })`);
    }
  }
  return out;
}

/** Errors in a comparable order (two paths may fail fields in another order). */
function normalized(response: GraphQLResponse): GraphQLResponse {
  const errors = response.errors?.map((e) => ({ message: e.message, path: e.path, code: e.extensions?.code }));
  errors?.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return { data: response.data, ...(errors ? { errors } : {}) };
}

let compared = 0;

async function compare(query: string, what: string): Promise<void> {
  const [a, b] = await Promise.all([compiled.gql(query, undefined, headers), resolved.gql(query, undefined, headers)]);
  const codes = (a.errors ?? []).map((e) => e.extensions?.code);
  assert.ok(
    !codes.includes('GRAPHQL_VALIDATION_FAILED') && a.data,
    `${what}: the generated query runs: ${JSON.stringify(a.errors)}\n${query}`,
  );
  assert.deepEqual(normalized(a), normalized(b), `${what}: compiled and field-by-field answers differ\n${query}`);
  compared++;
}

/** A cursor of the connection `field` of one of `parents`, from the field-by-field server. */
async function cursorOf(type: GraphQLObjectType, field: string, parents: string[]): Promise<string | null> {
  for (const id of parents) {
    const result = await resolved.gql(
      `{ node(id: ${JSON.stringify(id)}) { ... on ${type.name} { ${field}(first: 2) { edges { cursor } } } } }`,
      undefined,
      headers,
    );
    const edges = (result.data?.node as Record<string, { edges: { cursor: string }[] }> | null)?.[field]?.edges;
    if (edges?.length) return edges[edges.length > 1 ? 1 : 0].cursor;
  }
  return null;
}

/** Object types with fields no depth-3 selection from a Node type reaches, each with a shortest path of fields to it. */
function deeperTypes(
  ids: Map<string, string[]>,
): Map<GraphQLObjectType, { type: GraphQLObjectType; field: GraphQLField<unknown, unknown> }[]> {
  type Step = { type: GraphQLObjectType; field: GraphQLField<unknown, unknown> };
  const paths = new Map<string, Step[]>();
  const queue: { type: GraphQLObjectType; path: Step[] }[] = nodeTypes().map((type) => ({ type, path: [] }));
  for (const { type } of queue) paths.set(type.name, []);
  while (queue.length) {
    const { type, path } = queue.shift()!;
    for (const field of Object.values(type.getFields())) {
      if (requiredArgs(field, ids) === null) continue;
      let next = getNamedType(field.type);
      if (isConnection(next)) next = nodeOf(next as GraphQLObjectType);
      if (!isObjectType(next) || paths.has(next.name)) continue;
      const nextPath = [...path, { type, field }];
      paths.set(next.name, nextPath);
      queue.push({ type: next, path: nextPath });
    }
  }
  const out = new Map<GraphQLObjectType, Step[]>();
  for (const [name, path] of paths) {
    const type = schema.getType(name) as GraphQLObjectType;
    if (path.length && Object.keys(type.getFields()).some((f) => !covered.has(`${name}.${f}`))) out.set(type, path);
  }
  return out;
}

/** Every first-level field of every Node type, in every variant, under node(id) for the sampled ids; then the root lists. */
async function compareAll(dataset: string): Promise<void> {
  const ids = await sampleIds();
  let n = 0;
  for (const type of nodeTypes()) {
    const parents = ids.get(type.name) ?? [];
    if (!parents.length) continue;
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      if (isScalarType(named) || isEnumType(named)) continue;
      const cursor = isConnection(named) ? await cursorOf(type, field.name, parents) : null;
      const inner = selection(named, 2, ids);
      covered.add(`${type.name}.${field.name}`);
      for (const variant of variants(field, ids, cursor)) {
        // Alternately a named fragment and an inline one; the field twice, once under an alias with the variant's arguments.
        const body = `${selection(type, 1, ids)} __typename a: ${field.name}${variant} { ${inner} } ${field.name}${requiredArgs(field, ids)}${isConnection(named) ? '(first: 1)' : ''} { ${isConnection(named) ? 'edges { cursor node { __typename } }' : inner} }`;
        const named_ = n++ % 2 === 0;
        const roots = parents.map(
          (id, i) => `n${i}: node(id: ${JSON.stringify(id)}) { ${named_ ? '...F' : `... on ${type.name} { ${body} }`} }`,
        );
        await compare(
          `{ ${roots.join(' ')} }${named_ ? ` fragment F on ${type.name} { ${body} }` : ''}`,
          `${dataset}: ${type.name}.${field.name}${variant}`,
        );
      }
    }
  }
  // Types below depth 3 (a call's comparison's sides…): each reached along a shortest path from a Node type and selected in full there.
  for (const [type, path] of deeperTypes(ids)) {
    const parents = ids.get(path[0].type.name) ?? [];
    let inner = selection(type, 2, ids);
    for (const step of [...path].reverse()) {
      const wrapped = isConnection(getNamedType(step.field.type))
        ? `(first: ${NESTED_PAGE}) { edges { node { ${inner} } } }`
        : ` { ${inner} }`;
      inner = `__typename ${step.field.name}${requiredArgs(step.field, ids)}${wrapped}`;
    }
    const roots = parents.map((id, i) => `n${i}: node(id: ${JSON.stringify(id)}) { ... on ${path[0].type.name} { id ${inner} } }`);
    await compare(`{ ${roots.join(' ')} }`, `${dataset}: ${path.map((p) => `${p.type.name}.${p.field.name}`).join(' → ')}`);
  }
  // Every compiled root (ROOT_READS, checked against the Query type below): a list with each field of its node type in
  // each order, then its pages, cursors and filters with the node's fields to depth 2; a lookup by id with each field.
  const query = schema.getQueryType()!;
  for (const root of Object.values(query.getFields())) {
    if (!ROOT_READS[root.name]?.compiled || root.name === 'node' || root.name === 'nodes') continue;
    const rootType = getNamedType(root.type) as GraphQLObjectType;
    if (!isConnection(rootType)) {
      // A lookup by id (official(id)): each sampled id, every field below it to depth 3.
      for (const id of ids.get(rootType.name) ?? []) {
        await compare(
          `{ x: ${root.name}(id: ${JSON.stringify(id)}) { ${selection(rootType, 3, ids)} } }`,
          `${dataset}: ${root.name}(${id})`,
        );
      }
      continue;
    }
    const required = requiredArgs(root, ids);
    assert.ok(required !== null, `${root.name}: its required arguments can be made up`);
    const node = nodeOf(rootType) as GraphQLObjectType;
    const argsWith = (more: string) => {
      const all = [required.slice(1, -1), more].filter(Boolean).join(', ');
      return all ? `(${all})` : '';
    };
    const orderBy = root.args.find((a) => a.name === 'orderBy');
    const orders = orderBy
      ? (getNamedType(orderBy.type) as never as { getValues(): { name: string }[] }).getValues().map((v) => `orderBy: ${v.name}`)
      : [''];
    for (const field of Object.values(node.getFields())) {
      const named = getNamedType(field.type);
      if (isScalarType(named) || isEnumType(named)) continue;
      const fieldArgs = requiredArgs(field, ids);
      if (fieldArgs === null) continue;
      const page = isConnection(named) && !fieldArgs ? `(first: ${NESTED_PAGE})` : fieldArgs;
      for (const order of orders) {
        await compare(
          `{ ${root.name}${argsWith(`first: 10${order ? `, ${order}` : ''}`)} { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id x: ${field.name}${page} { ${selection(named, 2, ids)} } } } } }`,
          `${dataset}: ${root.name} ${order} ${field.name}`,
        );
      }
    }
    const first = await resolved.gql(`{ ${root.name}${argsWith('first: 2')} { edges { cursor } } }`, undefined, headers);
    const edges = (first.data?.[root.name] as { edges: { cursor: string }[] } | undefined)?.edges ?? [];
    const cursor = edges[edges.length - 1]?.cursor ?? null;
    const nodeSelection = selection(node, 2, ids);
    for (const variant of variants(root, ids, cursor)) {
      const more = variant.slice(1, -1);
      await compare(
        `{ ${root.name}${argsWith(more)} { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { ${nodeSelection} } } } }`,
        `${dataset}: ${root.name}${variant}`,
      );
    }
  }
}

/** Rows with the edge cases, added to the reference dataset (one transaction, plain SQL: test data). */
async function addEdgeCases(): Promise<void> {
  await compiled.app.db.transaction(async (m) => {
    const one = async (sql: string, params: unknown[] = []) => ((await m.query(sql, params)) as { id: number }[])[0].id;
    const firstId = (table: string) => one(`SELECT id FROM ${table} ORDER BY id LIMIT 1`);
    const lastId = (table: string) => one(`SELECT id FROM ${table} ORDER BY id DESC LIMIT 1`);
    const [post, otherPost, organization, source, official] = await Promise.all([
      firstId('posts'),
      lastId('posts'),
      firstId('organizations'),
      firstId('sources'),
      firstId('officials'),
    ]);
    // An official with nothing (no holdings, statements, calls), one acting and designate from the same day.
    await one(`INSERT INTO officials (name, country_code) VALUES ('Edge Nobody', 'JP') RETURNING id`);
    const acting = await one(`INSERT INTO officials (name, country_code, aliases) VALUES ('Edge Acting', 'KR', '{}') RETURNING id`);
    const holdingStart =
      (await m.query(`SELECT to_char(start_date, 'YYYY-MM-DD') AS d FROM post_holdings WHERE post_id = $1 ORDER BY id LIMIT 1`, [post]))[0]
        ?.d ?? '2024-12-05';
    await m.query(
      `INSERT INTO post_holdings (official_id, post_id, capacity, start_date, end_date) VALUES
         ($1, $2, 'ACTING', $4, NULL), ($1, $3, 'DESIGNATE', $4, '2025-06-30'), ($5, $3, 'SUBSTANTIVE', $4, NULL)`,
      [acting, post, otherPost, holdingStart, official],
    );
    // Several calls a day, in different time zones; one without participants, one with only a start window.
    const calls: number[] = [];
    for (const [title, zone, window] of [
      ['Edge call A', 'Asia/Tokyo', false],
      ['Edge call B', 'America/New_York', true],
      ['Edge call C', 'Asia/Seoul', false],
    ] as const) {
      calls.push(
        await one(
          `INSERT INTO calls (title, kind, date, time_zone, earliest_start, latest_start) VALUES ($1, 'PHONE_CALL', '2025-01-31', $2, $3, $4) RETURNING id`,
          [title, zone, window ? '2025-01-31T13:00:00-05:00' : null, window ? '2025-01-31T18:00:00-05:00' : null],
        ),
      );
    }
    // The acting official is on all three (ties in Official.calls' date order), the other on two.
    await m.query(
      `INSERT INTO call_participants (call_id, official_id, is_initiator) VALUES ($1, $2, true), ($1, $3, false), ($4, $3, false), ($4, $2, false), ($5, $2, false)`,
      [calls[0], acting, official, calls[1], calls[2]],
    );
    // Sources published the same day (ties in reportedIn's order), one without publisher or call.
    const sourceIds: number[] = [];
    for (const title of ['Edge source one', 'Edge source two']) {
      sourceIds.push(
        await one(
          `INSERT INTO sources (kind, title, published_on, publisher_id, call_id) VALUES ('NEWS_ARTICLE', $1, '2025-01-31', $2, $3) RETURNING id`,
          [title, title.endsWith('one') ? null : organization, title.endsWith('one') ? null : calls[0]],
        ),
      );
    }
    // Statements on one date (ties), with parties and no speakers, without call or author organization, identical words in two sources.
    const commitment = await firstId('commitments');
    const topics: { id: number }[] = await m.query(`SELECT id FROM topics ORDER BY id LIMIT 2`);
    for (const [i, src] of [source, sourceIds[0], sourceIds[1], sourceIds[1]].entries()) {
      const statement = await one(
        `INSERT INTO statements (text, kind, date, source_id, call_id, attributed_organization_id) VALUES ($1, 'PARAPHRASE', '2025-01-31', $2, $3, NULL) RETURNING id`,
        [
          i === 3
            ? 'The defense ministers reaffirmed the alliance (edge, tie).'
            : `The defense ministers reaffirmed the alliance (edge ${i}).`,
          src,
          i % 2 ? calls[0] : null,
        ],
      );
      await m.query(`INSERT INTO statement_parties (statement_id, official_id, position) VALUES ($1, $2, 0), ($1, $3, 0)`, [
        statement,
        acting,
        official,
      ]);
      // One statement on the commitment with speakers too: the acting official (acting and designate from the same day) and another.
      if (i === 0) {
        await m.query(`INSERT INTO statement_speakers (statement_id, official_id, position) VALUES ($1, $2, 0), ($1, $3, 1)`, [
          statement,
          acting,
          official,
        ]);
      }
      if (i < 2) {
        await m.query(`INSERT INTO statement_reports (statement_id, source_id) VALUES ($1, $2), ($1, $3)`, [
          statement,
          sourceIds[0],
          sourceIds[1],
        ]);
        await m.query(`INSERT INTO statement_commitments (statement_id, commitment_id, stance) VALUES ($1, $2, 'QUALIFIES')`, [
          statement,
          commitment,
        ]);
        for (const t of topics) await m.query(`INSERT INTO statement_topics (statement_id, topic_id) VALUES ($1, $2)`, [statement, t.id]);
      }
    }
    // A treaty with no parties and no commitments.
    await m.query(`INSERT INTO treaties (name) VALUES ('Edge Treaty Without Parties')`);
  });
}

test('every declared relation or computed field covers the field resolvers of the record types', () => {
  const recordTypes = new Set(entities.map((e) => e.name).filter((n) => !IMPORT_TYPES.has(n)));
  const missing = getMetadataStorage()
    .fieldResolvers.map((r) => `${r.getObjectType?.()?.name}.${r.schemaName}`)
    .filter((name) => recordTypes.has(name.split('.')[0]) && !declared.has(name));
  assert.deepEqual(missing, [], 'each field resolver is a declared relation, or declared computed with the reason it is not compiled');
  for (const [name, d] of declared) assert.ok(d.compiled || (d.why && d.why.length > 10), `${name} says why it is not compiled`);
});

test('every Query field that returns records says whether it is compiled, and why not', () => {
  const returnsRecords = Object.values(schema.getQueryType()!.getFields())
    .filter((f) => isObjectType(getNamedType(f.type)) || isAbstractType(getNamedType(f.type)))
    .map((f) => f.name)
    .sort();
  assert.deepEqual(
    Object.keys(ROOT_READS).sort(),
    returnsRecords,
    'ROOT_READS (src/read/roots.ts) declares exactly the Query fields returning objects',
  );
  for (const [name, read] of Object.entries(ROOT_READS))
    assert.ok(read.compiled || read.why.length > 10, `${name} says why it is not compiled`);
});

test('compiled and field-by-field reads answer alike on every field of every type, reference dataset then edge cases', async (t) => {
  await compareAll('reference');
  await addEdgeCases();
  await compareAll('edge cases');
  t.diagnostic(`${compared} generated queries compared`);
  console.log(`# read-differential: ${compared} generated queries compared, each on both servers`);
  // Every field of every object type reachable from the Node types was selected somewhere.
  const reachable = new Set<string>();
  const visit = (type: GraphQLNamedType) => {
    if (!isObjectType(type) || reachable.has(type.name)) return;
    reachable.add(type.name);
    for (const f of Object.values(type.getFields())) visit(getNamedType(f.type));
  };
  nodeTypes().forEach(visit);
  const uncovered: string[] = [];
  for (const name of reachable) {
    for (const field of Object.values((schema.getType(name) as GraphQLObjectType).getFields())) {
      if (!covered.has(`${name}.${field.name}`)) uncovered.push(`${name}.${field.name}`);
    }
  }
  assert.deepEqual(uncovered, [], 'fields no generated query selected');
});
