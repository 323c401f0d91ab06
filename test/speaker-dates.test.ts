import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Role } from '../src/auth/role';
import { toGlobalId } from '../src/common/global-id';
import { cloneStatements, newKey, startTestServer, type TestKey, type TestServer } from './helpers';
import { referenceRowIds, type ReferenceRowIds } from './statements';

/**
 * An official's statements are read off statement_speakers in date order (its copy of the
 * statement's date, kept by triggers). The lists must equal what the statements themselves say:
 * the root list filtered by speaker, which reads statements.date.
 */
let server: TestServer;
let editor: TestKey;
let ids: ReferenceRowIds;
/** The official who spoke the most statements. */
let busiest: number;
before(async () => {
  server = await startTestServer('speaker_dates');
  editor = await newKey(server, Role.EDITOR);
  ids = await referenceRowIds(server.app.db);
  // Enough statements for several pages, on many dates (a statement's new date goes through the trigger).
  const clones = await cloneStatements(server.app.db, 90);
  await server.app.db.query(`UPDATE statements SET date = date - (id * 7 % 45) WHERE id = ANY($1)`, [clones]);
  [{ official_id: busiest }] = await server.app.db.query(
    `SELECT official_id FROM statement_speakers GROUP BY official_id ORDER BY count(*) DESC, official_id LIMIT 1`,
  );
});
after(async () => {
  await server?.stop();
});

/** Speaker rows whose date is not their statement's. */
const stale = async (): Promise<unknown[]> =>
  server.app.db.query(`SELECT sp.statement_id, sp.official_id, sp.date, s.date AS statement_date
                         FROM statement_speakers sp JOIN statements s ON s.id = sp.statement_id WHERE sp.date <> s.date`);

type Page = { edges: { cursor: string; node: { id: string; date: string } }[]; pageInfo: { endCursor: string; hasNextPage: boolean } };
const PAGE = `edges { cursor node { id date } } pageInfo { endCursor hasNextPage }`;

/** The official's own list (Official.statements). */
async function officialPage(official: number, args: Record<string, unknown>): Promise<Page> {
  const data = await server.data(
    `query($id: ID!, $first: Int, $last: Int, $after: String, $before: String, $orderBy: StatementOrder) {
      node(id: $id) { ... on Official { statements(first: $first, last: $last, after: $after, before: $before, orderBy: $orderBy) { ${PAGE} } } } }`,
    { id: toGlobalId('Official', official), ...args },
  );
  return data.node.statements;
}

/** The root list narrowed to the official's statements: reads statements.date, not the copy. */
async function rootPage(official: number, args: Record<string, unknown>): Promise<Page> {
  const data = await server.data(
    `query($s: [ID!], $first: Int, $after: String, $orderBy: StatementOrder) {
      statements(first: $first, after: $after, orderBy: $orderBy, filter: { speakerIds: $s }) { ${PAGE} } }`,
    { s: [toGlobalId('Official', official)], ...args },
  );
  return data.statements;
}

const nodes = (page: Page) => page.edges.map((e) => `${e.node.date} ${e.node.id}`);

test("every speaker row holds its statement's date, whatever an insert says", async () => {
  assert.deepEqual(await stale(), []);
  const [{ id }] = await server.app.db.query(
    `INSERT INTO statements (text, kind, date, source_id) VALUES ('A statement dated by its own row', 'PARAPHRASE', '2024-06-01', $1) RETURNING id`,
    [ids.sources.japanRelease],
  );
  await server.app.db.query(`INSERT INTO statement_speakers (statement_id, official_id, position, date) VALUES ($1, $2, 0, '1999-01-01')`, [
    id,
    ids.officials.nakatani,
  ]);
  const [row] = await server.app.db.query(`SELECT date::text FROM statement_speakers WHERE statement_id = $1`, [id]);
  assert.equal(row.date, '2024-06-01');
  await server.app.db.query(`UPDATE statement_speakers SET date = '1999-01-01' WHERE statement_id = $1`, [id]);
  assert.deepEqual(await stale(), [], 'nor an update of the copy alone');
});

test("an official's pages equal the root list filtered by speaker, newest and earliest first, page after page", async () => {
  for (const official of [busiest, ids.officials.nakatani, ids.officials.kim]) {
    for (const orderBy of ['DATE_DESC', 'DATE_ASC']) {
      // First page (batched, LATERAL), then pages after its cursor (one query per parent), against the root list's pages.
      let own = await officialPage(official, { first: 7, orderBy });
      let root = await rootPage(official, { first: 7, orderBy });
      let pages = 1;
      for (;;) {
        assert.deepEqual(nodes(own), nodes(root), `official ${official} ${orderBy} page ${pages}`);
        assert.deepEqual(
          own.edges.map((e) => e.cursor),
          root.edges.map((e) => e.cursor),
          'the same cursors',
        );
        assert.equal(own.pageInfo.hasNextPage, root.pageInfo.hasNextPage);
        if (!own.pageInfo.hasNextPage) break;
        own = await officialPage(official, { first: 7, orderBy, after: own.pageInfo.endCursor });
        root = await rootPage(official, { first: 7, orderBy, after: root.pageInfo.endCursor });
        pages++;
      }
      if (official === busiest) assert.ok(pages >= 3, `several pages (${pages})`);
    }
  }
});

