import type { Context } from '../common/context';
import { Capacity, PostHolding } from './post-holding.entity';
import { Post } from './post.entity';

/**
 * The holding an official was in on a day. When several overlap (a vice minister acting as
 * minister), the most recently started one is the title they spoke under.
 */
export function holdingOn(ctx: Context, officialId: number, date: string): Promise<PostHolding | null> {
  return ctx.loaders
    .get<string, PostHolding | null>('PostHolding.on', async (keys) => {
      const pairs = keys.map((k) => k.split('|'));
      const rows: { key: string; id: number }[] = await ctx.db.query(
        `SELECT DISTINCT ON (k.official_id, k.d) k.official_id || '|' || k.d AS key, h.id
           FROM unnest($1::int[], $2::date[]) AS k(official_id, d)
           JOIN post_holdings h ON h.official_id = k.official_id
            AND h.start_date <= k.d AND (h.end_date IS NULL OR h.end_date >= k.d)
          ORDER BY k.official_id, k.d, h.start_date DESC, h.id DESC`,
        [pairs.map((p) => Number(p[0])), pairs.map((p) => p[1])],
      );
      const holdings = await ctx.loaders.byKey<PostHolding, number>(PostHolding).loadMany(rows.map((r) => r.id));
      const byKey = new Map(rows.map((r, i) => [r.key, holdings[i] as PostHolding | null]));
      return keys.map((k) => byKey.get(k) ?? null);
    })
    .load(`${officialId}|${date}`);
}

/** "Acting Minister of National Defense", "Secretary of Defense-designate". */
export async function holdingTitle(ctx: Context, holding: PostHolding): Promise<string> {
  const post = await ctx.loaders.byKey<Post, number>(Post).load(holding.postId);
  const title = post?.title ?? '';
  if (holding.capacity === Capacity.ACTING) return `Acting ${title}`;
  if (holding.capacity === Capacity.DESIGNATE) return `${title}-designate`;
  return title;
}
