import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Client } from 'graphql-ws';
import { Role } from '../src/auth/role';
import { newKey, startTestServer, waitUntil, type TestKey, type TestServer } from './helpers';
import { connect } from './ws';
import {
  ARTICLE_V,
  DEFENSE_OF_ROK,
  expectError,
  KIM_CALL,
  mutateOk,
  NAKATANI_CALL,
  recordHegsethKimCall,
  recordHegsethKimReadout,
  referenceIds,
  TRILATERAL,
} from './write-helpers';

let server: TestServer;
let editor: TestKey;
let ref: Awaited<ReturnType<typeof referenceIds>>;

before(async () => {
  server = await startTestServer('analysis');
  editor = await newKey(server, Role.EDITOR);
  ref = await referenceIds(server);
});
after(async () => {
  await server?.stop();
});

const COMPARISON = `query($id: ID!) { node(id: $id) { ... on Call { comparison {
  truncated
  sides { country { code } statementCount sources { daysAfterCall minutesAfterCallStart publishedOn source { kind title } } commitments { title } topics { slug } }
  commitments { shared commitment { title } countries { code } missingFrom { code } sides { country { code } stances wordings } }
  topics { shared topic { slug } countries { code } }
} } } }`;

async function comparison(callTitle: string) {
  return (await server.data(COMPARISON, { id: ref.calls[callTitle] })).node.comparison;
}

const byTitle = (c: any, title: string) => c.commitments.find((x: any) => x.commitment.title === title);

describe('readout comparison', () => {
  test("Hegseth–Nakatani: Article V / Senkaku on Japan's side only", async () => {
    const c = await comparison(NAKATANI_CALL);
    assert.deepEqual(
      c.sides.map((s: any) => s.country.code),
      ['JP', 'US'],
    );
    const articleV = byTitle(c, ARTICLE_V);
    assert.equal(articleV.shared, false);
    assert.deepEqual(
      articleV.countries.map((x: any) => x.code),
      ['JP'],
    );
    assert.deepEqual(
      articleV.missingFrom.map((x: any) => x.code),
      ['US'],
    );
    assert.equal(articleV.sides[0].wordings.length, 2, 'the release and the press conference');
    const us = c.sides.find((s: any) => s.country.code === 'US');
    assert.ok(!us.commitments.some((x: any) => x.title === ARTICLE_V), 'the Pentagon readout does not mention Article V');
    assert.deepEqual(
      us.sources.map((s: any) => [s.source.kind, s.daysAfterCall]),
      [['READOUT', 0]],
    );
    const jp = c.sides.find((s: any) => s.country.code === 'JP');
    const conference = jp.sources.find((s: any) => s.source.kind === 'PRESS_CONFERENCE');
    assert.equal(conference.minutesAfterCallStart, 93, 'the press conference began at 08:33, the call at 07:00');
    assert.ok(c.topics.find((t: any) => t.topic.slug === 'deterrence').shared);
    assert.equal(c.truncated, false);
  });

  test('Hegseth–Kim: ROK-US-Japan cooperation on the ROK side only; the defense of the ROK on both, with both wordings', async () => {
    const c = await comparison(KIM_CALL);
    assert.deepEqual(
      c.sides.map((s: any) => s.country.code),
      ['KR', 'US'],
    );
    const trilateral = byTitle(c, TRILATERAL);
    assert.equal(trilateral.shared, false);
    assert.deepEqual(
      trilateral.countries.map((x: any) => x.code),
      ['KR'],
    );
    const rok = byTitle(c, DEFENSE_OF_ROK);
    assert.equal(rok.shared, true);
    assert.equal(c.commitments[0].commitment.title, DEFENSE_OF_ROK, 'shared commitments come first');
    const wording = Object.fromEntries(rok.sides.map((s: any) => [s.country.code, s.wordings]));
    assert.equal(wording.KR.length, 1);
    assert.match(wording.KR[0], /ironclad commitment of the United States to the defense of the Republic of Korea/);
    assert.deepEqual(wording.US, [
      "Secretary Hegseth reaffirmed the U.S. commitment to defending the ROK under President Trump's leadership",
    ]);
  });

  test('readoutComparison compares any sources about one event, and refuses bad ids', async () => {
    const sources = Object.entries(ref.sources)
      .filter(([title]) => /Kim Seon-ho/.test(title))
      .map(([, id]) => id);
    const { readoutComparison: c } = await server.data(
      `query($ids: [ID!]!) { readoutComparison(sourceIds: $ids) {
      call { title } sides { country { code } } commitments { shared commitment { title } } } }`,
      { ids: sources },
    );
    assert.equal(c.call.title, KIM_CALL);
    assert.deepEqual(
      c.sides.map((s: any) => s.country.code),
      ['KR', 'US'],
    );
    assert.ok(c.commitments.find((x: any) => x.commitment.title === DEFENSE_OF_ROK).shared);
    expectError(await server.gql('{ readoutComparison(sourceIds: []) { truncated } }'), 'BAD_USER_INPUT');
    expectError(await server.gql('{ readoutComparison(sourceIds: ["nope"]) { truncated } }'), 'BAD_USER_INPUT');
    expectError(
      await server.gql(`{ readoutComparison(sourceIds: ["${Buffer.from('Source:999999').toString('base64url')}"]) { truncated } }`),
      'NOT_FOUND',
    );
  });
});

