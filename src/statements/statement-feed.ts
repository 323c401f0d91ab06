import pg from 'pg';
import type { DataSource } from 'typeorm';
import type { Context } from '../context';
import { apiError, badInput, ErrorCode } from '../common/errors';
import { countryCodes, rowIds } from '../common/filters';
import { Loaders } from '../common/loaders';
import { decodeCursor, encodeCursor, type Ordering } from '../common/pagination';
import type { Logger } from '../logger';
import { Statement } from './statement.entity';

/** The channel the `statements_announce` trigger notifies on (migration 1737600003000). */
export const STATEMENT_CHANNEL = 'statement_added';
/** `application_name` of the listening connection, so it can be told apart in pg_stat_activity. */
export const LISTENER_APPLICATION_NAME = 'alliance-api-listener';

/** Events loaded per query, by the feed and by a replay alike. */
const BATCH_SIZE = 500;
/**
 * Events a subscriber may have waiting, so that the server's memory does not grow with a
 * client's backlog. Past that (a burst, a slow client), a subscriber forgets them and reads them
 * again at its client's pace, as a resume from its last delivered event would.
 */
const MAX_QUEUED = 1000;
/**
 * Recently dispatched events kept in memory, so the usual resume (a client that was away for a
 * moment, or a crowd of clients moving here from an instance that stopped) needs no query.
 */
const RECENT_EVENTS = 1000;
/**
 * How long subscribers share one set of DataLoaders: long enough that a crowd executing the same
 * events hits one cache, short enough that nothing is served staler than this.
 */
const SHARED_LOADERS_MS = 1000;
const RECONNECT_MIN_MS = 100;
const RECONNECT_MAX_MS = 3000;
/**
 * A connection whose peer vanished without a FIN (a failover, a dead NAT entry) looks healthy to
 * a socket that only listens; a periodic round trip finds out, and the catch-up that follows it
 * delivers anything a lost notification would have announced.
 */
const HEALTH_CHECK_MS = 15_000;
const HEALTH_TIMEOUT_MS = 5000;

/** What subscribers filter on, loaded with the statement once, however many subscribers test it. */
export interface StatementFacts {
  /** Countries of the speakers, of the attributed organization and of the source's publisher. */
  countries: string[];
  speakerIds: number[];
  callId: number | null;
  commitmentIds: number[];
  topicIds: number[];
}

export interface FeedEvent {
  seq: number;
  cursor: string;
  statement: Statement;
  facts: StatementFacts;
}

/** A replay step: the events after a seq, in order, and how far they account for. */
export interface ReplayBatch {
  events: FeedEvent[];
  /** Every event up to this seq that still exists is in `events` or before the seq asked for. */
  readTo: number;
}

/** A compiled `StatementAddedFilter`: absent fields do not constrain. */
export interface StatementMatcher {
  countries?: Set<string>;
  speakerIds?: Set<number>;
  callIds?: Set<number | null>;
  commitmentIds?: Set<number>;
  topicIds?: Set<number>;
}

