import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Client } from 'graphql-ws';
import { Role } from '../src/auth/role';
import { decodeRowId } from '../src/common/global-id';
import { newKey, startTestServer, type TestKey, type TestServer } from './helpers';
import { expectError, KIM_CALL, mutateOk, NAKATANI_CALL, referenceIds } from './write-helpers';
import { connect, Received } from './ws';

let server: TestServer;
let editor: TestKey;
let admin: TestKey;
let ref: Awaited<ReturnType<typeof referenceIds>>;
const clients: Client[] = [];

before(async () => {
  server = await startTestServer('statement_changes');
  editor = await newKey(server, Role.EDITOR);
  admin = await newKey(server, Role.ADMIN);
  ref = await referenceIds(server);
});
after(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await server?.stop();
});

function client(): Client {
  const c = connect(server.url);
  clients.push(c);
  return c;
}

const STATEMENT_CHANGED = `subscription Changed($filter: StatementAddedFilter, $after: String, $kinds: [StatementChangeKind!]) {
  statementChanged(filter: $filter, after: $after, kinds: $kinds) {
    cursor kind statementId matchesFilter statement { id text call { title } speakers { official { name } } }
  }
}`;

interface Change {
  cursor: string;
  kind: 'ADDED' | 'UPDATED' | 'DELETED';
  statementId: string;
  matchesFilter: boolean;
  statement: { id: string; text: string; call: { title: string } | null; speakers: { official: { name: string } }[] } | null;
}

/** One `statementChanged` subscription and what it has received. */
class Changes {
  readonly events: Change[] = [];
  errors: unknown = null;
  private readonly waiting = new Set<() => void>();
  readonly unsubscribe: () => void;

  constructor(c: Client, variables: Record<string, unknown>) {
    this.unsubscribe = c.subscribe<{ statementChanged: Change }>(
      { query: STATEMENT_CHANGED, variables },
      {
        next: (result) => {
          if (result.errors) this.errors = result.errors;
          if (result.data?.statementChanged) this.events.push(result.data.statementChanged);
          for (const check of [...this.waiting]) check();
        },
        error: (error) => {
          this.errors = error;
          for (const check of [...this.waiting]) check();
        },
        complete: () => undefined,
      },
    );
  }

  /** "KIND id" of every event, in order. */
  get seen(): string[] {
    return this.events.map((e) => `${e.kind} ${e.statementId}`);
  }

  /** Waits until `times` events of this kind about this statement have arrived. */
  waitFor(kind: Change['kind'], id: string, times = 1, timeoutMs = 30_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (this.errors) {
          this.waiting.delete(check);
          reject(new Error(`subscription failed: ${JSON.stringify(this.errors)}`));
        } else if (this.seen.filter((e) => e === `${kind} ${id}`).length >= times) {
          this.waiting.delete(check);
          clearTimeout(timer);
          resolve();
        }
      };
      const timer = setTimeout(() => {
        this.waiting.delete(check);
        reject(new Error(`timed out waiting for ${kind} ${id}; seen ${JSON.stringify(this.seen)}`));
      }, timeoutMs);
      this.waiting.add(check);
      check();
    });
  }
}

async function latestCursor(): Promise<string> {
  return (await server.data<{ latestStatementCursor: string }>('{ latestStatementCursor }')).latestStatementCursor;
}

let counter = 0;
/** A statement of Japan's release by Nakatani about the Nakatani call, through the API. */
async function add(): Promise<{ id: string; version: number }> {
  counter += 1;
  const japanRelease = ref.sources[Object.keys(ref.sources).find((t) => t.startsWith('Ministry of Defense release'))!];
  return (
    await mutateOk(
      server,
      editor.headers,
      'addStatement',
      {
        text: `Minister Nakatani said the alliance keeps its deterrence strong (${counter}).`,
        kind: 'PARAPHRASE',
        date: '2025-01-31',
        sourceId: japanRelease,
        callId: ref.calls[NAKATANI_CALL],
        speakerIds: [ref.officials['Gen Nakatani']],
      },
      'statement { id version }',
    )
  ).statement;
}

