import { columnOrders } from '../common/ordering';
import { Organization } from './organization.entity';

/** The orders of a organization list. */
export const organizationOrders = columnOrders<Organization>('Organization', {
  NAME: { expr: 'e.name', value: (o) => o.name, label: 'Name' },
});
