/**
 * Read plans are cached per document position and the values of the variables used below it
 * (src/read/prefetch.ts, cachedPlan): the same document sent again with other variables, and
 * many requests at once sharing one cached plan, must answer exactly as field-by-field reads do
 * (a server with READ_PLANS=off on the same database). Besides two hand-written documents, the
 * documents are generated from the schema: every root list and every relation with arguments,
 * its arguments all variables, each sent with several variable sets (each argument present,
 * absent and null; enums through all their values; `@skip`/`@include` on and off).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { getNamedType, type GraphQLObjectType, type GraphQLSchema, isEnumType, isListType, isNonNullType, isObjectType } from 'graphql';
import { Role } from '../src/auth/role';
import { type AnyField, introspect, isConnection, Random, sampleIds, selectionOf, type ValueSource, valueOf } from './generated-operations';
import { createTestDatabase, dropTestDatabase, newKey, startServerOn, type GraphQLResponse, type TestServer } from './helpers';

const OFFICIAL = `query ($id: ID!, $n: Int, $skip: Boolean!, $order: StatementOrder) {
  node(id: $id) {
    ... on Official {
      name
      statements(first: $n, orderBy: $order) @skip(if: $skip) { totalCount pageInfo { hasNextPage } edges { cursor node { id date text } } }
      holdings { startDate }
    }
  }
}`;

const CALLS = `query ($n: Int, $m: Int) {
  calls(first: 3) {
    totalCount
    edges { node { id participants { official { name statements(first: $m) { totalCount edges { node { id } } } } } statements(first: $n) { totalCount edges { node { id } } } } }
  }
}`;

describe('cached read plans answer as field-by-field reads', () => {
  let databaseUrl: string;
  let compiled: TestServer;
  let resolved: TestServer;
  let officials: string[];
  before(async () => {
    databaseUrl = await createTestDatabase('plan_cache');
    compiled = await startServerOn(databaseUrl, { READ_PLANS: 'on' });
    resolved = await startServerOn(databaseUrl, { READ_PLANS: 'off' });
    const { officials: list } = await compiled.data('{ officials(first: 8) { edges { node { id } } } }');
    officials = list.edges.map((e: { node: { id: string } }) => e.node.id);
  });
  after(async () => {
    await compiled?.stop();
    await resolved?.stop();
    if (databaseUrl) await dropTestDatabase(databaseUrl);
  });

  const same = async (query: string, variables: Record<string, unknown>) => {
    const [a, b] = await Promise.all([compiled.gql(query, variables), resolved.gql(query, variables)]);
    assert.equal(a.errors, undefined, JSON.stringify(a.errors));
    assert.deepEqual(a, b, `answers differ for ${JSON.stringify(variables)}`);
    return a;
  };

  test('the same document with other variables below the field, one after another', async () => {
    const variableSets: Record<string, unknown>[] = [];
    for (const id of officials.slice(0, 3)) {
      variableSets.push(
        { id, n: 2, skip: false },
        { id, n: 5, skip: false, order: 'DATE_DESC' },
        { id, skip: false },
        { id, n: null, skip: false },
        { id, n: 2, skip: true },
        { id, n: 2, skip: false },
      );
    }
    let seen = 0;
    for (const variables of variableSets) {
      const answer = await same(OFFICIAL, variables);
      if (answer.data.node?.statements?.edges.length) seen++;
    }
    assert.ok(seen > 0, 'some official has statements');
    for (const variables of [{ n: 1, m: 1 }, { n: 3, m: 2 }, {}, { n: 1, m: 1 }]) await same(CALLS, variables);
  });

  test('many requests at once sharing cached plans, each with its own context', async () => {
    const requests = officials.flatMap((id, i) => [
      { query: OFFICIAL, variables: { id, n: 1 + (i % 3), skip: false } },
      { query: CALLS, variables: { n: 1 + (i % 2), m: 2 } },
    ]);
    const [a, b] = await Promise.all([
      Promise.all(requests.map((r) => compiled.gql(r.query, r.variables))),
      Promise.all(requests.map((r) => resolved.gql(r.query, r.variables))),
    ]);
    assert.deepEqual(a, b);
    assert.ok(a.every((r) => r.errors === undefined));
  });
});

/** Whether a field lists objects (a connection, or a list of objects). */
const listsObjects = (field: AnyField) => {
  const named = getNamedType(field.type);
  const inner = isNonNullType(field.type) ? field.type.ofType : field.type;
  return isConnection(named) || (isListType(inner) && isObjectType(named));
};

