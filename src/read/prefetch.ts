import {
  type FieldNode,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  type GraphQLField,
  GraphQLIncludeDirective,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  GraphQLSkipDirective,
  isObjectType,
  type SelectionSetNode,
} from 'graphql';
import { type SQL, sql } from 'pg-sql2';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Context } from '../context';
import type { PageRowPlan } from '../common/pagination';
import { readQuery } from '../common/read-query';
import { columnsSql, hydrate } from '../common/rows';

/**
 * Read plans: the relations a request selects below a row are compiled into the SQL statement
 * that fetches the row, as JSON subqueries (`json_build_object`, `json_agg`), the way
 * PostGraphile and Hasura compile a whole request. The rows come back as entities carrying
 * their prefetched relation values (under PREFETCHED, by response key); the relation fields'
 * resolvers return those values instead of querying (see `usePrefetched`). A relation the
 * registry does not know, or arguments it does not compile (a cursor, `last`), is left to its
 * ordinary resolver: a plan only ever removes queries, it never changes an answer.
 */
export const PREFETCHED = Symbol('prefetched');

type WithPrefetched = { [PREFETCHED]?: Map<string, unknown> };

const ALIASES = new Map<string, SQL>();

/**
 * What a request's plans share: the request, its SQL parameters and alias names. A plan is
 * cached per document position and variable values (see `cachedPlan`): `ctx` is then set to the
 * context of the request whose rows are being materialized, so `build` must read `scope.ctx`
 * (and `scope.db`) when it runs, not later (a lazy value keeps its own copy).
 */
export class PlanScope {
  private n = 0;

  constructor(
    public ctx: Context,
    readonly info: GraphQLResolveInfo,
  ) {}

  /** A fresh SQL alias (`r0`, `x1`…): each subquery names its own rows, so no name is assumed across files. */
  alias(stem: string): SQL {
    const name = `${stem}${this.n++}`;
    // One node per name, so that fragments built on it (column lists) are built once, not per request.
    let alias = ALIASES.get(name);
    if (!alias) ALIASES.set(name, (alias = sql.identifier(name)));
    return alias;
  }

  get db(): DataSource {
    return this.ctx.db;
  }
}

/** One relation field compiled on a parent row: its SQL (JSON) and how the JSON becomes the field's value. */
export interface CompiledRelation {
  /** An SQL expression on the parent's row. */
  sql: SQL;
  /** The field's value from the JSON the SQL returned; `parent` is the parent row as fetched. */
  build(json: unknown, parent: Record<string, unknown>): unknown;
}

/** Compiles one relation field on the parent row at `parent`; null when these arguments or this selection are left to the resolver. */
export type Relation = (scope: PlanScope, parent: SQL, args: Record<string, unknown>, field: SelectedField) => CompiledRelation | null;

/** A field selected by the request, all its occurrences (same response key) merged. */
export interface SelectedField {
  key: string;
  name: string;
  nodes: FieldNode[];
  definition: GraphQLField<unknown, unknown>;
  /** The field's named type, when it is an object type. */
  type: GraphQLObjectType | null;
}

const relations = new Map<string, Relation>();

/** The fields read plans compile, as `Type.field`. */
export const compiledFields = (): string[] => [...relations.keys()];

/** Declares how `Type.field` is compiled; see relations.ts. */
export function defineRelation(typeName: string, fieldName: string, relation: Relation): void {
  relations.set(`${typeName}.${fieldName}`, relation);
}

/** Whether `node` is left out by @skip/@include. */
function skipped(node: FieldNode | SelectionSetNode['selections'][number], variables: Record<string, unknown>): boolean {
  if (!node.directives?.length) return false;
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return true;
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if === false;
}

/**
 * The fields selected on an object of `type` by the given selection sets, as graphql-js collects
 * them: fragments whose type condition `type` satisfies, @skip/@include applied, grouped by
 * response key.
 */
