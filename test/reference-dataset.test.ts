import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Role } from '../src/auth/role';
import { newKey, startTestServer, type TestServer } from './helpers';

let server: TestServer;
before(async () => {
  server = await startTestServer('reference_dataset');
});
after(async () => {
  await server?.stop();
});

const ALL_STATEMENTS = `query All($after: String) {
  statements(first: 50, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      id text kind date
      source { id kind title publisher { name } }
      call { id title }
      speakers { official { name } title postHolding { capacity } }
      parties { official { name } title postHolding { capacity } }
      attributedOrganization { name }
      commitments { stance commitment { id title } }
    } }
  }
}`;

async function allStatements() {
  const result = await server.data(ALL_STATEMENTS);
  assert.equal(result.statements.pageInfo.hasNextPage, false);
  return result.statements.edges.map((e: any) => e.node);
}

async function callBetween(a: string, b: string) {
  const { calls } = await server.data(`{ calls(first: 100) { edges { node {
    id title date timeZone durationMinutes kind
    participants { isInitiator official { name } postHolding { capacity title } }
    localDates { country { code } timeZone earliestDate latestDate }
    sources { id kind title }
  } } } }`);
  const call = calls.edges
    .map((e: any) => e.node)
    .find((c: any) => {
      const names = c.participants.map((p: any) => p.official.name);
      return names.includes(a) && names.includes(b);
    });
  assert.ok(call, `a call between ${a} and ${b}`);
  return call;
}

