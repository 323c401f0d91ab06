import { isObjectType } from 'graphql';
import { type SQL, sql } from 'pg-sql2';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Context } from '../context';
import { readQuery } from '../common/read-query';
import { columnsSql, hydrate } from '../common/rows';
import type { ConnectionArgs, ConnectionResult } from '../common/connection';
import type { Conditions } from '../common/filters';
import { listConnection } from '../common/list';
import { columnKey, type CursorValue, type Ordering, orderBySql, pageOf, type PageRequest, pageRequest } from '../common/pagination';
import {
  collectFields,
  defineRelation,
  fieldsAt,
  jsonObject,
  materialize,
  planEntity,
  planJson,
  type PlanScope,
  type SelectedField,
  selectsPageInfo,
  setsOf,
} from './prefetch';

/**
 * A relation declared once, as data: which rows of `target` belong to a parent, in which order.
 * From the declaration come both ways of reading it: `load` (the per-request DataLoader batch,
 * used by the field's resolver and by `nodes(ids)`) and the compiled JSON subquery that a read
 * plan puts into its parent's statement (prefetch.ts). Both take their keys, link table and
 * order from the same fields, and both turn rows into entities with `hydrate`, so they cannot
 * disagree about which rows, in which order, or how a value looks.
 */

/** A sort key of a to-many relation: a target property, or a column of the link table. */
export type OrderKey = { target: string; direction?: 'ASC' | 'DESC' } | { link: string; direction?: 'ASC' | 'DESC' };

interface Common<T extends ObjectLiteral> {
  /** The parent's GraphQL type and the field (class names equal GraphQL type names). */
  parent: EntityTarget<ObjectLiteral> & { name: string };
  field: string;
  target: EntityTarget<T>;
}

/** The parent's column `key` holds the target's primary key (null: no target). */
export interface BelongsTo<T extends ObjectLiteral> extends Common<T> {
  kind: 'belongsTo';
  /** The parent's property holding the key. */
  key: string;
}

/** The targets whose property `key` holds the parent's id, in `orderBy` order (then by primary key). */
export interface HasMany<T extends ObjectLiteral> extends Common<T> {
  kind: 'hasMany';
  key: string;
  orderBy?: OrderKey[];
}

/** The targets linked to the parent through a link table, in `orderBy` order (then by primary key). */
export interface Through<T extends ObjectLiteral> extends Common<T> {
  kind: 'through';
  /** A table, or a query giving (parent, target) pairs when the link is derived (a call's documents). */
  link: { table: string | SQL; parent: string; target: string };
  orderBy?: OrderKey[];
}

export type RelationDeclaration<T extends ObjectLiteral = ObjectLiteral> = BelongsTo<T> | HasMany<T> | Through<T>;

/** A field that is not a relation read by keys (a computed value, or a list with its own SQL), and why no read plan compiles it. */
export interface Computed {
  parent: { name: string };
  field: string;
  why: string;
}

/** Every declared relation and computed field, by `Type.field` (test/read-differential.test.ts checks they cover the schema). */
export const declared = new Map<string, { compiled: boolean; why?: string }>();

/** Declares a field whose value its resolver computes, saying why no read plan compiles it. */
export function computed(parent: { name: string }, field: string, why: string): Computed {
  declared.set(`${parent.name}.${field}`, { compiled: false, why });
  return { parent, field, why };
}

const meta = (db: DataSource, entity: EntityTarget<ObjectLiteral>) => db.getMetadata(entity);
const column = (db: DataSource, entity: EntityTarget<ObjectLiteral>, property: string) => {
  const c = meta(db, entity).findColumnWithPropertyName(property);
  if (!c) throw new Error(`${meta(db, entity).name} has no column for property ${property}`);
  return c.databaseName;
};
const primary = (db: DataSource, entity: EntityTarget<ObjectLiteral>) => meta(db, entity).primaryColumns[0];
const tableOf = (db: DataSource, entity: EntityTarget<ObjectLiteral>) => sql.identifier(meta(db, entity).tableName);

