import type { Context } from '../../context';
import { apiError, badInput, ErrorCode } from '../../common/errors';
import { rowIds } from '../../common/filters';
import type { FeedEvent } from '../../statements/statement-events';
import { ANNOUNCED_SIDES } from './omissions.queries';
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

/**
 * The stream behind `commitmentOmitted`. It rides on the statement feed (the one LISTEN
 * connection of this instance, see StatementFeed), taking every new statement: a statement about
 * a call (re)starts that call's settle timer; when no statement about the call has arrived for
 * `settleSeconds`, the call's statement set counts as complete, and each side that announced
 * statements in it is checked for omissions in that call. Each omission (call, side, commitment)
 * is delivered once per subscription.
 */
class OmissionStream implements AsyncIterableIterator<CommitmentOmission> {
  private readonly queue: CommitmentOmission[] = [];
  private readonly pending = new Map<number, { statementIds: number[]; timer: NodeJS.Timeout }>();
  private readonly delivered = new Set<string>();
  private wake: (() => void) | null = null;
  private closed = false;

  constructor(
    private readonly ctx: Context,
    private readonly feed: AsyncIterableIterator<FeedEvent>,
    private readonly filter: { countries?: Set<string>; commitmentIds?: Set<number>; window: number; settleMs: number },
  ) {
    void this.pump();
  }

  private async pump(): Promise<void> {
    try {
      for (;;) {
        const { value, done } = await this.feed.next();
        if (done || this.closed) break;
        const callId = value.statement.callId;
        if (callId == null) continue;
        const entry = this.pending.get(callId);
        if (entry) clearTimeout(entry.timer);
        const statementIds = [...(entry?.statementIds ?? []), value.statement.rowId];
        const timer = setTimeout(() => void this.settle(callId), this.filter.settleMs);
        timer.unref?.();
        this.pending.set(callId, { statementIds, timer });
      }
    } catch {
      // The feed ended (shutdown or the client left): nothing more to deliver.
    }
  }

  /** The call's statement set is complete: check each announcing side against the call's other countries. */
  private async settle(callId: number): Promise<void> {
    const entry = this.pending.get(callId);
    this.pending.delete(callId);
    if (!entry || this.closed) return;
    try {
      const sides: { call_id: number; side: string | null; countries: string[] }[] = await this.ctx.db.query(ANNOUNCED_SIDES, [
        entry.statementIds,
      ]);
      const rows: OmissionRow[] = [];
      for (const { side, countries } of sides) {
        if (!side) continue;
        for (const other of countries) {
          if (other === side) continue;
          const { countries: wanted } = this.filter;
          if (wanted && !(wanted.has(side) && wanted.has(other))) continue;
          for (const row of await omissionRows(this.ctx, {
            countries: [side, other],
            commitmentId: null,
            window: this.filter.window,
            callId,
            side,
          })) {
            const key = `${row.call_id}|${row.side}|${row.commitment_id}`;
            if (this.delivered.has(key) || (this.filter.commitmentIds && !this.filter.commitmentIds.has(row.commitment_id))) continue;
            this.delivered.add(key);
            rows.push(row);
          }
        }
      }
      if (rows.length === 0 || this.closed) return;
      // `ctx.loaders` are the feed's shared ones, fresh for each batch of statements (see subscriptions/websocket.ts).
      this.queue.push(...(await toOmissions(this.ctx, rows)));
      this.wake?.();
    } catch {
      // A failed check (e.g. the database restarting) is not retried: the next statement about
      // the call settles it again, and the `commitmentOmissions` query shows it in any case.
    }
  }

  async next(): Promise<IteratorResult<CommitmentOmission>> {
    while (this.queue.length === 0 && !this.closed) await new Promise<void>((resolve) => (this.wake = resolve));
    this.wake = null;
    if (this.queue.length > 0) return { value: this.queue.shift()!, done: false };
    return { value: undefined, done: true };
  }

  async return(): Promise<IteratorResult<CommitmentOmission>> {
    this.closed = true;
    for (const { timer } of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
    await this.feed.return?.();
    this.wake?.();
    return { value: undefined, done: true };
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<CommitmentOmission> {
    return this;
  }
}

/** The `subscribe` of `commitmentOmitted`: validates the arguments, then rides on the statement feed. */
export function subscribeToOmissions(ctx: Context, args: CommitmentOmittedArgs): AsyncIterableIterator<CommitmentOmission> {
  if (!ctx.statementFeed)
    throw apiError(ErrorCode.BAD_USER_INPUT, 'Subscriptions are served over WebSocket (graphql-transport-ws) at this URL');
  const countries = args.countries == null ? undefined : new Set(checkPair(args.countries, 'countries'));
  const commitmentIds = args.commitmentIds == null ? undefined : new Set(rowIds(args.commitmentIds, 'Commitment', ['commitmentIds']));
  const window = checkWindow(args.window);
  if (!Number.isInteger(args.settleSeconds) || args.settleSeconds < 0 || args.settleSeconds > MAX_SETTLE_SECONDS) {
    throw badInput(`"settleSeconds" must be between 0 and ${MAX_SETTLE_SECONDS}`, { field: ['settleSeconds'] });
  }
  const feed = ctx.statementFeed.subscribe({});
  return new OmissionStream(ctx, feed, { countries, commitmentIds, window, settleMs: args.settleSeconds * 1000 });
}