describe('reference dataset through GraphQL', () => {
  test('the Hegseth–Nakatani call lasted 40 minutes, and keeps its time zone', async () => {
    const call = await callBetween('Pete Hegseth', 'Gen Nakatani');
    assert.equal(call.durationMinutes, 40);
    assert.equal(call.kind, 'PHONE_CALL');
    assert.equal(call.date, '2025-01-31');
    assert.equal(call.timeZone, 'Asia/Tokyo');
    const us = call.localDates.find((d: any) => d.country.code === 'US');
    const jp = call.localDates.find((d: any) => d.country.code === 'JP');
    assert.deepEqual([jp.earliestDate, jp.latestDate], ['2025-01-31', '2025-01-31']);
    // 07:00 on Friday 31 January in Tokyo was still Thursday 30 January in Washington.
    assert.deepEqual([us.earliestDate, us.latestDate], ['2025-01-30', '2025-01-30']);
    const initiators = call.participants.filter((p: any) => p.isInitiator).map((p: any) => p.official.name);
    assert.deepEqual(initiators, ['Pete Hegseth']);
  });

  test('Kim Seon-ho held his post as ACTING on the day of the call', async () => {
    const call = await callBetween('Pete Hegseth', 'Kim Seon-ho');
    const kim = call.participants.find((p: any) => p.official.name === 'Kim Seon-ho');
    assert.equal(kim.postHolding.capacity, 'ACTING');
    assert.equal(kim.postHolding.title, 'Acting Minister of National Defense');
    const hegseth = call.participants.find((p: any) => p.official.name === 'Pete Hegseth');
    assert.equal(hegseth.postHolding.capacity, 'SUBSTANTIVE');
    assert.equal(hegseth.postHolding.title, 'Secretary of Defense');
  });

  test('the Senkaku Islands are administered by Japan and claimed by China and Taiwan', async () => {
    const { territories } = await server.data(`{ territories(first: 100) { edges { node {
      name administeredBy { code name } claimedBy { code } commitments { title }
    } } } }`);
    const senkaku = territories.edges.map((e: any) => e.node).find((t: any) => t.name === 'Senkaku Islands');
    assert.ok(senkaku);
    assert.equal(senkaku.administeredBy.code, 'JP');
    assert.deepEqual(senkaku.claimedBy.map((c: any) => c.code).sort(), ['CN', 'TW']);
    assert.ok(senkaku.commitments.length >= 1);
  });

  test("Article V / Senkaku is affirmed by Japan's release and Nakatani's press conference, not by the Pentagon readout", async () => {
    const { commitments } = await server.data(`{ commitments(first: 10) { edges { node {
      id title article territory { name } treaty { name parties { code } } guarantor { code } beneficiary { code }
      history(first: 20) { totalCount edges { node { stance statement { id kind source { kind publisher { name shortName country { code } } call { id } } } } } }
    } } } }`);
    const articleV = commitments.edges.map((e: any) => e.node).find((c: any) => c.territory?.name === 'Senkaku Islands');
    assert.ok(articleV, 'the Article V / Senkaku commitment');
    assert.equal(articleV.article, 'Article V');
    assert.equal(articleV.guarantor.code, 'US');
    assert.equal(articleV.beneficiary.code, 'JP');
    assert.deepEqual(articleV.treaty.parties.map((p: any) => p.code).sort(), ['JP', 'US']);
    const links = articleV.history.edges.map((e: any) => e.node);
    assert.equal(articleV.history.totalCount, links.length);
    const kinds = new Set(links.map((l: any) => l.statement.source.kind));
    assert.ok(kinds.has('PRESS_RELEASE'), "Japan's release");
    assert.ok(kinds.has('PRESS_CONFERENCE'), "Nakatani's press conference");
    for (const link of links) {
      assert.notEqual(link.statement.source.kind, 'READOUT', 'no readout statement affirms Article V');
      assert.equal(link.statement.source.publisher.country.code, 'JP');
      assert.ok(['AFFIRMS', 'REAFFIRMS'].includes(link.stance));
    }
    // And the Pentagon readout of that call exists and has statements, none on Article V.
    const call = await callBetween('Pete Hegseth', 'Gen Nakatani');
    const readout = call.sources.find((s: any) => s.kind === 'READOUT');
    assert.ok(readout, "the Pentagon readout is among the call's sources");
    const statements = await allStatements();
    const fromReadout = statements.filter((s: any) => s.source.id === readout.id);
    assert.ok(fromReadout.length > 0);
    for (const s of fromReadout) assert.ok(!s.commitments.some((c: any) => c.commitment.id === articleV.id));
  });

  test('every statement has a source and an author; speakers and parties carry their title on the day', async () => {
    const statements = await allStatements();
    assert.ok(statements.length >= 10, `at least 10 statements (got ${statements.length})`);
    for (const s of statements) {
      assert.ok(s.source.id);
      assert.ok(s.speakers.length > 0 || s.attributedOrganization, `"${s.text}" has an author`);
      for (const person of [...s.speakers, ...s.parties]) assert.ok(person.title, `${person.official.name} has a title on ${s.date}`);
    }
    const kimStatements = statements.filter((s: any) => s.parties.some((p: any) => p.official.name === 'Kim Seon-ho'));
    assert.ok(kimStatements.length > 0);
    for (const s of kimStatements) {
      const kim = s.parties.find((p: any) => p.official.name === 'Kim Seon-ho');
      assert.equal(kim.postHolding.capacity, 'ACTING');
    }
  });

  test('readout and release prose is authored by the ministry and names the officials as parties; quotes keep their speaker', async () => {
    const statements = await allStatements();
    const byKind = (kind: string) => statements.filter((s: any) => s.source.kind === kind);
    for (const s of [...byKind('READOUT'), ...byKind('PRESS_RELEASE')]) {
      assert.deepEqual(s.speakers, [], `"${s.text}" is not put in an official's mouth`);
      assert.equal(s.attributedOrganization?.name, s.source.publisher.name);
      assert.ok(s.parties.length > 0);
    }
    const ironclad = statements.find((s: any) => /ironclad/.test(s.text));
    assert.deepEqual(
      ironclad.parties.map((p: any) => p.official.name),
      ['Pete Hegseth'],
    );
    assert.equal(ironclad.attributedOrganization.name, 'Ministry of National Defense');
    const quote = statements.find((s: any) => s.text.startsWith("through today's telephone conversation"));
    assert.ok(quote, 'the Nakatani quote keeps the capitalisation of the quoted text');
    assert.match(quote.text, /unparalleled Japan-U\.S\. alliance/);
    assert.deepEqual(
      quote.speakers.map((p: any) => [p.official.name, p.title]),
      [['Gen Nakatani', 'Minister of Defense']],
    );
    assert.deepEqual(
      quote.parties.map((p: any) => p.official.name),
      ['Pete Hegseth', 'Gen Nakatani'],
    );
    assert.ok(statements.some((s: any) => s.text === 'Hegseth and Kim agreed to communicate frequently on key issues of the alliance.'));
    assert.ok(!statements.some((s: any) => /continuously/.test(s.text)));
  });

  test('Kim Seon-ho is Acting Minister on 31 January 2025 and holds no post on 1 July 2025 (end dates are inclusive)', async () => {
    const { officials } = await server.data(`{ officials(first: 100) { edges { node { name
      jan: postOn(date: "2025-01-31") { capacity title endDate }
      lastDay: postOn(date: "2025-06-25") { title }
      july: postOn(date: "2025-07-01") { title }
      holdings { title startDate endDate note } } } } }`);
    const kim = officials.edges.map((e: any) => e.node).find((o: any) => o.name === 'Kim Seon-ho');
    assert.equal(kim.jan.title, 'Acting Minister of National Defense');
    assert.equal(kim.jan.endDate, '2025-06-25');
    assert.ok(kim.lastDay, 'the end date is the last day held');
    assert.equal(kim.july, null);
    for (const h of kim.holdings) {
      assert.equal(h.endDate, '2025-06-25');
      assert.match(h.note, /public record/);
    }
  });
});

