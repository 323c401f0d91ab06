import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Role } from '../src/auth/role';
import { checkRecord } from '../src/seed/record/check-record';
import { loadRecord, type Execute } from '../src/seed/record/load-record';
import { calls, officials } from '../src/seed/record/record-data';
import { newKey, startTestServer, type TestServer } from './helpers';

/**
 * The record of real calls (README, "The record"), loaded over HTTP with an ADMIN key exactly as a
 * client would write it, checked, and analysed; the README's "What the record shows" is this
 * test's output (UPDATE_README_RECORD=1 rewrites it).
 */
let server: TestServer;
let execute: Execute;

before(async () => {
  server = await startTestServer('record');
  const admin = await newKey(server, Role.ADMIN);
  execute = (query, variables) => server.gql(query, variables, admin.headers);
});
after(async () => {
  await server?.stop();
});

const README = path.join(__dirname, '..', '..', 'README.md');
const START = '<!-- record-analysis:start (written by test/record.test.ts) -->';
const END = '<!-- record-analysis:end -->';

describe('the record dataset', () => {
  test('loads through the API, and a second load changes nothing', async () => {
    const first = await loadRecord(execute);
    assert.ok(first.created > 150, `created ${first.created}`);
    const second = await loadRecord(execute);
    assert.equal(second.created, 0);
    assert.equal(second.reused, first.created + first.reused);
  });

  test('every statement has a source with a URL, every participant held a post that day, every call has both sides or a note', async () => {
    const check = await checkRecord(execute);
    assert.deepEqual(check.problems, []);
    assert.equal(check.calls, calls.length);
    // The goal, counted strictly (publisher read back through the API; reworded copies and passing mentions left out).
    assert.ok(check.officialAccounts >= 80, `${check.officialAccounts} official accounts`);
    // The same goal counted without the DoD's own news stories: only readouts, releases, transcripts and joint statements.
    assert.ok(check.officialWithoutNews >= 80, `${check.officialWithoutNews} official accounts without news stories`);
    assert.equal(check.officialWithoutNews, check.officialAccounts - (check.officialByKind.NEWS_ARTICLE ?? 0));
    assert.equal(
      check.officialAccounts + check.notCounted,
      calls.reduce((n, c) => n + c.sources.filter((s) => s.side !== 'INDEPENDENT').length, 0),
    );
    assert.equal(
      check.statements,
      calls.reduce((n, c) => n + c.sources.reduce((m, s) => m + s.statements.length, 0), 0),
    );
  });

  test('a statement that breaks the API’s rules is refused, not loaded', async () => {
    const result = await execute(
      `mutation { addStatement(input: { text: "x", kind: PARAPHRASE, date: "2021-13-40" }) { statement { id } } }`,
      {},
    );
    assert.ok(result.errors?.length);
  });

  test('the omission and reported-position queries over the record: times printed, not asserted', async () => {
    const timed = async (query: string, variables: Record<string, unknown> = {}) => {
      const runs: number[] = [];
      for (let i = 0; i < 6; i++) {
        const start = performance.now();
        await data(query, variables);
        runs.push(performance.now() - start);
      }
      const warm = runs.slice(1).sort((a, b) => a - b);
      return `first ${runs[0].toFixed(0)} ms, warm median ${warm[2].toFixed(0)} ms, warm max ${warm[4].toFixed(0)} ms`;
    };
    for (const c of [
      ['US', 'JP'],
      ['US', 'KR'],
    ]) {
      const line = await timed(
        `query($c: [String!]!) { commitmentOmissions(countries: $c, first: 100) { date side { code } commitment { title } call { title } open } }`,
        { c },
      );
      console.log(`record bench: commitmentOmissions ${c.join('-')}: ${line}`);
    }
    const line = await timed(
      `query { reportedPositions(first: 100, filter: { subjects: [COMMITMENT] }) { totalCount edges { node { status reportedBy { code } partyCountry { code } } } } }`,
    );
    console.log(`record bench: reportedPositions(first: 100): ${line}`);
  });

  test("the README's 'What the record shows' is what the analysis answers on the record", async () => {
    const shown = await whatTheRecordShows();
    const readme = fs.readFileSync(README, 'utf8');
    const from = readme.indexOf(START);
    const to = readme.indexOf(END);
    assert.ok(from >= 0 && to > from, 'README has the record-analysis markers');
    const current = readme.slice(from + START.length, to).trim();
    if (process.env.UPDATE_README_RECORD === '1') {
      fs.writeFileSync(README, `${readme.slice(0, from + START.length)}\n${shown}\n${readme.slice(to)}`);
      return;
    }
    assert.equal(current, shown, 'README out of date: run UPDATE_README_RECORD=1 npm test -- dist/test/record.test.js');
  });
});

