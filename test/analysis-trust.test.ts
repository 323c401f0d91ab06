import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Role } from '../src/auth/role';
import { newKey, startTestServer, type TestKey, type TestServer } from './helpers';
import {
  ARTICLE_V,
  DEFENSE_OF_JAPAN,
  DEFENSE_OF_ROK,
  expectError,
  KIM_CALL,
  mutate,
  mutateOk,
  NAKATANI_CALL,
  referenceIds,
} from './write-helpers';

/**
 * Issue 21: analysis answers that are right as of a date, per call, agreement rather than
 * overlap, positions beyond commitments, echoes, the corrected reference record, and deployment
 * status on a date. Each case is checked on data written here through the API, with cases on
 * both sides (later affirmations, several calls, divergent stances).
 */
let server: TestServer;
let editor: TestKey;
let ref: Awaited<ReturnType<typeof referenceIds>>;

before(async () => {
  server = await startTestServer('analysis_trust');
  editor = await newKey(server, Role.EDITOR);
  ref = await referenceIds(server);
});
after(async () => {
  await server?.stop();
});

const COMMAND = 'Modernization of U.S.-Japan Alliance command and control';
const SOUTHWEST = "Expanded bilateral presence in Japan's southwest islands";
const PENTAGON_NAKATANI = "Pentagon readout of Secretary of Defense Pete Hegseth's call with Japan's Minister of Defense Gen Nakatani";
const JAPAN_RELEASE = "Ministry of Defense release on Minister Gen Nakatani's telephone talk with U.S. Secretary of Defense Pete Hegseth";
const ROK_RELEASE =
  "Ministry of National Defense release on Acting Minister Kim Seon-ho's telephone call with U.S. Secretary of Defense Pete Hegseth";

const dod = () => ref.organizations['Department of Defense'];
const japanMod = () => ref.organizations['Ministry of Defense'];

/** A statement recorded through the API, with a new source of its own unless `sourceId` is given. */
async function addStatement(input: {
  text: string;
  date: string;
  publisher: string;
  callId?: string;
  sourceId?: string;
  sourceTitle?: string;
  parties?: string[];
  commitments?: { commitmentId: string; stance: string }[];
  topicIds?: string[];
}): Promise<{ id: string; sourceId: string }> {
  const { statement } = await mutateOk(
    server,
    editor.headers,
    'addStatement',
    {
      text: input.text,
      kind: 'PARAPHRASE',
      date: input.date,
      callId: input.callId,
      attributedOrganizationId: input.publisher,
      partyIds: input.parties ?? [],
      commitments: input.commitments ?? [],
      topicIds: input.topicIds ?? [],
      ...(input.sourceId
        ? { sourceId: input.sourceId }
        : {
            newSource: {
              kind: 'PRESS_RELEASE',
              title: input.sourceTitle ?? `Release of ${input.date}: ${input.text.slice(0, 40)}`,
              publishedOn: input.date,
              language: 'en',
              publisherId: input.publisher,
              callId: input.callId,
            },
          }),
    },
    'statement { id source { id } }',
  );
  return { id: statement.id, sourceId: statement.source.id };
}

describe('daysSinceLastAffirmed(asOf:)', () => {
  test('counts from the latest affirmation on or before asOf, never from a later one; null before the first', async () => {
    const id = ref.commitments[DEFENSE_OF_JAPAN];
    // The reference record affirms it on 2025-01-31 (Nakatani's press conference). Later: an
    // affirmation, a qualification (which is not an affirmation) and a reaffirmation.
    const on = (date: string, stance: string) =>
      addStatement({
        text: `Statement on the defense of Japan, ${stance.toLowerCase()}, ${date}.`,
        date,
        publisher: dod(),
        commitments: [{ commitmentId: id, stance }],
      });
    await on('2025-03-20', 'AFFIRMS');
    await on('2025-04-01', 'QUALIFIES');
    await on('2025-05-01', 'REAFFIRMS');
    const days = async (asOf: string) =>
      (
        await server.data('query($id: ID!, $asOf: Date) { node(id: $id) { ... on Commitment { daysSinceLastAffirmed(asOf: $asOf) } } }', {
          id,
          asOf,
        })
      ).node.daysSinceLastAffirmed;
    assert.equal(await days('2025-01-20'), null, 'nothing affirmed it on or before asOf');
    assert.equal(await days('2025-01-31'), 0);
    assert.equal(await days('2025-02-10'), 10);
    assert.equal(await days('2025-04-16'), 27, 'from 2025-03-20: the qualification does not count, the May reaffirmation is later');
    assert.equal(await days('2025-06-01'), 31);
  });
});

