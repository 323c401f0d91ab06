import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Connection, ConnectionArgs } from '../common/connection';
import type { Context } from '../common/context';
import { byColumn, listConnection } from '../common/list';
import type { Ordering } from '../common/pagination';
import { Commitment } from '../commitments/commitment.entity';
import { Country } from './country.entity';
import { Territory } from './territory.entity';
import { Treaty } from './treaty.entity';

export const CountryConnection = Connection(Country);
export const TreatyConnection = Connection(Treaty);
export const TerritoryConnection = Connection(Territory);

const byCode: Ordering<Country> = { name: 'code', keys: [{ expr: 'e.code', direction: 'ASC', value: (c) => c.code }] };

const countriesThrough = (ctx: Context, table: string, key: string) =>
  ctx.loaders.through<Country, number>(
    `${table}.${key}`,
    Country,
    `SELECT ${key} AS key, country_code AS target_id FROM ${table} WHERE ${key} = ANY($1) ORDER BY country_code`,
  );

export function countryOf(ctx: Context, code: string | null): Promise<Country | null> {
  return code ? ctx.loaders.byKey<Country, string>(Country).load(code) : Promise.resolve(null);
}

@Resolver(() => Country)
export class CountryResolver {
  @Query(() => CountryConnection, { description: 'Countries, by ISO code.' })
  countries(@Ctx() ctx: Context, @Args() page: ConnectionArgs) {
    return listConnection(ctx, Country, page, byCode);
  }
}

@Resolver(() => Treaty)
export class TreatyResolver {
  @Query(() => TreatyConnection, { description: 'Treaties, oldest signature first.' })
  treaties(@Ctx() ctx: Context, @Args() page: ConnectionArgs) {
    return listConnection(ctx, Treaty, page, byColumn('signedOn', "COALESCE(e.signed_on, '0001-01-01')", 'ASC', (t) => t.signedOn ?? '0001-01-01'));
  }

  @FieldResolver(() => [Country], { description: 'The states party to the treaty.' })
  parties(@Root() treaty: Treaty, @Ctx() ctx: Context) {
    return countriesThrough(ctx, 'treaty_parties', 'treaty_id').load(treaty.rowId);
  }

  @FieldResolver(() => [Commitment], { description: 'Commitments that rest on this treaty.' })
  commitments(@Root() treaty: Treaty, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy<Commitment, number>(Commitment, 'treatyId').load(treaty.rowId);
  }
}

@Resolver(() => Territory)
export class TerritoryResolver {
  @Query(() => TerritoryConnection, { description: 'Territories, by name.' })
  territories(@Ctx() ctx: Context, @Args() page: ConnectionArgs) {
    return listConnection(ctx, Territory, page, byColumn('name', 'e.name', 'ASC', (t) => t.name));
  }

  @FieldResolver(() => Country, { nullable: true, description: 'The country that administers it.' })
  administeredBy(@Root() territory: Territory, @Ctx() ctx: Context) {
    return countryOf(ctx, territory.administeredByCode);
  }

  @FieldResolver(() => [Country], { description: 'Other countries that claim it.' })
  claimedBy(@Root() territory: Territory, @Ctx() ctx: Context) {
    return countriesThrough(ctx, 'territory_claimants', 'territory_id').load(territory.rowId);
  }

  @FieldResolver(() => [Commitment], { description: 'Commitments that cover this territory.' })
  commitments(@Root() territory: Territory, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy<Commitment, number>(Commitment, 'territoryId').load(territory.rowId);
  }
}
