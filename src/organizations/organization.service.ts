import { sql } from 'pg-sql2';
import { txQuery } from '../common/tx-query';
import { EntityWrites } from '../write/entity-writes';
import { Organization } from './organization.entity';
import type { OrganizationFields } from './organization.inputs';

export const organizationWrites = new EntityWrites<Organization, OrganizationFields>({
  entity: Organization,
  unique: [{ columns: ['country_code', 'lower(name)'], nullsEqual: true, field: 'name', label: 'name in this country' }],
  defaults: { aliases: [] },
  read: (v, input) => ({
    name: v.text('name', input.name, { max: 300, required: true }),
    shortName: v.text('shortName', input.shortName, { max: 50 }),
    kind: v.value('kind', input.kind),
    aliases: v.names('aliases', input.aliases),
    countryCode: v.country('countryCode', input.countryCode),
    parentId: v.ref('parentId', input.parentId, Organization),
  }),
  rules: async (org, v, tx) => {
    if (org.parentId == null || org.rowId == null) return;
    const [loop] = await txQuery(
      tx.manager,
      sql`WITH RECURSIVE up(id) AS (
         SELECT ${sql.value(org.parentId)}::int UNION SELECT o.parent_id FROM organizations o JOIN up ON o.id = up.id WHERE o.parent_id IS NOT NULL
       ) SELECT 1 FROM up WHERE id = ${sql.value(org.rowId)}`,
    );
    if (loop) v.fail('parentId', 'is this organization or part of it: the hierarchy would loop');
  },
});
