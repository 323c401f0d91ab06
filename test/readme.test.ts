import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { startTestServer, type TestServer } from './helpers';

/** The README's example queries must run against the reference dataset and find something. */
const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
const queries = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]).filter((q) => /^\s*query\b/.test(q));

let server: TestServer;
before(async () => {
  server = await startTestServer('readme');
});
after(async () => {
  await server?.stop();
});

/** True when a result holds at least one list item or a positive count somewhere. */
function found(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (value && typeof value === 'object') return Object.values(value).some(found);
  return false;
}

test('the README has example queries', () => {
  assert.ok(queries.length >= 5, `${queries.length} example queries`);
});

for (const query of queries) {
  const name = /query\s+(\w+)/.exec(query)?.[1] ?? 'anonymous';
  test(`README example ${name} runs and finds data`, async () => {
    const data = await server.data(query);
    for (const [field, value] of Object.entries(data)) assert.ok(found(value), `${name}.${field} found nothing`);
  });
}