const POSITIONS = `query($f: ReportedPositionFilter, $first: Int, $after: String) { reportedPositions(filter: $f, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node { status stance party { name } partyTitle partyCountry { code } reportedBy { code } commitment { title }
    statement { text source { kind } } confirmingStatements { text source { kind } } denyingStatements { text } } }
} }`;

async function positions(filter: Record<string, unknown>, first = 100) {
  return (await server.data(POSITIONS, { f: filter, first })).reportedPositions;
}

describe('reported versus confirmed', () => {
  test("Japan's release attributes Article V to both ministers; no U.S. source confirms it; paging and filters", async () => {
    const all = await positions({ commitmentIds: [ref.commitments[ARTICLE_V]] });
    const hegseth = all.edges.map((e: any) => e.node).filter((p: any) => p.party.name === 'Pete Hegseth');
    assert.equal(hegseth.length, 1);
    assert.deepEqual(
      [hegseth[0].status, hegseth[0].reportedBy.code, hegseth[0].partyCountry.code, hegseth[0].partyTitle],
      ['NOT_CONFIRMED', 'JP', 'US', 'Secretary of Defense'],
    );
    assert.ok(all.edges.some((e: any) => e.node.party.name === 'Gen Nakatani' && e.node.status === 'OWN_SIDE'));

    const unconfirmed = await positions({ partyCountries: ['US'], reportedByCountries: ['JP'], statuses: ['NOT_CONFIRMED'] });
    assert.ok(
      unconfirmed.edges.every(
        (e: any) => e.node.status === 'NOT_CONFIRMED' && e.node.reportedBy.code === 'JP' && e.node.partyCountry.code === 'US',
      ),
    );
    assert.ok(unconfirmed.edges.some((e: any) => e.node.commitment.title === ARTICLE_V));

    // The ROK release's "ironclad" attribution to Hegseth is confirmed by the Pentagon readout.
    const ironclad = (await positions({ commitmentIds: [ref.commitments[DEFENSE_OF_ROK]], reportedByCountries: ['KR'] })).edges[0].node;
    assert.equal(ironclad.status, 'CONFIRMED');
    assert.deepEqual(
      ironclad.confirmingStatements.map((s: any) => s.source.kind),
      ['READOUT'],
    );

    const everything = await positions({});
    const pages: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = (await server.data(POSITIONS, { f: null, first: 2, after: cursor })).reportedPositions;
      pages.push(...page.edges.map((e: any) => e.cursor));
      cursor = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (cursor);
    assert.deepEqual(
      pages,
      everything.edges.map((e: any) => e.cursor),
    );
    assert.equal(everything.totalCount, pages.length);
    // Backwards, like every other connection: last/before walk the same list from its end.
    const BACKWARDS = `query($last: Int, $before: String) { reportedPositions(last: $last, before: $before) {
      pageInfo { hasPreviousPage startCursor } edges { cursor } } }`;
    const backwards: string[] = [];
    let before: string | null = null;
    do {
      const page: any = (await server.data(BACKWARDS, { last: 2, before })).reportedPositions;
      backwards.unshift(...page.edges.map((e: any) => e.cursor));
      before = page.pageInfo.hasPreviousPage ? page.pageInfo.startCursor : null;
    } while (before);
    assert.deepEqual(backwards, pages);
    expectError(await server.gql(POSITIONS, { f: { statuses: ['MAYBE'] } }), 'BAD_USER_INPUT');
    expectError(await server.gql(POSITIONS, { f: {}, after: 'WyJ4Il0' }), 'BAD_USER_INPUT');
    expectError(await server.gql(POSITIONS, { f: {}, first: 100000 }), 'BAD_USER_INPUT');
  });

  test('a U.S. statement affirming Article V, recorded through the API, turns it to CONFIRMED and changes the comparison', async () => {
    await mutateOk(
      server,
      editor.headers,
      'addStatement',
      {
        text: 'Secretary Hegseth reaffirmed that Article V of the Treaty of Mutual Cooperation and Security applies to the Senkaku Islands.',
        kind: 'PARAPHRASE',
        date: '2025-01-30',
        callId: ref.calls[NAKATANI_CALL],
        newSource: {
          kind: 'PRESS_RELEASE',
          title: 'Department of Defense statement on the Senkaku Islands',
          publishedOn: '2025-01-30',
          language: 'en',
          publisherId: ref.organizations['Department of Defense'],
          callId: ref.calls[NAKATANI_CALL],
        },
        attributedOrganizationId: ref.organizations['Department of Defense'],
        partyIds: [ref.officials['Pete Hegseth']],
        commitments: [{ commitmentId: ref.commitments[ARTICLE_V], stance: 'REAFFIRMS' }],
      },
      'statement { id }',
    );
    const hegseth = (await positions({ commitmentIds: [ref.commitments[ARTICLE_V]], partyCountries: ['US'], reportedByCountries: ['JP'] }))
      .edges[0].node;
    assert.equal(hegseth.status, 'CONFIRMED');
    assert.match(hegseth.confirmingStatements[0].text, /Secretary Hegseth reaffirmed that Article V/);
    const articleV = byTitle(await comparison(NAKATANI_CALL), ARTICLE_V);
    assert.equal(articleV.shared, true);
    assert.deepEqual(
      articleV.countries.map((x: any) => x.code),
      ['JP', 'US'],
    );
  });
});