interface Generated {
  name: string;
  query: string;
  /** Variable sets: each the same document's variables, one request each. */
  sets: Record<string, unknown>[];
}

/**
 * The field with each argument a variable, a directive on a variable, and as many variable sets
 * as the argument with the most enum values needs (at least 4): argument i of set k is present,
 * absent, null or present again by (i + k) mod 4 (required ones always present); an enum takes its
 * k-th value; `first` and `last` are never both given.
 */
function variablesFor(field: AnyField, prefix: string, source: ValueSource) {
  const declared: string[] = [];
  const args: string[] = [];
  const columns: { name: string; make: (k: number, i: number) => unknown; required: boolean; defaulted: boolean }[] = [];
  let setCount = 4;
  field.args.forEach((arg) => {
    const variable = `${prefix}${arg.name}`;
    // A non-null argument with a default takes a nullable variable, left out (never null) for the default.
    const defaulted = isNonNullType(arg.type) && arg.defaultValue !== undefined;
    declared.push(`$${variable}: ${String(defaulted ? (arg.type as { ofType: unknown }).ofType : arg.type)}`);
    args.push(`${arg.name}: $${variable}`);
    const named = getNamedType(arg.type);
    const enumValues = isEnumType(named) ? named.getValues().map((v) => v.value as string) : null;
    if (enumValues) setCount = Math.max(setCount, enumValues.length);
    columns.push({
      name: variable,
      defaulted,
      required: isNonNullType(arg.type) && arg.defaultValue === undefined,
      make: (k) => {
        if (enumValues)
          return isListType(isNonNullType(arg.type) ? arg.type.ofType : arg.type)
            ? [enumValues[k % enumValues.length]]
            : enumValues[k % enumValues.length];
        if (arg.name === 'first' || arg.name === 'last') return 1 + (k % 3);
        return valueOf(arg.type, arg.name, source);
      },
    });
  });
  const set = (k: number): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    columns.forEach((column, i) => {
      const mode = column.required ? 0 : (i + k) % 4;
      if (mode === 1 || (mode === 2 && column.defaulted)) return;
      out[column.name] = mode === 2 ? null : column.make(k, i);
    });
    if (out[`${prefix}first`] != null && out[`${prefix}last`] != null) delete out[`${prefix}last`];
    // A cursor is made up from its type: garbage. Both paths must refuse it alike, but not in every set.
    for (const cursor of ['after', 'before']) if (k !== 3) delete out[`${prefix}${cursor}`];
    return out;
  };
  return { declared, args: args.length ? `(${args.join(', ')})` : '', setCount, set };
}

