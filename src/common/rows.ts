import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Reads go around TypeORM's query builder: the SQL text of each entity's column list is built
 * once, and rows are turned into entities directly (the builder rebuilt the SQL text and
 * renamed every column on every query).
 */
const columnLists = new WeakMap<object, string>();

/** `e."id", e."text", …`: the entity's mapped columns on alias `alias` (no search vectors). */
export function entityColumns(db: DataSource, entity: EntityTarget<ObjectLiteral>, alias = 'e'): string {
  const meta = db.getMetadata(entity);
  const cacheKey = meta.target as object;
  let list = alias === 'e' ? columnLists.get(cacheKey) : undefined;
  if (!list) {
    // Creation and update times are never read back: leaving them out saves parsing two timestamps a row.
    list = meta.columns
      .filter((c) => !c.isCreateDate && !c.isUpdateDate)
      .map((c) => `${alias}."${c.databaseName}"`)
      .join(', ');
    if (alias === 'e') columnLists.set(cacheKey, list);
  }
  return list;
}

/** The entity's read columns on alias `alias`, each renamed `<prefix><column>`, to read two entities from one row. */
export function prefixedColumns(db: DataSource, entity: EntityTarget<ObjectLiteral>, alias: string, prefix: string): string {
  return db
    .getMetadata(entity)
    .columns.filter((c) => !c.isCreateDate && !c.isUpdateDate)
    .map((c) => `${alias}."${c.databaseName}" AS "${prefix}${c.databaseName}"`)
    .join(', ');
}

/** The columns of a row that `prefixedColumns` renamed, under their own names. */
export function unprefixed(row: Record<string, unknown>, prefix: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(row)) if (name.startsWith(prefix)) out[name.slice(prefix.length)] = row[name];
  return out;
}

/** The quoted table name of an entity. */
export function tableOf(db: DataSource, entity: EntityTarget<ObjectLiteral>): string {
  return `"${db.getMetadata(entity).tableName}"`;
}

/** An entity from a raw row holding its columns, values converted as TypeORM would. */
export function hydrate<T extends ObjectLiteral>(db: DataSource, entity: EntityTarget<T>, row: Record<string, unknown>): T {
  const meta = db.getMetadata(entity);
  const object = meta.create() as T;
  for (const column of meta.columns) {
    if (column.databaseName in row) column.setEntityValue(object, db.driver.prepareHydratedValue(row[column.databaseName], column));
  }
  return object;
}