const WORDINGS = `query($id: ID!, $similarity: Float) { node(id: $id) { ... on Commitment {
  daysSinceLastAffirmed(asOf: "2025-02-10")
  wordingHistory(similarity: $similarity) { wording variants usageCount firstUsedOn lastUsedOn usedBy countries { code } stances firstStatement { id } }
  affirmations(first: 10) { totalCount edges { node { date stance wording author side { code } statement { parties { title official { name } } source { kind } } } } }
} } }`;

describe('commitment over time', () => {
  test('the defense of the ROK has two phrasings; a third, added through the API, appears at once; a near-identical one joins its group', async () => {
    const id = ref.commitments[DEFENSE_OF_ROK];
    const before = (await server.data(WORDINGS, { id })).node;
    assert.equal(before.wordingHistory.length, 2);
    assert.deepEqual(
      before.wordingHistory.map((p: any) => p.usedBy),
      [['Department of Defense'], ['Ministry of National Defense']],
    );
    assert.deepEqual(
      before.wordingHistory.map((p: any) => p.firstUsedOn),
      ['2025-01-30', '2025-01-31'],
    );
    assert.equal(before.daysSinceLastAffirmed, 10);
    const timeline = before.affirmations.edges.map((e: any) => e.node);
    assert.deepEqual(
      timeline.map((a: any) => [a.date, a.side.code, a.author]),
      [
        ['2025-01-30', 'US', 'Department of Defense'],
        ['2025-01-31', 'KR', 'Ministry of National Defense'],
      ],
    );
    assert.deepEqual(timeline[0].statement.parties, [{ title: 'Secretary of Defense', official: { name: 'Pete Hegseth' } }]);

    const third = 'The United States remains steadfast in its commitment to the security of the Republic of Korea.';
    await mutateOk(
      server,
      editor.headers,
      'addStatement',
      {
        text: third,
        kind: 'PARAPHRASE',
        date: '2025-02-03',
        newSource: {
          kind: 'READOUT',
          title: 'Readout of a follow-up',
          publishedOn: '2025-02-03',
          language: 'en',
          publisherId: ref.organizations['Department of Defense'],
        },
        attributedOrganizationId: ref.organizations['Department of Defense'],
        commitments: [{ commitmentId: id, stance: 'AFFIRMS' }],
      },
      'statement { id }',
    );
    const afterThird = (await server.data(WORDINGS, { id })).node.wordingHistory;
    assert.equal(afterThird.length, 3);
    assert.equal(afterThird[2].wording, third);
    assert.deepEqual(afterThird[2].stances, ['AFFIRMS']);

    await mutateOk(
      server,
      editor.headers,
      'addStatement',
      {
        text: 'The United States remains steadfast in its commitment to the security of the Republic of Korea!',
        kind: 'PARAPHRASE',
        date: '2025-02-04',
        newSource: {
          kind: 'READOUT',
          title: 'Readout of a second follow-up',
          publishedOn: '2025-02-04',
          language: 'en',
          publisherId: ref.organizations['Department of Defense'],
        },
        attributedOrganizationId: ref.organizations['Department of Defense'],
        commitments: [{ commitmentId: id, stance: 'AFFIRMS' }],
      },
      'statement { id }',
    );
    const afterNear = (await server.data(WORDINGS, { id })).node.wordingHistory;
    assert.equal(afterNear.length, 3, 'near-identical wordings share a phrasing');
    assert.deepEqual([afterNear[2].usageCount, afterNear[2].variants.length, afterNear[2].lastUsedOn], [2, 2, '2025-02-04']);
    expectError(await server.gql(WORDINGS, { id, similarity: 0.1 }), 'BAD_USER_INPUT');
  });
});

