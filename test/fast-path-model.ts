/**
 * The requests test/fast-path.test.ts sends to both HTTP paths, GENERATED rather than listed: a
 * model of what an HTTP request to the API can vary in (method, path and query string, content
 * type and charset, how the length is given, Accept, Origin, Host, API key, client request id,
 * the body's shape) crossed by a seeded random source with GraphQL operations generated from the
 * schema (each root query field with arguments made from their types, mutations, subscriptions
 * over POST, and errors: unknown fields, bad variables, pages over the limit, too deep). Every
 * value of every dimension and every operation occurs at least once; the rest is random.
 */
import {
  getNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLInputType,
} from 'graphql';
import {
  type AnyField,
  isConnection,
  literal,
  noRequiredArgs,
  type Random,
  selectionOf,
  type ValueSource,
  valueOf,
} from './generated-operations';

export interface Case {
  name: string;
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Sent in two writes without a length: `Transfer-Encoding: chunked`. */
  chunked?: boolean;
}

export interface Operation {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
  /** A mutation that would write if allowed: sent only with credentials that may not write. */
  writes?: boolean;
  subscription?: boolean;
}

/** Arguments of `field`: the required ones and some optional ones, each inline or as a variable. */
function argumentsOf(field: AnyField, source: ValueSource, declared: string[], variables: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const arg of field.args) {
    const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
    if (!required && !source.random.chance(0.4)) continue;
    // A cursor made up from the type would be garbage: an error both paths must give alike, now and then.
    if ((arg.name === 'after' || arg.name === 'before') && !source.random.chance(0.2)) continue;
    const value = arg.name === 'after' || arg.name === 'before' ? 'bm90LWEtY3Vyc29y' : valueOf(arg.type, arg.name, source);
    if (source.random.chance(0.5)) {
      const name = `v${declared.length}`;
      declared.push(`$${name}: ${String(arg.type)}`);
      variables[name] = value;
      parts.push(`${arg.name}: $${name}`);
    } else parts.push(`${arg.name}: ${literal(value, arg.type)}`);
  }
  return parts.length ? `(${parts.join(', ')})` : '';
}

function operationOn(
  keyword: string,
  field: AnyField,
  source: ValueSource,
  selection = selectionOf(getNamedType(field.type), source.random),
) {
  const declared: string[] = [];
  const variables: Record<string, unknown> = {};
  const args = argumentsOf(field, source, declared, variables);
  const inner = isLeafType(getNamedType(field.type)) ? '' : ` { ${selection} }`;
  const query = `${keyword}${declared.length ? ` (${declared.join(', ')})` : ''} { ${field.name}${args}${inner} }`;
  return { query, ...(declared.length ? { variables } : {}) };
}

/** Whether an argument's type holds an ID somewhere among its required parts (so made-up ids make the mutation fail). */
function needsId(type: GraphQLInputType): boolean {
  const named = getNamedType(type);
  if (named.name === 'ID') return true;
  if (!('getFields' in named) || isObjectType(named)) return false;
  return Object.values(named.getFields()).some((f) => isNonNullType(f.type) && needsId(f.type));
}

/** A path of object fields from `from` deeper than `depth` (the schema's cycles make one), as a selection. */
function tooDeep(from: GraphQLObjectType, depth: number, random: Random): string | null {
  const walk = (type: GraphQLObjectType, left: number): string | null => {
    if (left === 0) return '__typename';
    const objects = Object.values(type.getFields()).filter((f) => noRequiredArgs(f) && !isLeafType(getNamedType(f.type)));
    for (const field of random.some(objects, objects.length)) {
      let named = getNamedType(field.type);
      const connection = isConnection(named);
      if (connection) named = getNamedType((named as GraphQLObjectType).getFields().edges.type);
      if (!isObjectType(named)) continue;
      const below = walk(connection ? (getNamedType(named.getFields().node.type) as GraphQLObjectType) : named, left - 1);
      if (below !== null) return `${field.name} { ${connection ? `edges { node { ${below} } }` : below} }`;
    }
    return null;
  };
  return walk(from, depth);
}

export interface OperationSources {
  /** Real ids and made-up ones, for reads. */
  readIds: readonly string[];
  /** Ids of rows that do not exist: what mutations get, so that none writes. */
  missingIds: readonly string[];
  maxDepth: number;
  maxPageSize: number;
}

