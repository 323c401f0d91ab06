import pg from 'pg';
import { sql } from 'pg-sql2';
import type { DataSource } from 'typeorm';
import { apiError, ErrorCode } from '../common/errors';
import { Loaders } from '../common/loaders';
import type { Logger } from '../logger';
import { FeedSubscription } from './feed-subscription';
import {
  BATCH_SIZE,
  type ChangeEvent,
  type ChangeKind,
  eventCursor,
  type FeedEvent,
  latestSeq,
  loadEvents,
  type ReplayBatch,
  STATEMENT_CHANNEL,
} from './statement-events';
import { matches, type StatementMatcher } from './statement-match';

/**
 * The instance's statement listener (one LISTEN connection, catch-up, shared loaders). The
 * events' SQL and cursors are in statement-events.ts, one subscriber's stream in
 * feed-subscription.ts, what a filter means in statement-match.ts, and the GraphQL side in
 * statement-feed.resolver.ts.
 */

/** Kept here for callers that know the feed: the cursor of an event. */
export { eventCursor };

/** `application_name` of the listening connection, so it can be told apart in pg_stat_activity. */
export const LISTENER_APPLICATION_NAME = 'alliance-api-listener';

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
  private readonly recent: ChangeEvent[] = [];
  private recentFrom = 0;
  private readonly replays = new Map<number, Promise<ReplayBatch>>();
  private loaders: { loaders: Loaders; until: number } | null = null;
  private readonly subscribers = new Set<Pick<FeedSubscription, 'offer' | 'close'>>();
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
   * Registers a subscriber to additions (`statementAdded`, the omission stream); with `after`, it
   * replays the events after that seq first, unless it is already up to date (every event after
   * the last dispatched one is still to be offered).
   */
  subscribe(matcher: StatementMatcher, after?: number): FeedSubscription<FeedEvent> {
    return this.register(
      (event): event is FeedEvent => event.kind === 'ADDED' && event.statement !== null && matches(matcher, event.facts),
      after,
    );
  }

  /**
   * Registers a subscriber to every change of the given kinds (`statementChanged`). An event
   * reaches it when the filter matches the statement as announced with the event, or, for an
   * update, as announced before it (so a statement leaving the filter is heard of); a delete
   * carries the statement's last announced facts.
   */
  subscribeToChanges(matcher: StatementMatcher, kinds: ReadonlySet<ChangeKind>, after?: number): FeedSubscription<ChangeEvent> {
    return this.register(
      (event): event is ChangeEvent =>
        kinds.has(event.kind) && (matches(matcher, event.facts) || (event.previousFacts !== null && matches(matcher, event.previousFacts))),
      after,
    );
  }

  private register<T extends ChangeEvent>(wants: (event: ChangeEvent) => event is T, after?: number): FeedSubscription<T> {
    if (this.stopped) throw apiError(ErrorCode.SERVICE_UNAVAILABLE, 'The server is shutting down');
    const subscription: FeedSubscription<T> = new FeedSubscription(
      wants,
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
      await client.query(sql.compile(sql`LISTEN ${sql.identifier(STATEMENT_CHANNEL)}`).text);
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

  private dispatch(events: ChangeEvent[]): void {
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
