import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Client } from 'graphql-ws';
import { toGlobalId } from '../src/common/global-id';
import { eventCursor, LISTENER_APPLICATION_NAME } from '../src/statements/statement-feed';
import { Role } from '../src/auth/role';
import { revokeApiKeyLocally } from '../src/auth/api-key.service';
import { newKey, startTestServer, waitUntil, type TestServer } from './helpers';
import { insertManyStatements, insertStatement, referenceRowIds, type NewStatement, type ReferenceRowIds } from './statements';
import { connect, RawSocket, Received } from './ws';

let server: TestServer;
let ids: ReferenceRowIds;
const clients: Client[] = [];

before(async () => {
  server = await startTestServer('subscriptions', { WS_CONNECTION_INIT_TIMEOUT_MS: '300' });
  ids = await referenceRowIds(server.app.db);
});
after(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await server?.stop();
});

function client(options: Parameters<typeof connect>[1] = {}): Client {
  const c = connect(server.url, options);
  clients.push(c);
  return c;
}

const add = (statement: NewStatement) => insertStatement(server.app.db, statement);

async function latestCursor(): Promise<string> {
  return (await server.data<{ latestStatementCursor: string }>('{ latestStatementCursor }')).latestStatementCursor;
}

/** A statement every filter below matches. */
function matchingAll(): NewStatement {
  return {
    source: ids.sources.pentagonNakataniReadout,
    speakers: [ids.officials.hegseth, ids.officials.nakatani, ids.officials.kim],
    call: ids.calls.nakatani,
    commitments: [ids.commitments.articleV],
    topics: [ids.topics.deterrence, ids.topics.trilateral],
  };
}

/**
 * Subscribes from the latest cursor, then waits for a first statement to arrive: from then on
 * the subscriber is live, so what follows exercises the LISTEN/NOTIFY path, not the replay.
 */
async function subscribeLive(subscriptions: Received[]): Promise<string> {
  const warmUp = await add(matchingAll());
  await Promise.all(subscriptions.map((s) => s.waitFor(warmUp.id)));
  return warmUp.id;
}

