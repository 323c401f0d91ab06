import type { Context } from '../common/context';
import { Country } from './country.entity';

/** The country with this ISO code, batched per request; null for a null code. */
export function countryOf(ctx: Context, code: string | null): Promise<Country | null> {
  return code ? ctx.loaders.byKey<Country, string>(Country).load(code) : Promise.resolve(null);
}

/** The join tables that link an owner to countries (`country_code`), by their owner column. */
const COUNTRY_SETS = {
  treaty_parties: 'treaty_id',
  territory_claimants: 'territory_id',
} as const;

/** The countries linked to an owner through `table` (a treaty's parties, a territory's claimants), by code. */
export function countriesOf(ctx: Context, table: keyof typeof COUNTRY_SETS, ownerId: number): Promise<Country[]> {
  const key = COUNTRY_SETS[table];
  return ctx.loaders
    .through<Country, number>(`${table}.${key}`, Country, `SELECT ${key} AS key, country_code AS target_id FROM ${table} WHERE ${key} = ANY($1) ORDER BY country_code`)
    .load(ownerId);
}
