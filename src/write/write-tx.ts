import { sql } from 'pg-sql2';
import type { ClassType } from 'type-graphql';
import type { DeepPartial, EntityManager } from 'typeorm';
import { AuditAction } from '../audit/audit-entry.entity';
import type { Principal } from '../auth/role';
import { conflict, notFound } from '../common/errors';
import { toGlobalId } from '../common/global-id';
import { keyCondition } from '../common/natural-key';
import { txQuery } from '../common/tx-query';
import type { NodeEntity } from '../common/node';
import { assertUnreferenced, ownedRows } from './references';
import { describePath, InputCheck, type Path } from '../common/validation';

/** A unique index as a write must respect it, with the input field to blame when it clashes. */
export interface UniqueKey {
  /** As the index spells them, e.g. ['country_code', 'lower(name)']. */
  columns: string[];
  /** True when the index treats nulls as equal (it indexes coalesce(column, …)). */
  nullsEqual?: boolean;
  field: string;
  /** What must be unique, for the message: "name in this country". */
  label: string;
}

export interface RowOptions<E> {
  /** Input path of the object, e.g. ["input", "newSource"]. */
  path?: Path;
  unique?: UniqueKey[];
  /** Rules across fields, checked on the row as it will be written (after merging an update). */
  rules?: (row: E, v: InputCheck, tx: WriteTx) => void | Promise<void>;
  /** Related rows kept in other tables (participants, parties), for the audit entry. */
  extra?: { before?: object; after?: object };
}

export interface Change {
  action: AuditAction;
  entityType: string;
  entityId: string;
  before: object | null;
  after: object | null;
}

export interface VersionedTarget {
  rowId: number;
  /** Required for updates; optional for deletes. */
  version?: number | null;
}

/** One INSERT for many rows; `rows` hold values in `columns` order. */
export async function insertRows(manager: EntityManager, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  if (rows.length === 0) return;
  const values = rows.map(
    (row) =>
      sql`(${sql.join(
        row.map((v) => sql.value(v as never)),
        ', ',
      )})`,
  );
  await txQuery(
    manager,
    sql`INSERT INTO ${sql.identifier(table)} (${sql.join(
      columns.map((c) => sql.identifier(c)),
      ', ',
    )}) VALUES ${sql.join(values, ', ')}`,
  );
}

/** The audit view of a row: its columns under their GraphQL-side names, timestamps aside. */
function snapshot(row: NodeEntity, extra?: object): Record<string, unknown> {
  const { rowId: _rowId, createdAt: _created, updatedAt: _updated, ...columns } = row as NodeEntity & Record<string, unknown>;
  return { ...columns, ...extra };
}

/**
 * The one way services change rows inside runWrite's transaction: every insert, update and
 * delete checks natural keys, versions and references the same way and is recorded for the
 * audit log.
 */
export class WriteTx {
  readonly changes: Change[] = [];

  /** `actor` is who writes: the audit entries name them. */
  constructor(
    readonly manager: EntityManager,
    readonly actor: Principal,
  ) {}

  record(action: AuditAction, entityType: string, entityId: string, before: object | null, after: object | null): void {
    this.changes.push({ action, entityType, entityId, before, after });
  }

  async insert<E extends NodeEntity>(entity: ClassType<E>, values: Partial<E>, options: RowOptions<E> = {}): Promise<E> {
    const row = this.manager.create(entity, values as DeepPartial<E>);
    await this.checkRow(entity, row, options);
    const { rowId } = await this.manager.save(row);
    // Read back, so the payload and the audit entry show the row as stored, defaults included.
    const saved = await this.manager.findOneByOrFail(entity, { rowId } as never);
    this.record(AuditAction.CREATE, entity.name, saved.id, null, snapshot(saved, options.extra?.after));
    return saved;
  }

  /** Applies `patch` when the row is still at `target.version`; CONFLICT when it moved on. */
  async update<E extends NodeEntity>(
    entity: ClassType<E>,
    target: VersionedTarget,
    patch: Partial<E>,
    options: RowOptions<E> = {},
  ): Promise<E> {
    const path = options.path ?? ['input'];
    const before = await this.lock(entity, target, path);
    const row = this.manager.create(entity, { ...before, ...patch } as DeepPartial<E>);
    await this.checkRow(entity, row, options, before.rowId);
    // TypeORM writes the patch (its columns' transformers apply); the version check is its criteria.
    const changed = await this.manager.update(
      entity,
      { rowId: before.rowId, version: before.version } as never,
      {
        ...patch,
        version: () => 'version + 1',
        updatedAt: () => 'now()',
      } as never,
    );
    if (changed.affected !== 1) throw new Error(`${entity.name} ${before.rowId} changed while locked`);
    const after = await this.manager.findOneByOrFail(entity, { rowId: before.rowId } as never);
    this.record(AuditAction.UPDATE, entity.name, after.id, snapshot(before, options.extra?.before), snapshot(after, options.extra?.after));
    return after;
  }

