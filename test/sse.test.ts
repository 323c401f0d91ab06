import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createClient, type Client } from 'graphql-sse';
import { Role } from '../src/auth/role';
import { newKey, startTestServer, waitUntil, type TestKey, type TestServer } from './helpers';
import { insertStatement, referenceRowIds, type ReferenceRowIds } from './statements';
import { STATEMENT_ADDED, type StatementEventData } from './ws';
import { mutateOk } from './write-helpers';

const streamUrl = (server: TestServer) => server.url.replace(/\/graphql$/, '/graphql/stream');

/** A raw event stream read with fetch, as curl would: its `event:`/`data:` messages as they come. */
class RawStream {
  readonly messages: { event: string; data: any }[] = [];
  status = 0;
  contentType = '';
  ended = false;
  private readonly abort = new AbortController();

  static async open(url: string, body: object, headers: Record<string, string> = {}): Promise<RawStream> {
    const stream = new RawStream();
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
      body: JSON.stringify(body),
      signal: stream.abort.signal,
    });
    stream.status = response.status;
    stream.contentType = response.headers.get('content-type') ?? '';
    if (!stream.contentType.startsWith('text/event-stream')) {
      stream.messages.push({ event: 'response', data: await response.json() });
      stream.ended = true;
      return stream;
    }
    void (async () => {
      const decoder = new TextDecoder();
      let buffer = '';
      try {
        for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
          buffer += decoder.decode(chunk, { stream: true });
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const event = /^event: (.*)$/m.exec(block)?.[1];
            const data = /^data: (.*)$/m.exec(block)?.[1];
            if (event) stream.messages.push({ event, data: data ? JSON.parse(data) : null });
          }
        }
      } catch {
        // aborted
      }
      stream.ended = true;
    })();
    return stream;
  }

  next(): any[] {
    return this.messages.filter((m) => m.event === 'next').map((m) => m.data);
  }

  close(): void {
    this.abort.abort();
  }
}

