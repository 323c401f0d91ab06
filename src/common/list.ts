import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ConnectionArgs, ConnectionResult } from './connection';
import type { Conditions } from './filters';
import { type ListQuery, type PageRowPlan, paginate, type Ordering, type Where } from './pagination';

/**
 * A connection over one table: `where` narrows it (filters, parent relation), each condition
 * written on the row alias the builder passes in, and `ordering` decides order and cursor shape.
 */
export function listConnection<T extends ObjectLiteral>(
  ctx: { db: DataSource; config: { maxPageSize: number } },
  entity: EntityTarget<T>,
  args: ConnectionArgs,
  ordering: Ordering<T>,
  where: readonly Where[] = [],
  plan?: PageRowPlan<T> | null,
  options: Omit<ListQuery<T>, 'entity' | 'where'> = {},
): Promise<ConnectionResult<T>> {
  return paginate(ctx.db, { ...options, entity, where }, args, ordering, ctx.config.maxPageSize, plan);
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
  scope: readonly Where[] = [],
  plan?: PageRowPlan<T> | null,
  options: Omit<ListQuery<T>, 'entity' | 'where'> = {},
): Promise<ConnectionResult<T>> {
  return listConnection(ctx, entity, args, ordering, [...scope, ...conditions.parts], plan, options);
}