describe('readoutComparison over sources of different calls', () => {
  test('is refused with BAD_USER_INPUT naming the calls; sources of one call still compare', async () => {
    const result = await server.gql('query($ids: [ID!]!) { readoutComparison(sourceIds: $ids) { call { title } } }', {
      ids: [ref.sources[PENTAGON_NAKATANI], ref.sources[ROK_RELEASE]],
    });
    const extensions = expectError(result, 'BAD_USER_INPUT', ['sourceIds']);
    const message = result.errors![0].message;
    assert.match(message, new RegExp(NAKATANI_CALL));
    assert.match(message, new RegExp(KIM_CALL));
    assert.deepEqual([...extensions.calls].sort(), [ref.calls[KIM_CALL], ref.calls[NAKATANI_CALL]].sort());

    const { readoutComparison } = await server.data('query($ids: [ID!]!) { readoutComparison(sourceIds: $ids) { call { title } } }', {
      ids: [ref.sources[PENTAGON_NAKATANI], ref.sources[JAPAN_RELEASE]],
    });
    assert.equal(readoutComparison.call.title, NAKATANI_CALL);
  });
});

describe('agreement, not overlap', () => {
  let callId: string;
  let usTopicStatement: string;
  let usReadout: string;

  test('each commitment of a comparison says whether the sides agree; `shared` stays overlap', async () => {
    const recorded = await mutateOk(
      server,
      editor.headers,
      'recordCall',
      {
        title: 'Hegseth–Nakatani follow-up call',
        kind: 'PHONE_CALL',
        date: '2025-06-10',
        timeZone: 'Asia/Tokyo',
        participants: [{ officialId: ref.officials['Pete Hegseth'], isInitiator: true }, { officialId: ref.officials['Gen Nakatani'] }],
      },
      'call { id }',
    );
    callId = recorded.call.id;
    const c = (title: string) => ref.commitments[title];
    const both = [ref.officials['Pete Hegseth'], ref.officials['Gen Nakatani']];
    const us = await addStatement({
      text: 'The two ministers reaffirmed Article V, the defense of Japan and the modernization of command and control, and the southwest presence.',
      date: '2025-06-10',
      publisher: dod(),
      callId,
      sourceTitle: 'Readout of the follow-up call',
      parties: both,
      commitments: [
        { commitmentId: c(ARTICLE_V), stance: 'REAFFIRMS' },
        { commitmentId: c(DEFENSE_OF_JAPAN), stance: 'REAFFIRMS' },
        { commitmentId: c(COMMAND), stance: 'REAFFIRMS' },
        { commitmentId: c(SOUTHWEST), stance: 'AFFIRMS' },
      ],
    });
    usReadout = us.sourceId;
    usTopicStatement = (
      await addStatement({
        text: 'The two ministers discussed exercises around the southwest islands.',
        date: '2025-06-10',
        publisher: dod(),
        callId,
        sourceId: usReadout,
        parties: both,
        topicIds: [ref.topics['southwest-islands']],
      })
    ).id;
    const jp = await addStatement({
      text: 'The ministers confirmed the defense of Japan; Article V applies to the Senkaku Islands subject to consultation.',
      date: '2025-06-10',
      publisher: japanMod(),
      callId,
      sourceTitle: 'Japanese release on the follow-up call',
      parties: both,
      commitments: [
        { commitmentId: c(ARTICLE_V), stance: 'QUALIFIES' },
        { commitmentId: c(DEFENSE_OF_JAPAN), stance: 'AFFIRMS' },
      ],
    });
    await addStatement({
      text: 'Japan does not take part in the command-and-control plan as proposed.',
      date: '2025-06-10',
      publisher: japanMod(),
      callId,
      sourceId: jp.sourceId,
      parties: [ref.officials['Gen Nakatani']],
      commitments: [{ commitmentId: c(COMMAND), stance: 'WITHDRAWS' }],
    });

    const { node } = await server.data(
      `query($id: ID!) { node(id: $id) { ... on Call { comparison {
        call { id } commitments { commitment { title } shared agreement countries { code } }
      } } } }`,
      { id: callId },
    );
    const agreement = Object.fromEntries(node.comparison.commitments.map((x: any) => [x.commitment.title, [x.shared, x.agreement]]));
    assert.deepEqual(agreement, {
      [ARTICLE_V]: [true, 'SOME_QUALIFY'],
      [DEFENSE_OF_JAPAN]: [true, 'ALL_AFFIRM'],
      [COMMAND]: [true, 'SOME_WITHDRAW'],
      [SOUTHWEST]: [false, 'ONE_SIDE_ONLY'],
    });
    // The reference calls: the defense of the ROK is affirmed by both sides; Article V is Japan's only.
    const kim = await server.data(
      `query($id: ID!) { node(id: $id) { ... on Call { comparison { commitments { commitment { title } agreement } } } } }`,
      { id: ref.calls[KIM_CALL] },
    );
    assert.equal(kim.node.comparison.commitments.find((x: any) => x.commitment.title === DEFENSE_OF_ROK).agreement, 'ALL_AFFIRM');

    // The same divergent stances as reported positions: the U.S. readout has Nakatani reaffirm
    // command and control, which Japan's release withdraws from.
    const { reportedPositions } = await server.data(
      `query($f: ReportedPositionFilter) { reportedPositions(filter: $f, first: 50) { edges { node { status commitment { title } } } } }`,
      { f: { callIds: [callId], partyIds: [ref.officials['Gen Nakatani']], reportedByCountries: ['US'], subjects: ['COMMITMENT'] } },
    );
    const status = Object.fromEntries(reportedPositions.edges.map((e: any) => [e.node.commitment.title, e.node.status]));
    assert.deepEqual(status, { [ARTICLE_V]: 'DENIED', [DEFENSE_OF_JAPAN]: 'CONFIRMED', [COMMAND]: 'DENIED', [SOUTHWEST]: 'NOT_CONFIRMED' });
  });

  test('a source records that it echoes another source; the confirmation state uses it; its own statements are refused', async () => {
    const POSITION = `query($f: ReportedPositionFilter) { reportedPositions(filter: $f, first: 50) {
      edges { node { subject status topic { slug } echoingSources { title } } } } }`;
    const filter = { callIds: [callId], partyIds: [ref.officials['Gen Nakatani']], subjects: ['TOPIC'] };
    const before = (await server.data(POSITION, { f: filter })).reportedPositions.edges.map((e: any) => e.node);
    assert.deepEqual(
      before.map((p: any) => [p.topic.slug, p.status]),
      [['southwest-islands', 'NOT_CONFIRMED']],
    );
    const created = await mutateOk(
      server,
      editor.headers,
      'createSource',
      {
        kind: 'PRESS_RELEASE',
        title: 'Japanese summary along similar lines',
        publishedOn: '2025-06-11',
        publisherId: japanMod(),
        callId,
        echoedStatementIds: [usTopicStatement],
      },
      'source { id echoes { source { id } statements { id } } }',
    );
    assert.deepEqual(created.source.echoes, [{ source: { id: usReadout }, statements: [{ id: usTopicStatement }] }]);
    const afterEcho = (await server.data(POSITION, { f: filter })).reportedPositions.edges.map((e: any) => e.node);
    assert.deepEqual(
      afterEcho.map((p: any) => [p.topic.slug, p.status, p.echoingSources.map((s: any) => s.title)]),
      [['southwest-islands', 'CONFIRMED_BY_ECHO', ['Japanese summary along similar lines']]],
    );

    // A source cannot echo its own statement; nothing is written.
    const version = (await server.data('query($id: ID!) { node(id: $id) { ... on Source { version } } }', { id: usReadout })).node.version;
    expectError(
      await mutate(
        server,
        editor.headers,
        'updateSource',
        { id: usReadout, version, echoedStatementIds: [usTopicStatement] },
        'source { id }',
      ),
      'BAD_USER_INPUT',
      ['input', 'echoedStatementIds'],
    );
    const again = await server.data('query($id: ID!) { node(id: $id) { ... on Source { version echoes { source { id } } } } }', {
      id: usReadout,
    });
    assert.deepEqual([again.node.version, again.node.echoes], [version, []]);

    // An echoed statement is not deleted from under its echo.
    const admin = await newKey(server, Role.ADMIN);
    const refused = await mutate(server, admin.headers, 'deleteNode', { id: usTopicStatement }, 'deletedId');
    expectError(refused, 'CONFLICT');
    assert.match(refused.errors![0].message, /Source\.echoes/);
  });
});