describe('subscriptions as Server-Sent Events', () => {
  let server: TestServer;
  let ids: ReferenceRowIds;
  let reader: TestKey;
  let admin: TestKey;
  const clients: Client[] = [];

  before(async () => {
    server = await startTestServer('sse', { WS_KEY_RECHECK_MS: '200' });
    ids = await referenceRowIds(server.app.db);
    reader = await newKey(server, Role.READER);
    admin = await newKey(server, Role.ADMIN);
  });
  after(async () => {
    for (const client of clients) client.dispose();
    await server?.stop();
  });
  const add = () => insertStatement(server.app.db, { source: ids.sources.japanRelease, speakers: [ids.officials.nakatani] });
  const active = async () => (await server.app.server.metrics.activeSubscriptions.get()).values[0]?.value ?? 0;

  test('the graphql-sse client receives new statements, with an API key', async () => {
    const client = createClient({ url: streamUrl(server), headers: reader.headers, retryAttempts: 0 });
    clients.push(client);
    const events: StatementEventData[] = [];
    const errors: unknown[] = [];
    const { latestStatementCursor } = await server.data('{ latestStatementCursor }');
    const unsubscribe = client.subscribe<{ statementAdded: StatementEventData }>(
      { query: STATEMENT_ADDED, variables: { after: latestStatementCursor } },
      {
        next: (r) => (r.data ? events.push(r.data.statementAdded) : errors.push(r.errors)),
        error: (e) => errors.push(e),
        complete: () => undefined,
      },
    );
    const inserted = await add();
    await waitUntil(
      () => events.length > 0 || errors.length > 0,
      () => 'a statement over the event stream',
    );
    assert.deepEqual(errors, []);
    assert.equal(events[0].statement.id, inserted.id);
    assert.equal(events[0].statement.speakers[0].official.name, 'Gen Nakatani');
    unsubscribe();
    await waitUntil(
      async () => (await active()) === 0,
      () => 'the stream to end on the server',
    );
  });

  test('a raw stream (as curl reads it) resumes after a cursor: first what it missed, then live, no duplicate', async () => {
    const { latestStatementCursor } = await server.data('{ latestStatementCursor }');
    const missed = [await add(), await add()];
    const stream = await RawStream.open(streamUrl(server), { query: STATEMENT_ADDED, variables: { after: latestStatementCursor } });
    try {
      assert.equal(stream.status, 200);
      assert.match(stream.contentType, /^text\/event-stream/);
      await waitUntil(
        () => stream.next().length >= 2,
        () => `the two missed statements (${stream.next().length})`,
      );
      const live = await add();
      await waitUntil(
        () => stream.next().length >= 3,
        () => 'the live statement',
      );
      assert.deepEqual(
        stream.next().map((r) => r.data.statementAdded.statement.id),
        [...missed, live].map((s) => s.id),
      );
      // Each event's cursor resumes after it.
      const again = await RawStream.open(streamUrl(server), {
        query: STATEMENT_ADDED,
        variables: { after: stream.next()[0].data.statementAdded.cursor },
      });
      await waitUntil(
        () => again.next().length >= 2,
        () => 'the replay from the first cursor',
      );
      assert.deepEqual(
        again.next().map((r) => r.data.statementAdded.statement.id),
        [missed[1].id, live.id],
      );
      again.close();
    } finally {
      stream.close();
    }
    await waitUntil(
      async () => (await active()) === 0,
      () => 'the streams to end on the server',
    );
  });

  test('a refused API key is HTTP 401 UNAUTHENTICATED; a key revoked while streaming ends the stream with UNAUTHENTICATED', async () => {
    const refused = await RawStream.open(streamUrl(server), { query: STATEMENT_ADDED }, { authorization: 'Bearer ask_not-a-real-key' });
    assert.equal(refused.status, 401);
    assert.equal(refused.messages[0].data.errors[0].extensions.code, 'UNAUTHENTICATED');

    const client = createClient({ url: streamUrl(server), headers: { authorization: 'Bearer nonsense' }, retryAttempts: 0 });
    clients.push(client);
    const failure = await new Promise<any>((resolve) =>
      client.subscribe({ query: STATEMENT_ADDED }, { next: () => undefined, error: resolve, complete: () => resolve(null) }),
    );
    assert.equal(failure?.response?.status, 401, 'the graphql-sse client sees the 401');

    const doomed = await newKey(server, Role.READER);
    const stream = await RawStream.open(streamUrl(server), { query: STATEMENT_ADDED }, doomed.headers);
    assert.equal(stream.status, 200);
    await waitUntil(
      async () => (await active()) === 1,
      () => 'the stream to be open',
    );
    await mutateOk(server, admin.headers, 'revokeApiKey', { name: doomed.name }, 'apiKey { revokedAt }');
    await waitUntil(
      () => stream.ended,
      () => 'the stream of the revoked key to end',
    );
    const last = stream.next().at(-1);
    assert.equal(last?.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    assert.match(last.errors[0].message, /revoked/);
    assert.equal(stream.messages.at(-1)?.event, 'complete');
  });

  test('the same operation checks as the WebSocket: limits, validation, only subscriptions', async () => {
    const deep = `subscription { statementAdded { statement { ${'source { statements(first: 1) { edges { node { '.repeat(4)}id${' } } } }'.repeat(4)} } } }`;
    const cases: [object, string][] = [
      [{ query: deep }, 'QUERY_LIMIT_EXCEEDED'],
      [{ query: 'subscription { statementAdded { nope } }' }, 'GRAPHQL_VALIDATION_FAILED'],
      [{ query: 'subscription {' }, 'GRAPHQL_PARSE_FAILED'],
      [{ query: '{ countries { totalCount } }' }, 'BAD_REQUEST'],
      [{ query: STATEMENT_ADDED, variables: { after: 'not-a-cursor' } }, 'BAD_USER_INPUT'],
    ];
    for (const [body, code] of cases) {
      const stream = await RawStream.open(streamUrl(server), body);
      const errors = stream.status === 200 ? await firstErrors(stream) : stream.messages[0].data.errors;
      stream.close();
      assert.equal(errors?.[0]?.extensions?.code, code, `${JSON.stringify(body).slice(0, 60)}: ${JSON.stringify(errors)}`);
      assert.ok(!JSON.stringify(errors).includes('    at '), 'no stack trace');
    }
    const plain = await fetch(streamUrl(server), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    assert.equal(plain.status, 406);
    const body: any = await plain.json();
    assert.equal(body.errors[0].extensions.code, 'BAD_REQUEST');
    assert.match(body.errors[0].message, /Accept: text\/event-stream/);
  });

  test('POST /graphql with Accept: text/event-stream streams too', async () => {
    const stream = await RawStream.open(server.url, { query: STATEMENT_ADDED });
    try {
      assert.equal(stream.status, 200);
      await waitUntil(
        async () => (await active()) === 1,
        () => 'the stream to be open',
      );
      const inserted = await add();
      await waitUntil(
        () => stream.next().length > 0,
        () => 'the statement',
      );
      assert.equal(stream.next()[0].data.statementAdded.statement.id, inserted.id);
    } finally {
      stream.close();
    }
  });

  test('a subscription sent as a plain HTTP request is a 400 naming the WebSocket and the event stream', async () => {
    for (const request of [
      () =>
        fetch(server.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: STATEMENT_ADDED }),
        }),
      () =>
        fetch(server.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
          body: JSON.stringify({ query: 'subscription { commitmentOmitted { omission { date } } }' }),
        }),
    ]) {
      const response = await request();
      assert.equal(response.status, 400);
      const body: any = await response.json();
      assert.equal(body.errors[0].extensions.code, 'BAD_REQUEST', JSON.stringify(body));
      assert.match(body.errors[0].message, /graphql-transport-ws/);
      assert.match(body.errors[0].message, /\/graphql\/stream/);
      assert.equal(body.errors[0].extensions.stacktrace, undefined);
    }
  });
});

async function firstErrors(stream: RawStream): Promise<any[]> {
  await waitUntil(
    () => stream.next().length > 0 || stream.ended,
    () => 'a result',
  );
  return stream.next()[0]?.errors;
}

describe('event streams: rate limit and ceiling', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer('sse-limits', { RATE_LIMIT_PER_MINUTE: '3', SSE_MAX_STREAMS: '1' });
  });
  after(async () => {
    await server?.stop();
  });

  test('streams beyond SSE_MAX_STREAMS get 503; starting a stream is charged to the rate limit', async () => {
    const first = await RawStream.open(streamUrl(server), { query: STATEMENT_ADDED });
    assert.equal(first.status, 200);
    const second = await RawStream.open(streamUrl(server), { query: STATEMENT_ADDED });
    assert.equal(second.status, 503);
    assert.equal(second.messages[0].data.errors[0].extensions.code, 'SERVICE_UNAVAILABLE');
    first.close();
    await waitUntil(
      async () => (await server.app.server.metrics.activeSubscriptions.get()).values[0]?.value === 0,
      () => 'the stream to end',
    );
    const third = await RawStream.open(streamUrl(server), { query: STATEMENT_ADDED });
    third.close();
    assert.equal(third.status, 200);
    const fourth = await RawStream.open(streamUrl(server), { query: STATEMENT_ADDED });
    assert.equal(fourth.status, 429);
    assert.equal(fourth.messages[0].data.errors[0].extensions.code, 'RATE_LIMITED');
  });
});