/** Operations generated from the schema: one per root query field and subscription, a few mutations, and errors. */
export function generatedOperations(schema: GraphQLSchema, random: Random, sources: OperationSources): Operation[] {
  const reads: ValueSource = { random, ids: sources.readIds };
  const writes: ValueSource = { random, ids: sources.missingIds };
  const out: Operation[] = [];
  const query = schema.getQueryType()!;
  const rootFields = Object.values(query.getFields()).sort((a, b) => a.name.localeCompare(b.name));
  for (const field of rootFields) out.push({ name: `query ${field.name}`, ...operationOn('query', field, reads) });
  const mutations = Object.values(schema.getMutationType()?.getFields() ?? {});
  for (const field of random.some(mutations, 4)) {
    const writing = !field.args.some((a) => isNonNullType(a.type) && needsId(a.type));
    out.push({ name: `mutation ${field.name}`, writes: writing, ...operationOn('mutation', field, writes) });
  }
  for (const field of Object.values(schema.getSubscriptionType()?.getFields() ?? {})) {
    out.push({ name: `subscription ${field.name}`, subscription: true, ...operationOn('subscription', field, reads) });
  }
  // Errors, each on a root field drawn at random.
  const listField = random.pick(rootFields.filter((f) => isConnection(getNamedType(f.type)) && noRequiredArgs(f)));
  const objectField = random.pick(rootFields.filter((f) => !isLeafType(getNamedType(f.type))));
  out.push({ name: `an unknown field under ${objectField.name}`, ...operationOn('query', objectField, reads, 'nope') });
  out.push({ name: 'an unknown root field', query: '{ nope }' });
  out.push({
    name: `a page over the limit of ${listField.name}`,
    query: `{ ${listField.name}(first: ${sources.maxPageSize + 1}) { totalCount } }`,
  });
  const pageArg = listField.args.find((a) => a.name === 'first')!;
  out.push({
    name: `a bad variable of ${listField.name}`,
    query: `query ($n: ${String(pageArg.type)}) { ${listField.name}(first: $n) { totalCount } }`,
    variables: { n: random.pick(['x', 1.5, { a: 1 }, [1]]) },
  });
  const orderField = rootFields.find((f) => f.args.some((a) => a.name === 'orderBy'));
  if (orderField) {
    const orderArg = orderField.args.find((a) => a.name === 'orderBy')!;
    out.push({
      name: `an enum value that is not one of ${orderField.name}`,
      query: `query ($o: ${String(orderArg.type)}) { ${orderField.name}(first: 1, orderBy: $o) { totalCount } }`,
      variables: { o: 'NOT_AN_ORDER' },
    });
  }
  const deep = tooDeep(getNamedType(listField.type) as GraphQLObjectType, sources.maxDepth + 1, random);
  if (deep) out.push({ name: `too deep under ${listField.name}`, query: `{ ${listField.name}(first: 1) { ${deep} } }` });
  out.push({ name: 'a syntax error', query: `{ ${listField.name}(first: 1) {` });
  const [a, b] = random.some(rootFields.filter(noRequiredArgs), 2);
  out.push({
    name: `two operations, one chosen (${a.name}, ${b.name})`,
    query: `query A { ${a.name}${isLeafType(getNamedType(a.type)) ? '' : ` { ${selectionOf(getNamedType(a.type), random, 0)} }`} } query B { __typename }`,
    operationName: random.pick(['A', 'B', 'C']),
  });
  return out;
}

/** The API keys a request can carry: none, malformed, unknown, and a real one of each role. */
export type Credentials = Record<string, string | undefined>;

const DIMENSIONS = {
  method: ['POST', 'POST', 'POST', 'POST', 'GET', 'OPTIONS', 'PUT'],
  path: ['/graphql', '/graphql', '/graphql', '/graphql?x=1', '/graphql/', '/GRAPHQL'],
  contentType: [
    'application/json',
    'application/json',
    'application/json; charset=utf-8',
    'application/json;charset=UTF-8',
    'application/json; charset="utf-8"',
    'application/json; charset=utf8',
    'application/json; charset=latin1',
    'Application/JSON',
    'text/plain',
    'application/graphql',
    undefined,
  ],
  length: ['announced', 'announced', 'announced', 'chunked', 'over the limit', 'identity encoding'],
  accept: [
    undefined,
    'application/json',
    'application/graphql-response+json',
    'application/graphql-response+json, application/json;q=0.9',
    'text/event-stream',
    '*/*',
    'text/html',
  ],
  origin: [undefined, undefined, 'http://localhost:5173', 'https://elsewhere.example', 'null'],
  host: ['default', 'default', 'localhost', 'attacker.example'],
  requestId: [undefined, undefined, 'client-id-1', 'bad id with spaces'],
  body: ['operation', 'operation', 'operation', 'operation', 'empty', 'byte order mark', 'whitespace', 'non-object', 'batch', 'malformed'],
} as const;

type Dimension = keyof typeof DIMENSIONS;
export type Choice = { [D in Dimension]: (typeof DIMENSIONS)[D][number] } & { key: string };

/** Which values of which dimensions the generated cases used (the test checks that each one was). */
export function dimensionValues(credentials: Credentials): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(DIMENSIONS)) out[name] = [...new Set(values.map(String))];
  out.key = Object.keys(credentials);
  return out;
}

