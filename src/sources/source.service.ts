import { sql } from 'pg-sql2';
import { Call } from '../calls/call.entity';
import type { ConnectionArgs } from '../common/connection';
import type { Context } from '../context';
import { EntityWrites } from '../write/entity-writes';
import { checkDateRange, Conditions, countryCodes, list, rowIds } from '../common/filters';
import { listConnection } from '../common/list';
import { addDays } from '../common/validation';
import { Organization } from '../organizations/organization.entity';
import { Statement } from '../statements/statement.entity';
import { Source } from './source.entity';
import { type SourceFields, type SourceFilter, SourceOrder } from './source.inputs';
import { sourceOrders } from './source.queries';

function sourceConditions(filter: SourceFilter | null | undefined): Conditions {
  const c = new Conditions();
  if (!filter) return c;
  c.when(list(filter.kinds, ['filter', 'kinds']), (e, v) => sql`${e}.kind = ANY(${v})`);
  c.when(rowIds(filter.publisherIds, 'Organization', ['filter', 'publisherIds']), (e, v) => sql`${e}.publisher_id = ANY(${v})`);
  c.when(
    countryCodes(filter.countries, ['filter', 'countries']),
    (e, v) => sql`EXISTS (SELECT 1 FROM organizations o WHERE o.id = ${e}.publisher_id AND o.country_code = ANY(${v}))`,
  );
  const calls = rowIds(filter.callIds, 'Call', ['filter', 'callIds']);
  c.when(
    calls,
    (e, v) => sql`(${e}.call_id = ANY(${v})
        OR EXISTS (SELECT 1 FROM statements s WHERE s.source_id = ${e}.id AND s.call_id = ANY(${v}))
        OR EXISTS (SELECT 1 FROM statement_reports r JOIN statements s ON s.id = r.statement_id
                    WHERE r.source_id = ${e}.id AND s.call_id = ANY(${v})))`,
  );
  checkDateRange(filter.publishedFrom, filter.publishedTo, ['filter', 'publishedFrom']);
  c.when(filter.publishedFrom, (e, v) => sql`${e}.published_on >= ${v}`);
  c.when(filter.publishedTo, (e, v) => sql`${e}.published_on <= ${v}`);
  return c;
}

export function listSources(ctx: Context, page: ConnectionArgs, filter?: SourceFilter | null, order = SourceOrder.PUBLISHED_ASC) {
  const conditions = sourceConditions(filter);
  return listConnection(ctx, Source, page, sourceOrders.orderings[order], conditions.parts);
}

export const sourceWrites = new EntityWrites<Source, SourceFields>({
  entity: Source,
  unique: [
    {
      columns: ['publisher_id', 'kind', 'published_on', 'lower(title)'],
      nullsEqual: true,
      field: 'title',
      label: 'publisher, kind, publication date and title',
    },
    { columns: ['url'], field: 'url', label: 'URL' },
  ],
  defaults: { language: 'en' },
  read: (v, input) => ({
    kind: v.value('kind', input.kind),
    title: v.text('title', input.title, { max: 500, required: true }),
    url: v.url('url', input.url),
    publishedOn: v.date('publishedOn', input.publishedOn, { required: true }),
    publishedAt: v.instant('publishedAt', input.publishedAt),
    language: v.matches('language', input.language, /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a BCP 47 language tag such as "en" or "ja"', true),
    retrievedAt: v.instant('retrievedAt', input.retrievedAt),
    contentHash: v.matches(
      'contentHash',
      input.contentHash && input.contentHash.toLowerCase(),
      /^[0-9a-f]{64}$/,
      'a SHA-256 digest as 64 hexadecimal digits',
    ),
    notes: v.text('notes', input.notes, { max: 5000, multiline: true }),
    publisherId: v.ref('publisherId', input.publisherId, Organization),
    callId: v.ref('callId', input.callId, Call),
  }),
  rules: (source, v) => {
    // publishedOn is the publisher's local date, which can be a day either side of the UTC date.
    const utcDate = source.publishedAt?.toISOString().slice(0, 10);
    if (utcDate && (utcDate < addDays(source.publishedOn, -1) || utcDate > addDays(source.publishedOn, 1))) {
      v.fail('publishedAt', `must fall within a day of publishedOn (${source.publishedOn})`);
    }
    v.order('retrievedAt', 'publishedAt', source.publishedAt, source.retrievedAt);
  },
  refSets: [
    { field: 'echoedStatementIds', table: 'source_echoes', ownerColumn: 'source_id', targetColumn: 'statement_id', entity: Statement },
  ],
});
