import { type SQL, sql } from 'pg-sql2';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Reads go around TypeORM's query builder: rows are selected with the entity's column list
 * (pg-sql2) and turned into entities directly by `hydrate`.
 */

/** Column lists by alias node and entity (fragments carry no values, so they can be shared). */
const columnLists = new WeakMap<SQL, WeakMap<object, SQL>>();

/**
 * The entity's read columns on `alias` as SQL (pg-sql2), each renamed `<prefix><column>` when a
 * prefix is given, to read two entities from one row (see `unprefixed`).
 */
export function columnsSql(db: DataSource, entity: EntityTarget<ObjectLiteral>, alias: SQL, prefix?: string): SQL {
  const meta = db.getMetadata(entity);
  if (prefix === undefined) {
    // The same alias node (a list's row, a read plan's `r0`) gets the same fragment: built once, not per request.
    let byEntity = columnLists.get(alias);
    if (!byEntity) columnLists.set(alias, (byEntity = new WeakMap()));
    let list = byEntity.get(meta.target as object);
    if (!list) byEntity.set(meta.target as object, (list = columnsSql(db, entity, alias, '')));
    return list;
  }
  const columns = meta.columns.filter((c) => !c.isCreateDate && !c.isUpdateDate);
  return sql.join(
    columns.map((c) =>
      prefix !== ''
        ? sql`${alias}.${sql.identifier(c.databaseName)} AS ${sql.identifier(prefix + c.databaseName)}`
        : sql`${alias}.${sql.identifier(c.databaseName)}`,
    ),
    ', ',
  );
}

/** The columns of a row that `columnsSql` renamed with a prefix, under their own names. */
export function unprefixed(row: Record<string, unknown>, prefix: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(row)) if (name.startsWith(prefix)) out[name.slice(prefix.length)] = row[name];
  return out;
}

/** How one column's value, as PostgreSQL sent it, becomes the entity's property value. */
type Convert = (value: unknown) => unknown;

const asDate: Convert = (v) => (v instanceof Date ? v : new Date(String(v)));
const asNumber: Convert = (v) => (typeof v === 'number' ? v : Number(v));
const asString: Convert = (v) => (typeof v === 'string' ? v : String(v));
const asBoolean: Convert = (v) => v === true || v === 't' || v === 'true';
const asJson: Convert = (v) => (typeof v === 'string' ? JSON.parse(v) : v);
const asIs: Convert = (v) => v;

/**
 * The conversion for a column's type. A row arrives in two shapes: a pg row (timestamps parsed to
 * Date, dates kept as 'YYYY-MM-DD' by the type parser in db/data-source.ts, jsonb parsed) or an
 * object of a read plan's JSON (`json_build_object`: timestamps as ISO strings, numbers as
 * numbers, bigint as a number). Both must give the same entity, so both go through this.
 */
function convertOf(type: unknown): Convert {
  if (type === Date || type === 'timestamptz' || type === 'timestamp' || type === 'timestamp with time zone') return asDate;
  if (type === Number || type === 'int' || type === 'integer' || type === 'real' || type === 'float' || type === 'double precision')
    return asNumber;
  // bigint: exact as a string, whichever shape it came in (the audit log's ids).
  if (type === 'bigint' || type === 'date' || type === 'text' || type === 'char' || type === String) return asString;
  if (type === Boolean || type === 'boolean') return asBoolean;
  if (type === 'jsonb' || type === 'json') return asJson;
  return asIs;
}

interface ColumnReader {
  column: string;
  set(object: ObjectLiteral, value: unknown): void;
}

const readers = new WeakMap<object, { create(): ObjectLiteral; columns: ColumnReader[] }>();

function readerOf(db: DataSource, entity: EntityTarget<ObjectLiteral>) {
  const meta = db.getMetadata(entity);
  let reader = readers.get(meta.target as object);
  if (!reader) {
    const columns = meta.columns.map((c): ColumnReader => {
      const one = convertOf(c.type);
      const convert: Convert = c.isArray ? (v) => (v as unknown[]).map((x) => (x == null ? x : one(x))) : one;
      return { column: c.databaseName, set: (object, v) => c.setEntityValue(object, v == null ? null : convert(v)) };
    });
    reader = { create: () => meta.create() as ObjectLiteral, columns };
    readers.set(meta.target as object, reader);
  }
  return reader;
}

/**
 * The one function that turns a fetched row into the entity whose fields GraphQL reads (dates,
 * JSON, numbers, enums, arrays), for the batched loaders and the compiled read plans alike.
 */
export function hydrate<T extends ObjectLiteral>(db: DataSource, entity: EntityTarget<T>, row: Record<string, unknown>): T {
  const reader = readerOf(db, entity);
  const object = reader.create() as T;
  for (const column of reader.columns) {
    if (column.column in row) column.set(object, row[column.column]);
  }
  return object;
}
