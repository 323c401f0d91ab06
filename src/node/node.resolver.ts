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

type NodeRow = Node & { rowId: number };

/** A global id's entity and row key, or null when it names nothing of ours. */
function parseNode(id: string, field: (string | number)[]) {
  const { type, key } = decodeGlobalId(id, { field });
  const entity = types.get(type);
  if (!entity) return null;
  if (entity === Country) return { type, entity, key };
  if (!/^\d{1,10}$/.test(key) || Number(key) > 2147483647) return null;
  return { type, entity, key: Number(key) };
}

/**
 * Resolves global ids to their objects (null for ids that name nothing), those of one type in one
 * statement with the relations the request selects below them, when a read plan compiles any.
 */
async function loadNodes(
  ctx: Context,
  ids: string[],
  field: (i: number) => (string | number)[],
  info: GraphQLResolveInfo,
): Promise<(Node | null)[]> {
  const parsed = ids.map((id, i) => parseNode(id, field(i)));
  const planned = new Map<string, Map<number, NodeRow> | undefined>();
  for (const type of new Set(parsed.flatMap((p) => (p && p.entity !== Country ? [p.type] : [])))) {
    const keys = parsed.flatMap((p) => (p?.type === type ? [p.key as number] : []));
    planned.set(type, await loadPlanned<NodeRow>(ctx, info, types.get(type)!, type, keys));
  }
  return Promise.all(
    parsed.map((p) => {
      if (!p) return null;
      if (p.entity === Country) return ctx.loaders.byKey<Country, string>(Country).load(p.key as string);
      const rows = planned.get(p.type);
      if (rows) return rows.get(p.key as number) ?? null;
      return ctx.loaders.byKey<NodeRow, number>(p.entity).load(p.key as number);
    }),
  );
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global id; null when nothing has that id.' })
  node(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'A global id.' }) id: string, @Info() info: GraphQLResolveInfo) {
    return loadNodes(ctx, [id], () => ['id'], info).then(([node]) => node);
  }

  @Query(() => [Node], { nullable: 'items', description: 'Objects by global id, in the order asked; null for ids that name nothing.' })
  nodes(
    @Ctx() ctx: Context,
    @Arg('ids', () => [ID], { description: 'Global ids (at most the page-size ceiling, 100 by default).' }) ids: string[],
    @Info() info: GraphQLResolveInfo,
  ) {
    if (ids.length > ctx.config.maxPageSize) {
      throw badInput(`"ids" takes at most ${ctx.config.maxPageSize} ids (got ${ids.length})`, { field: 'ids' });
    }
    return loadNodes(ctx, ids, (i) => ['ids', i], info);
  }
}
