import type { EntityManager } from 'typeorm';
import type { Principal } from '../auth/role';
import type { ConnectionArgs, ConnectionResult } from '../common/connection';
import type { Context } from '../context';
import { decodeGlobalId } from '../common/global-id';
import { listConnection } from '../common/list';
import type { Ordering } from '../common/pagination';
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
const newestFirst: Ordering<AuditEntry> = { name: 'newest', keys: [{ expr: 'e.id', direction: 'DESC', value: (e) => e.rowId }] };

export function listAuditLog(ctx: Context, filter: AuditFilter, page: ConnectionArgs): Promise<ConnectionResult<AuditEntry>> {
  if (filter.entityId != null) decodeGlobalId(filter.entityId, { field: ['filter', 'entityId'] });
  return listConnection(ctx, AuditEntry, page, newestFirst, (qb) => {
    qb.where('TRUE');
    if (filter.entityType != null) qb.andWhere('e.entity_type = :entityType', { entityType: filter.entityType });
    if (filter.entityId != null) qb.andWhere('e.entity_id = :entityId', { entityId: filter.entityId });
    if (filter.actor != null) qb.andWhere('e.actor = :actor', { actor: filter.actor });
    if (filter.action != null) qb.andWhere('e.action = :action', { action: filter.action });
    if (filter.operation != null) qb.andWhere('e.operation = :operation', { operation: filter.operation });
    if (filter.from != null) qb.andWhere('e.created_at >= :from', { from: filter.from });
    if (filter.to != null) qb.andWhere('e.created_at < :to', { to: filter.to });
  });
}
