import type { Context } from '../context';
import { columnOrders } from '../common/ordering';
import { Organization } from './organization.entity';

/** The organization with this row id, batched per request; null for a null id. */
export function organizationOf(ctx: Context, id: number | null): Promise<Organization | null> {
  return id == null ? Promise.resolve(null) : ctx.loaders.byKey<Organization, number>(Organization).load(id);
}

/** The orders of a organization list. */
export const organizationOrders = columnOrders<Organization>('Organization', {
  NAME: { expr: 'e.name', value: (o) => o.name, label: 'Name' },
});
