import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Logger as SqlLogger } from 'typeorm';
import { cloneStatements, startTestServer, type TestServer } from './helpers';

/** Counts every SQL statement the server sends through TypeORM (all of its queries do). */
class SqlCounter implements SqlLogger {
  count = 0;
  logQuery() {
    this.count++;
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}

const counter = new SqlCounter();
let server: TestServer;
before(async () => {
  server = await startTestServer('sql_count', {}, { sqlLogger: counter });
  await cloneStatements(server.app.db, 120);
});
after(async () => {
  await server?.stop();
});

const NESTED = `query($first: Int!) {
  statements(first: $first, orderBy: DATE_DESC) {
    totalCount
    edges { node {
      text date
      speakers { title postHolding { capacity post { title organization { name } } } official { name country { name } } }
      source { title publisher { name country { code } } }
      reportedIn { title }
      call { title participants { official { name } } }
      commitments { stance commitment { title territory { name administeredBy { code } } treaty { name } } }
      topics { slug }
    } }
  }
}`;

async function statementsFor(first: number): Promise<number> {
  const before = counter.count;
  const result = await server.data(NESTED, { first });
  assert.equal(result.statements.edges.length, first);
  return counter.count - before;
}

test('a nested statements query costs no more SQL statements for 100 items than for 5', async (t) => {
  const small = await statementsFor(5);
  const large = await statementsFor(100);
  t.diagnostic(`SQL statements: ${small} for 5 statements, ${large} for 100`);
  console.log(`# SQL statements per nested request: first 5 -> ${small}, first 100 -> ${large}`);
  assert.ok(small > 0);
  // Loaders batch per tick, so the two counts can differ by a batch split either way; what
  // must not happen is the count growing with the page.
  assert.ok(large <= small, `${large} statements for 100 items, ${small} for 5`);
});

const COMPARISONS = `query($first: Int!) { calls(first: $first) { edges { node { comparison {
  sides { country { code } sources { source { title } } commitments { title } topics { slug } }
  commitments { commitment { title } sides { country { code } statements { id } } }
} } } } }`;

test('the comparisons of two calls cost no more SQL statements than of one', async (t) => {
  const count = async (first: number) => {
    const before = counter.count;
    const result = await server.data(COMPARISONS, { first });
    assert.equal(result.calls.edges.length, first);
    return counter.count - before;
  };
  const one = await count(1);
  const two = await count(2);
  t.diagnostic(`SQL statements: ${one} for one comparison, ${two} for two`);
  assert.ok(two <= one, `${two} statements for two comparisons, ${one} for one`);
});
