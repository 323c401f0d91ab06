import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Connection, ConnectionArgs } from '../common/connection';
import type { Context } from '../common/context';
import { byColumn, listConnection } from '../common/list';
import { Post } from '../officials/post.entity';
import { Country } from '../places/country.entity';
import { countryOf } from '../places/places.resolver';
import { Organization } from './organization.entity';

export const OrganizationConnection = Connection(Organization);

export function organizationOf(ctx: Context, id: number | null): Promise<Organization | null> {
  return id == null ? Promise.resolve(null) : ctx.loaders.byKey<Organization, number>(Organization).load(id);
}

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => OrganizationConnection, { description: 'Ministries, services, governments and media outlets, by name.' })
  organizations(@Ctx() ctx: Context, @Args() page: ConnectionArgs) {
    return listConnection(ctx, Organization, page, byColumn('name', 'e.name', 'ASC', (o) => o.name));
  }

  @FieldResolver(() => Country, { nullable: true, description: 'Country it belongs to; null for international bodies.' })
  country(@Root() org: Organization, @Ctx() ctx: Context) {
    return countryOf(ctx, org.countryCode);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organization it is part of.' })
  parent(@Root() org: Organization, @Ctx() ctx: Context) {
    return organizationOf(ctx, org.parentId);
  }

  @FieldResolver(() => [Post], { description: 'Posts in this organization.' })
  posts(@Root() org: Organization, @Ctx() ctx: Context) {
    return ctx.loaders.manyBy<Post, number>(Post, 'organizationId').load(org.rowId);
  }
}
