import { sql } from 'pg-sql2';
import { columnOrders } from '../common/ordering';
import type { Where } from '../common/pagination';
import type { Call } from './call.entity';

/** Narrows a call list to the calls an official took part in. */
export function callsWithParticipant(officialId: number): Where[] {
  return [(e) => sql`EXISTS (SELECT 1 FROM call_participants cp WHERE cp.call_id = ${e}.id AND cp.official_id = ${sql.value(officialId)})`];
}

/** The orders of a call list. */
export const callOrders = columnOrders<Call, 'DATE'>(
  'Call',
  {
    DATE: {
      column: 'date',
      value: (c) => c.date,
      label: 'Date',
      describe: { ASC: 'Earliest first.', DESC: 'Latest first.' },
      cursorName: 'date',
    },
  },
  { description: 'Orders of a call list; ties are broken by id.' },
);
