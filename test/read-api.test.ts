import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { cloneStatements, startTestServer, type TestServer } from './helpers';

let server: TestServer;
/** Every statement with what the filters look at: the oracle the server's answers are checked against. */
let all: any[];
let ids: Record<string, string>;

const STATEMENT_FIELDS = `id text kind date
  call { id }
  source { id kind publisher { id country { code } } }
  attributedOrganization { id country { code } }
  speakers { official { id name country { code } } }
  parties { official { id } }
  commitments { stance commitment { id } }
  topics { id slug }`;

async function statements(args: string, variables: Record<string, unknown> = {}, fields = 'id'): Promise<any[]> {
  const decl = Object.keys(variables).length
    ? `(${Object.keys(variables)
        .map((k) => `$${k}: ${varTypes[k]}`)
        .join(', ')})`
    : '';
  const result = await server.data(
    `query${decl} { statements(first: 50${args ? `, ${args}` : ''}) { totalCount edges { node { ${fields} } } } }`,
    variables,
  );
  assert.equal(result.statements.totalCount, result.statements.edges.length);
  return result.statements.edges.map((e: any) => e.node);
}
const varTypes: Record<string, string> = { f: 'StatementFilter', c: 'String' };

const idsOf = (rows: any[]) => rows.map((r) => r.id).sort();

before(async () => {
  server = await startTestServer('read_api');
  all = await statements('', {}, STATEMENT_FIELDS);
  const { officials, calls, commitments, organizations } = await server.data(`{
    officials(first: 100) { edges { node { id name } } }
    calls(first: 100) { edges { node { id participants { official { name } } } } }
    commitments(first: 100) { edges { node { id title territory { id } treaty { id } } } }
    organizations(first: 100) { edges { node { id shortName name } } }
  }`);
  const official = (name: string) => officials.edges.find((e: any) => e.node.name === name).node.id;
  const callWith = (name: string) => calls.edges.find((e: any) => e.node.participants.some((p: any) => p.official.name === name)).node.id;
  const articleV = commitments.edges.find((e: any) => e.node.territory).node;
  ids = {
    hegseth: official('Pete Hegseth'),
    nakatani: official('Gen Nakatani'),
    kim: official('Kim Seon-ho'),
    nakataniCall: callWith('Gen Nakatani'),
    kimCall: callWith('Kim Seon-ho'),
    articleV: articleV.id,
    senkaku: articleV.territory.id,
    usJapanTreaty: articleV.treaty.id,
    mnd: organizations.edges.find((e: any) => /National Defense/.test(e.node.name)).node.id,
  };
});
after(async () => {
  await server?.stop();
});

