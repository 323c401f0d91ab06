import { apiError, ErrorCode } from '../common/errors';
import type { ChangeEvent, ReplayBatch } from './statement-events';

/**
 * Events a subscriber may have waiting, so that the server's memory does not grow with a
 * client's backlog. Past that (a burst, a slow client), a subscriber forgets them and reads them
 * again at its client's pace, as a resume from its last delivered event would.
 */
const MAX_QUEUED = 1000;

/**
 * One subscriber's stream, in seq order. Live, it takes the events the feed offers. Replaying
 * (a cursor behind the feed, or a backlog it had to drop), it ignores offers and reads batches
 * (from memory or the database) each time its client has taken the previous one, until it has
 * read up to the last event the feed dispatched; from then on every event is still to be
 * offered, so it turns live with no gap, and skips what it has already queued: no duplicate.
 */
export class FeedSubscription<T extends ChangeEvent = ChangeEvent> implements AsyncIterableIterator<T> {
  private readonly queue: T[] = [];
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
    /** Which events this subscriber takes (its kinds and filter). */
    private readonly wants: (event: ChangeEvent) => event is T,
    after: number,
    private readonly feed: { lastSeq(): number; replaySince(seq: number): Promise<ReplayBatch> },
    private readonly onClose: (subscription: FeedSubscription<T>) => void,
  ) {
    this.replaying = after < feed.lastSeq();
    this.replayedTo = this.floor = this.delivered = after;
  }

  offer(event: ChangeEvent): void {
    if (this.closed || this.replaying || !this.wants(event)) return;
    if (this.queue.length < MAX_QUEUED) {
      this.enqueue(event);
      return;
    }
    // Dispatched already, this event and the queued ones will be read again by the replay.
    this.queue.length = 0;
    this.replaying = true;
    this.replayedTo = this.floor = this.delivered;
  }

  private enqueue(event: T): void {
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
      throw apiError(
        ErrorCode.SERVICE_UNAVAILABLE,
        'Could not load the statements announced since the cursor; subscribe again with the last cursor received',
      );
    }
    if (this.closed) return;
    for (const event of batch.events) {
      if (this.wants(event)) this.enqueue(event);
    }
    this.replayedTo = Math.max(this.replayedTo, batch.readTo);
    if (this.replayedTo >= this.feed.lastSeq()) this.replaying = false;
  }

  async next(): Promise<IteratorResult<T>> {
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

  async return(): Promise<IteratorResult<T>> {
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