/** The link table, or the derived pairs as a subquery. */
const linkOf = (d: Through<ObjectLiteral>): SQL =>
  typeof d.link.table === 'string' ? sql.identifier(d.link.table) : sql`(${d.link.table})`;

/** The declared order on the target at `target` and the link at `link`, ended by the target's primary key. */
function orderOf(db: DataSource, d: HasMany<ObjectLiteral> | Through<ObjectLiteral>, target: SQL, link: SQL | null): SQL {
  const keys = (d.orderBy ?? []).map((k) => {
    const direction = k.direction === 'DESC' ? sql`DESC` : sql`ASC`;
    if ('link' in k) {
      if (!link) throw new Error(`${d.parent.name}.${d.field}: a link column in the order of a relation without a link table`);
      return sql`${link}.${sql.identifier(k.link)} ${direction}`;
    }
    return sql`${target}.${sql.identifier(column(db, d.target, k.target))} ${direction}`;
  });
  keys.push(sql`${target}.${sql.identifier(primary(db, d.target).databaseName)}`);
  return sql.join(keys, ', ');
}

/** The batch: the targets of every key at once, each row with the key it belongs to (`__key`), in the declared order. */
function batchSql(db: DataSource, d: HasMany<ObjectLiteral> | Through<ObjectLiteral>, keys: readonly unknown[]): SQL {
  const t = sql.identifier(Symbol('t'));
  const values = sql.value(keys as (string | number)[]);
  if (d.kind === 'hasMany') {
    const key = sql.identifier(column(db, d.target, d.key));
    return sql`SELECT ${t}.${key} AS "__key", ${columnsSql(db, d.target, t)} FROM ${tableOf(db, d.target)} ${t}
      WHERE ${t}.${key} = ANY(${values}) ORDER BY ${orderOf(db, d, t, null)}`;
  }
  const l = sql.identifier(Symbol('l'));
  return sql`SELECT ${l}.${sql.identifier(d.link.parent)} AS "__key", ${columnsSql(db, d.target, t)}
      FROM ${linkOf(d)} ${l} JOIN ${tableOf(db, d.target)} ${t} ON ${t}.${sql.identifier(primary(db, d.target).databaseName)} = ${l}.${sql.identifier(d.link.target)}
     WHERE ${l}.${sql.identifier(d.link.parent)} = ANY(${values}) ORDER BY ${orderOf(db, d, t, l)}`;
}

/**
 * The compiled subquery of a relation below the parent row at `parentAlias`: the target rows as
 * JSON, each object carrying the relations the request selects below it.
 */
function compiledSql(scope: PlanScope, d: RelationDeclaration, parent: SQL, json: (alias: SQL) => SQL): SQL {
  const db = scope.db;
  const t = scope.alias('r');
  const row = json(t);
  const targetKey = sql.identifier(primary(db, d.target).databaseName);
  if (d.kind === 'belongsTo') {
    return sql`(SELECT ${row} FROM ${tableOf(db, d.target)} ${t} WHERE ${t}.${targetKey} = ${parent}.${sql.identifier(column(db, d.parent, d.key))})`;
  }
  const parentKey = sql.identifier(primary(db, d.parent).databaseName);
  if (d.kind === 'hasMany') {
    return sql`coalesce((SELECT json_agg(${row} ORDER BY ${orderOf(db, d, t, null)}) FROM ${tableOf(db, d.target)} ${t}
      WHERE ${t}.${sql.identifier(column(db, d.target, d.key))} = ${parent}.${parentKey}), '[]')`;
  }
  const l = scope.alias('l');
  return sql`coalesce((SELECT json_agg(${row} ORDER BY ${orderOf(db, d, t, l)})
      FROM ${linkOf(d)} ${l} JOIN ${tableOf(db, d.target)} ${t} ON ${t}.${targetKey} = ${l}.${sql.identifier(d.link.target)}
     WHERE ${l}.${sql.identifier(d.link.parent)} = ${parent}.${parentKey}), '[]')`;
}

