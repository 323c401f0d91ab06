import type { ConnectionArgs } from '../common/connection';
import type { Context } from '../context';
import { EntityWrites } from '../write/entity-writes';
import { conflict } from '../common/errors';
import { Conditions, countryCodes, list, rowIds, wordPatterns } from '../common/filters';
import { listConnection } from '../common/list';
import { type SQL, sql } from 'pg-sql2';
import { readQuery } from '../common/read-query';
import { columnsSql, hydrate, unprefixed } from '../common/rows';
import { InputCheck } from '../common/validation';
import type { WriteTx } from '../write/write-tx';
import { Organization } from '../organizations/organization.entity';
import { Official } from './official.entity';
import {
  type EndPostHoldingInput,
  type OfficialFields,
  OfficialOrder,
  type OfficialFilter,
  type PostFields,
  type PostHoldingFields,
} from './official.inputs';
import { officialOrders } from './official.queries';
import { Capacity, PostHolding } from './post-holding.entity';
import { Post } from './post.entity';

/** Everything an official is known by, for name matching: names, aliases and post titles. */
const knownAs = (e: SQL) => sql`f_unaccent(concat_ws(' ', ${e}.name, ${e}.native_name, array_to_string(${e}.aliases, ' '),
  (SELECT string_agg(p.title, ' ') FROM post_holdings h JOIN posts p ON p.id = h.post_id WHERE h.official_id = ${e}.id)))`;

function officialConditions(filter: OfficialFilter | null | undefined): Conditions {
  const c = new Conditions();
  if (!filter) return c;
  c.when(countryCodes(filter.countries, ['filter', 'countries']), (e, v) => sql`${e}.country_code = ANY(${v})`);
  const posts = rowIds(filter.postIds, 'Post', ['filter', 'postIds']);
  const capacities = list(filter.capacities, ['filter', 'capacities']);
  if (posts || capacities || filter.heldOn) {
    const [p, k, d] = [sql.value(posts ?? null), sql.value(capacities ?? null), sql.value(filter.heldOn ?? null)];
    c.add(
      (e) => sql`EXISTS (SELECT 1 FROM post_holdings h WHERE h.official_id = ${e}.id
          AND (${p}::int[] IS NULL OR h.post_id = ANY(${p}))
          AND (${k}::text[] IS NULL OR h.capacity = ANY(${k}))
          AND (${d}::date IS NULL OR (h.start_date <= ${d} AND (h.end_date IS NULL OR h.end_date >= ${d}))))`,
    );
  }
  if (filter.name != null) {
    c.when(
      wordPatterns(filter.name, ['filter', 'name']),
      (e, v) => sql`${knownAs(e)} ILIKE ALL (SELECT f_unaccent(p) FROM unnest(${v}::text[]) AS p)`,
    );
  }
  return c;
}

export function listOfficials(ctx: Context, page: ConnectionArgs, filter?: OfficialFilter | null, order = OfficialOrder.NAME_ASC) {
  const conditions = officialConditions(filter);
  return listConnection(ctx, Official, page, officialOrders.orderings[order], conditions.parts);
}

export interface CounterpartRow {
  officialId: number;
  callCount: number;
  lastCallOn: string;
}

/** Who an official has been on calls with, most calls first. */
export function counterpartsOf(ctx: Context, officialId: number): Promise<CounterpartRow[]> {
  return ctx.loaders
    .get<number, CounterpartRow[]>('Official.counterparts', async (ids) => {
      const { text, values } = sql.compile(
        sql`SELECT me.official_id AS key, other.official_id AS "officialId",
                   count(DISTINCT c.id)::int AS "callCount", max(c.date) AS "lastCallOn"
              FROM call_participants me
              JOIN call_participants other ON other.call_id = me.call_id AND other.official_id <> me.official_id
              JOIN calls c ON c.id = me.call_id
             WHERE me.official_id = ANY(${sql.value(ids as number[])}::int[])
             GROUP BY 1, 2 ORDER BY 1, 3 DESC, 4 DESC, 2`,
      );
      const rows = await readQuery<CounterpartRow & { key: number }>(ctx.db, text, values);
      return ids.map((id) => rows.filter((r) => r.key === id));
    })
    .load(officialId);
}

/**
 * What "the holding an official was in on a day" means, the one definition the batched lookup
 * (holdingOn), the title SQL and the compiled `postHolding` relation share: the holdings at `h`
 * (post_holdings) of `official` whose range covers `date`, the latest-started first, ties by id.
 */
export const heldOn = (h: SQL, official: SQL, date: SQL): SQL =>
  sql`${h}.official_id = ${official} AND ${h}.start_date <= ${date} AND (${h}.end_date IS NULL OR ${h}.end_date >= ${date})`;
export const latestHoldingFirst = (h: SQL): SQL => sql`${h}.start_date DESC, ${h}.id DESC`;

/**
 * The holding an official was in on a day. When several overlap (a vice minister acting as
 * minister), the most recently started one is the title they spoke under.
 */
export function holdingOn(ctx: Context, officialId: number, date: string): Promise<PostHolding | null> {
  return ctx.loaders
    .get<string, PostHolding | null>('PostHolding.on', async (keys) => {
      const pairs = keys.map((k) => k.split('|'));
      const [h, p] = [sql.identifier(Symbol('h')), sql.identifier(Symbol('p'))];
      // One statement: the holding and its post (primed for holdingTitle), columns prefixed apart.
      const { text, values } = sql.compile(
        sql`SELECT DISTINCT ON (k.official_id, k.d) k.official_id || '|' || k.d AS key,
                   ${columnsSql(ctx.db, Post, p, 'post__')}, ${columnsSql(ctx.db, PostHolding, h)}
              FROM unnest(${sql.value(pairs.map((x) => Number(x[0])))}::int[], ${sql.value(pairs.map((x) => x[1]))}::date[]) AS k(official_id, d)
              JOIN post_holdings ${h} ON ${heldOn(h, sql`k.official_id`, sql`k.d`)}
              JOIN posts ${p} ON ${p}.id = ${h}.post_id
             ORDER BY k.official_id, k.d, ${latestHoldingFirst(h)}`,
      );
      const rows = await readQuery(ctx.db, text, values);
      const posts = ctx.loaders.byKey<Post, number>(Post);
      const byKey = new Map<string, PostHolding>();
      for (const r of rows) {
        const post = hydrate(ctx.db, Post, unprefixed(r, 'post__'));
        posts.prime(post.rowId, post);
        const holding = hydrate(ctx.db, PostHolding, r);
        ctx.loaders.byKey<PostHolding, number>(PostHolding).prime(holding.rowId, holding);
        byKey.set(String(r.key), holding);
      }
      return keys.map((k) => byKey.get(k) ?? null);
    })
    .load(`${officialId}|${date}`);
}

/**
 * The title the official at `official` (their row id) held on `date`, as `holdingOn` +
 * `holdingTitle` compose it: for read plans, which fetch it with the statement.
 */
export function holdingTitleSql(official: SQL, date: SQL): SQL {
  const [h, p] = [sql.identifier(Symbol('h')), sql.identifier(Symbol('p'))];
  return sql`(SELECT CASE ${h}.capacity WHEN ${sql.literal(Capacity.ACTING)} THEN 'Acting ' || ${p}.title
                WHEN ${sql.literal(Capacity.DESIGNATE)} THEN ${p}.title || '-designate' ELSE ${p}.title END
                FROM post_holdings ${h} JOIN posts ${p} ON ${p}.id = ${h}.post_id
               WHERE ${heldOn(h, official, date)} ORDER BY ${latestHoldingFirst(h)} LIMIT 1)`;
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
