import type { GraphQLResolveInfo } from 'graphql';
import { Args, ArgsType, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { connectionNodePlan } from '../read/prefetch';
import { Connection } from '../common/connection';
import type { Context } from '../context';
import { listConnection } from '../common/list';
import { OrderedArgs } from '../common/ordering';
import { Commitment } from '../commitments/commitment.entity';
import { Country } from './country.entity';
import { countryOrders, territoryOrders, treatyOrders } from './places.queries';
import { Territory } from './territory.entity';
import { Treaty } from './treaty.entity';
import { territoryRelations, treatyRelations } from '../read/relations';

export const CountryConnection = Connection(Country);
export const TreatyConnection = Connection(Treaty);
export const TerritoryConnection = Connection(Territory);

@ArgsType()
class CountryListArgs extends OrderedArgs(countryOrders.values, 'CODE_ASC') {}

@ArgsType()
class TreatyListArgs extends OrderedArgs(treatyOrders.values, 'SIGNED_ASC') {}

@ArgsType()
class TerritoryListArgs extends OrderedArgs(territoryOrders.values, 'NAME_ASC') {}

@Resolver(() => Country)
export class CountryResolver {
  @Query(() => CountryConnection, { description: 'Countries (by ISO code by default).' })
  countries(@Ctx() ctx: Context, @Args() { orderBy, ...page }: CountryListArgs, @Info() info: GraphQLResolveInfo) {
    return listConnection(ctx, Country, page, countryOrders.orderings[orderBy], [], connectionNodePlan(ctx, info, Country));
  }
}

@Resolver(() => Treaty)
export class TreatyResolver {
  @Query(() => TreatyConnection, { description: 'Treaties (oldest signature first by default).' })
  treaties(@Ctx() ctx: Context, @Args() { orderBy, ...page }: TreatyListArgs, @Info() info: GraphQLResolveInfo) {
    return listConnection(ctx, Treaty, page, treatyOrders.orderings[orderBy], [], connectionNodePlan(ctx, info, Treaty));
  }

  @FieldResolver(() => [Country], { description: 'The states party to the treaty.' })
  parties(@Root() treaty: Treaty, @Ctx() ctx: Context) {
    return treatyRelations.parties.load(ctx, treaty);
  }

  @FieldResolver(() => [Commitment], { description: 'Commitments that rest on this treaty.' })
  commitments(@Root() treaty: Treaty, @Ctx() ctx: Context) {
    return treatyRelations.commitments.load(ctx, treaty);
  }
}

@Resolver(() => Territory)
export class TerritoryResolver {
  @Query(() => TerritoryConnection, { description: 'Territories (by name by default).' })
  territories(@Ctx() ctx: Context, @Args() { orderBy, ...page }: TerritoryListArgs, @Info() info: GraphQLResolveInfo) {
    return listConnection(ctx, Territory, page, territoryOrders.orderings[orderBy], [], connectionNodePlan(ctx, info, Territory));
  }

  @FieldResolver(() => Country, { nullable: true, description: 'The country that administers it.' })
  administeredBy(@Root() territory: Territory, @Ctx() ctx: Context) {
    return territoryRelations.administeredBy.load(ctx, territory);
  }

  @FieldResolver(() => [Country], { description: 'Other countries that claim it.' })
  claimedBy(@Root() territory: Territory, @Ctx() ctx: Context) {
    return territoryRelations.claimedBy.load(ctx, territory);
  }

  @FieldResolver(() => [Commitment], { description: 'Commitments that cover this territory.' })
  commitments(@Root() territory: Territory, @Ctx() ctx: Context) {
    return territoryRelations.commitments.load(ctx, territory);
  }
}
