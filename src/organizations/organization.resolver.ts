import type { GraphQLResolveInfo } from 'graphql';
import { Args, ArgsType, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { connectionNodePlan } from '../read/prefetch';
import { Connection } from '../common/connection';
import type { Context } from '../context';
import { listConnection } from '../common/list';
import { OrderedArgs } from '../common/ordering';
import { Post } from '../officials/post.entity';
import { Country } from '../places/country.entity';
import { Organization } from './organization.entity';
import { organizationOrders } from './organization.queries';
import { organizationRelations } from '../read/relations';

export const OrganizationConnection = Connection(Organization);

@ArgsType()
class OrganizationListArgs extends OrderedArgs(organizationOrders.values, 'NAME_ASC') {}

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => OrganizationConnection, { description: 'Ministries, services, governments and media outlets (by name by default).' })
  organizations(@Ctx() ctx: Context, @Args() { orderBy, ...page }: OrganizationListArgs, @Info() info: GraphQLResolveInfo) {
    return listConnection(ctx, Organization, page, organizationOrders.orderings[orderBy], [], connectionNodePlan(ctx, info, Organization));
  }

  @FieldResolver(() => Country, { nullable: true, description: 'Country it belongs to; null for international bodies.' })
  country(@Root() org: Organization, @Ctx() ctx: Context) {
    return organizationRelations.country.load(ctx, org);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organization it is part of.' })
  parent(@Root() org: Organization, @Ctx() ctx: Context) {
    return organizationRelations.parent.load(ctx, org);
  }

  @FieldResolver(() => [Post], { description: 'Posts in this organization.' })
  posts(@Root() org: Organization, @Ctx() ctx: Context) {
    return organizationRelations.posts.load(ctx, org);
  }
}
