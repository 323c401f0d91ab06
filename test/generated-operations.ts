/**
 * GraphQL operations generated from the running server's schema (introspected), for tests that
 * compare two paths that must answer alike (test/fast-path.test.ts, test/plan-cache.test.ts):
 * argument values made from the arguments' types, small selections of a type's fields, and a
 * seeded random source whose seed the test prints, so a failing run can be repeated
 * (`TEST_SEED=… npm test -- dist/test/X.test.js`).
 */
import {
  astFromValue,
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  GraphQLObjectType,
  type GraphQLSchema,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type IntrospectionQuery,
  print,
} from 'graphql';
import type { TestServer } from './helpers';

export type AnyField = GraphQLField<unknown, unknown>;

/** A small seeded generator (mulberry32): the same seed gives the same cases. */
export class Random {
  private state: number;
  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }
  /** The seed from TEST_SEED, else a new one; the caller prints it. */
  static fromEnv(): Random {
    const given = process.env.TEST_SEED;
    return new Random(given ? Number(given) : Math.floor(Math.random() * 2 ** 31));
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(below: number): number {
    return Math.floor(this.next() * below);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
  /** Up to `n` of `items`, in their order. */
  some<T>(items: readonly T[], n: number): T[] {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(n, items.length)) chosen.add(this.int(items.length));
    return [...chosen].sort((a, b) => a - b).map((i) => items[i]);
  }
}

export async function introspect(server: TestServer, headers?: Record<string, string>): Promise<GraphQLSchema> {
  return buildClientSchema(await server.data<IntrospectionQuery>(getIntrospectionQuery(), undefined, headers));
}

export const isConnection = (t: GraphQLNamedType): boolean => isObjectType(t) && 'edges' in t.getFields() && 'pageInfo' in t.getFields();

/** The node type of a connection type. */
export const nodeOf = (connection: GraphQLObjectType) =>
  getNamedType((getNamedType(connection.getFields().edges.type) as GraphQLObjectType).getFields().node.type);

/** Fields the client may leave out: every argument is nullable or has a default. */
export const noRequiredArgs = (field: AnyField) => field.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined);

/** What values of the scalars the generator makes up; ids come from `ids` (real ones and made-up ones). */
export interface ValueSource {
  random: Random;
  ids: readonly string[];
  /** Ids for an argument or input field by its name (`partyIds`, `callId`…), when it says their type. */
  idsFor?: (name: string) => readonly string[] | undefined;
}

/** A value of an input type, made from the type alone (page sizes small, enums any of their values). */
export function valueOf(type: GraphQLInputType, name: string, source: ValueSource, optionalChance = 0.3): unknown {
  const { random } = source;
  if (isNonNullType(type)) return valueOf(type.ofType, name, source, optionalChance);
  if (isListType(type)) return [valueOf(type.ofType as GraphQLInputType, name, source, optionalChance)];
  if (isEnumType(type)) return random.pick(type.getValues()).value;
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) || random.chance(optionalChance))
        out[field.name] = valueOf(field.type, field.name, source, optionalChance);
    }
    return out;
  }
  switch (type.name) {
    case 'ID': {
      const typed = source.idsFor?.(name);
      return random.pick(typed?.length ? typed : source.ids);
    }
    case 'Int':
      return /^(first|last|limit)$/.test(name) ? 1 + random.int(3) : random.pick([0, 1, 2, 7]);
    case 'Float':
      return random.pick([0, 0.5, 1]);
    case 'Boolean':
      return random.chance(0.5);
    case 'Date':
      return random.pick(['2025-01-31', '2024-06-01', '2026-12-31']);
    case 'DateTime':
      return random.pick(['2025-01-30T00:00:00Z', '2024-06-01T12:00:00+09:00']);
    case 'String':
      return /countr|code/i.test(name) ? random.pick(['US', 'JP', 'KR']) : random.pick(['defense', 'Japan', 'alliance', 'US']);
    default:
      return random.pick(['x', 1, true]);
  }
}

/** The GraphQL literal of a value of `type`. */
export function literal(value: unknown, type: GraphQLInputType): string {
  const ast = astFromValue(value, type);
  return ast ? print(ast) : 'null';
}

/** A small selection on `type`: some of its leaf fields (id first), objects one level further while `depth` lasts. */
export function selectionOf(type: GraphQLNamedType, random: Random, depth = 1): string {
  if (isAbstractType(type)) return `__typename ... on Node { id }`;
  if (!isObjectType(type)) return '';
  if (isConnection(type)) {
    const total = 'totalCount' in type.getFields() ? 'totalCount ' : '';
    return `${total}pageInfo { hasNextPage endCursor } edges { cursor node { ${selectionOf(nodeOf(type as GraphQLObjectType), random, depth)} } }`;
  }
  const fields = Object.values(type.getFields()).filter(noRequiredArgs);
  const leaves = fields.filter((f) => isLeafType(getNamedType(f.type))).map((f) => f.name);
  const parts = random.some(
    leaves.filter((f) => f !== 'id'),
    4,
  );
  if (leaves.includes('id')) parts.unshift('id');
  if (depth > 0) {
    const objects = fields.filter((f) => !isLeafType(getNamedType(f.type)));
    for (const field of random.some(objects, 1)) {
      const named = getNamedType(field.type);
      parts.push(`${field.name}${isConnection(named) ? '(first: 2)' : ''} { ${selectionOf(named, random, depth - 1)} }`);
    }
  }
  return parts.join(' ') || '__typename';
}

/** Global ids by type name: the first `per` rows of every root list (connections without required arguments). */
export async function sampleIds(
  server: TestServer,
  schema: GraphQLSchema,
  headers: Record<string, string>,
  per: number,
): Promise<Map<string, string[]>> {
  const ids = new Map<string, string[]>();
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    const type = getNamedType(field.type);
    if (!isConnection(type) || !noRequiredArgs(field)) continue;
    const node = nodeOf(type as GraphQLObjectType);
    if (!isObjectType(node) || !('id' in node.getFields())) continue;
    const { [field.name]: list } = await server.data(`{ ${field.name}(first: ${per}) { edges { node { id } } } }`, undefined, headers);
    const some = ids.get(node.name) ?? [];
    for (const { node: row } of list.edges as { node: { id: string } }[]) if (!some.includes(row.id)) some.push(row.id);
    ids.set(node.name, some);
  }
  return ids;
}