describe('statementAdded', () => {
  test('filters deliver what matches and nothing else', { timeout: 120_000 }, async () => {
    const c = client();
    const from = await latestCursor();
    const sub = (filter?: Record<string, unknown>) => new Received(c, { filter, after: from });
    const gid = (type: string, id: number) => toGlobalId(type, id);
    const subs = {
      all: sub(),
      japan: sub({ countries: ['JP'] }),
      kim: sub({ speakerIds: [gid('Official', ids.officials.kim)] }),
      nakataniCall: sub({ callIds: [gid('Call', ids.calls.nakatani)] }),
      articleV: sub({ commitmentIds: [gid('Commitment', ids.commitments.articleV)] }),
      trilateral: sub({ topicIds: [gid('Topic', ids.topics.trilateral)] }),
      usAndDeterrence: sub({ countries: ['US'], topicIds: [gid('Topic', ids.topics.deterrence)] }),
      nakataniOrKim: sub({ speakerIds: [gid('Official', ids.officials.nakatani), gid('Official', ids.officials.kim)] }),
    };
    const warmUp = await subscribeLive(Object.values(subs));
    const metrics = await (await fetch(server.url.replace(/\/graphql$/, '/metrics'))).text();
    assert.ok(Number(/^graphql_active_subscriptions (\d+)$/m.exec(metrics)?.[1]) >= Object.keys(subs).length, 'the gauge counts them');

    // Pentagon readout (publisher US), Hegseth, the Nakatani call, deterrence.
    const s1 = await add({
      source: ids.sources.pentagonNakataniReadout,
      speakers: [ids.officials.hegseth],
      call: ids.calls.nakatani,
      topics: [ids.topics.deterrence],
    });
    // Japan's release (publisher JP), Nakatani, the Nakatani call, Article V, Senkaku.
    const s2 = await add({
      source: ids.sources.japanRelease,
      speakers: [ids.officials.nakatani],
      call: ids.calls.nakatani,
      commitments: [ids.commitments.articleV],
      topics: [ids.topics.senkaku],
    });
    // ROK release (publisher KR), Kim, the Kim call, defense of the ROK, trilateral cooperation.
    const s3 = await add({
      source: ids.sources.rokRelease,
      speakers: [ids.officials.kim],
      call: ids.calls.kim,
      commitments: [ids.commitments.defenseOfRok],
      topics: [ids.topics.trilateral],
    });
    // No speaker, no publisher: Japanese only through the organization it is attributed to.
    const s4 = await add({
      source: ids.sources.newsReport,
      attributedOrganization: ids.organizations.japanMod,
      topics: [ids.topics.deterrence],
    });
    const last = await add(matchingAll());
    await Promise.all(Object.values(subs).map((s) => s.waitFor(last.id)));

    const expected: Record<keyof typeof subs, string[]> = {
      all: [warmUp, s1.id, s2.id, s3.id, s4.id, last.id],
      japan: [warmUp, s2.id, s4.id, last.id],
      kim: [warmUp, s3.id, last.id],
      nakataniCall: [warmUp, s1.id, s2.id, last.id],
      articleV: [warmUp, s2.id, last.id],
      trilateral: [warmUp, s3.id, last.id],
      usAndDeterrence: [warmUp, s1.id, last.id],
      nakataniOrKim: [warmUp, s2.id, s3.id, last.id],
    };
    for (const [name, received] of Object.entries(subs)) {
      assert.deepEqual(received.ids, expected[name as keyof typeof subs], `subscription ${name}`);
      assert.equal(received.errors, null);
    }
    // The statement resolves through the usual resolvers, titles of the day included.
    const kimEvent = subs.kim.events.find((e) => e.statement.id === s3.id)!;
    assert.equal(kimEvent.statement.text, s3.text);
    assert.deepEqual(
      kimEvent.statement.speakers.map((s) => s.title),
      ['Acting Minister of National Defense'],
    );
    assert.deepEqual(
      kimEvent.statement.topics.map((t) => t.slug),
      ['trilateral-cooperation'],
    );
    const cursors = subs.all.events.map((e) => e.cursor);
    assert.equal(new Set(cursors).size, cursors.length, 'every event has its own cursor');
    for (const s of Object.values(subs)) s.unsubscribe();
  });

  test('bad arguments are BAD_USER_INPUT errors; queries belong on HTTP; the socket keeps serving', { timeout: 120_000 }, async () => {
    const c = client();
    const attempts: [string, Record<string, unknown>, string][] = [
      ['a malformed cursor', { after: '%%%' }, 'BAD_USER_INPUT'],
      [
        'a cursor of another list',
        { after: (await server.data('{ statements(first: 1) { pageInfo { endCursor } } }')).statements.pageInfo.endCursor },
        'BAD_USER_INPUT',
      ],
      ['a topic id given as a speaker', { filter: { speakerIds: [toGlobalId('Topic', ids.topics.senkaku)] } }, 'BAD_USER_INPUT'],
      ['a malformed id', { filter: { callIds: ['nope!'] } }, 'BAD_USER_INPUT'],
      ['a country name for a code', { filter: { countries: ['Japan'] } }, 'BAD_USER_INPUT'],
      [
        'more values than a filter takes',
        { filter: { topicIds: Array(101).fill(toGlobalId('Topic', ids.topics.senkaku)) } },
        'BAD_USER_INPUT',
      ],
    ];
    for (const [what, variables, code] of attempts) {
      const s = new Received(c, variables);
      await s.waitForEnd();
      assert.equal(s.errors?.[0]?.extensions?.code, code, what);
      assert.deepEqual(s.events, []);
    }
    const query = new Received(c, {}, '{ statements(first: 1) { totalCount } }');
    await query.waitForEnd();
    assert.equal((query.failure as { extensions?: { code?: string } }[])[0].extensions?.code, 'BAD_REQUEST');
    const invalid = new Received(c, {}, 'subscription { statementAdded { nope } }');
    await invalid.waitForEnd();
    assert.equal((invalid.failure as { extensions?: { code?: string } }[])[0].extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
    const unparsable = new Received(c, {}, 'subscription {');
    await unparsable.waitForEnd();
    assert.equal((unparsable.failure as { extensions?: { code?: string } }[])[0].extensions?.code, 'GRAPHQL_PARSE_FAILED');
    const nested = (depth: number): string =>
      depth === 0 ? 'id' : `call { statements(first: 100) { edges { node { ${nested(depth - 1)} } } } }`;
    const tooDeep = new Received(c, {}, `subscription { statementAdded { statement { ${nested(4)} } } }`);
    await tooDeep.waitForEnd();
    assert.equal(
      (tooDeep.failure as { extensions?: { code?: string } }[])[0].extensions?.code,
      'QUERY_LIMIT_EXCEEDED',
      'the HTTP query limits apply',
    );

    const fine = new Received(c, { after: await latestCursor() });
    const s = await add(matchingAll());
    await fine.waitFor(s.id);
    fine.unsubscribe();
  });

  test('resume: after a disconnect, exactly the missed statements arrive in order, then live ones', { timeout: 120_000 }, async () => {
    const first = client();
    const before = new Received(first, { after: await latestCursor() });
    const seen = await add(matchingAll());
    await before.waitFor(seen.id);
    const cursor = before.lastCursor;
    await first.dispose();

    const kimOnly = { speakerIds: [toGlobalId('Official', ids.officials.kim)] };
    const missed = [];
    for (let i = 0; i < 3; i++) missed.push(await add({ source: ids.sources.rokRelease, speakers: i === 1 ? [ids.officials.kim] : [] }));

    const second = client();
    const resumed = new Received(second, { after: cursor });
    const resumedKim = new Received(second, { after: cursor, filter: kimOnly });
    await resumed.waitFor(missed[2].id);
    assert.deepEqual(
      resumed.ids,
      missed.map((m) => m.id),
      'the missed ones, in order',
    );
    const live = [
      await add({ source: ids.sources.rokRelease, speakers: [ids.officials.kim] }),
      await add({ source: ids.sources.rokRelease }),
    ];
    await resumed.waitFor(live[1].id);
    assert.deepEqual(
      resumed.ids,
      [...missed, ...live].map((m) => m.id),
      'then the live ones, once each',
    );
    await resumedKim.waitFor(live[0].id);
    assert.deepEqual(resumedKim.ids, [missed[1].id, live[0].id], 'a resumed filter replays only what matches');

    // Hand-over under load: statements keep arriving while the replay runs.
    const during: string[] = [];
    const writer = (async () => {
      for (let i = 0; i < 12; i++) {
        const s = await add({ source: ids.sources.rokRelease });
        during.push(s.id);
      }
    })();
    const racing = new Received(second, { after: cursor });
    await writer;
    await racing.waitFor(during[during.length - 1]);
    assert.deepEqual(racing.ids, [...missed, ...live].map((m) => m.id).concat(during), 'no gap and no duplicate at the hand-over');
    // And the cursor of any event resumes right after it.
    const middle = new Received(second, { after: racing.events[4].cursor });
    await middle.waitFor(during[during.length - 1]);
    assert.deepEqual(middle.ids, racing.ids.slice(5));
    for (const s of [resumed, resumedKim, racing, middle]) s.unsubscribe();
  });

  test(
    'a cursor from before this instance started replays from the database, in batches, then from memory',
    { timeout: 120_000 },
    async () => {
      await insertManyStatements(server.app.db, 600, ids.sources.newsReport);
      const inSeqOrder: string[] = (await server.app.db.query('SELECT statement_id AS id FROM statement_events ORDER BY seq')).map(
        (r: { id: number }) => toGlobalId('Statement', r.id),
      );
      // The start of the record: before the seeded statements, which predate this instance.
      const s = new Received(client(), { after: eventCursor(0) });
      await s.waitFor(inSeqOrder[inSeqOrder.length - 1]);
      const live = await add(matchingAll());
      await s.waitFor(live.id);
      assert.deepEqual(s.ids, [...inSeqOrder, live.id]);
      s.unsubscribe();
    },
  );

  test("a burst larger than a subscriber may queue is delivered whole, at the client's pace", { timeout: 120_000 }, async () => {
    const s = new Received(client(), { after: await latestCursor() });
    await subscribeLive([s]);
    const burst = await insertManyStatements(server.app.db, 2500, ids.sources.newsReport);
    await s.waitFor(burst[burst.length - 1], 45_000);
    assert.deepEqual(s.ids.slice(1), burst);
    assert.equal(s.errors, null);
    s.unsubscribe();
  });

  test(
    'the listener reconnects on its own after losing its connection, and delivers what was committed meanwhile',
    { timeout: 120_000 },
    async () => {
      const s = new Received(client(), { after: await latestCursor() });
      await subscribeLive([s]);
      const [{ terminated }] = await server.app.db.query(
        `SELECT count(pg_terminate_backend(pid))::int AS terminated FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()`,
        [LISTENER_APPLICATION_NAME],
      );
      assert.equal(terminated, 1, 'one listening connection per instance');
      const duringGap = [await add(matchingAll()), await add(matchingAll())];
      await s.waitFor(duringGap[1].id);
      const afterwards = await add(matchingAll());
      await s.waitFor(afterwards.id);
      assert.deepEqual(
        s.ids.slice(-3),
        [...duringGap, afterwards].map((x) => x.id),
      );
      assert.equal(new Set(s.ids).size, s.ids.length, 'no duplicates');
      s.unsubscribe();
    },
  );
});

describe('the socket protocol', () => {
  const init = { type: 'connection_init' };
  const subscribe = (id: string) => ({ id, type: 'subscribe', payload: { query: 'subscription { statementAdded { cursor } }' } });

  test('misbehaving clients get their close codes, and others are served meanwhile', { timeout: 120_000 }, async () => {
    const bystander = new Received(client(), { after: await latestCursor() });
    await subscribeLive([bystander]);

    const cases: [string, (socket: RawSocket) => Promise<void> | void, number][] = [
      ['no connection_init', () => undefined, 4408],
      [
        'a second connection_init',
        async (socket) => {
          socket.send(init);
          await socket.message('connection_ack');
          socket.send(init);
        },
        4429,
      ],
      ['subscribe before the ack', (socket) => socket.send(subscribe('1')), 4401],
      [
        'a duplicate subscription id',
        async (socket) => {
          socket.send(init);
          await socket.message('connection_ack');
          socket.send(subscribe('1'));
          socket.send(subscribe('1'));
        },
        4409,
      ],
      ['malformed JSON', (socket) => socket.send('{"type": "connection_init"'), 4400],
      [
        'a message larger than MAX_BODY_BYTES',
        (socket) => socket.send(`{"type":"ping","payload":{"x":"${'x'.repeat(server.config.limits.maxBodyBytes)}"}}`),
        1009,
      ],
      [
        'a message of an unknown type',
        async (socket) => {
          socket.send(init);
          await socket.message('connection_ack');
          socket.send({ type: 'hello' });
        },
        4400,
      ],
    ];
    for (const [what, misbehave, code] of cases) {
      const socket = new RawSocket(server.url);
      await socket.opened;
      await misbehave(socket);
      assert.equal((await socket.closed).code, code, what);
    }
    const noProtocol = new RawSocket(server.url, []);
    assert.equal((await noProtocol.closed).code, 4406, 'no graphql-transport-ws subprotocol');

    const s = await add(matchingAll());
    await bystander.waitFor(s.id);
    bystander.unsubscribe();
  });

  test('the upgrade is refused to browser origins outside the allow-list', { timeout: 120_000 }, async () => {
    const foreign = new RawSocket(server.url, undefined, { origin: 'https://evil.example' });
    await assert.rejects(foreign.opened, /HTTP 403/);
    for (const origin of ['https://studio.apollographql.com', new URL(server.url).origin]) {
      const allowed = new RawSocket(server.url, undefined, { origin });
      await allowed.opened;
      allowed.send(init);
      await allowed.message('connection_ack');
      allowed.close();
    }
  });
});

describe('API keys on the socket, writes through the API, and shutdown', () => {
  test(
    'with REQUIRE_AUTH_FOR_READS, connection_init needs a working key (4401 without, 4403 refused); addStatement reaches subscribers; subscribes share the rate limit; stop() closes with 1001',
    { timeout: 120_000 },
    async () => {
      const locked = await startTestServer('subscriptions_auth', { REQUIRE_AUTH_FOR_READS: 'true', RATE_LIMIT_PER_MINUTE: '4' });
      let stopped = false;
      try {
        const reader = await newKey(locked, Role.READER);
        const editor = await newKey(locked, Role.EDITOR);
        const revoked = await newKey(locked, Role.READER);
        await revokeApiKeyLocally(locked.app.db, locked.config, { name: revoked.name });
        const attempt = async (connectionParams: Record<string, unknown> | undefined) => {
          const socket = new RawSocket(locked.url);
          await socket.opened;
          socket.send({ type: 'connection_init', payload: connectionParams });
          return socket;
        };
        assert.equal((await (await attempt(undefined)).closed).code, 4401, 'no key');
        const refusals: [string, string][] = [
          ['not a Bearer credential', reader.key],
          ['not a key of this service', 'Bearer not-a-key'],
          ['an unknown key', `Bearer ask_${'A'.repeat(43)}`],
          ['a revoked key', revoked.headers.authorization],
        ];
        for (const [what, authorization] of refusals) {
          const { code, reason } = await (await attempt({ authorization })).closed;
          assert.equal(code, 4403, what);
          assert.ok(!reason.includes(reader.key.slice(4)), 'the close reason never repeats a key');
        }

        let closed!: (code: number) => void;
        const closedWith = new Promise<number>((resolve) => (closed = resolve));
        const keyed = connect(locked.url, {
          connectionParams: { authorization: reader.headers.authorization },
          on: { closed: (event) => closed((event as { code: number }).code) },
        });
        clients.push(keyed);
        const s = new Received(keyed, {
          after: (await locked.data('{ latestStatementCursor }', {}, reader.headers)).latestStatementCursor,
        });

        // Recorded through the write API: announced at commit with its speaker and topic in place.
        const refs = await referenceRowIds(locked.app.db);
        const { addStatement } = await locked.data(
          `mutation($input: AddStatementInput!) { addStatement(input: $input) { statement { id } } }`,
          {
            input: {
              text: 'Nakatani said the two ministers confirmed that Article V applies to the Senkaku Islands.',
              kind: 'PARAPHRASE',
              date: '2025-01-31',
              sourceId: toGlobalId('Source', refs.sources.japanRelease),
              speakerIds: [toGlobalId('Official', refs.officials.nakatani)],
              topicIds: [toGlobalId('Topic', refs.topics.senkaku)],
            },
          },
          editor.headers,
        );
        await s.waitFor(addStatement.statement.id);
        const event = s.events.find((e) => e.statement.id === addStatement.statement.id)!;
        assert.deepEqual(
          event.statement.speakers.map((sp) => sp.title),
          ['Minister of Defense'],
        );
        assert.deepEqual(
          event.statement.topics.map((t) => t.slug),
          ['senkaku-islands'],
        );

        // The key's budget (4 a minute, shared with its HTTP requests) allows two more subscribes,
        // not six (on a slow machine a token may have come back meanwhile: counts, not exact timing).
        const more = Array.from({ length: 6 }, () => new Received(keyed, { after: s.lastCursor }));
        await waitUntil(
          () => more.some((r) => r.failure !== null),
          () => 'a subscribe refused by the rate limit',
        );
        const refused = more.filter((r) => r.failure !== null);
        for (const r of refused) assert.equal((r.failure as { extensions?: { code?: string } }[])[0].extensions?.code, 'RATE_LIMITED');
        assert.ok(more.length - refused.length >= 2, `${more.length - refused.length} of 6 subscribes served`);

        stopped = true;
        await locked.stop();
        assert.equal(await closedWith, 1001, 'Going Away');
      } finally {
        if (!stopped) await locked.stop();
      }
    },
  );
});