/** Documents for every root list with arguments and every relation with arguments of every Node type. */
function generatedDocuments(schema: GraphQLSchema, ids: Map<string, string[]>, random: Random): Generated[] {
  const allIds = [...ids.values()].flat();
  // `partyIds`, `callId`: ids of the type the name says (participants and parties are officials).
  const named: Record<string, string> = { participant: 'Official', party: 'Official', operator: 'Organization', speaker: 'Official' };
  const idsFor = (name: string) => {
    const stem = name.replace(/Ids?$/, '');
    return ids.get(named[stem] ?? stem.charAt(0).toUpperCase() + stem.slice(1));
  };
  const source: ValueSource = { random, ids: allIds, idsFor };
  const out: Generated[] = [];
  const withSkip = (k: number) => ({ skip: k % 3 === 2, include: k % 4 !== 1 });
  // A relation with arguments below the root list's node, when its node type has one: variables at two levels.
  const relationBelow = (type: GraphQLObjectType) => {
    const relation = Object.values(type.getFields()).find((f) => f.args.length > 0 && listsObjects(f));
    if (!relation) return null;
    const v = variablesFor(relation, 'r_', source);
    const selection = `${relation.name}${v.args} @include(if: $include) { ${selectionOf(getNamedType(relation.type), random, 0)} }`;
    return { ...v, selection };
  };
  for (const root of Object.values(schema.getQueryType()!.getFields())) {
    if (!listsObjects(root) || root.args.length === 0) continue;
    const v = variablesFor(root, 'a_', source);
    const named = getNamedType(root.type) as GraphQLObjectType;
    const node = (
      isConnection(named) ? getNamedType((getNamedType(named.getFields().edges.type) as GraphQLObjectType).getFields().node.type) : named
    ) as GraphQLObjectType;
    const below = isObjectType(node) ? relationBelow(node) : null;
    const leaves = isObjectType(node) ? selectionOf(node, random, 0) : '__typename';
    const inner = below ? `${leaves} ${below.selection}` : `__typename ... @include(if: $include) { ${leaves} }`;
    const selection = isConnection(named)
      ? `totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { ${inner} } }`
      : inner;
    const declared = [...v.declared, ...(below?.declared ?? []), '$skip: Boolean!', '$include: Boolean!'];
    const sets = Array.from({ length: Math.max(v.setCount, below?.setCount ?? 0) }, (_, k) => ({
      ...v.set(k),
      ...below?.set(k + 1),
      ...withSkip(k),
    }));
    out.push({
      name: `Query.${root.name}`,
      query: `query (${declared.join(', ')}) { x: ${root.name}${v.args} @skip(if: $skip) { ${selection} } }`,
      sets,
    });
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || !type.getInterfaces().some((i) => i.name === 'Node')) continue;
    const parents = ids.get(type.name) ?? [];
    if (!parents.length) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0 || !listsObjects(field)) continue;
      const v = variablesFor(field, 'a_', source);
      const declared = ['$id: ID!', ...v.declared, '$skip: Boolean!', '$include: Boolean!'];
      const query = `query (${declared.join(', ')}) { node(id: $id) { id ... on ${type.name} @include(if: $include) { x: ${field.name}${v.args} @skip(if: $skip) { ${selectionOf(getNamedType(field.type), random, 0)} } } } }`;
      const sets = Array.from({ length: v.setCount }, (_, k) => ({ id: parents[k % parents.length], ...v.set(k), ...withSkip(k) }));
      out.push({ name: `${type.name}.${field.name}`, query, sets });
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

describe('cached read plans answer as field-by-field reads, on documents generated from the schema', () => {
  let databaseUrl: string;
  let compiled: TestServer;
  let resolved: TestServer;
  before(async () => {
    databaseUrl = await createTestDatabase('plan_cache_generated');
    compiled = await startServerOn(databaseUrl, { READ_PLANS: 'on', MAX_QUERY_COST: '1000000' });
    resolved = await startServerOn(databaseUrl, { READ_PLANS: 'off', MAX_QUERY_COST: '1000000' });
  });
  after(async () => {
    await compiled?.stop();
    await resolved?.stop();
    if (databaseUrl) await dropTestDatabase(databaseUrl);
  });

  test('every root list and relation with arguments, each document with several variable sets', async (t) => {
    const random = Random.fromEnv();
    t.diagnostic(`seed ${random.seed} (TEST_SEED=${random.seed} repeats this run)`);
    const headers = (await newKey(resolved, Role.ADMIN)).headers;
    const schema = await introspect(resolved, headers);
    const documents = generatedDocuments(schema, await sampleIds(resolved, schema, headers, 3), random);
    assert.ok(documents.some((d) => d.name.startsWith('Query.')) && documents.some((d) => !d.name.startsWith('Query.')));
    let answered = 0;
    let requests = 0;
    for (const document of documents) {
      // Each set in turn, then the first again: by then its plan comes from the cache.
      for (const variables of [...document.sets, document.sets[0]]) {
        const [a, b] = await Promise.all([
          compiled.gql(document.query, variables, headers),
          resolved.gql(document.query, variables, headers),
        ]);
        assert.deepEqual(
          normalized(a),
          normalized(b),
          `seed ${random.seed}: ${document.name} with ${JSON.stringify(variables)}: compiled and field-by-field answers differ\n${document.query}`,
        );
        requests++;
        if (!a.errors && a.data) answered++;
      }
    }
    t.diagnostic(`${documents.length} documents, ${requests} requests, ${answered} answered without errors`);
    assert.ok(answered > requests / 2, `most variable sets are valid (${answered} of ${requests})`);
  });
});
