import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { Context } from '../context';
import { Country } from '../places/country.entity';

/** Rows of `entity` by key, in the order of `keys`, missing ones left out (one batch per request). */
export async function load<T extends ObjectLiteral, K extends string | number>(
  ctx: Pick<Context, 'loaders'>,
  entity: EntityTarget<T>,
  keys: K[],
): Promise<T[]> {
  const rows = await ctx.loaders.byKey<T, K>(entity).loadMany(keys);
  return rows.filter((r): r is T => r != null && !(r instanceof Error));
}

/** Rows of `entity` by key, as a map. */
export async function loadMap<T extends ObjectLiteral & { rowId: number }>(
  ctx: Pick<Context, 'loaders'>,
  entity: EntityTarget<T>,
  keys: number[],
): Promise<Map<number, T>> {
  return new Map((await load(ctx, entity, [...new Set(keys)])).map((row) => [row.rowId, row]));
}

export const country = (ctx: Pick<Context, 'loaders'>, code: string) =>
  ctx.loaders.byKey<Country, string>(Country).load(code) as Promise<Country>;
