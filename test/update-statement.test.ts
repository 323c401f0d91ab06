import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Role } from '../src/auth/role';
import { newKey, startTestServer, type TestKey, type TestServer } from './helpers';
import {
  ARTICLE_V,
  auditOf,
  countRows,
  DEFENSE_OF_ROK,
  expectError,
  KIM_CALL,
  mutate,
  mutateOk,
  recordHegsethKimCall,
  referenceIds,
} from './write-helpers';

let server: TestServer;
let editor: TestKey;
let admin: TestKey;
let reader: TestKey;
let ref: Awaited<ReturnType<typeof referenceIds>>;

before(async () => {
  server = await startTestServer('update_statement');
  editor = await newKey(server, Role.EDITOR);
  admin = await newKey(server, Role.ADMIN);
  reader = await newKey(server, Role.READER);
  ref = await referenceIds(server);
});
after(async () => {
  await server?.stop();
});

const STATEMENT = `id version text kind date
  speakers { official { name } title } attributedOrganization { name } parties { official { name } title }
  source { title } reportedIn { title } call { title } commitments { id stance commitment { title } } topics { slug }`;

/** A U.S. readout statement of its own source, as a mistaken accept might have recorded it. */
async function readout(text: string, date: string, extra: Record<string, unknown> = {}) {
  return (
    await mutateOk(
      server,
      editor.headers,
      'addStatement',
      {
        text,
        kind: 'PARAPHRASE',
        date,
        attributedOrganizationId: ref.organizations['Department of Defense'],
        newSource: {
          kind: 'READOUT',
          title: `Readout: ${text.slice(0, 40)}`,
          publishedOn: date,
          language: 'en',
          publisherId: ref.organizations['Department of Defense'],
        },
        ...extra,
      },
      `statement { ${STATEMENT} }`,
    )
  ).statement;
}

const update = (input: Record<string, unknown>, headers = editor.headers) =>
  mutate(server, headers, 'updateStatement', input, `statement { ${STATEMENT} }`);