export function matches(matcher: StatementMatcher, facts: StatementFacts): boolean {
  const anyOf = <T>(wanted: Set<T> | undefined, present: T[]) => wanted === undefined || present.some((v) => wanted.has(v));
  return (
    anyOf(matcher.countries, facts.countries) &&
    anyOf(matcher.speakerIds, facts.speakerIds) &&
    anyOf(matcher.callIds, [facts.callId]) &&
    anyOf(matcher.commitmentIds, facts.commitmentIds) &&
    anyOf(matcher.topicIds, facts.topicIds)
  );
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

/** The events after `afterSeq`, in order, each statement with the facts subscribers filter on: one query. */
export async function loadEvents(db: DataSource, afterSeq: number, limit = BATCH_SIZE): Promise<FeedEvent[]> {
  const { entities, raw } = await db
    .getRepository(Statement)
    .createQueryBuilder('e')
    .innerJoin('statement_events', 'ev', 'ev.statement_id = e.id')
    .addSelect('ev.seq::text', 'event_seq')
    .addSelect('ARRAY(SELECT ss.official_id FROM statement_speakers ss WHERE ss.statement_id = e.id)', 'speaker_ids')
    .addSelect('ARRAY(SELECT sc.commitment_id FROM statement_commitments sc WHERE sc.statement_id = e.id)', 'commitment_ids')
    .addSelect('ARRAY(SELECT st.topic_id FROM statement_topics st WHERE st.statement_id = e.id)', 'topic_ids')
    .addSelect(
      `ARRAY(SELECT o.country_code FROM statement_speakers ss JOIN officials o ON o.id = ss.official_id WHERE ss.statement_id = e.id
        UNION SELECT org.country_code FROM organizations org WHERE org.id = e.attributed_organization_id AND org.country_code IS NOT NULL
        UNION SELECT pub.country_code FROM sources src JOIN organizations pub ON pub.id = src.publisher_id
               WHERE src.id = e.source_id AND pub.country_code IS NOT NULL)`,
      'countries',
    )
    .where('ev.seq > :afterSeq', { afterSeq })
    .orderBy('ev.seq', 'ASC')
    .limit(limit)
    .getRawAndEntities();
  const byId = new Map(entities.map((s) => [s.rowId, s]));
  return raw.map((row): FeedEvent => {
    const seq = Number(row.event_seq);
    const statement = byId.get(Number(row.e_id))!;
    return {
      seq,
      cursor: eventCursor(seq),
      statement,
      facts: {
        countries: row.countries,
        speakerIds: row.speaker_ids,
        callId: statement.callId,
        commitmentIds: row.commitment_ids,
        topicIds: row.topic_ids,
      },
    };
  });
}

/**
 * One subscriber's stream, in seq order. Live, it takes the events the feed offers. Replaying
 * (a cursor behind the feed, or a backlog it had to drop), it ignores offers and reads batches
 * (from memory or the database) each time its client has taken the previous one, until it has
 * read up to the last event the feed dispatched; from then on every event is still to be
 * offered, so it turns live with no gap, and skips what it has already queued: no duplicate.
 */
export class FeedSubscription implements AsyncIterableIterator<FeedEvent> {
  private readonly queue: FeedEvent[] = [];
  private replaying: boolean;
  /** Every event up to this seq has been read by the replay (matching or not). */
  private replayedTo: number;
  /** Highest seq queued; an event at or below it is one queued already. */
  private floor: number;
  /** Seq of the last event handed to the client. */
  private delivered: number;
  private wake: (() => void) | null = null;
  private closed = false;

  constructor(
    private readonly matcher: StatementMatcher,
    after: number,
    private readonly feed: { lastSeq(): number; replaySince(seq: number): Promise<ReplayBatch> },
    private readonly onClose: (subscription: FeedSubscription) => void,
  ) {
    this.replaying = after < feed.lastSeq();
    this.replayedTo = this.floor = this.delivered = after;
  }

  offer(event: FeedEvent): void {
    if (this.closed || this.replaying || !matches(this.matcher, event.facts)) return;
    if (this.queue.length < MAX_QUEUED) {
      this.enqueue(event);
      return;
    }
    // Dispatched already, this event and the queued ones will be read again by the replay.
    this.queue.length = 0;
    this.replaying = true;
    this.replayedTo = this.floor = this.delivered;
  }

  private enqueue(event: FeedEvent): void {
    if (event.seq <= this.floor) return;
    this.floor = event.seq;
    this.queue.push(event);
    this.notify();
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  private async replayBatch(): Promise<void> {
    let batch: ReplayBatch;
    try {
      batch = await this.feed.replaySince(this.replayedTo);
    } catch {
      // The stream ends with this error, and a stream that throws is not closed by its consumer.
      this.close();
      throw apiError(ErrorCode.SERVICE_UNAVAILABLE, 'Could not load the statements announced since the cursor; subscribe again with the last cursor received');
    }
    if (this.closed) return;
    for (const event of batch.events) {
      if (matches(this.matcher, event.facts)) this.enqueue(event);
    }
    this.replayedTo = Math.max(this.replayedTo, batch.readTo);
    if (this.replayedTo >= this.feed.lastSeq()) this.replaying = false;
  }

  async next(): Promise<IteratorResult<FeedEvent>> {
    for (;;) {
      const event = this.queue.shift();
      if (event) {
        this.delivered = event.seq;
        return { value: event, done: false };
      }
      if (this.closed) return { value: undefined, done: true };
      if (this.replaying) {
        await this.replayBatch();
        continue;
      }
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  async return(): Promise<IteratorResult<FeedEvent>> {
    this.close();
    return { value: undefined, done: true };
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.queue.length = 0;
    this.onClose(this);
    this.notify();
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}

/**
 * The instance's one listener: a dedicated connection LISTENs for new statements, each batch of
 * them is loaded once, and every subscriber gets those that match its filter. After losing the
 * connection it reconnects with backoff, LISTENs again and then loads everything announced since
 * the last event it delivered, so statements committed during the gap are delivered too.
 */
export class StatementFeed {
  private client: pg.Client | null = null;
  private lastSeq = 0;
  /** The last dispatched events, in order; together they are every event after `recentFrom`. */
  private readonly recent: FeedEvent[] = [];
  private recentFrom = 0;
  private readonly replays = new Map<number, Promise<ReplayBatch>>();
  private loaders: { loaders: Loaders; until: number } | null = null;
  private readonly subscribers = new Set<FeedSubscription>();
  private catchingUp: Promise<void> | null = null;
  private catchUpAgain = false;
  private reconnectAttempt = 0;
  private catchUpFailures = 0;
  private checking = false;
  private readonly timers = new Set<NodeJS.Timeout>();
  private stopped = false;

  constructor(
    private readonly db: DataSource,
    private readonly url: string,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    // LISTEN before reading the head: an event committed in between is then both notified and
    // after the head, rather than neither.
    await this.listen();
    this.lastSeq = await latestSeq(this.db);
    this.recentFrom = this.lastSeq;
    this.every(HEALTH_CHECK_MS, () => void this.checkHealth());
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const subscription of [...this.subscribers]) subscription.close();
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
    await this.catchingUp;
  }

  get subscriberCount(): number {
    return this.subscribers.size;
  }

  /**
   * Registers a subscriber; with `after`, it replays the events after that seq first, unless it
   * is already up to date (every event after the last dispatched one is still to be offered).
   */
  subscribe(matcher: StatementMatcher, after?: number): FeedSubscription {
    if (this.stopped) throw apiError(ErrorCode.SERVICE_UNAVAILABLE, 'The server is shutting down');
    const subscription = new FeedSubscription(
      matcher,
      after ?? this.lastSeq,
      { lastSeq: () => this.lastSeq, replaySince: (seq) => this.replaySince(seq) },
      (s) => this.subscribers.delete(s),
    );
    this.subscribers.add(subscription);
    return subscription;
  }

  /**
   * DataLoaders for executing events, shared by every subscriber for a moment: each relation of a
   * statement (speakers, source, topics…) then costs one query per instance, not one per
   * subscriber. Every subscriber may see the same data, so sharing leaks nothing.
   */
  sharedLoaders(): Loaders {
    const now = Date.now();
    if (!this.loaders || this.loaders.until < now) this.loaders = { loaders: new Loaders(this.db), until: now + SHARED_LOADERS_MS };
    return this.loaders.loaders;
  }

  /** Events after `seq`: from memory when recent, otherwise from the database (one query for all who ask at once). */
  private replaySince(seq: number): Promise<ReplayBatch> {
    if (seq >= this.recentFrom) {
      const events = this.recent.filter((e) => e.seq > seq).slice(0, BATCH_SIZE);
      return Promise.resolve({ events, readTo: events.length === BATCH_SIZE ? events[events.length - 1].seq : this.lastSeq });
    }
    let load = this.replays.get(seq);
    if (!load) {
      // Everything dispatched before the query is visible to it: a short batch accounts for all of it.
      const dispatched = this.lastSeq;
      load = loadEvents(this.db, seq).then((events) => {
        const last = events.length > 0 ? events[events.length - 1].seq : seq;
        return { events, readTo: events.length < BATCH_SIZE ? Math.max(last, dispatched) : last };
      });
      this.replays.set(seq, load);
      const forget = () => this.replays.delete(seq);
      load.then(forget, forget);
    }
    return load;
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.url,
      application_name: LISTENER_APPLICATION_NAME,
      keepAlive: true,
      connectionTimeoutMillis: 5000,
    });
    // Registered before connecting: an 'error' event without a listener would crash the process.
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    client.on('notification', (message) => this.notified(message));
    try {
      await client.connect();
      await client.query(`LISTEN ${STATEMENT_CHANNEL}`);
    } catch (error) {
      client.end().catch(() => undefined);
      throw error;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
  }

  private notified(message: pg.Notification): void {
    if (message.channel !== STATEMENT_CHANNEL) return;
    const seq = Number(safeJson(message.payload)?.seq);
    // A catch-up after a reconnect may have delivered it already.
    if (Number.isFinite(seq) && seq <= this.lastSeq) return;
    this.catchUp();
  }

  private lost(client: pg.Client, error?: Error): void {
    // Ignore events of connections that failed to open or were replaced.
    if (client !== this.client) return;
    this.client = null;
    client.end().catch(() => undefined);
    if (this.stopped) return;
    this.logger.warn({ err: error?.message }, 'statement listener lost its database connection; reconnecting');
    this.reconnect();
  }

  private reconnect(): void {
    const delay = backoff(this.reconnectAttempt++);
    this.after(delay, async () => {
      try {
        await this.listen();
      } catch (error) {
        this.logger.debug({ err: (error as Error).message, attempt: this.reconnectAttempt }, 'statement listener could not reconnect yet');
        this.reconnect();
        return;
      }
      if (this.stopped) return;
      this.reconnectAttempt = 0;
      this.logger.info('statement listener reconnected; delivering what was announced meanwhile');
      this.catchUp();
    });
  }

  private async checkHealth(): Promise<void> {
    const client = this.client;
    if (!client || this.checking) return;
    this.checking = true;
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        client.query('SELECT 1'),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('health check timed out')), HEALTH_TIMEOUT_MS);
        }),
      ]);
      this.catchUp();
    } catch (error) {
      this.lost(client, error as Error);
    } finally {
      clearTimeout(timer);
      this.checking = false;
    }
  }

  /** Loads and delivers everything after the last delivered event; coalesces concurrent calls. */
  private catchUp(): void {
    if (this.stopped) return;
    if (this.catchingUp) {
      this.catchUpAgain = true;
      return;
    }
    this.catchingUp = this.runCatchUp().finally(() => {
      this.catchingUp = null;
    });
  }

  private async runCatchUp(): Promise<void> {
    try {
      do {
        this.catchUpAgain = false;
        for (;;) {
          const events = await loadEvents(this.db, this.lastSeq);
          if (this.stopped) return;
          this.dispatch(events);
          if (events.length < BATCH_SIZE) break;
        }
      } while (this.catchUpAgain);
      this.catchUpFailures = 0;
    } catch (error) {
      if (this.stopped) return;
      this.logger.warn({ err: (error as Error).message }, 'could not load new statements; retrying');
      this.after(backoff(this.catchUpFailures++), () => this.catchUp());
    }
  }

  private dispatch(events: FeedEvent[]): void {
    // New statements get fresh loaders; the previous ones may hold relations of an older state.
    if (events.length > 0) this.loaders = null;
    for (const event of events) {
      if (event.seq <= this.lastSeq) continue;
      this.lastSeq = event.seq;
      this.recent.push(event);
      if (this.recent.length > RECENT_EVENTS) this.recentFrom = this.recent.shift()!.seq;
      for (const subscription of this.subscribers) subscription.offer(event);
    }
  }

  private after(ms: number, run: () => unknown): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (!this.stopped) void run();
    }, ms);
    timer.unref();
    this.timers.add(timer);
  }

  private every(ms: number, run: () => unknown): void {
    this.after(ms, () => {
      run();
      this.every(ms, run);
    });
  }
}

