import type { DataSource, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ConnectionArgs, ConnectionResult } from './connection';
import type { Conditions } from './filters';
import { type PageRowPlan, paginate, type Ordering } from './pagination';

/**
 * A connection over one table: `where` narrows the query (filters, parent relation) and
 * `ordering` decides order and cursor shape. The alias is always `e`.
 */
export function listConnection<T extends ObjectLiteral>(
  ctx: { db: DataSource; config: { maxPageSize: number } },
  entity: EntityTarget<T>,
  args: ConnectionArgs,
  ordering: Ordering<T>,
  where?: (qb: SelectQueryBuilder<T>) => void,
  plan?: PageRowPlan<T> | null,
): Promise<ConnectionResult<T>> {
  const qb = ctx.db.getRepository(entity).createQueryBuilder('e');
  where?.(qb);
  return paginate(qb, args, ordering, ctx.config.maxPageSize, plan);
}

/**
 * A filtered connection, optionally within a parent: `scope` narrows to the parent's rows
 * (e.g. one official's calls), then the filter's `conditions` are added to it.
 */
export function listFiltered<T extends ObjectLiteral>(
  ctx: { db: DataSource; config: { maxPageSize: number } },
  entity: EntityTarget<T>,
  args: ConnectionArgs,
  ordering: Ordering<T>,
  conditions: Conditions,
  scope?: (qb: SelectQueryBuilder<T>) => void,
  plan?: PageRowPlan<T> | null,
): Promise<ConnectionResult<T>> {
  return listConnection(
    ctx,
    entity,
    args,
    ordering,
    (qb) => {
      scope?.(qb);
      conditions.applyTo(qb);
    },
    plan,
  );
}

/** By one column, then by id to break ties; `value` reads the column off a row. */
export function byColumn<T extends { rowId: number }>(
  name: string,
  expr: string,
  direction: 'ASC' | 'DESC',
  value: (row: T) => string | number,
): Ordering<T> {
  return {
    name,
    keys: [
      { expr, direction, value },
      { expr: 'e.id', direction, value: (r) => r.rowId },
    ],
  };
}
