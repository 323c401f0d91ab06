import type { Context } from '../context';
import { columnOrders } from '../common/ordering';
import { columnKey } from '../common/pagination';
import { Country } from './country.entity';
import type { Territory } from './territory.entity';
import type { Treaty } from './treaty.entity';

/** The country with this ISO code, batched per request; null for a null code. */
export function countryOf(ctx: Context, code: string | null): Promise<Country | null> {
  return code ? ctx.loaders.byKey<Country, string>(Country).load(code) : Promise.resolve(null);
}

/** The orders of a country list. */
export const countryOrders = columnOrders<Country>(
  'Country',
  { CODE: { column: 'code', value: (c) => c.code, label: 'ISO code' }, NAME: { column: 'name', value: (c) => c.name, label: 'Name' } },
  { tieBreak: (direction) => columnKey<Country>('code', direction, (c) => c.code) },
);

/** The orders of a treaty list. */
export const treatyOrders = columnOrders<Treaty>('Treaty', {
  SIGNED: {
    column: 'signed_on',
    ifNull: '0001-01-01',
    value: (t) => t.signedOn ?? '0001-01-01',
    label: 'Date of signature (unknown first)',
  },
  NAME: { column: 'name', value: (t) => t.name, label: 'Name' },
});

/** The orders of a territory list. */
export const territoryOrders = columnOrders<Territory>('Territory', { NAME: { column: 'name', value: (t) => t.name, label: 'Name' } });
