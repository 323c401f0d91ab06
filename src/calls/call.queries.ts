import type { SelectQueryBuilder } from 'typeorm';
import type { Context } from '../context';
import { columnOrders } from '../common/ordering';
import { Source } from '../sources/source.entity';
import type { Call } from './call.entity';

/** Documents about a call: its own readouts and releases, its statements' sources and what reports them, oldest first. */
export function sourcesOfCall(ctx: Context, callId: number): Promise<Source[]> {
  return ctx.loaders
    .through<Source, number>(
      'Call.sources',
      Source,
      `SELECT DISTINCT key, target_id, published_on FROM (
         SELECT call_id AS key, id AS target_id, published_on FROM sources WHERE call_id = ANY($1)
         UNION SELECT st.call_id, so.id, so.published_on FROM statements st JOIN sources so ON so.id = st.source_id WHERE st.call_id = ANY($1)
         UNION SELECT st.call_id, so.id, so.published_on FROM statements st JOIN statement_reports r ON r.statement_id = st.id
           JOIN sources so ON so.id = r.source_id WHERE st.call_id = ANY($1)
       ) s ORDER BY key, published_on, target_id`,
    )
    .load(callId);
}

/** Narrows a call list to the calls an official took part in. */
export function callsWithParticipant(officialId: number) {
  return (qb: SelectQueryBuilder<Call>) =>
    qb.where('EXISTS (SELECT 1 FROM call_participants cp WHERE cp.call_id = e.id AND cp.official_id = :official)', {
      official: officialId,
    });
}

/** The orders of a call list. */
export const callOrders = columnOrders<Call, 'DATE'>(
  'Call',
  {
    DATE: {
      expr: 'e.date',
      value: (c) => c.date,
      label: 'Date',
      describe: { ASC: 'Earliest first.', DESC: 'Latest first.' },
      cursorName: 'date',
    },
  },
  { description: 'Orders of a call list; ties are broken by id.' },
);
