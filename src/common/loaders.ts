import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { readQuery } from './read-query';
import { entityColumns, hydrate, tableOf } from './rows';

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
      const rows = await readQuery(
        this.db,
        `SELECT ${entityColumns(this.db, entity)} FROM ${tableOf(this.db, entity)} e WHERE e."${column}" = ANY($1)`,
        [keys],
      );
      const byKey = new Map(rows.map((r) => [String(r[column]), hydrate(this.db, entity, r)]));
      return keys.map((k) => byKey.get(String(k)) ?? null);
    });
  }

  /**
   * Loads rows of `entity` related through a join table: `sql` selects `key` and `target_id`
   * pairs for `$1 = keys`, ordered as the relation should be.
   */
  through<T extends ObjectLiteral, K extends string | number>(name: string, entity: EntityTarget<T>, sql: string): DataLoader<K, T[]> {
    return this.get<K, T[]>(`through:${name}`, async (keys) => {
      // One statement: the pairs in their order, joined to the target rows.
      const meta = this.db.getMetadata(entity);
      const key = meta.primaryColumns[0];
      const rows = await readQuery(
        this.db,
        `SELECT p.key AS "__key", ${entityColumns(this.db, entity)}
           FROM (SELECT p0.*, row_number() OVER () AS __n FROM (${sql}) p0) p
           JOIN ${tableOf(this.db, entity)} e ON e."${key.databaseName}" = p.target_id
          ORDER BY p.__n`,
        [keys],
      );
      const targets = this.byKey<T, string | number>(entity);
      const grouped = new Map<string, T[]>();
      for (const r of rows) {
        const row = hydrate(this.db, entity, r);
        targets.prime(r[key.databaseName] as string | number, row);
        const list = grouped.get(String(r.__key)) ?? [];
        list.push(row);
        grouped.set(String(r.__key), list);
      }
      return keys.map((k) => grouped.get(String(k)) ?? []);
    });
  }
}

function columnName(db: DataSource, entity: EntityTarget<ObjectLiteral>, property: string): string {
  const column = db.getMetadata(entity).findColumnWithPropertyName(property);
  if (!column) throw new Error(`no column for property ${property}`);
  return column.databaseName;
}

export function groupRows<K, T>(keys: readonly K[], rows: T[], keyOf: (row: T) => unknown): T[][] {
  const grouped = new Map<string, T[]>();
  for (const row of rows) {
    const k = String(keyOf(row));
    const list = grouped.get(k);
    if (list) list.push(row);
    else grouped.set(k, [row]);
  }
  return keys.map((k) => grouped.get(String(k)) ?? []);
}
