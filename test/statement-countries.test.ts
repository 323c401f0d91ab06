import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Role } from '../src/auth/role';
import { toGlobalId } from '../src/common/global-id';
import { newKey, startTestServer, type TestKey, type TestServer } from './helpers';
import { referenceRowIds } from './statements';

/** The `countries` filter reads statement_countries, which triggers keep; it must follow every change. */
let server: TestServer;
let editor: TestKey;
before(async () => {
  server = await startTestServer('statement_countries');
  editor = await newKey(server, Role.EDITOR);
});
after(async () => {
  await server?.stop();
});

const inCountry = async (code: string): Promise<Set<string>> => {
  const data = await server.data(`query($c: [String!]) { statements(first: 100, filter: { countries: $c }) { edges { node { id } } } }`, {
    c: [code],
  });
  return new Set(data.statements.edges.map((e: any) => e.node.id));
};

test("a speaker's new country moves their statements to it; a new statement is filed under its speaker's country", async () => {
  const ids = await referenceRowIds(server.app.db);
  // Nakatani speaks in the reference data (his press conference); readout prose has parties, not speakers.
  const nakatani = toGlobalId('Official', ids.officials.nakatani);
  const own = await server.data(
    `query($s: [ID!]) { statements(first: 100, filter: { speakerIds: $s }) { edges { node { id } } } official: node(id: "${nakatani}") { ... on Official { version } } }`,
    { s: [nakatani] },
  );
  const statements: string[] = own.statements.edges.map((e: any) => e.node.id);
  assert.ok(statements.length > 0);
  const before = await inCountry('RU');
  assert.ok(statements.every((id) => !before.has(id)));

  const move = async (countryCode: string, version: number) =>
    (
      await server.data(
        `mutation($input: UpdateOfficialInput!) { updateOfficial(input: $input) { official { version } } }`,
        { input: { id: nakatani, countryCode, version } },
        editor.headers,
      )
    ).updateOfficial.official.version as number;
  const version = await move('RU', own.official.version);
  const moved = await inCountry('RU');
  assert.ok(
    statements.every((id) => moved.has(id)),
    'every statement of the speaker is filed under the new country',
  );
  await move('JP', version);
  const back = await inCountry('RU');
  assert.ok(
    statements.every((id) => !back.has(id)),
    'and leaves it when the speaker does',
  );

  const { addStatement } = await server.data(
    `mutation($input: AddStatementInput!) { addStatement(input: $input) { statement { id } } }`,
    {
      input: {
        text: "A statement to file under its speaker's country",
        kind: 'PARAPHRASE',
        date: '2025-01-31',
        sourceId: toGlobalId('Source', ids.sources.rokRelease),
        speakerIds: [nakatani],
      },
    },
    editor.headers,
  );
  assert.ok((await inCountry('JP')).has(addStatement.statement.id), "filed under the speaker's country, not only the publisher's");
});