describe('the reference record', () => {
  const POSITIONS = `query($f: ReportedPositionFilter) { reportedPositions(filter: $f, first: 100) {
    totalCount edges { node { subject status stance party { name } reportedBy { code } commitment { title } topic { slug }
      statement { text } confirmingStatements { text } echoingSources { title } } } } }`;
  const positions = async (f: Record<string, unknown>) =>
    (await server.data(POSITIONS, { f })).reportedPositions.edges.map((e: any) => e.node);

  test("Japan's release echoes the Pentagon readout: the positions the readout attributes to Nakatani are confirmed by echo", async () => {
    const { node } = await server.data(
      'query($id: ID!) { node(id: $id) { ... on Source { echoes { source { title } statements { text } } echoedBy { title } } } }',
      { id: ref.sources[JAPAN_RELEASE] },
    );
    assert.deepEqual(
      node.echoes.map((e: any) => [e.source.title, e.statements.length]),
      [[PENTAGON_NAKATANI, 3]],
    );
    const nakatani = await positions({
      callIds: [ref.calls[NAKATANI_CALL]],
      partyIds: [ref.officials['Gen Nakatani']],
      reportedByCountries: ['US'],
      subjects: ['COMMITMENT'],
    });
    assert.deepEqual(
      nakatani.map((p: any) => [p.commitment.title, p.status, p.echoingSources.map((s: any) => s.title)]),
      [
        [COMMAND, 'CONFIRMED_BY_ECHO', [JAPAN_RELEASE]],
        [SOUTHWEST, 'CONFIRMED_BY_ECHO', [JAPAN_RELEASE]],
      ],
    );
  });

  test("Nakatani's 'unwavering commitment of the U.S.' is Hegseth's reported position, which no U.S. source confirms", async () => {
    const { statements } = await server.data('{ statements(first: 100) { edges { node { text parties { official { name } } } } } }');
    const quote = statements.edges.map((e: any) => e.node).find((s: any) => /unwavering commitment of the U\.S\./.test(s.text));
    assert.deepEqual(
      quote.parties.map((p: any) => p.official.name),
      ['Pete Hegseth'],
    );
    const [position] = await positions({ commitmentIds: [ref.commitments[DEFENSE_OF_JAPAN]], callIds: [ref.calls[NAKATANI_CALL]] });
    assert.deepEqual(
      [position.party.name, position.reportedBy.code, position.stance, position.status],
      ['Pete Hegseth', 'JP', 'REAFFIRMS', 'NOT_CONFIRMED'],
    );
  });

  test('positions outside the commitments: Russia-North Korea, a "global comprehensive strategic alliance", meeting in person', async () => {
    const hegseth = await positions({ partyIds: [ref.officials['Pete Hegseth']], subjects: ['TOPIC'], reportedByCountries: ['KR', 'JP'] });
    const status = (slug: string, text: RegExp) =>
      hegseth.filter((p: any) => p.topic.slug === slug && text.test(p.statement.text)).map((p: any) => p.status);
    assert.deepEqual(status('russia-north-korea-cooperation', /Russia-North Korea/), ['NOT_CONFIRMED']);
    assert.deepEqual(status('global-comprehensive-strategic-alliance', /global comprehensive strategic alliance/), ['NOT_CONFIRMED']);
    assert.deepEqual(status('meeting-in-person', /meet in person/), ['NOT_CONFIRMED']);
    // The alliance itself is on the Pentagon readout too: confirmed, with the U.S. statement.
    const alliance = hegseth.find((p: any) => p.topic.slug === 'us-rok-alliance' && /global comprehensive/.test(p.statement.text));
    assert.equal(alliance.status, 'CONFIRMED');
    assert.ok(alliance.confirmingStatements.length > 0);
    assert.ok(hegseth.every((p: any) => p.subject === 'TOPIC' && p.commitment === null && p.stance === null));

    // A U.S. statement about the Kim call on Russia-North Korea cooperation confirms it.
    await addStatement({
      text: 'Secretary Hegseth shared concern over deepening Russia-North Korea military cooperation.',
      date: '2025-01-30',
      publisher: dod(),
      callId: ref.calls[KIM_CALL],
      parties: [ref.officials['Pete Hegseth']],
      topicIds: [ref.topics['russia-north-korea-cooperation']],
    });
    const later = await positions({ partyIds: [ref.officials['Pete Hegseth']], topicIds: [ref.topics['russia-north-korea-cooperation']] });
    assert.deepEqual(
      later.map((p: any) => [p.reportedBy.code, p.status]),
      [
        ['KR', 'CONFIRMED'],
        ['US', 'OWN_SIDE'],
      ],
    );
    expectError(await server.gql(POSITIONS, { f: { subjects: ['OPINION'] } }), 'BAD_USER_INPUT');
  });
});