/** A compiled-only value beside each target row (see `relation`'s `extra`): its SQL on the row, and how its JSON becomes the value. */
export interface Extra {
  sql: SQL;
  build?: (json: unknown) => unknown;
}

/** What a declared relation gives its resolver: the field's value for one parent, batched per request. */
export interface DeclaredRelation<P extends ObjectLiteral, V> {
  declaration: RelationDeclaration;
  load(ctx: Context, parent: P): Promise<V>;
}

/** The parent's key value the relation starts from. */
function parentKey(ctx: Context, d: RelationDeclaration, parent: ObjectLiteral): unknown {
  const property = d.kind === 'belongsTo' ? d.key : primary(ctx.db, d.parent).propertyName;
  return parent[property];
}

/** Loads a to-many relation for every key of the request level in one statement, priming the targets' byKey loader. */
function loadMany<T extends ObjectLiteral>(ctx: Context, d: HasMany<T> | Through<T>, key: string | number): Promise<T[]> {
  const loader = ctx.loaders.get<string | number, T[]>(`relation:${d.parent.name}.${d.field}`, async (keys) => {
    const { text, values } = sql.compile(batchSql(ctx.db, d as HasMany<ObjectLiteral> | Through<ObjectLiteral>, keys));
    const rows = await readQuery(ctx.db, text, values);
    const targets = ctx.loaders.byKey<T, string | number>(d.target);
    const pk = primary(ctx.db, d.target).databaseName;
    const grouped = new Map<string, T[]>();
    for (const r of rows) {
      const entity = hydrate(ctx.db, d.target, r);
      targets.prime(r[pk] as string | number, entity);
      const k = String(r.__key);
      const list = grouped.get(k);
      if (list) list.push(entity);
      else grouped.set(k, [entity]);
    }
    return keys.map((k) => grouped.get(String(k)) ?? []);
  });
  return loader.load(key);
}

/**
 * Declares a relation: registers its compiled form with the read plans and returns its batched
 * form for the resolver. `each` turns one target entity into the field's item on both paths
 * (a speaker with the title held that day); `extra` adds compiled-only values to each item's
 * JSON that `each` may use instead of querying (`extras` is undefined on the batched path).
 */
export function relation<P extends ObjectLiteral, V, T extends ObjectLiteral = ObjectLiteral>(
  d: RelationDeclaration<T>,
  options: {
    each?: (ctx: Context, target: T, parent: P, extras?: Record<string, unknown>) => unknown;
    /** The field's GraphQL type's fields under which the target row is selected (default: the field's own selection). */
    under?: string;
    extra?: (scope: PlanScope, target: SQL, parent: SQL, selected: SelectedField[]) => Record<string, Extra>;
  } = {},
): DeclaredRelation<P, V> {
  declared.set(`${d.parent.name}.${d.field}`, { compiled: true });
  const each = options.each;
  defineRelation(d.parent.name, d.field, (scope, alias, _args, field) => {
    if (!field.type) return null;
    const selected = [...collectFields(scope.info, field.type, setsOf(field)).values()];
    let targetType = field.type;
    let sets = setsOf(field);
    if (options.under) {
      // The target row is one field of the item (a speaker's `official`), maybe not selected at all.
      const under = selected.filter((f) => f.name === options.under);
      const type = under[0]?.type ?? scope.info.schema.getType(meta(scope.db, d.target).name);
      if (!isObjectType(type)) return null;
      targetType = type;
      sets = under.flatMap(setsOf);
    }
    let plan!: ReturnType<typeof planEntity>;
    let extras: Record<string, Extra> = {};
    const json = (a: SQL) => {
      plan = planEntity(scope, d.target, targetType, sets, a);
      extras = options.extra?.(scope, a, alias, selected) ?? {};
      const names = Object.keys(extras);
      if (!names.length) return planJson(plan, a);
      return jsonObject([['o', planJson(plan, a)], ...names.map((n): [string, SQL] => [n, extras[n].sql])]);
    };
    const compiled = compiledSql(scope, d as RelationDeclaration, alias, json);
    const names = Object.keys(extras);
    const one = (value: Record<string, unknown>, parent: Record<string, unknown>) => {
      const target = materialize(scope.db, plan, (names.length ? value.o : value) as Record<string, unknown>) as T;
      const values = names.length
        ? Object.fromEntries(names.map((n) => [n, extras[n].build ? extras[n].build(value[n]) : value[n]]))
        : undefined;
      return each ? each(scope.ctx, target, parent as unknown as P, values) : target;
    };
    return {
      sql: compiled,
      build: (value, parent) => {
        if (d.kind === 'belongsTo') return value == null ? null : one(value as Record<string, unknown>, parent);
        return (value as Record<string, unknown>[]).map((v) => one(v, parent));
      },
    };
  });
  return {
    declaration: d as RelationDeclaration,
    load: async (ctx: Context, parent: P) => {
      const key = parentKey(ctx, d as RelationDeclaration, parent) as string | number | null;
      if (d.kind === 'belongsTo') {
        if (key == null) return null;
        const target = await ctx.loaders.byKey<T, string | number>(d.target).load(key);
        return target && each ? each(ctx, target, parent) : target;
      }
      const targets = key == null ? [] : await loadMany(ctx, d, key);
      return each ? targets.map((t) => each(ctx, t, parent)) : targets;
    },
  } as never;
}