describe('statement filters agree with the data', () => {
  const cases: [string, Record<string, unknown>, (s: any) => boolean][] = [
    [
      'countries',
      { countries: ['KR'] },
      (s) =>
        s.speakers.some((sp: any) => sp.official.country.code === 'KR') ||
        s.source.publisher?.country?.code === 'KR' ||
        s.attributedOrganization?.country?.code === 'KR',
    ],
    ['speakerIds', { speakerIds: ['nakatani'] }, (s) => s.speakers.some((sp: any) => sp.official.id === ids.nakatani)],
    [
      'speakerIds (any of)',
      { speakerIds: ['kim', 'nakatani'] },
      (s) => s.speakers.some((sp: any) => [ids.kim, ids.nakatani].includes(sp.official.id)),
    ],
    ['partyIds', { partyIds: ['kim'] }, (s) => s.parties.some((p: any) => p.official.id === ids.kim)],
    [
      'partyIds (any of)',
      { partyIds: ['kim', 'nakatani'] },
      (s) => s.parties.some((p: any) => [ids.kim, ids.nakatani].includes(p.official.id)),
    ],
    ['callIds', { callIds: ['nakataniCall'] }, (s) => s.call?.id === ids.nakataniCall],
    ['commitmentIds', { commitmentIds: ['articleV'] }, (s) => s.commitments.some((c: any) => c.commitment.id === ids.articleV)],
    ['stances', { stances: ['REAFFIRMS'] }, (s) => s.commitments.some((c: any) => c.stance === 'REAFFIRMS')],
    ['sourceKinds', { sourceKinds: ['PRESS_CONFERENCE', 'READOUT'] }, (s) => ['PRESS_CONFERENCE', 'READOUT'].includes(s.source.kind)],
    ['publisherIds', { publisherIds: ['mnd'] }, (s) => s.source.publisher?.id === ids.mnd],
    ['date range', { dateFrom: '2025-01-31', dateTo: '2025-01-31' }, (s) => s.date === '2025-01-31'],
    ['directQuotesOnly', { directQuotesOnly: true }, (s) => s.kind === 'DIRECT_QUOTE'],
    ['paraphrases only', { directQuotesOnly: false }, (s) => s.kind === 'PARAPHRASE'],
    ['text', { text: 'Senkaku' }, (s) => /senkaku/i.test(s.text)],
    [
      'combined (AND)',
      { countries: ['US'], directQuotesOnly: true, callIds: ['kimCall'] },
      (s) => s.kind === 'DIRECT_QUOTE' && s.call?.id === ids.kimCall && s.source.publisher?.country?.code === 'US',
    ],
  ];
  const resolve = (filter: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(filter).map(([k, v]) => [k, Array.isArray(v) ? v.map((x) => ids[x as string] ?? x) : v]));

  for (const [name, filter, expected] of cases) {
    test(name, async () => {
      const want = all.filter(expected);
      assert.ok(want.length > 0 && want.length < all.length, `the case narrows the list (${want.length} of ${all.length})`);
      assert.deepEqual(idsOf(await statements('filter: $f', { f: resolve(filter) })), idsOf(want));
    });
  }

  test('topicIds', async () => {
    const topic = all[0].topics[0].id;
    assert.deepEqual(
      idsOf(await statements('filter: $f', { f: { topicIds: [topic] } })),
      idsOf(all.filter((s) => s.topics.some((t: any) => t.id === topic))),
    );
  });

  test('empty results are an empty connection, not an error', async () => {
    const result = await server.data(
      `query($f: StatementFilter) { statements(filter: $f) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor } } }`,
      { f: { speakerIds: [ids.kim] } },
    );
    assert.deepEqual(result.statements, {
      totalCount: 0,
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
      edges: [],
    });
  });

  test('bad filter values get BAD_USER_INPUT with the field path', async () => {
    const cases: [Record<string, unknown>, string[]][] = [
      [{ countries: ['Japan'] }, ['filter', 'countries', '0']],
      [{ speakerIds: [ids.articleV] }, ['filter', 'speakerIds', '0']],
      [{ callIds: ['garbage!'] }, ['filter', 'callIds', '0']],
      [{ dateFrom: '2025-02-01', dateTo: '2025-01-01' }, ['filter', 'dateFrom']],
      [{ text: '   ' }, ['filter', 'text']],
    ];
    for (const [filter, field] of cases) {
      const result = await server.gql(`query($f: StatementFilter) { statements(filter: $f) { totalCount } }`, { f: filter });
      assert.equal(result.errors?.[0].extensions?.code, 'BAD_USER_INPUT', JSON.stringify(filter));
      assert.deepEqual(result.errors?.[0].extensions?.field.map(String), field);
    }
    const badDate = await server.gql(`{ statements(filter: { dateFrom: "2025-02-30" }) { totalCount } }`);
    assert.equal(badDate.errors?.[0].extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
  });
});

describe('ordering and pagination', () => {
  test('DATE_DESC is DATE_ASC reversed; RECORDED orders by id', async () => {
    const asc = await statements('orderBy: DATE_ASC', {}, 'id date');
    const desc = await statements('orderBy: DATE_DESC', {}, 'id date');
    assert.deepEqual(
      desc.map((s) => s.id),
      asc.map((s) => s.id).reverse(),
    );
    for (let i = 1; i < asc.length; i++) assert.ok(asc[i - 1].date <= asc[i].date);
    const recorded = await statements('orderBy: RECORDED_DESC', {}, 'id');
    assert.deepEqual(
      recorded.map((s) => s.id),
      (await statements('orderBy: RECORDED_ASC', {}, 'id')).map((s) => s.id).reverse(),
    );
  });

  for (const order of ['DATE_ASC', 'DATE_DESC', 'RECORDED_DESC']) {
    test(`last/before walks ${order} backwards to the same list`, async () => {
      const forward = (await statements(`orderBy: ${order}`)).map((s) => s.id);
      const seen: string[] = [];
      let cursor: string | null = null;
      for (let i = 0; i < 50; i++) {
        const page: any = (
          await server.data(
            `query($c: String) { statements(last: 3, before: $c, orderBy: ${order}) {
          pageInfo { hasPreviousPage startCursor } edges { node { id } } } }`,
            { c: cursor },
          )
        ).statements;
        seen.unshift(...page.edges.map((e: any) => e.node.id));
        if (!page.pageInfo.hasPreviousPage) break;
        cursor = page.pageInfo.startCursor;
      }
      assert.deepEqual(seen, forward);
    });
  }

  test('other lists order both ways', async () => {
    const pairs: [string, string, string, string][] = [
      ['officials', 'NAME_ASC', 'NAME_DESC', 'name'],
      ['calls', 'DATE_ASC', 'DATE_DESC', 'date'],
      ['sources', 'PUBLISHED_ASC', 'PUBLISHED_DESC', 'publishedOn'],
      ['commitments', 'TITLE_ASC', 'TITLE_DESC', 'title'],
      ['countries', 'CODE_ASC', 'CODE_DESC', 'code'],
      ['countries', 'NAME_ASC', 'NAME_DESC', 'name'],
      ['organizations', 'NAME_ASC', 'NAME_DESC', 'name'],
      ['topics', 'NAME_ASC', 'NAME_DESC', 'name'],
      ['topics', 'SLUG_ASC', 'SLUG_DESC', 'slug'],
      ['treaties', 'NAME_ASC', 'NAME_DESC', 'name'],
      ['treaties', 'SIGNED_ASC', 'SIGNED_DESC', 'signedOn'],
      ['territories', 'NAME_ASC', 'NAME_DESC', 'name'],
      ['deployments', 'BASE_ASC', 'BASE_DESC', 'base'],
      ['deployments', 'PLATFORM_ASC', 'PLATFORM_DESC', 'platform'],
      ['exercises', 'NAME_ASC', 'NAME_DESC', 'name'],
    ];
    for (const [list, up, down, field] of pairs) {
      const fetch = async (order: string) =>
        (await server.data(`{ ${list}(first: 100, orderBy: ${order}) { edges { node { id ${field} } } } }`))[list].edges.map(
          (e: any) => e.node,
        );
      const asc = await fetch(up);
      const desc = await fetch(down);
      // Descending is ascending reversed, ties (broken by id) included.
      assert.deepEqual(
        desc.map((n: any) => n.id),
        asc.map((n: any) => n.id).reverse(),
        `${list} ${down}`,
      );
      for (let i = 1; i < asc.length; i++) assert.ok(asc[i - 1][field] <= asc[i][field], `${list} by ${field}`);
    }
  });

  test('page-size ceiling, conflicting arguments and bad cursors are BAD_USER_INPUT', async () => {
    for (const args of ['first: 101', 'last: 101', 'first: -1', 'first: 2, last: 2', 'after: "bm90IGEgY3Vyc29y"', 'before: "!!"']) {
      const result = await server.gql(`{ statements(${args}) { totalCount } }`);
      assert.equal(result.errors?.[0].extensions?.code, 'BAD_USER_INPUT', args);
      assert.equal(result.data, null);
    }
    const { statements: page } = await server.data(`{ statements(first: 1, orderBy: DATE_ASC) { pageInfo { endCursor } } }`);
    const foreign = await server.gql(`query($c: String) { statements(first: 1, after: $c, orderBy: DATE_DESC) { totalCount } }`, {
      c: page.pageInfo.endCursor,
    });
    assert.equal(foreign.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
    assert.equal((await server.data(`{ statements(first: 0) { edges { cursor } } }`)).statements.edges.length, 0);
  });

  test('keyset pages stay correct while rows are added before the cursor', async () => {
    const first = (await server.data(`{ statements(first: 5, orderBy: DATE_ASC) { pageInfo { endCursor } edges { node { id } } } }`))
      .statements;
    const expectedNext = (
      await server.data(`query($c: String) { statements(first: 5, after: $c) { edges { node { id } } } }`, { c: first.pageInfo.endCursor })
    ).statements.edges.map((e: any) => e.node.id);
    // New statements dated before every existing one land before the cursor: the next page must not shift.
    const added = await cloneStatements(server.app.db, 3, '2000-01-01');
    try {
      const next = (
        await server.data(`query($c: String) { statements(first: 5, after: $c) { edges { node { id } } } }`, {
          c: first.pageInfo.endCursor,
        })
      ).statements.edges.map((e: any) => e.node.id);
      assert.deepEqual(next, expectedNext);
    } finally {
      await server.app.db.query('DELETE FROM statements WHERE id = ANY($1)', [added]);
    }
  });
});

describe('other filters', () => {
  test('calls: by participant, pair of countries, kind and date', async () => {
    const count = async (filter: Record<string, unknown>) =>
      (await server.data(`query($f: CallFilter) { calls(filter: $f) { totalCount } }`, { f: filter })).calls.totalCount;
    assert.equal(await count({}), 2);
    assert.equal(await count({ participantIds: [ids.kim] }), 1);
    assert.equal(await count({ participantIds: [ids.kim, ids.nakatani] }), 2);
    assert.equal(await count({ betweenCountries: ['US', 'JP'] }), 1);
    assert.equal(await count({ betweenCountries: ['us', 'kr'] }), 1);
    assert.equal(await count({ betweenCountries: ['JP', 'KR'] }), 0);
    assert.equal(await count({ kinds: ['MEETING'] }), 0);
    assert.equal(await count({ kinds: ['PHONE_CALL'], dateFrom: '2025-01-31', dateTo: '2025-01-31' }), 2);
    assert.equal(await count({ dateTo: '2025-01-30' }), 0);
  });

  test('officials: names match accent- and case-insensitively against names, native names, aliases and titles', async () => {
    const names = async (filter: Record<string, unknown>) =>
      (
        await server.data(`query($f: OfficialFilter) { officials(filter: $f) { edges { node { name } } } }`, { f: filter })
      ).officials.edges.map((e: any) => e.node.name);
    assert.deepEqual(await names({ name: 'Hegseth' }), ['Pete Hegseth']);
    assert.deepEqual(await names({ name: 'Secretary Hegseth' }), ['Pete Hegseth']);
    assert.deepEqual(await names({ name: 'gen nakatani' }), ['Gen Nakatani']);
    assert.deepEqual(await names({ name: 'NAKATÁNI' }), ['Gen Nakatani']);
    assert.deepEqual(await names({ name: '김선호' }), ['Kim Seon-ho']);
    assert.deepEqual(await names({ name: '中谷' }), ['Gen Nakatani']);
    assert.deepEqual(await names({ name: '100%_' }), []);
    assert.deepEqual(await names({ countries: ['KR'] }), ['Kim Seon-ho']);
    assert.deepEqual(await names({ capacities: ['ACTING'] }), ['Kim Seon-ho']);
    assert.deepEqual(await names({ capacities: ['ACTING'], heldOn: '2025-01-31' }), ['Kim Seon-ho']);
    assert.deepEqual(await names({ capacities: ['ACTING'], heldOn: '2024-01-01' }), []);
    assert.deepEqual((await names({ heldOn: '2025-01-31' })).sort(), ['Gen Nakatani', 'Kim Seon-ho', 'Pete Hegseth']);
    const { officials } = await server.data(`{ officials(filter: { name: "Hegseth" }) { edges { node { holdings { post { id } } } } } }`);
    const post = officials.edges[0].node.holdings[0].post.id;
    assert.deepEqual(await names({ postIds: [post] }), ['Pete Hegseth']);
  });

  test('commitments: guarantor, beneficiary, kind, treaty, territory, affirmed between dates', async () => {
    const titles = async (filter: Record<string, unknown>, order = 'TITLE_ASC') =>
      (
        await server.data(
          `query($f: CommitmentFilter) { commitments(first: 100, filter: $f, orderBy: ${order}) { edges { node { title } } } }`,
          { f: filter },
        )
      ).commitments.edges.map((e: any) => e.node.title);
    const everything = await titles({});
    assert.deepEqual(await titles({ guarantors: ['US'] }), everything);
    assert.ok((await titles({ beneficiaries: ['KR'] })).length >= 2);
    assert.ok((await titles({ beneficiaries: ['KR'] })).length < everything.length);
    assert.equal((await titles({ territoryIds: [ids.senkaku] })).length, 1);
    assert.ok((await titles({ treatyIds: [ids.usJapanTreaty] })).length >= 1);
    assert.ok((await titles({ kinds: ['MUTUAL_DEFENSE'] })).length >= 3);
    assert.equal((await titles({ affirmedTo: '2025-01-29' })).length, 0);
    assert.equal((await titles({ territoryIds: [ids.senkaku], affirmedFrom: '2025-01-31', affirmedTo: '2025-01-31' })).length, 1);
    assert.equal((await titles({ territoryIds: [ids.senkaku], affirmedFrom: '2025-02-01' })).length, 0);
    assert.equal((await titles({}, 'LAST_AFFIRMED_DESC')).length, everything.length);
  });

  test('commitment history orders by statement date both ways', async () => {
    const history = async (order: string) =>
      (
        await server.data(
          `query($id: ID!) { node(id: $id) { ... on Commitment { history(orderBy: ${order}) { edges { node { id statement { date } } } } } } }`,
          { id: ids.articleV },
        )
      ).node.history.edges.map((e: any) => e.node);
    const asc = await history('STATEMENT_DATE_ASC');
    assert.ok(asc.length >= 2);
    assert.deepEqual(
      (await history('STATEMENT_DATE_DESC')).map((n: any) => n.id),
      asc.map((n: any) => n.id).reverse(),
    );
  });

  test('commitment history summary: first and last affirmed, count', async () => {
    const { node } = await server.data(
      `query($id: ID!) { node(id: $id) { ... on Commitment {
      firstAffirmedOn lastAffirmedOn affirmationCount history(first: 100) { edges { node { stance statement { date } } } } } } }`,
      { id: ids.articleV },
    );
    const affirming = node.history.edges.map((e: any) => e.node).filter((l: any) => ['AFFIRMS', 'REAFFIRMS'].includes(l.stance));
    const dates = affirming.map((l: any) => l.statement.date).sort();
    assert.equal(node.affirmationCount, affirming.length);
    assert.equal(node.firstAffirmedOn, dates[0]);
    assert.equal(node.lastAffirmedOn, dates[dates.length - 1]);
  });

  test('sources: kind, publisher, country, call, date range', async () => {
    const count = async (filter: Record<string, unknown>) =>
      (await server.data(`query($f: SourceFilter) { sources(filter: $f) { totalCount } }`, { f: filter })).sources.totalCount;
    const total = await count({});
    assert.equal(total, 6);
    assert.equal(await count({ kinds: ['READOUT'] }), 2);
    assert.equal(await count({ publisherIds: [ids.mnd] }), 1);
    assert.equal(await count({ countries: ['JP'] }), 2);
    assert.equal(await count({ countries: ['US'] }), 2);
    // The Kim call's readout and release, plus the news article that reports their statements.
    assert.equal(await count({ callIds: [ids.kimCall] }), 3);
    assert.equal(await count({ publishedFrom: '2025-01-31', publishedTo: '2025-01-31' }), 3);
  });
});

describe('title on the day and derived fields', () => {
  test('Official.postOn gives the post held on a date, null before any', async () => {
    const query = `query($id: ID!, $d: Date!) { official(id: $id) { postOn(date: $d) { capacity title post { title } } } }`;
    const onCall = (await server.data(query, { id: ids.kim, d: '2025-01-31' })).official.postOn;
    assert.deepEqual([onCall.capacity, onCall.title], ['ACTING', 'Acting Minister of National Defense']);
    assert.equal((await server.data(query, { id: ids.hegseth, d: '2020-01-01' })).official.postOn, null);
    assert.equal((await server.data(query, { id: ids.hegseth, d: '2025-01-31' })).official.postOn.title, 'Secretary of Defense');
  });

  test('Official.counterparts lists who they spoke with, how often', async () => {
    const { official } = await server.data(
      `query($id: ID!) { official(id: $id) { counterparts { official { name } callCount lastCallOn } } }`,
      { id: ids.hegseth },
    );
    assert.deepEqual(official.counterparts.map((c: any) => [c.official.name, c.callCount, c.lastCallOn]).sort(), [
      ['Gen Nakatani', 1, '2025-01-31'],
      ['Kim Seon-ho', 1, '2025-01-31'],
    ]);
  });

  test('Call.sources lists the readouts, releases and the article reporting them', async () => {
    const { node } = await server.data(`query($id: ID!) { node(id: $id) { ... on Call { sources { kind publisher { shortName } } } } }`, {
      id: ids.nakataniCall,
    });
    assert.deepEqual(node.sources.map((s: any) => s.kind).sort(), ['NEWS_ARTICLE', 'PRESS_CONFERENCE', 'PRESS_RELEASE', 'READOUT']);
  });
});
