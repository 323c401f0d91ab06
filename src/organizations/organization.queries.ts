import { columnOrders } from '../common/ordering';
import { Organization } from './organization.entity';

/** The orders of a organization list. */
export const organizationOrders = columnOrders<Organization>('Organization', {
  NAME: { column: 'name', value: (o) => o.name, label: 'Name' },
});