test('cursors cross between the batched first page and the single-parent pages, both ways', async () => {
  const official = busiest;
  const first = await officialPage(official, { first: 5, orderBy: 'DATE_DESC' });
  const second = await officialPage(official, { first: 5, orderBy: 'DATE_DESC', after: first.pageInfo.endCursor });
  assert.equal(second.edges.length, 5);
  assert.ok(!nodes(second).some((n) => nodes(first).includes(n)), 'the next page, not the first again');
  // Back from the single-parent page's first cursor: the batched first page.
  const back = await officialPage(official, { last: 5, orderBy: 'DATE_DESC', before: second.edges[0].cursor });
  assert.deepEqual(nodes(back), nodes(first));
  assert.deepEqual(
    back.edges.map((e) => e.cursor),
    first.edges.map((e) => e.cursor),
  );
  // A cursor of the root list reads in the official's list, and the other way round.
  const root = await rootPage(official, { first: 5, orderBy: 'DATE_DESC' });
  assert.deepEqual(nodes(await officialPage(official, { first: 5, orderBy: 'DATE_DESC', after: root.pageInfo.endCursor })), nodes(second));
  assert.deepEqual(nodes(await rootPage(official, { first: 5, orderBy: 'DATE_DESC', after: first.pageInfo.endCursor })), nodes(second));
});

test("a statement's new date moves it in each of its speakers' lists", async () => {
  // A statement with two speakers, neither of whose newest it is.
  const other = busiest === ids.officials.kim ? ids.officials.nakatani : ids.officials.kim;
  const insert = async (text: string, date: string, officials: number[]): Promise<number> => {
    const [{ id }] = await server.app.db.query(
      `INSERT INTO statements (text, kind, date, source_id) VALUES ($1, 'PARAPHRASE', $2, $3) RETURNING id`,
      [text, date, ids.sources.japanRelease],
    );
    for (const [position, official] of officials.entries()) {
      await server.app.db.query(`INSERT INTO statement_speakers (statement_id, official_id, position) VALUES ($1, $2, $3)`, [
        id,
        official,
        position,
      ]);
    }
    return id;
  };
  const pick = { id: await insert('A statement whose date is corrected', '2020-03-01', [busiest, other]), officials: [busiest, other] };
  await insert('A later statement of one of its speakers', '2025-02-01', [other]);
  const id = toGlobalId('Statement', pick.id);
  for (const official of pick.officials) {
    const newest = await officialPage(official, { first: 1, orderBy: 'DATE_DESC' });
    assert.notEqual(newest.edges[0].node.id, id);
  }
  // No mutation edits a statement's date (statements are recorded, not edited): change it as a correction would, in SQL.
  await server.app.db.query(`UPDATE statements SET date = '2030-01-01', version = version + 1 WHERE id = $1`, [pick.id]);
  for (const official of pick.officials) {
    const newest = await officialPage(official, { first: 1, orderBy: 'DATE_DESC' });
    assert.deepEqual(nodes(newest), [`2030-01-01 ${id}`], `newest of official ${official}`);
    const earliest = await officialPage(official, { last: 1, orderBy: 'DATE_ASC' });
    assert.deepEqual(nodes(earliest), [`2030-01-01 ${id}`], `last in date order for official ${official}`);
  }
  assert.deepEqual(await stale(), []);
});

test("a statement added through the API is in its speakers' lists at its date", async () => {
  const { addStatement } = await server.data(
    `mutation($input: AddStatementInput!) { addStatement(input: $input) { statement { id date } } }`,
    {
      input: {
        text: 'A statement added to test its speakers dates',
        kind: 'PARAPHRASE',
        date: '2025-01-30',
        sourceId: toGlobalId('Source', ids.sources.rokRelease),
        speakerIds: [toGlobalId('Official', ids.officials.kim), toGlobalId('Official', ids.officials.nakatani)],
      },
    },
    editor.headers,
  );
  assert.deepEqual(await stale(), []);
  for (const official of [ids.officials.kim, ids.officials.nakatani]) {
    const own = await officialPage(official, { first: 100, orderBy: 'DATE_DESC' });
    const root = await rootPage(official, { first: 100, orderBy: 'DATE_DESC' });
    assert.ok(nodes(own).includes(`2025-01-30 ${addStatement.statement.id}`));
    assert.deepEqual(nodes(own), nodes(root));
  }
});
