import type { EntityManager } from 'typeorm';
import type { Principal } from '../auth/role';
import type { ConnectionArgs, ConnectionResult } from '../common/connection';
import type { Context } from '../context';
import { decodeGlobalId } from '../common/global-id';
import { listConnection } from '../common/list';
import { sql } from 'pg-sql2';
import { Conditions } from '../common/filters';
import { columnKey, type Ordering } from '../common/pagination';
import { insertRows, type Change } from '../write/write-tx';
import { AuditEntry, type AuditAction } from './audit-entry.entity';

export interface AuditContext {
  principal: Principal;
  operation: string;
  requestId: string;
}

/** Appends one entry per change, in the write's own transaction: no write without its entry. */
export async function recordChanges(manager: EntityManager, context: AuditContext, changes: Change[]): Promise<void> {
  if (changes.length === 0) return;
  const columns = ['actor', 'api_key_id', 'operation', 'action', 'entity_type', 'entity_id', 'before', 'after', 'request_id'];
  const rows = changes.map((c) => [
    context.principal.name,
    context.principal.keyId,
    context.operation,
    c.action,
    c.entityType,
    c.entityId,
    c.before && JSON.stringify(c.before),
    c.after && JSON.stringify(c.after),
    context.requestId,
  ]);
  await insertRows(manager, 'audit_log', columns, rows);
}

export interface AuditFilter {
  entityType?: string | null;
  entityId?: string | null;
  actor?: string | null;
  action?: AuditAction | null;
  operation?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/** Newest first: an admin usually wants what just happened. */
const newestFirst: Ordering<AuditEntry> = { name: 'newest', keys: [columnKey<AuditEntry>('id', 'DESC', (e) => e.rowId)] };

export function listAuditLog(ctx: Context, filter: AuditFilter, page: ConnectionArgs): Promise<ConnectionResult<AuditEntry>> {
  if (filter.entityId != null) decodeGlobalId(filter.entityId, { field: ['filter', 'entityId'] });
  const c = new Conditions()
    .when(filter.entityType, (e, v) => sql`${e}.entity_type = ${v}`)
    .when(filter.entityId, (e, v) => sql`${e}.entity_id = ${v}`)
    .when(filter.actor, (e, v) => sql`${e}.actor = ${v}`)
    .when(filter.action, (e, v) => sql`${e}.action = ${v}`)
    .when(filter.operation, (e, v) => sql`${e}.operation = ${v}`)
    .when(filter.from, (e, v) => sql`${e}.created_at >= ${v}`)
    .when(filter.to, (e, v) => sql`${e}.created_at < ${v}`);
  return listConnection(ctx, AuditEntry, page, newestFirst, c.parts);
}
