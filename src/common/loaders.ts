import DataLoader from 'dataloader';
import { sql } from 'pg-sql2';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { readQuery } from './read-query';
import { columnsSql, hydrate } from './rows';

/**
 * Per-request DataLoaders, created on first use and keyed by name, so every relation costs one
 * SQL statement per request level however many rows ask for it.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  constructor(private readonly db: DataSource) {}

  /** Forgets every loaded row: after a write, later fields of the request must see it. */
  clear(): void {
    this.loaders.clear();
  }

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>): DataLoader<K, V> {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 }) as DataLoader<unknown, unknown>;
      this.loaders.set(name, loader);
    }
    return loader as DataLoader<K, V>;
  }

  /** Loads rows of `entity` by its primary key; a missing row resolves to null. */
  byKey<T extends ObjectLiteral, K extends string | number>(entity: EntityTarget<T>): DataLoader<K, T | null> {
    const meta = this.db.getMetadata(entity);
    const keyProperty = meta.primaryColumns[0].propertyName;
    const column = columnName(this.db, entity, keyProperty);
    return this.get<K, T | null>(`byKey:${meta.name}.${keyProperty}`, async (keys) => {
      const e = sql.identifier(Symbol('e'));
      const { text, values } = sql.compile(
        sql`SELECT ${columnsSql(this.db, entity, e)} FROM ${sql.identifier(meta.tableName)} ${e}
             WHERE ${e}.${sql.identifier(column)} = ANY(${sql.value([...keys])})`,
      );
      const rows = await readQuery(this.db, text, values);
      const byKey = new Map(rows.map((r) => [String(r[column]), hydrate(this.db, entity, r)]));
      return keys.map((k) => byKey.get(String(k)) ?? null);
    });
  }
}

function columnName(db: DataSource, entity: EntityTarget<ObjectLiteral>, property: string): string {
  const column = db.getMetadata(entity).findColumnWithPropertyName(property);
  if (!column) throw new Error(`no column for property ${property}`);
  return column.databaseName;
}
