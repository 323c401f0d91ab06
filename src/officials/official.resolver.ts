import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Call } from '../calls/call.entity';
import { CallConnection, callOrdering } from '../calls/call.resolver';
import { Connection, ConnectionArgs } from '../common/connection';
import type { Context } from '../common/context';
import { decodeRowId } from '../common/global-id';
import { byColumn, listConnection } from '../common/list';
import { DateScalar } from '../common/scalars';
import { Organization } from '../organizations/organization.entity';
import { organizationOf } from '../organizations/organization.resolver';
import { Country } from '../places/country.entity';
import { countryOf } from '../places/places.resolver';
import { Statement } from '../statements/statement.entity';
import { StatementConnection, statementOrdering } from '../statements/statement.resolver';
import { Official } from './official.entity';
import { holdingOn, holdingTitle } from './official.service';
import { PostHolding } from './post-holding.entity';
import { Post } from './post.entity';

export const OfficialConnection = Connection(Official);

@Resolver(() => Official)
export class OfficialResolver {
  @Query(() => OfficialConnection, { description: 'Officials, by name.' })
  officials(@Ctx() ctx: Context, @Args() page: ConnectionArgs) {
    return listConnection(ctx, Official, page, byColumn('name', 'e.name', 'ASC', (o) => o.name));
  }

  @Query(() => Official, { nullable: true, description: 'One official by id; null when there is none.' })
  official(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The official\'s id.' }) id: string) {
    return ctx.loaders.byKey<Official, number>(Official).load(decodeRowId(id, 'Official', { field: 'id' }));
  }

  @FieldResolver(() => Country, { description: 'Country the official serves.' })
  country(@Root() official: Official, @Ctx() ctx: Context) {
    return countryOf(ctx, official.countryCode);
  }

  @FieldResolver(() => [PostHolding], { description: 'Every post the official has held, earliest first.' })
  holdings(@Root() official: Official, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy<PostHolding, number>(PostHolding, 'officialId', 'e.start_date').load(official.rowId);
  }

  @FieldResolver(() => PostHolding, { nullable: true, description: 'The post held on a day (the latest-started one where several overlap).' })
  postOn(@Root() official: Official, @Ctx() ctx: Context, @Arg('date', () => DateScalar, { description: 'The day, YYYY-MM-DD.' }) date: string) {
    return holdingOn(ctx, official.rowId, date);
  }

  @FieldResolver(() => CallConnection, { description: 'Calls the official took part in, earliest first.' })
  calls(@Root() official: Official, @Ctx() ctx: Context, @Args() page: ConnectionArgs) {
    return listConnection(ctx, Call, page, callOrdering, (qb) =>
      qb.where('EXISTS (SELECT 1 FROM call_participants cp WHERE cp.call_id = e.id AND cp.official_id = :official)', { official: official.rowId }),
    );
  }

  @FieldResolver(() => StatementConnection, { description: 'Statements the official made, earliest first.' })
  statements(@Root() official: Official, @Ctx() ctx: Context, @Args() page: ConnectionArgs) {
    return listConnection(ctx, Statement, page, statementOrdering, (qb) =>
      qb.where('EXISTS (SELECT 1 FROM statement_speakers sp WHERE sp.statement_id = e.id AND sp.official_id = :official)', { official: official.rowId }),
    );
  }
}

@Resolver(() => Post)
export class PostResolver {
  @FieldResolver(() => Organization, { description: 'The organization the post belongs to.' })
  organization(@Root() post: Post, @Ctx() ctx: Context) {
    return organizationOf(ctx, post.organizationId);
  }

  @FieldResolver(() => [PostHolding], { description: 'Everyone who has held the post, earliest first.' })
  holdings(@Root() post: Post, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy<PostHolding, number>(PostHolding, 'postId', 'e.start_date').load(post.rowId);
  }
}

@Resolver(() => PostHolding)
export class PostHoldingResolver {
  @FieldResolver(() => Official, { description: 'Who held the post.' })
  official(@Root() holding: PostHolding, @Ctx() ctx: Context) {
    return ctx.loaders.byKey<Official, number>(Official).load(holding.officialId);
  }

  @FieldResolver(() => Post, { description: 'The post held.' })
  post(@Root() holding: PostHolding, @Ctx() ctx: Context) {
    return ctx.loaders.byKey<Post, number>(Post).load(holding.postId);
  }

  @FieldResolver(() => String, { description: 'The title as held, e.g. "Acting Minister of National Defense".' })
  title(@Root() holding: PostHolding, @Ctx() ctx: Context) {
    return holdingTitle(ctx, holding);
  }
}