/**
 * A connection of the targets whose property `key` holds the parent's id, or that a link table
 * ties to the parent (`link`), in one of the declared orderings, narrowed by the field's `filter`
 * argument when the declaration says how.
 */
export interface PagedDeclaration<T extends ObjectLiteral> {
  parent: EntityTarget<ObjectLiteral> & { name: string };
  field: string;
  target: EntityTarget<T>;
  key?: string;
  link?: { table: string; parent: string; target: string };
  /** The orderings `orderBy` picks from (columnOrders), and the one without `orderBy`. */
  orderings: Record<string, Ordering<T>>;
  defaultOrder: string;
  /** The filter argument's conditions on the target's row (as the list's own filter); throws on a bad filter. */
  filter?: (filter: never) => Conditions;
}

type PageArgs = ConnectionArgs & { orderBy?: string; filter?: unknown };

/** What a declared connection gives its resolver: one parent's page, as every list pages (paginate). */
export interface DeclaredConnection<P extends ObjectLiteral, T> {
  load(ctx: Context, parent: P, args: PageArgs): Promise<ConnectionResult<T>>;
}

/** The condition tying a connection's target at `t` to the parent whose id is `parent`. */
function pagedParent(db: DataSource, d: PagedDeclaration<ObjectLiteral>, t: SQL, parent: SQL): SQL {
  if (d.link) {
    const l = sql.identifier(Symbol('l'));
    const [linkTarget, linkParent] = [sql.identifier(d.link.target), sql.identifier(d.link.parent)];
    return sql`EXISTS (SELECT 1 FROM ${sql.identifier(d.link.table)} ${l} WHERE ${l}.${linkTarget} = ${t}.${sql.identifier(primary(db, d.target).databaseName)} AND ${l}.${linkParent} = ${parent})`;
  }
  if (!d.key) throw new Error(`${d.parent.name}.${d.field}: a connection needs a key or a link`);
  return sql`${t}.${sql.identifier(column(db, d.target, d.key))} = ${parent}`;
}

/**
 * Declares a connection: the resolver pages it with `listConnection` (keyset cursors, any page);
 * a read plan compiles its first page (no cursor, not `last`) into the parent's statement, the
 * same ordering keys selected in a LATERAL subquery, and writes the same cursors.
 */
