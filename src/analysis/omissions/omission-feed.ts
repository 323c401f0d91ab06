import type { DataSource } from 'typeorm';
import type { Context } from '../../context';
import { apiError, badInput, ErrorCode } from '../../common/errors';
import { rowIds } from '../../common/filters';
import type { ChangeEvent, ChangeKind } from '../../statements/statement-events';
import type { StatementFeed } from '../../statements/statement-feed';
import { runSql } from '../side.sql';
import { announcedSides } from './omissions.queries';
import { checkPair, checkWindow, omissionRows, toOmissions, type OmissionRow } from './omissions.service';
import type { CommitmentOmission } from './omissions.types';

/** Arguments of `commitmentOmitted` as GraphQL hands them over. */
export interface CommitmentOmittedArgs {
  countries?: string[] | null;
  commitmentIds?: string[] | null;
  window: number;
  settleSeconds: number;
}

export const MAX_SETTLE_SECONDS = 3600;

const CHECKED_KINDS: ReadonlySet<ChangeKind> = new Set<ChangeKind>(['ADDED', 'UPDATED']);

interface OmissionFilter {
  countries?: Set<string>;
  commitmentIds?: Set<number>;
  window: number;
  settleMs: number;
}

/** An omission found at a settle, with the country pair it was checked for. */
interface Found {
  side: string;
  other: string;
  row: OmissionRow;
  omission: CommitmentOmission;
}

/** A call whose statements are still arriving, for the subscribers of one settle time. */
interface Pending {
  callId: number;
  settleMs: number;
  statementIds: number[];
  /** Those subscribed when a statement about the call arrived: they hear of its settle. */
  subscribers: Set<OmissionStream>;
  timer: NodeJS.Timeout;
}

/**
 * The omission checks of one instance, shared by every `commitmentOmitted` subscription, as the
 * statement feed is shared by every `statementAdded` one: one ride on the feed, one settle timer
 * per call (and settle time asked for), and at a settle one set of queries per country pair and
 * window asked for, whose omissions are then handed to each subscription whose filter they match.
 * A subscription's cost is a filter check per omission, not queries per statement: with
 * thousands of subscribers, queries per subscriber were what slowed everyone's reads.
 *
 * A statement about a call (re)starts that call's settle timer; when no statement about the call
 * has arrived for `settleSeconds`, the call's statement set counts as complete, and each side
 * that announced statements in it is checked for omissions in that call. Each omission (call,
 * side, commitment) is delivered once per subscription.
 */
export class OmissionChecks {
  private readonly subscribers = new Set<OmissionStream>();
  private readonly pending = new Map<string, Pending>();
  private feed: AsyncIterableIterator<ChangeEvent> | null = null;

  constructor(
    private readonly statementFeed: StatementFeed,
    private readonly db: DataSource,
  ) {}

  get subscriberCount(): number {
    return this.subscribers.size;
  }

  add(stream: OmissionStream): void {
    this.subscribers.add(stream);
    if (!this.feed) {
      // Additions and corrections: a statement given (or moved to) a call re-checks that call.
      const feed = this.statementFeed.subscribeToChanges({}, CHECKED_KINDS);
      this.feed = feed;
      void this.pump(feed);
    }
  }