export function collectFields(
  info: GraphQLResolveInfo,
  type: GraphQLObjectType,
  sets: readonly (SelectionSetNode | undefined)[],
): Map<string, SelectedField> {
  const out = new Map<string, SelectedField>();
  const matches = (condition: string | undefined) =>
    !condition || condition === type.name || type.getInterfaces().some((i) => i.name === condition);
  const visit = (set: SelectionSetNode | undefined, seen: Set<string>) => {
    for (const selection of set?.selections ?? []) {
      if (skipped(selection, info.variableValues)) continue;
      if (selection.kind === 'Field') {
        const name = selection.name.value;
        const definition = type.getFields()[name];
        if (!definition) continue; // __typename and other meta fields
        const key = selection.alias?.value ?? name;
        const existing = out.get(key);
        if (existing) existing.nodes.push(selection);
        else {
          const named = getNamedType(definition.type);
          out.set(key, { key, name, nodes: [selection], definition, type: isObjectType(named) ? named : null });
        }
      } else if (selection.kind === 'InlineFragment') {
        if (matches(selection.typeCondition?.name.value)) visit(selection.selectionSet, seen);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = info.fragments[selection.name.value];
        if (fragment && matches(fragment.typeCondition.name.value)) visit(fragment.selectionSet, seen);
      }
    }
  };
  for (const set of sets) visit(set, new Set());
  return out;
}

/** The selection sets of a field's occurrences. */
export const setsOf = (field: { nodes: readonly FieldNode[] }) => field.nodes.map((n) => n.selectionSet);

/** Fields selected under `path` (e.g. ['edges', 'node']) of the given field, on the object type at its end. */
export function fieldsAt(
  info: GraphQLResolveInfo,
  type: GraphQLObjectType,
  sets: readonly (SelectionSetNode | undefined)[],
  path: readonly string[],
): { type: GraphQLObjectType; sets: (SelectionSetNode | undefined)[] } | null {
  let current = { type, sets: [...sets] };
  for (const name of path) {
    const matching = [...collectFields(info, current.type, current.sets).values()].filter((f) => f.name === name);
    if (!matching.length || !matching[0].type) return null;
    current = { type: matching[0].type, sets: matching.flatMap(setsOf) };
  }
  return current;
}

interface PlannedRelation extends CompiledRelation {
  /** The response key the value is kept under. */
  key: string;
  /** Column name of the relation's value in the fetched row or JSON object. */
  column: string;
}

/** What to fetch with each row of one entity type, and how to turn a fetched row into the entity. */
export interface EntityPlan<T extends ObjectLiteral = ObjectLiteral> {
  entity: EntityTarget<T>;
  relations: PlannedRelation[];
  /** The columns to put in the row's JSON (see jsonColumns). */
  columns: string[];
}

/** Column types that can be long: carried in a row's JSON only when a field selects them. */
const WIDE_TYPES = new Set(['text', 'varchar', 'character varying', 'json', 'jsonb', 'tsvector']);

/**
 * The columns a row's JSON carries: every narrow column (keys, dates, numbers: what resolvers
 * and cursors read) and the wide ones (text, JSON, arrays) whose field is selected. When a
 * selected field is neither a column nor compiled, its resolver may read anything: all columns.
 */
function jsonColumns(
  db: DataSource,
  entity: EntityTarget<ObjectLiteral>,
  fields: Iterable<SelectedField>,
  compiled: Set<string>,
): string[] {
  const meta = db.getMetadata(entity);
  const wanted = new Set<string>();
  let all = false;
  for (const field of fields) {
    if (compiled.has(field.key) || field.name === 'id') continue;
    const column = meta.findColumnWithPropertyName(field.name);
    if (column) wanted.add(column.databaseName);
    else all = true;
  }
  return meta.columns
    .filter((c) => !c.isCreateDate && !c.isUpdateDate)
    .filter((c) => all || c.isPrimary || wanted.has(c.databaseName) || !(c.isArray || WIDE_TYPES.has(String(c.type))))
    .map((c) => c.databaseName);
}