describe('updateStatement', () => {
  test('corrects every field in one transaction; speakers’ dates, countries and search follow', async () => {
    const s = await readout('Secretary Hegseth spoke with the Japanese minister about deterrence in the region.', '2025-01-30');
    assert.equal(s.version, 1);
    const result = await update({
      id: s.id,
      version: 1,
      text: 'Acting Minister Kim and Secretary Hegseth reaffirmed the ironclad alliance and trilateral cooperation.',
      kind: 'DIRECT_QUOTE',
      date: '2024-11-20',
      speakerIds: [ref.officials['Kim Seon-ho']],
      attributedOrganizationId: null,
      partyIds: [ref.officials['Pete Hegseth'], ref.officials['Kim Seon-ho']],
      callId: ref.calls[KIM_CALL],
      commitments: [{ commitmentId: ref.commitments[DEFENSE_OF_ROK], stance: 'REAFFIRMS' }],
      topicIds: [ref.topics['trilateral-cooperation']],
      reportedInSourceIds: [ref.sources[Object.keys(ref.sources).find((t) => t.startsWith('Ministry of National Defense release'))!]],
    });
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    const u = result.data!.updateStatement.statement;
    assert.equal(u.version, 2);
    assert.equal(u.kind, 'DIRECT_QUOTE');
    assert.equal(u.date, '2024-11-20');
    assert.equal(u.attributedOrganization, null);
    // The title on the corrected date: Kim was vice minister before 5 December 2024.
    assert.deepEqual(u.speakers, [{ official: { name: 'Kim Seon-ho' }, title: 'Vice Minister of National Defense' }]);
    assert.deepEqual(
      u.parties.map((p: any) => p.official.name),
      ['Pete Hegseth', 'Kim Seon-ho'],
    );
    assert.equal(u.call.title, KIM_CALL);
    assert.deepEqual(
      u.commitments.map((c: any) => [c.stance, c.commitment.title]),
      [['REAFFIRMS', DEFENSE_OF_ROK]],
    );
    assert.deepEqual(
      u.topics.map((t: any) => t.slug),
      ['trilateral-cooperation'],
    );
    assert.equal(u.reportedIn.length, 1);

    // Derived rows: the speaker row carries the new date, the countries are Kim's and the publisher's.
    const [speakerRow] = await server.app.db.query(
      `SELECT sp.date::text AS date FROM statement_speakers sp JOIN statements s ON s.id = sp.statement_id WHERE s.text = $1`,
      [u.text],
    );
    assert.equal(speakerRow.date, '2024-11-20');
    const inCountry = async (code: string) =>
      (
        await server.data(`query($c: [String!]) { statements(first: 100, filter: { countries: $c }) { edges { node { id } } } }`, {
          c: [code],
        })
      ).statements.edges.some((e: any) => e.node.id === s.id);
    assert.equal(await inCountry('KR'), true, 'a Korean speaker makes it a Korean statement');
    assert.equal(await inCountry('US'), true, 'the publisher stays American');
    const search = async (text: string) =>
      (await server.data(`query($t: String!) { search(text: $t, first: 50) { edges { node { id } } } }`, { t: text })).search.edges.some(
        (e: any) => e.node.id === s.id,
      );
    assert.equal(await search('ironclad trilateral'), true, 'the new words are found');
    assert.equal(await search('Japanese minister'), false, 'the old ones are not');
    assert.equal(await search('Seon-ho'), true, "the new speaker's name is found");
    const official = async (name: string) =>
      (
        await server.data(
          `query($id: ID!) { node(id: $id) { ... on Official { statements(first: 100, orderBy: DATE_DESC) { edges { node { id date } } } } } }`,
          {
            id: ref.officials[name],
          },
        )
      ).node.statements.edges.map((e: any) => e.node.id);
    assert.ok((await official('Kim Seon-ho')).includes(s.id), "among Kim's statements");

    // Reported positions read the corrected parties and commitments: the U.S. readout now reports
    // Kim reaffirming the defense of the ROK, which Korea's own release about the Kim call confirms.
    const reported = await server.data(
      `query($kim: ID!, $call: ID!) { reportedPositions(first: 100, filter: { partyIds: [$kim], callIds: [$call], subjects: [COMMITMENT] }) { edges { node { status statement { id } } } } }`,
      { kim: ref.officials['Kim Seon-ho'], call: ref.calls[KIM_CALL] },
    );
    assert.deepEqual(
      reported.reportedPositions.edges.filter((e: any) => e.node.statement.id === s.id).map((e: any) => e.node.status),
      ['CONFIRMED'],
    );

    // Only what is given changes; the commitment kept keeps its StatementCommitment id.
    const kept = u.commitments[0].id;
    const again = await update({
      id: s.id,
      version: 2,
      commitments: [
        { commitmentId: ref.commitments[DEFENSE_OF_ROK], stance: 'AFFIRMS' },
        { commitmentId: ref.commitments[ARTICLE_V], stance: 'QUALIFIES' },
      ],
    });
    assert.equal(again.errors, undefined, JSON.stringify(again.errors));
    const v3 = again.data!.updateStatement.statement;
    assert.equal(v3.version, 3);
    assert.equal(v3.text, u.text);
    assert.equal(v3.speakers.length, 1);
    assert.equal(v3.commitments.find((c: any) => c.commitment.title === DEFENSE_OF_ROK).id, kept);
    assert.deepEqual(v3.commitments.map((c: any) => c.stance).sort(), ['AFFIRMS', 'QUALIFIES']);

    // The audit entry says what changed, the link sets included.
    const [entry] = await auditOf(server, admin.headers, s.id);
    assert.equal(entry.operation, 'updateStatement');
    assert.equal(entry.action, 'UPDATE');
    assert.deepEqual(
      (entry.before as any).commitments.map((c: any) => c.stance),
      ['REAFFIRMS'],
    );
    assert.equal((entry.after as any).commitments.length, 2);
  });

  test('a stale version is a CONFLICT; a retry with the same clientMutationId replays; bad corrections change nothing', async () => {
    const s = await readout('The Secretary discussed force posture at Kadena with his counterpart.', '2025-01-30');
    const first = await update({
      id: s.id,
      version: 1,
      text: 'The Secretary discussed the MQ-9 deployment at Kadena.',
      clientMutationId: 'fix-kadena',
    });
    assert.equal(first.errors, undefined, JSON.stringify(first.errors));
    const replay = await update({
      id: s.id,
      version: 1,
      text: 'The Secretary discussed the MQ-9 deployment at Kadena.',
      clientMutationId: 'fix-kadena',
    });
    assert.equal(replay.errors, undefined, 'the retry returns the first result');
    assert.equal(replay.data!.updateStatement.statement.version, 2, 'and writes nothing again');
    expectError(await update({ id: s.id, version: 1, text: 'Something else.', clientMutationId: 'fix-kadena' }), 'CONFLICT');
    const stale = expectError(await update({ id: s.id, version: 1, text: 'A late edit.' }), 'CONFLICT', ['input', 'version']);
    assert.equal(stale.currentVersion, 2);

    const before = await countRows(server, ['statements', 'statement_speakers', 'statement_commitments', 'audit_log']);
    expectError(await update({ id: s.id, version: 2, attributedOrganizationId: null }), 'BAD_USER_INPUT', ['input', 'speakerIds']);
    expectError(await update({ id: s.id, version: 2, date: '2025-03-01' }), 'BAD_USER_INPUT', ['input', 'date']);
    expectError(await update({ id: s.id, version: 2, text: null }), 'BAD_USER_INPUT', ['input', 'text']);
    expectError(
      await update({ id: s.id, version: 2, speakerIds: [ref.officials['Kim Seon-ho']], callId: 'Q2FsbDo5OTk5OTk' }),
      'NOT_FOUND',
      ['input', 'callId'],
    );
    const other = await readout('A second statement of another readout.', '2025-01-30');
    const clash = await update({ id: other.id, version: 1, text: s.text });
    assert.equal(clash.errors, undefined, 'the same text in another source is fine');
    const dup = await readout('A third statement.', '2025-01-30');
    const sameSource = await server.data(`query($id: ID!) { node(id: $id) { ... on Statement { source { id } } } }`, { id: s.id });
    expectError(
      await update({
        id: dup.id,
        version: 1,
        sourceId: sameSource.node.source.id,
        text: 'The Secretary discussed the MQ-9 deployment at Kadena.',
      }),
      'CONFLICT',
      ['input', 'text'],
    );
    const afterwards = await countRows(server, ['statements', 'statement_speakers', 'statement_commitments', 'audit_log']);
    assert.equal(afterwards.statements, before.statements + 2);
    assert.equal(afterwards.statement_speakers, before.statement_speakers, 'a failed update left no speaker behind');

    expectError(await update({ id: s.id, version: 2, text: 'x' }, {}), 'UNAUTHENTICATED');
    expectError(await update({ id: s.id, version: 2, text: 'x' }, reader.headers), 'FORBIDDEN');
    expectError(await update({ id: ref.calls[KIM_CALL], version: 1, text: 'x' }), 'BAD_USER_INPUT', ['input', 'id']);
  });

  test('a statement recorded without its call makes a false omission; setting the call removes it', async () => {
    const call = (title: string, date: string) => recordHegsethKimCall(server, editor.headers, ref, title, date);
    const affirm = [{ commitmentId: ref.commitments[DEFENSE_OF_ROK], stance: 'REAFFIRMS' }];
    const second = await call('Hegseth–Kim second call (corrections)', '2025-03-04');
    await readout('Secretary Hegseth reaffirmed the U.S. commitment to the defense of the ROK.', '2025-03-04', {
      callId: second,
      commitments: affirm,
    });
    const third = await call('Hegseth–Kim third call (corrections)', '2025-04-10');
    await readout('The two leaders discussed the security situation on the Korean Peninsula.', '2025-04-10', { callId: third });
    // Accepted without its call: the U.S. side did reaffirm the commitment in the third call.
    const orphan = await readout('Secretary Hegseth again reaffirmed the ironclad U.S. commitment to defending the ROK.', '2025-04-10', {
      commitments: affirm,
    });

    const omissions = async () =>
      (
        await server.data(`{ commitmentOmissions(countries: ["US", "KR"]) { call { id } side { code } commitment { title } } }`)
      ).commitmentOmissions.map((o: any) => [o.call.id, o.side.code, o.commitment.title]);
    assert.deepEqual(await omissions(), [[third, 'US', DEFENSE_OF_ROK]], 'the false omission');
    const positions = async () =>
      (
        await server.data(
          `query($id: ID!) { node(id: $id) { ... on Call { comparison { sides { country { code } commitments { title } } } } } }`,
          { id: third },
        )
      ).node.comparison.sides;

    const fixed = await update({ id: orphan.id, version: orphan.version, callId: third });
    assert.equal(fixed.errors, undefined, JSON.stringify(fixed.errors));
    assert.deepEqual(await omissions(), [], 'gone once the statement names its call');
    const us = (await positions()).find((side: any) => side.country.code === 'US');
    assert.deepEqual(
      us.commitments.map((c: any) => c.title),
      [DEFENSE_OF_ROK],
      "the call's comparison counts it too",
    );
    // And back: clearing the call brings the omission back, from the data as it is.
    await update({ id: orphan.id, version: orphan.version + 1, callId: null });
    assert.deepEqual(await omissions(), [[third, 'US', DEFENSE_OF_ROK]]);
  });
});

