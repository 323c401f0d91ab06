import { type SQL, sql } from 'pg-sql2';
import type { DataSource } from 'typeorm';
import { hydrate, unprefixed } from '../common/rows';
import { badInput } from '../common/errors';
import { columnKey, decodeCursor, encodeCursor, type Ordering } from '../common/pagination';
import { readQuery } from '../common/read-query';
import { Statement } from './statement.entity';
import { MATCH_FIELD_NAMES, type StatementFacts } from './statement-match';

/**
 * The statement events in SQL: the `statement_events` log the `statements_announce` trigger
 * writes (migrations 1737600003000 and 1737600012000), its cursors, and the query that loads
 * events with the facts subscribers filter on.
 */

/** What happened to the statement: recorded, changed, or deleted. */
export type ChangeKind = 'ADDED' | 'UPDATED' | 'DELETED';

/** The channel the `statements_announce` trigger notifies on. */
export const STATEMENT_CHANNEL = 'statement_added';

/** Events loaded per query, by the feed and by a replay alike. */
export const BATCH_SIZE = 500;

/** One announced change of a statement, as the feed dispatches it to every subscriber. */
export interface ChangeEvent {
  seq: number;
  cursor: string;
  kind: ChangeKind;
  statementId: number;
  /** The statement as it is now; null when it has been deleted (always for DELETED). */
  statement: Statement | null;
  /**
   * What subscribers filter on, as announced with this event (taken at its commit): the
   * statement after the change, or, for DELETED, as it was last announced.
   */
  facts: StatementFacts;
  /** For UPDATED: the facts of the statement's previous event, i.e. what subscribers were last told. */
  previousFacts: StatementFacts | null;
}

/** An addition whose statement still exists: what `statementAdded` and the omission stream take. */
export type FeedEvent = ChangeEvent & { kind: 'ADDED'; statement: Statement };

/** A replay step: the events after a seq, in order, and how far they account for. */
export interface ReplayBatch {
  events: ChangeEvent[];
  /** Every event up to this seq that still exists is in `events` or before the seq asked for. */
  readTo: number;
}

const feedOrdering: Ordering<unknown> = { name: 'statementAdded', keys: [columnKey('seq', 'ASC')] };

export function eventCursor(seq: number): string {
  return encodeCursor(feedOrdering, [seq]);
}

export function decodeEventCursor(cursor: string): number {
  const [seq] = decodeCursor(cursor, feedOrdering, 'after');
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 0) {
    throw badInput('"after" is not a statement event cursor; use the cursor of an event or latestStatementCursor', { field: 'after' });
  }
  return seq;
}

export async function latestSeq(db: DataSource): Promise<number> {
  const [row] = await readQuery<{ seq: string }>(db, 'SELECT coalesce(max(seq), 0)::text AS seq FROM statement_events');
  return Number(row.seq);
}

export async function latestEventCursor(db: DataSource): Promise<string> {
  return eventCursor(await latestSeq(db));
}

const NO_FACTS = Object.fromEntries(MATCH_FIELD_NAMES.map((name) => [name, []])) as unknown as StatementFacts;

/** The statement's read columns on alias `e`, each renamed `s_<column>` (what `unprefixed` reads back). */
function statementColumns(db: DataSource): SQL {
  const columns = db
    .getMetadata(Statement)
    .columns.filter((c) => !c.isCreateDate && !c.isUpdateDate)
    .map((c) => sql`${sql.identifier('e', c.databaseName)} AS ${sql.identifier(`s_${c.databaseName}`)}`);
  return sql.join(columns, ', ');
}

interface EventRow extends Record<string, unknown> {
  __seq: string;
  __kind: ChangeKind;
  __statement: number;
  __facts: StatementFacts | null;
  __previous: StatementFacts | null;
  /** The statement's id, null when it is gone (or the event is its delete). */
  s_id: number | null;
}

/**
 * The comment the change feed's reads of events begin with: what tools that count a request's SQL
 * (the tests' `SqlCounter`) recognise them by, whatever the query itself becomes.
 */
const FEED_READ_COMMENT = 'statement feed';
export const FEED_READ_TAG = `/* ${FEED_READ_COMMENT} */`;

/** Whether a statement's SQL text is one of the change feed's reads of events (`loadEvents`). */
export const isFeedRead = (text: string): boolean => text.startsWith(FEED_READ_TAG);

/**
 * The events after `afterSeq`, in order, each with the statement (when it still exists) and the
 * facts subscribers filter on, as the trigger recorded them: one query.
 */
export async function loadEvents(db: DataSource, afterSeq: number, limit = BATCH_SIZE): Promise<ChangeEvent[]> {
  const { text, values } = sql.compile(
    sql`${sql.comment(FEED_READ_COMMENT, true)} SELECT ev.seq::text AS "__seq", ev.kind AS "__kind", ev.statement_id AS "__statement", ev.facts AS "__facts",
               ev.previous_facts AS "__previous", ${statementColumns(db)}
          FROM statement_events ev LEFT JOIN statements e ON e.id = ev.statement_id AND ev.kind <> 'DELETED'
         WHERE ev.seq > ${sql.value(afterSeq)} ORDER BY ev.seq LIMIT ${sql.value(limit)}`,
  );
  const rows = await readQuery<EventRow>(db, text, values as unknown[]);
  return rows.map((row): ChangeEvent => {
    const seq = Number(row.__seq);
    return {
      seq,
      cursor: eventCursor(seq),
      kind: row.__kind,
      statementId: row.__statement,
      statement: row.s_id == null ? null : hydrate(db, Statement, unprefixed(row, 's_')),
      // A statement never announced before its delete (loaded with triggers off) has no facts: it matches no filter.
      facts: row.__facts ?? NO_FACTS,
      previousFacts: row.__previous,
    };
  });
}