/** Compiles the known relations among the fields selected on rows of `entity` (GraphQL type `type`) at SQL alias `alias`. */
export function planEntity<T extends ObjectLiteral>(
  scope: PlanScope,
  entity: EntityTarget<T>,
  type: GraphQLObjectType,
  sets: readonly (SelectionSetNode | undefined)[],
  alias: SQL,
): EntityPlan<T> {
  const planned: PlannedRelation[] = [];
  const fields = collectFields(scope.info, type, sets);
  for (const field of fields.values()) {
    const relation = relations.get(`${type.name}.${field.name}`);
    if (!relation) continue;
    let args: Record<string, unknown>;
    try {
      args = getArgumentValues(field.definition, field.nodes[0], scope.info.variableValues);
    } catch {
      continue; // the resolver reports bad arguments at the field's own path
    }
    const compiled = relation(scope, alias, args, field);
    if (compiled) planned.push({ ...compiled, key: field.key, column: `__r${planned.length}` });
  }
  const columns = jsonColumns(scope.db, entity, fields.values(), new Set(planned.map((p) => p.key)));
  return { entity, relations: planned, columns };
}

/** `expr AS "__rN"` for each planned relation, to select beside the row's columns. */
export function planSelects(plan: EntityPlan): SQL[] {
  return plan.relations.map((r) => sql`${r.sql} AS ${sql.identifier(r.column)}`);
}

/** `json_build_object` of name/value pairs; it takes at most 100 arguments, so larger objects are nested and merged. */
export function jsonObject(pairs: readonly [string, SQL][]): SQL {
  return jsonObjectOf(pairs.map(([name, value]) => sql`${sql.literal(name)}, ${value}`));
}

function jsonObjectOf(args: readonly SQL[]): SQL {
  const chunks: SQL[] = [];
  for (let i = 0; i < args.length; i += 50) chunks.push(sql`json_build_object(${sql.join(args.slice(i, i + 50), ', ')})`);
  return chunks.length === 1
    ? chunks[0]
    : sql`(${sql.join(
        chunks.map((c) => sql`${c}::jsonb`),
        ' || ',
      )})::json`;
}

/** `'name', alias."name"` for each column, by alias node and column list: built once, not per request. */
const columnPairs = new WeakMap<SQL, Map<string, SQL[]>>();

/** The row at `alias` as one JSON object: its columns and its planned relations. */
export function planJson(plan: EntityPlan, alias: SQL): SQL {
  let byColumns = columnPairs.get(alias);
  if (!byColumns) columnPairs.set(alias, (byColumns = new Map()));
  const key = plan.columns.join(',');
  let columns = byColumns.get(key);
  if (!columns) {
    columns = plan.columns.map((c) => sql`${sql.literal(c)}, ${alias}.${sql.identifier(c)}`);
    // A few column lists per alias in practice (which wide columns a request selects); bounded all the same.
    if (byColumns.size < 64) byColumns.set(key, columns);
  }
  return jsonObjectOf([...columns, ...plan.relations.map((r) => sql`${sql.literal(r.column)}, ${r.sql}`)]);
}

/** The entity from a fetched row (or JSON object) with its prefetched relation values attached. */
export function materialize<T extends ObjectLiteral>(db: DataSource, plan: EntityPlan<T>, row: Record<string, unknown>): T {
  const entity = hydrate(db, plan.entity, row);
  if (plan.relations.length) {
    const values = new Map<string, unknown>();
    for (const r of plan.relations) values.set(r.key, r.build(row[r.column], row));
    (entity as WithPrefetched)[PREFETCHED] = values;
  }
  return entity;
}

/** Whether a connection's selection reads `pageInfo`: without it, a page need not fetch a row beyond its size. */
export function selectsPageInfo(
  info: GraphQLResolveInfo,
  connection: GraphQLObjectType,
  sets: readonly (SelectionSetNode | undefined)[],
): boolean {
  return [...collectFields(info, connection, sets).values()].some((f) => f.name === 'pageInfo');
}