function bodyOf(choice: Choice, operation: Operation, maxBodyBytes: number, random: Random): string | Buffer | undefined {
  const payload = JSON.stringify({
    query: operation.query,
    ...(operation.variables ? { variables: operation.variables } : {}),
    ...(operation.operationName ? { operationName: operation.operationName } : {}),
  });
  let body: string | Buffer;
  switch (choice.body) {
    case 'operation':
      body = payload;
      break;
    case 'empty':
      body = '';
      break;
    case 'byte order mark':
      body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(payload)]);
      break;
    case 'whitespace':
      body = `\n\t ${payload} \r\n`;
      break;
    case 'non-object':
      body = random.pick(['"{ __typename }"', '42', 'null', 'true']);
      break;
    case 'batch':
      body = `[${payload},${payload}]`;
      break;
    case 'malformed':
      body = payload.slice(0, -2);
      break;
  }
  // Trailing whitespace leaves the JSON as it was (valid or not) and the body over the limit.
  if (choice.length === 'over the limit') body = Buffer.concat([Buffer.from(body), Buffer.alloc(maxBodyBytes, ' ')]);
  return body;
}

function caseOf(choice: Choice, operation: Operation, credentials: Credentials, maxBodyBytes: number, random: Random): Case {
  const headers: Record<string, string> = {};
  if (choice.contentType !== undefined) headers['content-type'] = choice.contentType;
  if (choice.accept !== undefined) headers.accept = choice.accept;
  if (choice.origin !== undefined) headers.origin = choice.origin;
  if (choice.host !== 'default') headers.host = choice.host;
  if (choice.requestId !== undefined) headers['x-request-id'] = choice.requestId;
  const key = credentials[choice.key];
  if (key !== undefined) headers.authorization = key;
  if (choice.length === 'identity encoding') headers['content-encoding'] = 'identity';
  let path: string = choice.path;
  let body: string | Buffer | undefined;
  if (choice.method === 'GET') {
    const params = new URLSearchParams({ query: operation.query });
    if (operation.variables) params.set('variables', JSON.stringify(operation.variables));
    if (operation.operationName) params.set('operationName', operation.operationName);
    path = `${path}${path.includes('?') ? '&' : '?'}${params}`;
    if (random.chance(0.5)) headers['apollo-require-preflight'] = 'true';
  } else if (choice.method === 'OPTIONS') {
    headers['access-control-request-method'] = 'POST';
    headers['access-control-request-headers'] = 'content-type, authorization';
  } else {
    body = bodyOf(choice, operation, maxBodyBytes, random);
  }
  const name = `${choice.method} ${path.slice(0, 40)} ${operation.name} | ${Object.entries(choice)
    .filter(([d]) => d !== 'method' && d !== 'path')
    .map(([d, v]) => `${d}=${String(v)}`)
    .join(' ')}`;
  return { name, method: choice.method, path, headers, body, chunked: choice.length === 'chunked' };
}

/**
 * `count` cases (at least one per operation and per value of each dimension): case i takes
 * value i of each dimension while there are values left, then random ones; the operations in turn.
 * A writing mutation goes only with credentials that may not write; a subscription never with an
 * event stream (it would stay open).
 */
export function generatedCases(
  operations: Operation[],
  credentials: Credentials,
  cannotWrite: readonly string[],
  random: Random,
  count: number,
  maxBodyBytes: number,
): { cases: Case[]; used: Record<string, Set<string>> } {
  const used: Record<string, Set<string>> = {};
  const keys = Object.keys(credentials);
  const size = Math.max(count, operations.length, keys.length, ...Object.values(DIMENSIONS).map((v) => v.length));
  const cases: Case[] = [];
  for (let i = 0; i < size; i++) {
    const operation = i < operations.length ? operations[i] : random.pick(operations);
    const choice = { key: i < keys.length ? keys[i] : random.pick(keys) } as Choice;
    // Past the rows that cover each value, half the requests are the common case (each dimension's
    // first value) with a few dimensions varied, so that most of them reach GraphQL on the fast path.
    const nearCommon = random.chance(0.5);
    for (const [name, values] of Object.entries(DIMENSIONS) as [Dimension, readonly unknown[]][]) {
      (choice as Record<string, unknown>)[name] =
        i < values.length ? values[i] : nearCommon && random.chance(0.85) ? values[0] : random.pick(values);
    }
    if (operation.writes && !cannotWrite.includes(choice.key)) choice.key = random.pick(cannotWrite);
    if (operation.subscription && choice.accept === 'text/event-stream') choice.accept = 'application/json';
    for (const [name, value] of Object.entries(choice)) (used[name] ??= new Set()).add(String(value));
    cases.push(caseOf(choice, operation, credentials, maxBodyBytes, random));
  }
  return { cases, used };
}