export function connection<P extends ObjectLiteral, T extends ObjectLiteral>(d: PagedDeclaration<T>): DeclaredConnection<P, T> {
  declared.set(`${d.parent.name}.${d.field}`, { compiled: true });
  const paged = d as PagedDeclaration<ObjectLiteral>;
  const load = (ctx: Context, parent: P, args: PageArgs) => {
    const { orderBy, filter, ...page } = args;
    const id = sql.value(parent[primary(ctx.db, d.parent).propertyName] as number);
    const conditions = d.filter?.(filter as never).parts ?? [];
    return listConnection(ctx, d.target, page, d.orderings[orderBy ?? d.defaultOrder], [
      (t) => pagedParent(ctx.db, paged, t, id),
      ...conditions,
    ]);
  };
  defineRelation(d.parent.name, d.field, (scope, alias, args, field) => {
    if (!field.type) return null;
    const { orderBy, filter, ...page } = args as PageArgs;
    const ordering = d.orderings[orderBy ?? d.defaultOrder];
    if (!ordering) return null;
    const db = scope.db;
    // Cursors name the list as paginate does (its table), so either path reads the other's.
    const cursorOrdering = { ...ordering, name: `${ordering.list ?? meta(db, d.target).tableName}:${ordering.name}` } as Ordering<unknown>;
    let request: PageRequest;
    let conditions: Conditions | undefined;
    try {
      request = pageRequest(page, cursorOrdering, scope.ctx.config.maxPageSize);
      conditions = d.filter?.(filter as never);
    } catch {
      return null; // bad arguments: the resolver reports them at the field's path
    }
    if (request.after || request.before || request.backwards || request.size === 0) return null;
    const node = fieldsAt(scope.info, field.type, setsOf(field), ['edges', 'node']);
    const px = scope.alias('x');
    const nodeType = node?.type ?? scope.info.schema.getType(meta(db, d.target).name);
    if (!isObjectType(nodeType)) return null;
    const plan = planEntity(scope, d.target, nodeType, node?.sets ?? [], px);
    const more = selectsPageInfo(scope.info, field.type, setsOf(field));
    const par = scope.alias('par');
    const keyNames = ordering.keys.map((_, i) => `__k${i}`);
    // The target's rows inside the LATERAL subquery, at an alias of their own; the ordering's keys are written on it.
    const t = scope.alias('t');
    const inner = sql`SELECT ${columnsSql(db, d.target, t)}, ${sql.join(
      ordering.keys.map((k, i) => sql`${k.expr(t, {})} AS ${sql.identifier(keyNames[i])}`),
      ', ',
    )} FROM ${tableOf(db, d.target)} ${t} WHERE ${sql.join([pagedParent(db, paged, t, sql`${par}.pid`), ...(conditions?.on(t) ?? [])], ' AND ')}
      ORDER BY ${orderBySql(ordering, t)} LIMIT ${sql.literal(request.size + (more ? 1 : 0))}`;
    // The page's rows in the same order, now by the keys selected with them.
    const selected = { ...ordering, keys: ordering.keys.map((k, i) => columnKey(keyNames[i], k.direction)) };
    const json = jsonObject([
      ['o', planJson(plan, px)],
      [
        'k',
        sql`json_build_array(${sql.join(
          selected.keys.map((k) => k.expr(px, {})),
          ', ',
        )})`,
      ],
    ]);
    const outer = sql`(SELECT coalesce(json_agg(${json} ORDER BY ${orderBySql(selected, px)}), '[]')
      FROM (SELECT ${alias}.id AS pid) ${par} CROSS JOIN LATERAL (${inner}) ${px})`;
    return {
      sql: outer,
      build: (json, parentRow): ConnectionResult<T> => {
        const ctx = scope.ctx; // the request's own (a cached plan's scope is shared, see PlanScope)
        const fetched = (json as { o: Record<string, unknown>; k: CursorValue[] }[]).map((row) => ({
          node: materialize(ctx.db, plan, row.o) as T,
          key: row.k,
        }));
        return {
          ...pageOf(fetched, request, cursorOrdering),
          get totalCount() {
            return load(ctx, hydrate(ctx.db, d.parent, parentRow) as P, args).then((r) => r.totalCount);
          },
        };
      },
    };
  });
  return { load };
}
