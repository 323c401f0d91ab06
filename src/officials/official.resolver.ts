import { Arg, Args, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { CallListArgs } from '../calls/call.inputs';
import { CallConnection } from '../calls/call.types';
import { Connection } from '../common/connection';
import type { Context } from '../context';
import { decodeRowId } from '../common/global-id';
import { DateScalar } from '../common/scalars';
import { Organization } from '../organizations/organization.entity';
import { Country } from '../places/country.entity';
import { StatementListArgs } from '../statements/statement.inputs';
import { StatementConnection } from '../statements/statement.types';
import { listStatementsOf } from '../statements/statement.service';
import { Official } from './official.entity';
import { OfficialListArgs } from './official.inputs';
import { counterpartsOf, holdingOn, holdingTitle, listOfficials } from './official.service';
import { PostHolding } from './post-holding.entity';
import { Post } from './post.entity';
import { officialRelations, postHoldingRelations, postRelations } from '../read/relations';

export const OfficialConnection = Connection(Official);

@ObjectType({ description: 'Someone an official has been on calls with.' })
export class Counterpart {
  @Field(() => Official, { description: 'The other official.' })
  official: Official;

  @Field(() => Int, { description: 'How many calls they were both on.' })
  callCount: number;

  @Field(() => DateScalar, { description: 'Date of their latest call together.' })
  lastCallOn: string;
}

@Resolver(() => Official)
export class OfficialResolver {
  @Query(() => OfficialConnection, { description: 'Officials, filtered and ordered (by name by default).' })
  officials(@Ctx() ctx: Context, @Args() { filter, orderBy, ...page }: OfficialListArgs) {
    return listOfficials(ctx, page, filter, orderBy);
  }

  @Query(() => Official, { nullable: true, description: 'One official by id; null when there is none.' })
  official(@Ctx() ctx: Context, @Arg('id', () => ID, { description: "The official's id." }) id: string) {
    return ctx.loaders.byKey<Official, number>(Official).load(decodeRowId(id, 'Official', { field: 'id' }));
  }

  @FieldResolver(() => Country, { description: 'Country the official serves.' })
  country(@Root() official: Official, @Ctx() ctx: Context) {
    return officialRelations.country.load(ctx, official);
  }

  @FieldResolver(() => [PostHolding], { description: 'Every post the official has held, earliest first.' })
  holdings(@Root() official: Official, @Ctx() ctx: Context) {
    return officialRelations.holdings.load(ctx, official);
  }

  @FieldResolver(() => [Counterpart], { description: 'Officials this one has been on calls with, most calls first.' })
  async counterparts(@Root() official: Official, @Ctx() ctx: Context): Promise<Counterpart[]> {
    const rows = await counterpartsOf(ctx, official.rowId);
    const officials = await ctx.loaders.byKey<Official, number>(Official).loadMany(rows.map((r) => r.officialId));
    return rows.map((row, i) => ({ official: officials[i] as Official, callCount: row.callCount, lastCallOn: row.lastCallOn }));
  }

  @FieldResolver(() => PostHolding, {
    nullable: true,
    description: 'The post held on a day (the latest-started one where several overlap).',
  })
  postOn(
    @Root() official: Official,
    @Ctx() ctx: Context,
    @Arg('date', () => DateScalar, { description: 'The day, YYYY-MM-DD.' }) date: string,
  ) {
    return holdingOn(ctx, official.rowId, date);
  }

  @FieldResolver(() => CallConnection, { description: 'Calls the official took part in (earliest first by default).' })
  calls(@Root() official: Official, @Ctx() ctx: Context, @Args() { filter, orderBy, ...page }: CallListArgs) {
    return officialRelations.calls.load(ctx, official, { filter, orderBy, ...page });
  }

  @FieldResolver(() => StatementConnection, { description: 'Statements the official made, earliest first.' })
  statements(@Root() official: Official, @Ctx() ctx: Context, @Args() { filter, orderBy, ...page }: StatementListArgs) {
    return listStatementsOf(ctx, 'official', official.rowId, page, filter, orderBy);
  }
}

@Resolver(() => Post)
export class PostResolver {
  @FieldResolver(() => Organization, { description: 'The organization the post belongs to.' })
  organization(@Root() post: Post, @Ctx() ctx: Context) {
    return postRelations.organization.load(ctx, post);
  }

  @FieldResolver(() => [PostHolding], { description: 'Everyone who has held the post, earliest first.' })
  holdings(@Root() post: Post, @Ctx() ctx: Context) {
    return postRelations.holdings.load(ctx, post);
  }
}

@Resolver(() => PostHolding)
export class PostHoldingResolver {
  @FieldResolver(() => Official, { description: 'Who held the post.' })
  official(@Root() holding: PostHolding, @Ctx() ctx: Context) {
    return postHoldingRelations.official.load(ctx, holding);
  }

  @FieldResolver(() => Post, { description: 'The post held.' })
  post(@Root() holding: PostHolding, @Ctx() ctx: Context) {
    return postHoldingRelations.post.load(ctx, holding);
  }

  @FieldResolver(() => String, { description: 'The title as held, e.g. "Acting Minister of National Defense".' })
  title(@Root() holding: PostHolding, @Ctx() ctx: Context) {
    return holdingTitle(ctx, holding);
  }
}