/** Plans by server configuration, then by the document's field node (the same objects while Apollo keeps the parsed document). */
const planCache = new WeakMap<
  object,
  WeakMap<FieldNode, { nodes: readonly FieldNode[]; variables: string[]; plans: Map<string, unknown> }>
>();
/** Distinct variable values cached per field node; past it, the plans of that node are forgotten. */
const PLANS_PER_NODE = 64;

/** The names of the variables used in the selection sets below `nodes` (fragments followed). */
function variablesBelow(info: GraphQLResolveInfo, nodes: readonly FieldNode[]): string[] {
  const names = new Set<string>();
  const seen = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!value || typeof value !== 'object') return;
    const node = value as { kind?: string; name?: { value: string } };
    if (node.kind === 'Variable') names.add(node.name!.value);
    else if (node.kind === 'FragmentSpread' && !seen.has(node.name!.value)) {
      seen.add(node.name!.value);
      walk(info.fragments[node.name!.value]);
    }
    for (const [k, v] of Object.entries(value)) if (k !== 'loc' && v && typeof v === 'object') walk(v);
  };
  for (const n of nodes) walk(n.selectionSet);
  return [...names].sort();
}

/**
 * A plan made once per server, position in the document (the resolved field's nodes), `kind`
 * and the values of the variables used below it; the plan's scope is given the current
 * request's context. Planning walks the selection, reads entity metadata and prints SQL: for a
 * small request it was a tenth of the server's CPU time.
 */
function cachedPlan<V>(
  ctx: Context,
  info: GraphQLResolveInfo,
  kind: string,
  make: (scope: PlanScope) => V,
): { scope: PlanScope; value: V } {
  let byNode = planCache.get(ctx.config);
  if (!byNode) planCache.set(ctx.config, (byNode = new WeakMap()));
  const first = info.fieldNodes[0];
  let entry = byNode.get(first);
  if (!entry || entry.nodes.length !== info.fieldNodes.length || entry.nodes.some((n, i) => n !== info.fieldNodes[i])) {
    entry = { nodes: [...info.fieldNodes], variables: variablesBelow(info, info.fieldNodes), plans: new Map() };
    byNode.set(first, entry);
  }
  let key: string;
  try {
    // [] for a variable not given (the argument's default applies), [value] for one given, null included.
    key = `${kind}|${JSON.stringify(entry.variables.map((v) => (v in info.variableValues ? [info.variableValues[v]] : [])))}`;
  } catch {
    const scope = new PlanScope(ctx, info); // values JSON cannot key (a BigInt): planned each time
    return { scope, value: make(scope) };
  }
  let cached = entry.plans.get(key) as { scope: PlanScope; value: V } | undefined;
  if (!cached) {
    const scope = new PlanScope(ctx, info);
    cached = { scope, value: make(scope) };
    if (entry.plans.size >= PLANS_PER_NODE) entry.plans.clear();
    entry.plans.set(key, cached);
  }
  return cached;
}

/**
 * The plan for the nodes of a connection field being resolved (`edges.node`, e.g. `statements`),
 * or null when nothing below them is compiled.
 */
export function connectionNodePlan<T extends ObjectLiteral>(
  ctx: Context,
  info: GraphQLResolveInfo,
  entity: EntityTarget<T>,
): PageRowPlan<T> | null {
  if (!ctx.config.readPlans) return null;
  const named = getNamedType(info.returnType);
  if (!isObjectType(named)) return null;
  const { scope, value } = cachedPlan(ctx, info, `list:${named.name}`, () => {
    const sets = setsOf({ nodes: info.fieldNodes });
    const at = fieldsAt(info, named, sets, ['edges', 'node']);
    if (!at) return null;
    // Planned on the row alias the list's query builder chooses (a constant node), once per alias.
    return { at, needsNextPage: selectsPageInfo(info, named, sets), plans: new Map<SQL, EntityPlan<ObjectLiteral>>() };
  });
  if (!value) return null;
  let plan: EntityPlan<T> | undefined;
  return {
    selects: (t) => {
      plan = value.plans.get(t) as EntityPlan<T> | undefined;
      if (!plan) value.plans.set(t, (plan = planEntity(scope, entity, value.at.type, value.at.sets, t)));
      return planSelects(plan);
    },
    materialize: (row) => {
      scope.ctx = ctx;
      return plan ? materialize(ctx.db, plan, row) : hydrate(ctx.db, entity, row);
    },
    needsNextPage: value.needsNextPage,
  };
}

