import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { toGlobalId } from '../src/common/global-id';
import { type FeedEvent, loadEvents } from '../src/statements/statement-events';
import { compileFilter, MATCH_FIELD_NAMES, matches, type MatchFieldName, type MatchFilter } from '../src/statements/statement-match';
import { startTestServer, type TestServer } from './helpers';

/**
 * One meaning of a statement filter: for filters on every matchable field, the statements
 * `statements(filter:)` lists (SQL) are exactly those whose event the live predicate passes.
 */
let server: TestServer;
let events: FeedEvent[];
before(async () => {
  server = await startTestServer('statement_filter');
  // The facts are those the trigger recorded (statement_match_facts in SQL): this test also shows that they mean what MATCH_FIELDS means.
  events = (await loadEvents(server.app.db, 0, 10_000)).filter((e): e is FeedEvent => e.kind === 'ADDED' && e.statement !== null);
});
after(async () => {
  await server?.stop();
});

const TYPES: Record<MatchFieldName, string | null> = {
  countries: null,
  speakerIds: 'Official',
  callIds: 'Call',
  commitmentIds: 'Commitment',
  topicIds: 'Topic',
};
const asArgument = (name: MatchFieldName, value: string | number) => (TYPES[name] ? toGlobalId(TYPES[name], value) : String(value));

async function listed(filter: MatchFilter): Promise<number[]> {
  const data = await server.data(
    `query($f: StatementFilter) { statements(first: 100, filter: $f) { totalCount edges { node { rowId: id } } } }`,
    { f: filter },
  );
  assert.ok(data.statements.totalCount <= 100, 'the reference data fits one page');
  const byGlobalId = new Map(events.map((e) => [toGlobalId('Statement', e.statement.rowId), e.statement.rowId]));
  return data.statements.edges.map((e: any) => byGlobalId.get(e.node.rowId)).sort((a: number, b: number) => a - b);
}
const live = (filter: MatchFilter) =>
  events
    .filter((e) => matches(compileFilter(filter), e.facts))
    .map((e) => e.statement.rowId)
    .sort((a, b) => a - b);

test('every statement has an event, with facts for every field', async () => {
  const data = await server.data('{ statements(first: 0) { totalCount } }');
  assert.ok(events.length > 0);
  assert.equal(events.length, data.statements.totalCount);
  for (const e of events) for (const name of MATCH_FIELD_NAMES) assert.ok(Array.isArray(e.facts[name]), name);
});

test('SQL and live matching agree on each value of each field, on an absent value, and on fields combined', async () => {
  let compared = 0;
  let nonEmpty = 0;
  for (const name of MATCH_FIELD_NAMES) {
    const values = [...new Set(events.flatMap((e) => e.facts[name]).filter((v) => v !== null))] as (string | number)[];
    assert.ok(values.length > 0, `the reference data has values of ${name}`);
    const absent = name === 'countries' ? 'ZZ' : 999_999;
    for (const value of [...values.slice(0, 4), absent]) {
      const filter = { [name]: [asArgument(name, value)] };
      const expected = live(filter);
      assert.deepEqual(await listed(filter), expected, JSON.stringify(filter));
      compared++;
      if (expected.length > 0) nonEmpty++;
    }
    const all = { [name]: values.slice(0, 3).map((v) => asArgument(name, v)) };
    assert.deepEqual(await listed(all), live(all), JSON.stringify(all));
  }
  const sample = events.find((e) => e.facts.speakerIds.length > 0 && e.facts.countries.length > 0)!;
  const combined = { countries: [String(sample.facts.countries[0])], speakerIds: [asArgument('speakerIds', sample.facts.speakerIds[0]!)] };
  assert.ok(live(combined).includes(sample.statement.rowId));
  assert.deepEqual(await listed(combined), live(combined));
  assert.ok(nonEmpty >= MATCH_FIELD_NAMES.length, `some comparisons found statements (${nonEmpty} of ${compared})`);
});