  /** Deletes a row nothing refers to; rows it owns go with it (ON DELETE CASCADE) and into the audit entry. */
  async remove<E extends NodeEntity>(entity: ClassType<E>, target: VersionedTarget, path: Path): Promise<E> {
    const before = await this.lock(entity, target, path);
    await assertUnreferenced(this.manager, entity, before, [...path, 'id']);
    const owned = await ownedRows(this.manager, entity, before.rowId);
    await this.manager.delete(entity, before.rowId);
    this.record(AuditAction.DELETE, entity.name, before.id, snapshot(before, owned), null);
    return before;
  }

  /** Reads and row-locks the target, refusing a stale version. */
  async lock<E extends NodeEntity>(entity: ClassType<E>, target: VersionedTarget, path: Path): Promise<E> {
    const row = await this.manager.findOne(entity, { where: { rowId: target.rowId } as never, lock: { mode: 'pessimistic_write' } });
    const id = toGlobalId(entity.name, target.rowId);
    if (!row) throw notFound(`No ${entity.name} has id ${id}`, { field: [...path, 'id'] });
    if (target.version != null && row.version !== target.version) {
      throw conflict(
        `${entity.name} ${id} is at version ${row.version}, not ${target.version}: someone changed it meanwhile; read it again and reapply your change`,
        { field: [...path, 'version'], currentVersion: row.version },
      );
    }
    return row;
  }

  /** Adds rows to a link table, e.g. statement_speakers. */
  link(table: string, columns: string[], rows: unknown[][]): Promise<void> {
    return insertRows(this.manager, table, columns, rows);
  }

  /** The targets an owner links to, e.g. a treaty's party country codes. */
  async linked(table: string, ownerColumn: string, ownerId: number, targetColumn: string): Promise<string[]> {
    const rows = await txQuery<{ target: string }>(
      this.manager,
      sql`SELECT ${sql.identifier(targetColumn)} AS target FROM ${sql.identifier(table)} WHERE ${sql.identifier(ownerColumn)} = ${sql.value(ownerId)} ORDER BY 1`,
    );
    return rows.map((r) => String(r.target).trim());
  }

  async replaceLinks(table: string, ownerColumn: string, ownerId: number, targetColumn: string, targets: unknown[]): Promise<void> {
    await txQuery(this.manager, sql`DELETE FROM ${sql.identifier(table)} WHERE ${sql.identifier(ownerColumn)} = ${sql.value(ownerId)}`);
    await this.link(
      table,
      [ownerColumn, targetColumn],
      targets.map((t) => [ownerId, t]),
    );
  }

  private async checkRow<E extends NodeEntity>(entity: ClassType<E>, row: E, options: RowOptions<E>, selfId?: number): Promise<void> {
    const path = options.path ?? ['input'];
    if (options.rules) {
      const v = new InputCheck(path);
      await options.rules(row, v, this);
      v.throwProblems();
    }
    for (const key of options.unique ?? []) await this.assertUnique(entity, row, key, path, selfId);
  }

  /**
   * Looks for another row with the same natural key, to name it in the CONFLICT. The unique
   * index stays the guard against a concurrent insert (runWrite retries, and this then finds it).
   */
  async assertUnique<E extends object>(entity: ClassType<E>, row: E, key: UniqueKey, path: Path, selfId?: number): Promise<void> {
    const meta = this.manager.connection.getMetadata(entity);
    const condition = keyCondition(
      key.columns,
      (column) => {
        const metaColumn = meta.findColumnWithDatabaseName(column);
        if (!metaColumn) throw new Error(`${entity.name}: no column ${column}`);
        return metaColumn.getEntityValue(row) ?? null;
      },
      key.nullsEqual ?? false,
    );
    if (!condition) return;
    const rows = await txQuery<{ id: number }>(
      this.manager,
      sql`SELECT id FROM ${sql.identifier(meta.tableName)} WHERE ${condition} AND id IS DISTINCT FROM ${sql.value(selfId ?? null)}::int LIMIT 1`,
    );
    if (rows.length === 0) return;
    const existingId = toGlobalId(entity.name, rows[0].id);
    const field = [...path, key.field];
    throw conflict(
      `${entity.name} ${existingId} already has this ${key.label}; ${describePath(field)} must differ or the existing one be used`,
      {
        field,
        existingId,
      },
    );
  }
}
