import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import { loadPlanned } from '../read/prefetch';
import { entities } from '../db/entities';
import { Country } from '../places/country.entity';
import type { Context } from '../context';
import { badInput } from '../common/errors';
import { decodeGlobalId } from '../common/global-id';
import { Node } from '../common/node';

const types = new Map<string, (typeof entities)[number]>(entities.map((e) => [e.name, e]));

/** Resolves a global id to its object, or null when it names nothing (or is not ours). */
async function loadNode(ctx: Context, id: string, field: (string | number)[], info?: GraphQLResolveInfo): Promise<Node | null> {
  const { type, key } = decodeGlobalId(id, { field });
  const entity = types.get(type);
  if (!entity) return null;
  if (entity === Country) return ctx.loaders.byKey<Country, string>(Country).load(key);
  if (!/^\d{1,10}$/.test(key) || Number(key) > 2147483647) return null;
  // With the relations the request selects below it in the same statement, when there are any
  // (`nodes` loads its rows in one batch instead).
  if (info) {
    const planned = await loadPlanned<Node & { rowId: number }>(ctx, info, entity, type, Number(key));
    if (planned !== undefined) return planned;
  }
  return ctx.loaders.byKey<Node & { rowId: number }, number>(entity).load(Number(key));
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global id; null when nothing has that id.' })
  node(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'A global id.' }) id: string, @Info() info: GraphQLResolveInfo) {
    return loadNode(ctx, id, ['id'], info);
  }

  @Query(() => [Node], { nullable: 'items', description: 'Objects by global id, in the order asked; null for ids that name nothing.' })
  nodes(
    @Ctx() ctx: Context,
    @Arg('ids', () => [ID], { description: 'Global ids (at most the page-size ceiling, 100 by default).' }) ids: string[],
  ) {
    if (ids.length > ctx.config.maxPageSize) {
      throw badInput(`"ids" takes at most ${ctx.config.maxPageSize} ids (got ${ids.length})`, { field: 'ids' });
    }
    return Promise.all(ids.map((id, i) => loadNode(ctx, id, ['ids', i])));
  }
}
