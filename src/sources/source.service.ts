import type { ConnectionArgs } from '../common/connection';
import type { Context } from '../common/context';
import { checkDateRange, Conditions, countryCodes, list, rowIds } from '../common/filters';
import { byColumn, listConnection } from '../common/list';
import { Source } from './source.entity';
import { SourceOrder, type SourceFilter } from './source.inputs';

const orderings = {
  [SourceOrder.PUBLISHED_ASC]: byColumn<Source>('published-ASC', 'e.published_on', 'ASC', (s) => s.publishedOn),
  [SourceOrder.PUBLISHED_DESC]: byColumn<Source>('published-DESC', 'e.published_on', 'DESC', (s) => s.publishedOn),
};

function sourceConditions(filter: SourceFilter | null | undefined): Conditions {
  const c = new Conditions();
  if (!filter) return c;
  c.when(list(filter.kinds, ['filter', 'kinds']), 'e.kind = ANY(:?)');
  c.when(rowIds(filter.publisherIds, 'Organization', ['filter', 'publisherIds']), 'e.publisher_id = ANY(:?)');
  c.when(countryCodes(filter.countries, ['filter', 'countries']),
    'EXISTS (SELECT 1 FROM organizations o WHERE o.id = e.publisher_id AND o.country_code = ANY(:?))');
  const calls = rowIds(filter.callIds, 'Call', ['filter', 'callIds']);
  if (calls) {
    c.add(
      `(e.call_id = ANY(:?)
        OR EXISTS (SELECT 1 FROM statements s WHERE s.source_id = e.id AND s.call_id = ANY(:?))
        OR EXISTS (SELECT 1 FROM statement_reports r JOIN statements s ON s.id = r.statement_id
                    WHERE r.source_id = e.id AND s.call_id = ANY(:?)))`,
      calls, calls, calls,
    );
  }
  checkDateRange(filter.publishedFrom, filter.publishedTo, ['filter', 'publishedFrom']);
  c.when(filter.publishedFrom, 'e.published_on >= :?');
  c.when(filter.publishedTo, 'e.published_on <= :?');
  return c;
}

export function listSources(ctx: Context, page: ConnectionArgs, filter?: SourceFilter | null, order = SourceOrder.PUBLISHED_ASC) {
  const conditions = sourceConditions(filter);
  return listConnection(ctx, Source, page, orderings[order], (qb) => conditions.applyTo(qb));
}