describe('global ids', () => {
  test('node(id) returns every type by its id', async () => {
    const { __schema } = await server.data(`{ __schema { types { name kind interfaces { name } } } }`);
    const nodeTypes: string[] = __schema.types
      .filter((t: any) => t.kind === 'OBJECT' && t.interfaces?.some((i: any) => i.name === 'Node'))
      .map((t: any) => t.name)
      .sort();
    assert.ok(nodeTypes.length >= 14, `every entity implements Node (${nodeTypes.join(', ')})`);
    // Gather one id of every type by walking the graph from the root lists.
    const walk = await server.data(`{
      countries(first: 1) { edges { node { id } } }
      organizations(first: 1) { edges { node { id posts { id holdings { id } } } } }
      officials(first: 1) { edges { node { id } } }
      calls(first: 1) { edges { node { id participants { id } } } }
      sources(first: 1) { edges { node { id } } }
      statements(first: 1) { edges { node { id } } }
      commitments(first: 1) { edges { node { id history(first: 1) { edges { node { id } } } } } }
      treaties(first: 1) { edges { node { id } } }
      territories(first: 1) { edges { node { id } } }
      topics(first: 1) { edges { node { id } } }
      deployments(first: 1) { edges { node { id } } }
      exercises(first: 1) { edges { node { id } } }
    }`);
    const org = walk.organizations.edges[0].node;
    const withPost = (
      await server.data(`{ organizations(first: 40) { edges { node { posts { id holdings { id } } } } } }`)
    ).organizations.edges
      .flatMap((e: any) => e.node.posts)
      .find((p: any) => p.holdings.length > 0);
    const ids: string[] = [
      walk.countries.edges[0].node.id,
      org.id,
      withPost.id,
      withPost.holdings[0].id,
      walk.officials.edges[0].node.id,
      walk.calls.edges[0].node.id,
      walk.calls.edges[0].node.participants[0].id,
      walk.sources.edges[0].node.id,
      walk.statements.edges[0].node.id,
      walk.commitments.edges[0].node.id,
      walk.commitments.edges[0].node.history.edges[0].node.id,
      walk.treaties.edges[0].node.id,
      walk.territories.edges[0].node.id,
      walk.topics.edges[0].node.id,
      walk.deployments.edges[0].node.id,
      walk.exercises.edges[0].node.id,
    ];
    // Imports: one imported document, its draft and a sentence, and a text variant (the seed loads them).
    const editor = await newKey(server, Role.EDITOR);
    const imported = await server.data(
      `mutation { importDocument(input: { text: "Secretary Hegseth said that the alliance is strong and will remain so.", publishedOn: "2025-02-02" }) {
        importDocument { id sentences { id } drafts(first: 1) { edges { node { id } } } } } }`,
      {},
      editor.headers,
    );
    const variants = await server.data('{ textVariants(first: 1) { edges { node { id } } } }');
    const importDocument = imported.importDocument.importDocument;
    ids.push(
      importDocument.id,
      importDocument.drafts.edges[0].node.id,
      importDocument.sentences[0].id,
      variants.textVariants.edges[0].node.id,
    );
    const { nodes } = await server.data(`query($ids: [ID!]!) { nodes(ids: $ids) { id __typename } }`, { ids });
    assert.deepEqual(
      nodes.map((n: any) => n.id),
      ids,
    );
    assert.deepEqual([...new Set(nodes.map((n: any) => n.__typename))].sort(), nodeTypes);
    for (const id of ids) {
      const { node } = await server.data(`query($id: ID!) { node(id: $id) { id __typename } }`, { id });
      assert.equal(node.id, id);
    }
  });

  test('an unknown id gives null, a malformed one BAD_USER_INPUT', async () => {
    const unknown = Buffer.from('Statement:999999').toString('base64url');
    assert.equal((await server.data(`query($id: ID!) { node(id: $id) { id } }`, { id: unknown })).node, null);
    const bad = await server.gql(`{ node(id: "not an id!") { id } }`);
    assert.equal(bad.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
    const wrongType = await server.gql(`query($id: ID!) { official(id: $id) { id } }`, { id: unknown });
    assert.equal(wrongType.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
  });
});

describe('pagination', () => {
  for (const list of ['statements', 'officials', 'sources', 'commitments', 'topics', 'countries', 'calls', 'organizations']) {
    test(`first/after walks ${list} without gaps or repeats`, async () => {
      const everything = await server.data(`{ ${list}(first: 100) { totalCount edges { node { id } } } }`);
      const expected = everything[list].edges.map((e: any) => e.node.id);
      assert.equal(expected.length, everything[list].totalCount);
      assert.ok(expected.length >= 2);
      const seen: string[] = [];
      let cursor: string | null = null;
      for (let pages = 0; pages < 100; pages++) {
        const page: any = (
          await server.data(
            `query($after: String) { ${list}(first: 2, after: $after) {
          totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id } } } }`,
            { after: cursor },
          )
        )[list];
        assert.equal(page.totalCount, expected.length);
        seen.push(...page.edges.map((e: any) => e.node.id));
        if (!page.pageInfo.hasNextPage) break;
        assert.equal(page.edges.length, 2);
        cursor = page.pageInfo.endCursor;
      }
      assert.deepEqual(seen, expected);
    });
  }

  test('first above the ceiling and foreign cursors are refused with BAD_USER_INPUT', async () => {
    const big = await server.gql(`{ statements(first: 101) { totalCount } }`);
    assert.equal(big.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
    const { officials } = await server.data(`{ officials(first: 1) { pageInfo { endCursor } } }`);
    const foreign = await server.gql(`query($c: String) { statements(first: 1, after: $c) { totalCount } }`, {
      c: officials.pageInfo.endCursor,
    });
    assert.equal(foreign.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
    const garbage = await server.gql(`{ statements(first: 1, after: "%%%") { totalCount } }`);
    assert.equal(garbage.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
  });
});