interface OmittedEvent {
  omission: {
    date: string;
    side: { code: string };
    commitment: { title: string };
    call: { id: string };
    priorCalls: { id: string }[];
    sources: { title: string }[];
    open: boolean;
  };
}

const OMITTED = `subscription($countries: [String!], $window: Int!, $settle: Int!) {
  commitmentOmitted(countries: $countries, window: $window, settleSeconds: $settle) {
    omission { date side { code } commitment { title } call { id } priorCalls { id } sources { title } open }
  }
}`;

describe('omissions', () => {
  let client: Client;
  after(() => client?.dispose());

  test("a subscriber hears when a call's new readout set drops a commitment its side affirmed in the two calls before; the query and the pair view agree", async () => {
    client = connect(server.url);
    const events: OmittedEvent[] = [];
    const errors: unknown[] = [];
    client.subscribe<{ commitmentOmitted: OmittedEvent }>(
      { query: OMITTED, variables: { countries: ['US', 'KR'], window: 2, settle: 1 } },
      {
        next: (r) => (r.data ? events.push(r.data.commitmentOmitted) : errors.push(r.errors)),
        error: (e) => errors.push(e),
        complete: () => undefined,
      },
    );
    // Registered once it rides on this instance's statement feed.
    await waitUntil(
      () => server.app.statementFeed.subscriberCount > 0 || errors.length > 0,
      () => 'the subscription on the feed',
      15_000,
    );
    assert.equal(server.app.statementFeed.subscriberCount, 1);

    const call = (title: string, date: string) => recordHegsethKimCall(server, editor.headers, ref, title, date);
    const readout = (callId: string, date: string, text: string, commitments: unknown[]) =>
      recordHegsethKimReadout(server, editor.headers, ref, callId, date, text, commitments);
    const affirm = [{ commitmentId: ref.commitments[DEFENSE_OF_ROK], stance: 'REAFFIRMS' }];

    const second = await call('Hegseth–Kim second telephone call', '2025-03-04');
    await readout(second, '2025-03-04', 'Secretary Hegseth reaffirmed the U.S. commitment to the defense of the ROK.', affirm);
    const third = await call('Hegseth–Kim third telephone call', '2025-04-10');
    await readout(third, '2025-04-10', 'The two leaders discussed the security situation on the Korean Peninsula.', []);

    await waitUntil(
      () => events.length > 0 || errors.length > 0,
      () => 'a commitmentOmitted event',
      30_000,
    );
    assert.deepEqual(errors, []);
    assert.equal(events.length, 1, "one omission: the third call's U.S. readout drops the defense of the ROK");
    const { omission } = events[0];
    assert.deepEqual([omission.call.id, omission.side.code, omission.commitment.title, omission.open], [third, 'US', DEFENSE_OF_ROK, true]);
    assert.deepEqual(
      omission.priorCalls.map((c) => c.id),
      [second, ref.calls[KIM_CALL]],
    );
    assert.deepEqual(
      omission.sources.map((s) => s.title),
      ['Readout of 2025-04-10'],
    );

    const { commitmentOmissions } = await server.data(
      `{ commitmentOmissions(countries: ["US", "KR"]) { call { id } side { code } commitment { title } } }`,
    );
    assert.deepEqual(
      commitmentOmissions.map((o: any) => [o.call.id, o.side.code, o.commitment.title]),
      [[third, 'US', DEFENSE_OF_ROK]],
    );
    const wider = await server.data(`{ commitmentOmissions(countries: ["US", "KR"], window: 3) { call { id } } }`);
    assert.deepEqual(wider.commitmentOmissions, [], 'with a window of 3 there are not enough earlier calls');

    const { countryPair } = await server.data(`{ countryPair(countries: ["KR", "US"]) {
      countries { code } calls { totalCount } openOmissions { call { id } }
      us: statements(side: "US") { totalCount } kr: statements(side: "KR") { totalCount }
      commitments { commitment { title } affirmationCount latestAffirmation { date side { code } } }
    } }`);
    assert.deepEqual(
      countryPair.countries.map((c: any) => c.code),
      ['KR', 'US'],
    );
    assert.equal(countryPair.calls.totalCount, 3);
    assert.deepEqual(
      countryPair.openOmissions.map((o: any) => o.call.id),
      [third],
    );
    assert.equal(countryPair.kr.totalCount, 7);
    assert.equal(countryPair.us.totalCount, 4 + 2);
    const rok = countryPair.commitments.find((c: any) => c.commitment.title === DEFENSE_OF_ROK);
    assert.deepEqual(rok.latestAffirmation, { date: '2025-03-04', side: { code: 'US' } });

    expectError(await server.gql(`{ commitmentOmissions(countries: ["US"]) { date } }`), 'BAD_USER_INPUT');
    expectError(await server.gql(`{ commitmentOmissions(countries: ["US", "KR"], window: 0) { date } }`), 'BAD_USER_INPUT');
    expectError(await server.gql(`{ countryPair(countries: ["US", "KR"]) { statements(side: "JP") { totalCount } } }`), 'BAD_USER_INPUT');
  });
});