describe('deployment status on a date', () => {
  test('the USMC MQ-9s, expected to end in August 2025, read ENDED (inferred) in December 2026 and ACTIVE (recorded) in May 2025', async () => {
    const QUERY = `query($asOf: Date) { deployments(first: 10) { edges { node {
      count operator { shortName } recordedStatus statusRecordedOn status(asOf: $asOf) statusBasis(asOf: $asOf) expectedEndMonth } } } }`;
    const on = async (asOf: string) =>
      Object.fromEntries(
        (await server.data(QUERY, { asOf })).deployments.edges.map((e: any) => [
          e.node.operator.shortName,
          [e.node.status, e.node.statusBasis, e.node.recordedStatus, e.node.statusRecordedOn],
        ]),
      );
    assert.deepEqual(await on('2026-12-06'), {
      USMC: ['ENDED', 'EXPECTED_END_PASSED', 'ACTIVE', '2025-02-02'],
      USAF: ['ACTIVE', 'RECORDED', 'ACTIVE', '2025-02-02'],
    });
    assert.deepEqual((await on('2025-08-31')).USMC, ['ACTIVE', 'RECORDED', 'ACTIVE', '2025-02-02']);
    assert.deepEqual((await on('2025-09-01')).USMC, ['ENDED', 'EXPECTED_END_PASSED', 'ACTIVE', '2025-02-02']);

    const active = async (statusAsOf: string) =>
      (
        await server.data('query($f: DeploymentFilter) { deployments(filter: $f) { edges { node { operator { shortName } } } } }', {
          f: { statuses: ['ACTIVE'], statusAsOf },
        })
      ).deployments.edges.map((e: any) => e.node.operator.shortName);
    assert.deepEqual(await active('2026-12-06'), ['USAF']);
    assert.deepEqual((await active('2025-05-01')).sort(), ['USAF', 'USMC']);
  });
});