/** Stands for the ids in a cached statement's parameters. */
const IDS = Symbol('ids');

/**
 * Loads rows by id with the relations the request selects below them, in one statement: the rows
 * found by id (missing ids are absent), or undefined when the selection compiles nothing (load
 * them the ordinary way).
 */
export async function loadPlanned<T extends ObjectLiteral>(
  ctx: Context,
  info: GraphQLResolveInfo,
  entity: EntityTarget<T>,
  typeName: string,
  ids: readonly number[],
): Promise<Map<number, T> | undefined> {
  if (!ctx.config.readPlans) return undefined;
  const type = info.schema.getType(typeName);
  if (!isObjectType(type)) return undefined;
  const { scope, value } = cachedPlan(ctx, info, `node:${typeName}`, (scope) => {
    const t = scope.alias('n');
    const plan = planEntity(scope, entity, type, setsOf({ nodes: info.fieldNodes }), t);
    if (!plan.relations.length) return null;
    // Compiled once per form: the ids are a stand-in value, replaced per request.
    const select = sql`SELECT ${sql.join([columnsSql(ctx.db, entity, t), ...planSelects(plan)], ', ')} FROM ${sql.identifier(ctx.db.getMetadata(entity).tableName)} ${t}`;
    const compile = (condition: SQL) => {
      const { text, values } = sql.compile(sql`${select}
           WHERE ${condition}`);
      return { text, values: values as unknown[] };
    };
    return {
      plan,
      // One id (node(id), official(id): nearly every lookup) is `id = $n`, not `id = ANY($n)`: for
      // an array parameter PostgreSQL's generic plan assumes several rows, so it never prefers it
      // and plans the statement again on every execution (0.3 ms of 0.45 for the statement by id);
      // with a scalar it settles on the generic plan after five runs, as for a hand-written query.
      one: compile(sql`${t}.id = ${sql.value(IDS as never)}`),
      many: compile(sql`${t}.id = ANY(${sql.value(IDS as never)})`),
    };
  });
  if (!value) return undefined;
  const { text, values } = ids.length === 1 ? value.one : value.many;
  const rows = await readQuery(
    ctx.db,
    text,
    values.map((v) => (v === IDS ? (ids.length === 1 ? ids[0] : ids) : v)),
  );
  scope.ctx = ctx;
  return new Map(rows.map((row) => [Number(row.id), materialize(ctx.db, value.plan as EntityPlan<T>, row)]));
}

/**
 * Makes each compiled relation field return its prefetched value when its parent carries one,
 * before anything else runs for it; other parents go to the field's resolver as before.
 */
export function usePrefetched(schema: GraphQLSchema): GraphQLSchema {
  for (const name of relations.keys()) {
    const [typeName, fieldName] = name.split('.');
    const type = schema.getType(typeName);
    const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
    if (!field?.resolve) throw new Error(`read plan for ${name}: no such field with a resolver`);
    const resolve = field.resolve;
    field.resolve = (source, args, context, info) => {
      const values = (source as WithPrefetched | null)?.[PREFETCHED];
      if (values !== undefined) {
        const value = values.get(info.path.key as string);
        if (value !== undefined || values.has(info.path.key as string)) return value;
      }
      return resolve(source, args, context, info);
    };
  }
  return schema;
}