/** Moves the statement to the Kim call, spoken by Kim: out of Japan's call, into Korea's. */
const moveToKorea = (s: { id: string; version: number }) =>
  mutateOk(
    server,
    editor.headers,
    'updateStatement',
    { id: s.id, version: s.version, callId: ref.calls[KIM_CALL], speakerIds: [ref.officials['Kim Seon-ho']], text: `Moved ${s.id}.` },
    'statement { id version }',
  );

const remove = (id: string) => mutateOk(server, admin.headers, 'deleteNode', { id }, 'deletedId');

describe('statementChanged', () => {
  test('additions, updates and deletes arrive with their kind; filters match before or after a change; statementAdded stays additions-only', async () => {
    const c = client();
    const from = await latestCursor();
    const all = new Changes(c, { after: from });
    const nakataniCall = new Changes(c, { after: from, filter: { callIds: [ref.calls[NAKATANI_CALL]] } });
    const korea = new Changes(c, { after: from, filter: { countries: ['KR'] } });
    const deletesOnly = new Changes(c, { after: from, kinds: ['DELETED'] });
    const added = new Received(c, { after: from });

    const s = await add();
    await all.waitFor('ADDED', s.id);
    const moved = (await moveToKorea(s)).statement;
    assert.equal(moved.version, s.version + 1);
    await all.waitFor('UPDATED', s.id);
    await remove(s.id);
    await all.waitFor('DELETED', s.id);
    // A marker: everything before it has been dispatched to every subscription.
    const marker = await add();
    await Promise.all([all, nakataniCall].map((x) => x.waitFor('ADDED', marker.id)));
    await added.waitFor(marker.id);

    // One event per statement and transaction: the update touched the row and its speakers, one UPDATED.
    assert.deepEqual(all.seen, [`ADDED ${s.id}`, `UPDATED ${s.id}`, `DELETED ${s.id}`, `ADDED ${marker.id}`]);
    const [a, u, d] = all.events;
    assert.equal(a.statement?.call?.title, NAKATANI_CALL);
    assert.equal(u.statement?.id, s.id, 'an update carries the statement as it is now');
    assert.deepEqual(
      u.statement?.speakers.map((x) => x.official.name),
      ['Kim Seon-ho'],
    );
    assert.equal(d.statement, null, 'a delete carries the id only');
    assert.deepEqual(
      all.events.map((e) => e.matchesFilter),
      [true, true, false, true],
    );
    assert.equal(new Set(all.events.map((e) => e.cursor)).size, 4);

    // Matched before the update (Nakatani's call), not after: it hears the update, which says it left; not the delete.
    assert.deepEqual(nakataniCall.seen, [`ADDED ${s.id}`, `UPDATED ${s.id}`, `ADDED ${marker.id}`]);
    assert.deepEqual(
      nakataniCall.events.map((e) => e.matchesFilter),
      [true, false, true],
    );
    // Japanese before, Korean after: the update brings it in; the delete, by its last facts, reaches it too.
    await korea.waitFor('DELETED', s.id);
    assert.deepEqual(korea.seen, [`UPDATED ${s.id}`, `DELETED ${s.id}`]);
    assert.deepEqual(
      korea.events.map((e) => e.matchesFilter),
      [true, false],
    );
    await deletesOnly.waitFor('DELETED', s.id);
    assert.deepEqual(deletesOnly.seen, [`DELETED ${s.id}`]);
    // statementAdded: the additions only.
    assert.deepEqual(added.ids, [s.id, marker.id]);
    for (const x of [all, nakataniCall, korea, deletesOnly]) assert.equal(x.errors, null);
    for (const x of [all, nakataniCall, korea, deletesOnly, added]) x.unsubscribe();
  });

  test("changes that only recompute derived columns, or vanish within their transaction, are not announced; any writer's edit is", async () => {
    const c = client();
    const all = new Changes(c, { after: await latestCursor() });
    const official = await server.data(`query($id: ID!) { node(id: $id) { ... on Official { version aliases } } }`, {
      id: ref.officials['Gen Nakatani'],
    });
    // Renaming a speaker recomputes the search document of each of their statements: not a change of the statements.
    await mutateOk(
      server,
      editor.headers,
      'updateOfficial',
      { id: ref.officials['Gen Nakatani'], version: official.node.version, aliases: [...official.node.aliases, 'Nakatani Gen (test)'] },
      'official { id }',
    );
    // Inserted and deleted in one transaction: nothing to announce.
    await server.app.db.transaction(async (m) => {
      const [{ id }] = await m.query(
        `INSERT INTO statements (text, kind, date, source_id, attributed_organization_id)
         SELECT 'Here and gone.', 'PARAPHRASE', '2025-01-31', source_id, attributed_organization_id FROM statements LIMIT 1 RETURNING id`,
      );
      await m.query('UPDATE statements SET text = $2 WHERE id = $1', [id, 'Here, changed and gone.']);
      await m.query('DELETE FROM statements WHERE id = $1', [id]);
    });
    const marker = await add();
    await all.waitFor('ADDED', marker.id);
    // Any writer's change of a statement's own columns is one: psql as well as the API.
    await server.app.db.query('UPDATE statements SET text = $2 WHERE id = $1', [decodeRowId(marker.id, 'Statement'), 'Edited in SQL.']);
    await all.waitFor('UPDATED', marker.id);
    assert.deepEqual(all.seen, [`ADDED ${marker.id}`, `UPDATED ${marker.id}`]);
    assert.equal(all.events[1].statement?.text, 'Edited in SQL.');
    all.unsubscribe();
  });

  test('resumption with `after` after a reconnect misses nothing: the updates and deletes made meanwhile arrive in order', async () => {
    const first = client();
    const before = new Changes(first, { after: await latestCursor() });
    const s1 = await add();
    const s2 = await add();
    await before.waitFor('ADDED', s2.id);
    const cursor = before.events[before.events.length - 1].cursor;
    await first.dispose();

    // While away: an update, a delete, an addition.
    const moved = (await moveToKorea(s1)).statement;
    await remove(s2.id);
    const s3 = await add();

    const second = client();
    const resumed = new Changes(second, { after: cursor });
    const resumedKorea = new Changes(second, { after: cursor, filter: { countries: ['KR'] } });
    await resumed.waitFor('ADDED', s3.id);
    assert.deepEqual(resumed.seen, [`UPDATED ${s1.id}`, `DELETED ${s2.id}`, `ADDED ${s3.id}`]);
    // Then live.
    await mutateOk(
      server,
      editor.headers,
      'updateStatement',
      { id: s1.id, version: moved.version, text: 'Corrected again.' },
      'statement { id }',
    );
    await resumed.waitFor('UPDATED', s1.id, 2);
    await resumedKorea.waitFor('UPDATED', s1.id, 2);
    assert.deepEqual(resumed.seen, [`UPDATED ${s1.id}`, `DELETED ${s2.id}`, `ADDED ${s3.id}`, `UPDATED ${s1.id}`]);
    assert.deepEqual(resumedKorea.seen, [`UPDATED ${s1.id}`, `UPDATED ${s1.id}`], 'the filter applies to replayed and live changes alike');
    assert.equal(resumed.events[3].statement?.text, 'Corrected again.');

    // An older cursor: the events of a statement deleted since still come, without the statement.
    const replay = new Changes(second, { after: cursor, kinds: ['UPDATED', 'DELETED'] });
    await replay.waitFor('UPDATED', s1.id);
    await replay.waitFor('DELETED', s2.id);
    assert.deepEqual(replay.seen.slice(0, 2), [`UPDATED ${s1.id}`, `DELETED ${s2.id}`]);
    for (const x of [resumed, resumedKorea, replay]) x.unsubscribe();
  });

  test('bad arguments are BAD_USER_INPUT', async () => {
    const c = client();
    const bad = async (variables: Record<string, unknown>) => {
      const x = new Changes(c, variables);
      await new Promise<void>((resolve) => {
        const poll = setInterval(() => {
          if (x.errors) {
            clearInterval(poll);
            resolve();
          }
        }, 10);
      });
      return x.errors as { extensions?: { code?: string } }[];
    };
    assert.equal((await bad({ kinds: [] }))[0].extensions?.code, 'BAD_USER_INPUT');
    assert.equal((await bad({ after: 'not-a-cursor' }))[0].extensions?.code, 'BAD_USER_INPUT');
    expectError(
      await server.gql(`mutation { updateStatement(input: { id: "x", version: 1 }) { statement { id } } }`, {}, editor.headers),
      'BAD_USER_INPUT',
    );
  });
});
