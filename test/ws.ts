import { createClient, type Client, type ClientOptions } from 'graphql-ws';
import WebSocket from 'ws';

export const STATEMENT_ADDED = `subscription Added($filter: StatementAddedFilter, $after: String) {
  statementAdded(filter: $filter, after: $after) {
    cursor
    statement { id text speakers { official { name } title } source { kind } topics { slug } }
  }
}`;

export function wsUrl(httpUrl: string): string {
  return httpUrl.replace(/^http/, 'ws');
}

/** A graphql-ws client (the real one, on `ws`) that gives up instead of retrying, so tests see every close. */
export function connect(httpUrl: string, options: Partial<ClientOptions> = {}): Client {
  return createClient({ url: wsUrl(httpUrl), webSocketImpl: WebSocket, retryAttempts: 0, ...options });
}

/** Resolves when `ready()` holds, re-checked whenever `subscribe` signals a change; fails after `timeoutMs`. */
function until(subscribe: (check: () => void) => () => void, ready: () => boolean, what: () => string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let unsubscribe = () => undefined as void;
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what()}`));
    }, timeoutMs);
    const check = () => {
      if (!ready()) return;
      clearTimeout(timer);
      unsubscribe();
      resolve();
    };
    unsubscribe = subscribe(check);
    check();
  });
}

export interface StatementEventData {
  cursor: string;
  statement: {
    id: string;
    text: string;
    speakers: { official: { name: string }; title: string | null }[];
    source: { kind: string };
    topics: { slug: string }[];
  };
}

/** One `statementAdded` subscription and everything it has received so far. */
export class Received {
  readonly events: StatementEventData[] = [];
  errors: { message: string; extensions?: Record<string, unknown> }[] | null = null;
  failure: unknown = null;
  completed = false;
  private readonly listeners = new Set<() => void>();
  readonly unsubscribe: () => void;

  constructor(client: Client, variables: Record<string, unknown> = {}, query = STATEMENT_ADDED) {
    this.unsubscribe = client.subscribe<{ statementAdded: StatementEventData }>(
      { query, variables },
      {
        next: (result) => {
          if (result.errors) this.errors = result.errors as Received['errors'];
          if (result.data?.statementAdded) this.events.push(result.data.statementAdded);
          this.changed();
        },
        error: (error) => {
          this.failure = error;
          this.changed();
        },
        complete: () => {
          this.completed = true;
          this.changed();
        },
      },
    );
  }

  private changed(): void {
    for (const listener of [...this.listeners]) listener();
  }

  get ids(): string[] {
    return this.events.map((e) => e.statement.id);
  }

  get lastCursor(): string {
    const last = this.events[this.events.length - 1];
    if (!last) throw new Error('no event received yet');
    return last.cursor;
  }

  /** Waits until the statement with this id has arrived. */
  waitFor(id: string, timeoutMs = 45_000): Promise<void> {
    return this.until(
      () => this.ids.includes(id),
      () => `statement ${id} (received ${this.ids.length}, the last ${JSON.stringify(this.ids.slice(-3))})`,
      timeoutMs,
    );
  }

  /** Waits for the subscription to end, with errors or a failure. */
  waitForEnd(timeoutMs = 30_000): Promise<void> {
    return this.until(
      () => this.completed || this.failure !== null,
      () => 'the subscription to end',
      timeoutMs,
    );
  }

  until(ready: () => boolean, what: () => string, timeoutMs: number): Promise<void> {
    return until(
      (check) => {
        this.listeners.add(check);
        return () => this.listeners.delete(check);
      },
      () => ready() || this.failure !== null,
      what,
      timeoutMs,
    ).then(() => {
      if (!ready()) throw new Error(`subscription failed while waiting for ${what()}: ${describe(this.failure)}`);
    });
  }
}

function describe(failure: unknown): string {
  if (failure && typeof failure === 'object' && 'code' in failure) {
    return `closed ${(failure as { code: number }).code} ${(failure as { reason?: string }).reason ?? ''}`;
  }
  return JSON.stringify(failure);
}

/** A socket that speaks graphql-transport-ws by hand, to misbehave on purpose. */
export class RawSocket {
  readonly messages: { type: string; id?: string; payload?: unknown }[] = [];
  readonly opened: Promise<void>;
  readonly closed: Promise<{ code: number; reason: string }>;
  private readonly listeners = new Set<() => void>();

  constructor(
    httpUrl: string,
    protocol: string | string[] = 'graphql-transport-ws',
    headers: Record<string, string> = {},
    readonly ws = new WebSocket(wsUrl(httpUrl), protocol, { headers }),
  ) {
    this.opened = new Promise((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
      ws.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused with HTTP ${res.statusCode}`)));
    });
    this.closed = new Promise((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
    ws.on('message', (data) => {
      this.messages.push(JSON.parse(String(data)));
      for (const listener of [...this.listeners]) listener();
    });
    // The rejection of `opened` is what tests look at; keep a refused upgrade from being unhandled.
    this.opened.catch(() => undefined);
  }

  send(message: object | string): void {
    this.ws.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** Waits for a message of `type` from the server. */
  message(type: string, timeoutMs = 30_000): Promise<{ type: string; id?: string; payload?: unknown }> {
    const find = () => this.messages.find((m) => m.type === type);
    return until(
      (check) => {
        this.listeners.add(check);
        return () => this.listeners.delete(check);
      },
      () => find() !== undefined,
      () => `a ${type} message (got ${JSON.stringify(this.messages)})`,
      timeoutMs,
    ).then(() => find()!);
  }

  close(): void {
    this.ws.terminate();
  }
}