async function data(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const result = await execute(query, variables);
  if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

const table = (head: string[], rows: (string | number)[][]) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

/** The answers the README quotes, as Markdown. */
async function whatTheRecordShows(): Promise<string> {
  const out: string[] = [];

  // The record in numbers, as the check counts it.
  const check = await checkRecord(execute);
  const pairs = new Map<string, number>();
  for (const c of calls) {
    const countries = new Set(c.participants.map((p) => officials.find((o) => o.key === p.official)!.country));
    const pair = countries.size === 3 ? 'US-JP-KR' : countries.has('JP') ? 'US-JP' : 'US-KR';
    const key = `${pair} | ${c.date.slice(0, 4)}`;
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
  }
  out.push(
    `**The record in numbers** (\`checkRecord\`): ${check.calls} calls and meetings, ${check.sources} sources, ${check.statements} statements; ` +
      `**${check.officialAccounts} official accounts, counted strictly** (published by the U.S., Japanese or ROK defense ministry, as loaded; ` +
      `**${check.officialWithoutNews} without the DoD's own news stories**, i.e. readouts, releases, transcripts and joint statements only; ` +
      `${check.officialOnGovernmentSite} read on a government's own site, the others in verbatim republications): ` +
      Object.entries(check.officialByKind)
        .sort()
        .map(([kind, n]) => `${kind} ${n}`)
        .join(', ') +
      `. Not counted: ${check.notCounted} government accounts read in reworded copies, only mentioning the call, or from another publisher. ` +
      `${check.callsWithNote} calls carry a note on a missing account.`,
  );
  out.push('');
  out.push(
    table(
      ['pair', 'calls and meetings by year'],
      ['US-JP', 'US-KR', 'US-JP-KR'].map((pair) => [
        pair,
        [...pairs]
          .filter(([k]) => k.startsWith(`${pair} |`))
          .map(([k, n]) => `${k.split(' | ')[1]}: ${n}`)
          .sort()
          .join(', '),
      ]),
    ),
  );
  out.push('');

  // Who affirmed the Senkaku commitment, by year and side.
  const affirmationsOf = async (title: string) => {
    const { commitments } = await data(`query { commitments(first: 100) { edges { node { id title } } } }`);
    const { id } = commitments.edges.map((e: any) => e.node).find((n: any) => n.title === title);
    const { node } = await data(
      `query($id: ID!) { node(id: $id) { ... on Commitment { affirmations(first: 100) { edges { node { date stance wording side { code } } } } } } }`,
      { id },
    );
    return node.affirmations.edges.map((e: any) => e.node);
  };
  const perYear = (rows: any[]) => {
    const count = new Map<string, Map<string, number>>();
    for (const r of rows) {
      const year = r.date.slice(0, 4);
      const side = r.side?.code ?? '?';
      count.set(year, count.get(year) ?? new Map());
      count.get(year)!.set(side, (count.get(year)!.get(side) ?? 0) + 1);
    }
    return [...count.keys()].sort().map((y) => [y, ...[...count.get(y)!].sort().map(([s, n]) => `${s} ${n}`)].join(' | '));
  };
  const senkaku = await affirmationsOf('Article V of the U.S.-Japan security treaty applies to the Senkaku Islands');
  out.push('**Article V and the Senkaku Islands: statements affirming it, by year and side** (`Commitment.affirmations`)');
  out.push('');
  out.push(
    table(
      ['year', 'sides'],
      perYear(senkaku).map((line) => [line.split(' | ')[0], line.split(' | ').slice(1).join(', ')]),
    ),
  );
  out.push('');

  // Omissions: calls where a side left out what it usually says.
  out.push(
    '**Omissions** (`commitmentOmissions`, window 2): calls in which one side did not mention a commitment it had affirmed in each of its two previous calls of that kind',
  );
  out.push('');
  const omissionRows: string[][] = [];
  for (const countries of [
    ['US', 'JP'],
    ['US', 'KR'],
  ]) {
    const { commitmentOmissions } = await data(
      `query($c: [String!]!) { commitmentOmissions(countries: $c, first: 100) { date side { code } commitment { title } call { title } open } }`,
      { c: countries },
    );
    for (const o of commitmentOmissions) omissionRows.push([o.date, o.side.code, o.call.title, o.commitment.title, o.open ? 'yes' : 'no']);
  }
  out.push(omissionRows.length ? table(['date', 'side', 'call', 'commitment left out', 'still open'], omissionRows) : 'None.');
  out.push('');

  // Reported versus confirmed.
  const { reportedPositions } = await data(
    `query { reportedPositions(first: 100, filter: { subjects: [COMMITMENT], statuses: [CONFIRMED, CONFIRMED_BY_ECHO, DENIED, CONTESTED, NOT_CONFIRMED] }) { totalCount edges { node { status reportedBy { code } partyCountry { code } } } } }`,
  );
  const positions = new Map<string, number>();
  for (const { node } of reportedPositions.edges) {
    const key = `${node.reportedBy?.code ?? '?'} about ${node.partyCountry.code} | ${node.status}`;
    positions.set(key, (positions.get(key) ?? 0) + 1);
  }
  out.push(
    `**What each side reported the other said** (\`reportedPositions\`, reference dataset and record together; ${reportedPositions.totalCount} positions on commitments attributed to the other side's official)`,
  );
  out.push('');
  out.push(
    table(
      ['reported by, about', 'status', 'positions'],
      [...positions].sort(([a], [b]) => a.localeCompare(b)).map(([key, n]) => [...key.split(' | '), n]),
    ),
  );
  out.push('');

  // Since when each side calls the defense of the ROK "ironclad".
  const rok = await affirmationsOf('U.S. commitment to the defense of the Republic of Korea');
  const ironclad = new Map<string, string>();
  for (const a of rok) {
    if (!/ironclad/i.test(a.wording)) continue;
    const side = a.side?.code ?? '?';
    if (!ironclad.has(side) || a.date < ironclad.get(side)!) ironclad.set(side, a.date);
  }
  out.push('**"Ironclad": the first statement on each side calling the defense of the ROK so** (`affirmations` whose wording says it)');
  out.push('');
  out.push(
    table(
      ['side', 'first'],
      [...ironclad].sort().map(([side, date]) => [side, date]),
    ),
  );
  return out.join('\n');
}