function backoff(attempt: number): number {
  const ceiling = Math.min(RECONNECT_MAX_MS, RECONNECT_MIN_MS * 2 ** Math.min(attempt, 10));
  return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}

function safeJson(text: string | undefined): Record<string, unknown> | null {
  try {
    return JSON.parse(text ?? '');
  } catch {
    return null;
  }
}

/** Arguments of `statementAdded` as GraphQL hands them over. */
export interface StatementAddedArgs {
  filter?: {
    countries?: string[] | null;
    speakerIds?: string[] | null;
    callIds?: string[] | null;
    commitmentIds?: string[] | null;
    topicIds?: string[] | null;
  } | null;
  after?: string | null;
}

/** Checked as `statements(filter:)` checks the same fields. */
export function compileFilter(filter: StatementAddedArgs['filter']): StatementMatcher {
  if (!filter) return {};
  const at = (name: string) => ['filter', name];
  const set = <T>(values: T[] | undefined) => (values === undefined ? undefined : new Set<T>(values));
  return {
    countries: set(countryCodes(filter.countries, at('countries'))),
    speakerIds: set(rowIds(filter.speakerIds, 'Official', at('speakerIds'))),
    callIds: set<number | null>(rowIds(filter.callIds, 'Call', at('callIds'))),
    commitmentIds: set(rowIds(filter.commitmentIds, 'Commitment', at('commitmentIds'))),
    topicIds: set(rowIds(filter.topicIds, 'Topic', at('topicIds'))),
  };
}

/** The `subscribe` of `statementAdded`: validates the arguments, then registers with the feed. */
export function subscribeToStatements(ctx: Context, args: StatementAddedArgs): AsyncIterableIterator<FeedEvent> {
  if (!ctx.statementFeed) throw apiError(ErrorCode.BAD_USER_INPUT, 'Subscriptions are served over WebSocket (graphql-transport-ws) at this URL');
  const matcher = compileFilter(args.filter);
  const after = args.after == null ? undefined : decodeEventCursor(args.after);
  return ctx.statementFeed.subscribe(matcher, after);
}

/**
 * The payload for one subscriber. Its context adopts the feed's shared loaders; a subscription
 * executes one event at a time, so the swap cannot affect an execution in flight.
 */
export function deliverEvent(ctx: Context, event: FeedEvent): { cursor: string; statement: Statement } {
  ctx.loaders = ctx.statementFeed!.sharedLoaders();
  return { cursor: event.cursor, statement: event.statement };
}