  remove(stream: OmissionStream): void {
    this.subscribers.delete(stream);
    for (const entry of this.pending.values()) entry.subscribers.delete(stream);
    if (this.subscribers.size > 0) return;
    for (const { timer } of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
    const feed = this.feed;
    this.feed = null;
    void feed?.return?.();
  }

  private async pump(feed: AsyncIterableIterator<ChangeEvent>): Promise<void> {
    try {
      for (;;) {
        const { value, done } = await feed.next();
        if (done || this.feed !== feed) break;
        const callId = value.statement?.callId;
        if (callId == null) continue;
        const settleTimes = new Set([...this.subscribers].map((s) => s.filter.settleMs));
        for (const settleMs of settleTimes) this.statementAbout(callId, settleMs, value.statementId);
      }
    } catch {
      // The feed ended (shutdown): nothing more to deliver.
    }
    // A feed that ended on its own (the server stopping) ends every subscription riding on it.
    if (this.feed === feed) {
      this.feed = null;
      for (const stream of [...this.subscribers]) stream.end();
    }
  }

  private statementAbout(callId: number, settleMs: number, statementId: number): void {
    const key = `${settleMs}|${callId}`;
    const entry = this.pending.get(key);
    if (entry) clearTimeout(entry.timer);
    const timer = setTimeout(() => void this.settle(key), settleMs);
    timer.unref?.();
    const subscribers = entry?.subscribers ?? new Set<OmissionStream>();
    for (const stream of this.subscribers) if (stream.filter.settleMs === settleMs) subscribers.add(stream);
    this.pending.set(key, { callId, settleMs, statementIds: [...(entry?.statementIds ?? []), statementId], subscribers, timer });
  }

  /** The call's statement set is complete: check each announcing side against the call's other countries, once for all. */
  private async settle(key: string): Promise<void> {
    const entry = this.pending.get(key);
    this.pending.delete(key);
    const streams = entry ? [...entry.subscribers].filter((s) => this.subscribers.has(s)) : [];
    if (!entry || streams.length === 0) return;
    try {
      const sides: { call_id: number; side: string | null; countries: string[] }[] = await runSql(
        { db: this.db },
        announcedSides(entry.statementIds),
      );
      const found = new Map<number, Found[]>();
      for (const window of new Set(streams.map((s) => s.filter.window))) {
        const pairs: { side: string; other: string; rows: OmissionRow[] }[] = [];
        for (const { side, countries } of sides) {
          if (!side) continue;
          for (const other of countries) {
            if (other === side || !streams.some((s) => s.filter.window === window && s.wantsPair(side, other))) continue;
            const rows = await omissionRows(
              { db: this.db },
              { countries: [side, other], commitmentId: null, window, callId: entry.callId, side },
            );
            pairs.push({ side, other, rows });
          }
        }
        const rows = pairs.flatMap((p) => p.rows);
        if (rows.length === 0) continue;
        // The feed's shared loaders, fresh for each batch of statements.
        const omissions = await toOmissions({ loaders: this.statementFeed.sharedLoaders() }, rows);
        let i = 0;
        found.set(
          window,
          pairs.flatMap(({ side, other, rows }) => rows.map((row) => ({ side, other, row, omission: omissions[i++] }))),
        );
      }
      for (const stream of streams) stream.deliver(found.get(stream.filter.window) ?? []);
    } catch {
      // A failed check (e.g. the database restarting) is not retried: the next statement about
      // the call settles it again, and the `commitmentOmissions` query shows it in any case.
    }
  }
}

/** One `commitmentOmitted` subscription: its filter, what it was handed and has not yet taken, what it has had. */
class OmissionStream implements AsyncIterableIterator<CommitmentOmission> {
  private readonly queue: CommitmentOmission[] = [];
  private readonly delivered = new Set<string>();
  private wake: (() => void) | null = null;
  private closed = false;

  constructor(
    private readonly checks: OmissionChecks,
    readonly filter: OmissionFilter,
  ) {
    checks.add(this);
  }

  wantsPair(side: string, other: string): boolean {
    return !this.filter.countries || (this.filter.countries.has(side) && this.filter.countries.has(other));
  }

  deliver(found: Found[]): void {
    if (this.closed) return;
    for (const { side, other, row, omission } of found) {
      if (!this.wantsPair(side, other) || (this.filter.commitmentIds && !this.filter.commitmentIds.has(row.commitment_id))) continue;
      const key = `${row.call_id}|${row.side}|${row.commitment_id}`;
      if (this.delivered.has(key)) continue;
      this.delivered.add(key);
      this.queue.push(omission);
    }
    if (this.queue.length > 0) this.wake?.();
  }

  /** Ends the stream (the feed stopped). */
  end(): void {
    this.closed = true;
    this.checks.remove(this);
    this.wake?.();
  }

  async next(): Promise<IteratorResult<CommitmentOmission>> {
    while (this.queue.length === 0 && !this.closed) await new Promise<void>((resolve) => (this.wake = resolve));
    this.wake = null;
    if (this.queue.length > 0) return { value: this.queue.shift()!, done: false };
    return { value: undefined, done: true };
  }

  async return(): Promise<IteratorResult<CommitmentOmission>> {
    this.end();
    return { value: undefined, done: true };
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<CommitmentOmission> {
    return this;
  }
}

/** One OmissionChecks per statement feed (that is, per instance). */
const checksOf = new WeakMap<StatementFeed, OmissionChecks>();

/** The instance's omission checks (created with its first subscription). */
export function omissionChecks(feed: StatementFeed, db: DataSource): OmissionChecks {
  let checks = checksOf.get(feed);
  if (!checks) checksOf.set(feed, (checks = new OmissionChecks(feed, db)));
  return checks;
}

/** The `subscribe` of `commitmentOmitted`: validates the arguments, then joins the instance's omission checks. */
export function subscribeToOmissions(ctx: Context, args: CommitmentOmittedArgs): AsyncIterableIterator<CommitmentOmission> {
  if (!ctx.statementFeed)
    throw apiError(ErrorCode.BAD_USER_INPUT, 'Subscriptions are served over WebSocket (graphql-transport-ws) at this URL');
  const countries = args.countries == null ? undefined : new Set(checkPair(args.countries, 'countries'));
  const commitmentIds = args.commitmentIds == null ? undefined : new Set(rowIds(args.commitmentIds, 'Commitment', ['commitmentIds']));
  const window = checkWindow(args.window);
  if (!Number.isInteger(args.settleSeconds) || args.settleSeconds < 0 || args.settleSeconds > MAX_SETTLE_SECONDS) {
    throw badInput(`"settleSeconds" must be between 0 and ${MAX_SETTLE_SECONDS}`, { field: ['settleSeconds'] });
  }
  return new OmissionStream(omissionChecks(ctx.statementFeed, ctx.db), {
    countries,
    commitmentIds,
    window,
    settleMs: args.settleSeconds * 1000,
  });
}
