import type { DataSource } from 'typeorm';
import { badInput } from '../common/errors';
import { decodeCursor, encodeCursor, type Ordering } from '../common/pagination';
import { Statement } from './statement.entity';
import { MATCH_FIELD_NAMES, matchValues, type StatementFacts } from './statement-match';

/**
 * The statement events in SQL: the `statement_events` log the `statements_announce` trigger
 * writes (migration 1737600003000), its cursors, and the query that loads events with the facts
 * subscribers filter on.
 */

/** The channel the `statements_announce` trigger notifies on. */
export const STATEMENT_CHANNEL = 'statement_added';

/** Events loaded per query, by the feed and by a replay alike. */
export const BATCH_SIZE = 500;

export interface FeedEvent {
  seq: number;
  cursor: string;
  statement: Statement;
  /** What subscribers filter on, loaded with the statement once, however many subscribers test it. */
  facts: StatementFacts;
}

/** A replay step: the events after a seq, in order, and how far they account for. */
export interface ReplayBatch {
  events: FeedEvent[];
  /** Every event up to this seq that still exists is in `events` or before the seq asked for. */
  readTo: number;
}

const feedOrdering: Ordering<unknown> = { name: 'statementAdded', keys: [{ expr: 'ev.seq', direction: 'ASC' }] };

export function eventCursor(seq: number): string {
  return encodeCursor(feedOrdering, [seq]);
}

export function decodeEventCursor(cursor: string): number {
  const [seq] = decodeCursor(cursor, feedOrdering, 'after');
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 0) {
    throw badInput('"after" is not a statementAdded cursor; use the cursor of an event or latestStatementCursor', { field: 'after' });
  }
  return seq;
}

export async function latestSeq(db: DataSource): Promise<number> {
  const [row]: { seq: string }[] = await db.query('SELECT coalesce(max(seq), 0)::text AS seq FROM statement_events');
  return Number(row.seq);
}

export async function latestEventCursor(db: DataSource): Promise<string> {
  return eventCursor(await latestSeq(db));
}

const factColumn = (name: string) => `fact_${name}`;

/** The events after `afterSeq`, in order, each statement with the facts subscribers filter on: one query. */
export async function loadEvents(db: DataSource, afterSeq: number, limit = BATCH_SIZE): Promise<FeedEvent[]> {
  const qb = db
    .getRepository(Statement)
    .createQueryBuilder('e')
    .innerJoin('statement_events', 'ev', 'ev.statement_id = e.id')
    .addSelect('ev.seq::text', 'event_seq');
  for (const name of MATCH_FIELD_NAMES) qb.addSelect(matchValues(name), factColumn(name));
  const { entities, raw } = await qb.where('ev.seq > :afterSeq', { afterSeq }).orderBy('ev.seq', 'ASC').limit(limit).getRawAndEntities();
  const byId = new Map(entities.map((s) => [s.rowId, s]));
  return raw.map((row): FeedEvent => {
    const seq = Number(row.event_seq);
    const facts = Object.fromEntries(MATCH_FIELD_NAMES.map((name) => [name, row[factColumn(name)]])) as StatementFacts;
    return { seq, cursor: eventCursor(seq), statement: byId.get(Number(row.e_id))!, facts };
  });
}