describe('acceptDraft and near-duplicates', () => {
  test('a draft whose text nearly equals a statement of the same source is refused with its id, unless the editor confirms', async () => {
    const imported = await mutateOk(
      server,
      editor.headers,
      'importDocument',
      {
        text: 'Secretary of Defense Pete Hegseth said that the United States remains committed to its alliance with Japan. Hegseth said that the two ministers will meet again soon. Hegseth said that both sides will keep in close touch on deterrence.',
        publishedOn: '2025-02-03',
      },
      'importDocument { drafts(first: 10) { edges { node { id version } } } }',
    );
    const drafts = imported.importDocument.drafts.edges.map((e: any) => e.node);
    assert.ok(drafts.length >= 2, `drafts: ${JSON.stringify(drafts)}`);
    const japanRelease = ref.sources[Object.keys(ref.sources).find((t) => t.startsWith('Ministry of Defense release'))!];
    const recorded = await server.data(
      `query($s: [ID!]) { statements(first: 50, filter: { sourceIds: $s }) { edges { node { id text } } } }`,
      { s: [japanRelease] },
    );
    const meet = recorded.statements.edges.map((e: any) => e.node).find((n: any) => /willingness to meet in person/.test(n.text));
    // The same sentence with one word changed and curly quotes: a second copy of it, not a new statement.
    const near = `${meet.text.replace('earliest possible time', 'earliest possible date')} “Soon.”`;
    const accept = (draft: any, text: string, extra: Record<string, unknown> = {}) =>
      mutate(
        server,
        editor.headers,
        'acceptDraft',
        { draftId: draft.id, version: draft.version, edits: { text, sourceId: japanRelease }, ...extra },
        'draft { status } statement { id text }',
      );
    const before = await countRows(server, ['statements']);
    const refused = expectError(await accept(drafts[0], near), 'CONFLICT', ['input', 'edits', 'text']);
    assert.equal(refused.existingId, meet.id);
    assert.ok(refused.similarity >= 0.7 && refused.similarity < 1, `similarity ${refused.similarity}`);
    assert.deepEqual(await countRows(server, ['statements']), before, 'nothing recorded');

    const confirmed = await accept(drafts[0], near, { confirmNearDuplicate: true });
    assert.equal(confirmed.errors, undefined, JSON.stringify(confirmed.errors));
    assert.equal(confirmed.data!.acceptDraft.draft.status, 'ACCEPTED');
    // The exact text again is the unique key's CONFLICT, confirmed or not.
    expectError(await accept(drafts[1], meet.text, { confirmNearDuplicate: true }), 'CONFLICT', ['input', 'text']);
    // A different statement of the same source needs no confirmation.
    const other = await accept(drafts[1], 'Minister Nakatani said that the two sides will hold a two-plus-two meeting this year.');
    assert.equal(other.errors, undefined, JSON.stringify(other.errors));
  });
});
