import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Role } from '../src/auth/role';
import { toGlobalId } from '../src/common/global-id';
import { MAX_AGE } from '../src/http/cache-control';
import { newKey, startTestServer, type TestServer } from './helpers';

/** GET queries carry Cache-Control from the fields they read; everything else is never stored. */
let server: TestServer;
before(async () => {
  server = await startTestServer('http_caching', { NODE_ENV: 'production', SEED_WHEN_EMPTY: 'true' });
});
after(async () => {
  await server?.stop();
});

const PREFLIGHT = { 'apollo-require-preflight': 'true' };
async function get(query: string, variables?: object, headers: Record<string, string> = {}) {
  const params = new URLSearchParams({ query, ...(variables ? { variables: JSON.stringify(variables) } : {}) });
  const response = await fetch(`${server.url}?${params}`, { headers: { ...PREFLIGHT, ...headers } });
  const body = (await response.json()) as { data?: any; errors?: any[] };
  return { response, body, cacheControl: response.headers.get('cache-control'), vary: response.headers.get('vary') };
}

const COUNTRIES = '{ countries(first: 10) { totalCount edges { node { code name } } } }';
const STATEMENTS = '{ statements(first: 2) { edges { node { text speakers { official { name } } } } } }';

describe('GET queries', () => {
  test('reference data is cached longer than the record; a response takes the smallest figure of what it reads', async () => {
    const countries = await get(COUNTRIES);
    assert.equal(countries.body.errors, undefined);
    assert.equal(countries.cacheControl, `public, max-age=${MAX_AGE.reference}`);
    const statements = await get(STATEMENTS);
    assert.equal(statements.cacheControl, `public, max-age=${MAX_AGE.record}`);
    // Both in one operation, or record data below reference data: the record's figure.
    assert.equal(
      (await get(`{ countries(first: 1) { totalCount } ${STATEMENTS.slice(1)}`)).cacheControl,
      `public, max-age=${MAX_AGE.record}`,
    );
    const withFragment = await get(
      'query { ...Q } fragment Q on Query { topics(first: 3) { totalCount } treaties(first: 3) { totalCount } }',
    );
    assert.equal(withFragment.cacheControl, `public, max-age=${MAX_AGE.reference}`);
    const node = await get('query($id: ID!) { node(id: $id) { id ... on Country { name } } }', { id: toGlobalId('Country', 'JP') });
    assert.equal(node.body.data.node.name, 'Japan');
    assert.equal(node.cacheControl, `public, max-age=${MAX_AGE.reference}`);
    for (const response of [countries, statements]) {
      const vary = String(response.vary).toLowerCase();
      for (const header of ['origin', 'accept', 'authorization']) assert.ok(vary.includes(header), vary);
    }
  });

  test('live data, keyed requests and errors are never stored', async () => {
    assert.equal((await get('{ latestStatementCursor }')).cacheControl, 'no-store');
    assert.equal((await get(`{ latestStatementCursor ${COUNTRIES.slice(1)}`)).cacheControl, 'no-store');
    const reader = await newKey(server, Role.READER);
    const keyed = await get(COUNTRIES, undefined, reader.headers);
    assert.equal(keyed.body.errors, undefined);
    assert.equal(keyed.cacheControl, 'no-store');
    const failed = await get('{ statements(first: 100000) { totalCount } }');
    assert.equal(failed.body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.equal(failed.cacheControl, 'no-store');
    const invalid = await get('{ nothingHere }');
    assert.equal(invalid.cacheControl, 'no-store');
    // A mutation is never run over GET, and its refusal is not stored.
    const mutation = await get('mutation { revokeApiKey(input: { id: "x" }) { apiKey { id } } }');
    assert.ok(mutation.body.errors?.length);
    assert.notEqual(mutation.cacheControl?.startsWith('public'), true);
  });
});

test('POST answers are never stored, whatever they read', async () => {
  for (const query of [COUNTRIES, STATEMENTS, '{ latestStatementCursor }']) {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store', query);
  }
});
