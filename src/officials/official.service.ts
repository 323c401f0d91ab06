import type { Context } from '../common/context';
import { EntityWrites } from '../common/entity-writes';
import { conflict } from '../common/errors';
import { InputCheck } from '../common/validation';
import type { WriteTx } from '../common/write-tx';
import { Organization } from '../organizations/organization.entity';
import { Official } from './official.entity';
import type { EndPostHoldingInput, OfficialFields, PostFields, PostHoldingFields } from './official.inputs';
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

export const officialWrites = new EntityWrites<Official, OfficialFields>({
  entity: Official,
  unique: [{ columns: ['country_code', 'lower(name)'], field: 'name', label: 'name in this country' }],
  defaults: { aliases: [] },
  read: (v, input) => ({
    name: v.text('name', input.name, { max: 200, required: true }),
    nativeName: v.text('nativeName', input.nativeName, { max: 200 }),
    countryCode: v.country('countryCode', input.countryCode, true),
    aliases: v.names('aliases', input.aliases),
  }),
});

export const postWrites = new EntityWrites<Post, PostFields>({
  entity: Post,
  unique: [{ columns: ['organization_id', 'lower(title)'], field: 'title', label: 'title in this organization' }],
  read: (v, input) => ({
    title: v.text('title', input.title, { max: 300, required: true }),
    organizationId: v.ref('organizationId', input.organizationId, Organization, true),
  }),
});

/** A designate may be named well before taking office, so holdings may start up to a year ahead. */
const HOLDING_FUTURE_DAYS = 366;

export const holdingWrites = new EntityWrites<PostHolding, PostHoldingFields>({
  entity: PostHolding,
  unique: [{ columns: ['official_id', 'post_id', 'start_date'], field: 'startDate', label: 'official, post and start date' }],
  read: (v, input) => ({
    officialId: v.ref('officialId', input.officialId, Official, true),
    postId: v.ref('postId', input.postId, Post, true),
    capacity: v.value('capacity', input.capacity),
    startDate: v.date('startDate', input.startDate, { required: true, futureDays: HOLDING_FUTURE_DAYS }),
    endDate: v.date('endDate', input.endDate, { futureDays: HOLDING_FUTURE_DAYS }),
    note: v.text('note', input.note, { max: 2000, multiline: true }),
  }),
  rules: (holding, v) => v.order('endDate', 'startDate', holding.startDate, holding.endDate),
});

/** Closes an open holding; correcting an end date already set is updatePostHolding's job. */
export async function endHolding(tx: WriteTx, input: EndPostHoldingInput): Promise<PostHolding> {
  const v = new InputCheck();
  const rowId = v.decode('id', input.id, PostHolding);
  v.throwProblems();
  const holding = await tx.lock(PostHolding, { rowId: rowId!, version: input.version }, ['input']);
  if (holding.endDate !== null) {
    throw conflict(`The holding already ended on ${holding.endDate}; use updatePostHolding to correct it`, { field: ['input', 'id'] });
  }
  return holdingWrites.update(tx, { id: input.id, version: input.version, endDate: input.endDate });
}
