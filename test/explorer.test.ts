import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Role } from '../src/auth/role';
import { toGlobalId } from '../src/common/global-id';
import { exampleOperations } from '../src/http/explorer';
import { newKey, startTestServer, type TestServer } from './helpers';
import { referenceRowIds } from './statements';

const root = path.resolve(__dirname, '../..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
/** Screenshots and other files the tests leave for a person to look at (git-ignored). */
export const OUTPUT_DIR = path.join(root, 'test-output');

/** Debian's chromium (its real binary; /usr/bin/chromium is a wrapper script), or CHROMIUM_PATH. */
function chromiumPath(): string | undefined {
  return [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (p): p is string => !!p && fs.existsSync(p),
  );
}

const BROWSER = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

describe('the explorer over HTTP', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer('explorer_http', { NODE_ENV: 'development' });
  });
  after(async () => {
    await server?.stop();
  });

  test('/ and a browser opening /graphql lead to the explorer; / tells a non-browser what is where', async () => {
    const origin = new URL(server.url).origin;
    for (const url of [`${origin}/`, server.url]) {
      const response = await fetch(url, { headers: BROWSER, redirect: 'manual' });
      assert.equal(response.status, 302, url);
      assert.equal(response.headers.get('location'), '/explorer');
    }
    const json = (await (await fetch(`${origin}/`)).json()) as Record<string, string>;
    assert.deepEqual([json.graphql, json.explorer], ['/graphql', '/explorer']);
    // GraphQL over GET still works for clients (with the CSRF header).
    const get = await fetch(`${server.url}?query=${encodeURIComponent('{ statements(first: 1) { totalCount } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    assert.equal(get.status, 200);
  });

  test('the page loads every asset from this server and holds the README operations', async () => {
    const origin = new URL(server.url).origin;
    const html = await (await fetch(`${origin}/explorer`)).text();
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]).filter((u) => !u.startsWith('#'));
    assert.ok(assets.length >= 2, html);
    for (const asset of assets) {
      assert.ok(asset.startsWith('/explorer/'), `asset from elsewhere: ${asset}`);
      assert.equal((await fetch(`${origin}${asset}`)).status, 200, asset);
    }
    const script = await (await fetch(`${origin}/explorer/explorer.js`)).text();
    for (const worker of ['editorWorker.js', 'graphqlWorker.js', 'jsonWorker.js']) assert.match(script, new RegExp(worker));
    const operations = exampleOperations(readme);
    assert.ok(operations.length >= 8, `${operations.length} operations in the README`);
    const config = JSON.parse(/<script id="ruru-config" type="application\/json">([\s\S]*?)<\/script>/.exec(html)![1]);
    assert.equal(config.defaultTabs.length, operations.length, 'one tab per README operation');
    operations.forEach((operation, i) => assert.ok(config.defaultTabs[i].query.includes(operation), operation.split('\n')[0]));
    // Operations with variables (the mutations) come with values for them, from the README.
    const withVariables = config.defaultTabs.filter((tab: { query: string }) =>
      /^(query|mutation|subscription)\s+\w+\s*\(/m.test(tab.query),
    );
    assert.ok(withVariables.filter((tab: { query: string }) => /^mutation/m.test(tab.query)).length >= 3);
    for (const tab of withVariables) {
      const declared = [...tab.query.split('{')[0].matchAll(/\$(\w+)\s*:/g)].map((m) => m[1]);
      assert.ok(tab.variables, `variables for ${tab.query.split('\n').find((l: string) => /^\w/.test(l))}`);
      assert.deepEqual(Object.keys(JSON.parse(tab.variables)).sort(), declared.sort());
    }
    assert.equal(config.endpoint, '/graphql');
    assert.equal(config.subscriptionEndpoint, '/graphql');
  });

  test('development errors carry no stack trace unless the request asks for one', async () => {
    const bad = '{ statements(first: 100000) { totalCount } }';
    const plain = await server.gql(bad);
    assert.equal(plain.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.equal(JSON.stringify(plain).includes('stacktrace'), false);
    const asked = await server.gql(bad, {}, { 'x-include-stacktrace': 'true' });
    assert.equal(asked.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.ok(Array.isArray(asked.errors?.[0]?.extensions?.stacktrace) && (asked.errors[0].extensions.stacktrace as string[]).length > 1);
  });

  test('in production the explorer follows INTROSPECTION', async () => {
    const closed = await startTestServer('explorer_prod', { NODE_ENV: 'production' });
    try {
      const origin = new URL(closed.url).origin;
      assert.equal((await fetch(`${origin}/explorer`)).status, 404);
      assert.equal((await fetch(`${origin}/explorer/static/ruru.js`)).status, 404);
      assert.equal((await fetch(`${origin}/`, { headers: BROWSER, redirect: 'manual' })).status, 200);
    } finally {
      await closed.stop();
    }
    const open = await startTestServer('explorer_prod_open', { NODE_ENV: 'production', INTROSPECTION: 'true' });
    try {
      assert.equal((await fetch(`${new URL(open.url).origin}/explorer`)).status, 200);
    } finally {
      await open.stop();
    }
  });
});

describe('the explorer in a browser', () => {
  const executablePath = chromiumPath();
  test(
    'runs a README query and shows a statement added through the API on a statementAdded subscription, offline',
    {
      skip: executablePath ? false : 'no Chromium installed (apt-get install chromium, or set CHROMIUM_PATH); .ci/run installs it',
      timeout: 120_000,
    },
    async () => {
      const { chromium } = await import('playwright-core');
      const server = await startTestServer('explorer_browser', { NODE_ENV: 'development' });
      const browser = await chromium.launch({ executablePath, headless: true });
      try {
        const origin = new URL(server.url).origin;
        const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        // Offline: every request to anything but this server is refused, and remembered.
        const refused: string[] = [];
        await page.route('**/*', (route) => {
          const url = route.request().url();
          if (url.startsWith(`${origin}/`)) return route.continue();
          refused.push(url);
          return route.abort('internetdisconnected');
        });
        const pageErrors: string[] = [];
        page.on('pageerror', (error) => pageErrors.push(error.message));
        // The Content-Security-Policy must not block anything the explorer needs.
        const violations: string[] = [];
        page.on('console', (message) => {
          if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
        });

        await page.goto(`${origin}/`);
        assert.equal(new URL(page.url()).pathname, '/explorer');
        const editor = page.locator('.graphiql-query-editor .monaco-editor').first();
        await editor.waitFor({ timeout: 60_000 });
        // The schema arrived by introspection: the docs explorer lists the root types.
        await page.locator('.graphiql-sidebar button[aria-label="Show Documentation Explorer"]').click();
        await page.getByText('Query', { exact: true }).first().waitFor({ timeout: 30_000 });

        // Each README operation has a tab of its own (named after it): open it and run it.
        // GraphiQL picks the operation to run 100 ms after a tab opens: run before that and it
        // sends the previous tab's operation name (a subscription then goes over HTTP, not the
        // WebSocket). The explorer marks the operations of the document GraphiQL last read.
        let first = true;
        const runOperation = async (name: string) => {
          await page.locator('.graphiql-tab', { hasText: name }).first().click();
          await page.locator('.graphiql-query-editor .view-line', { hasText: name }).first().waitFor({ timeout: 30_000 });
          if (!first) {
            await page.waitForFunction(
              (n) => (globalThis as any).document.documentElement.dataset.operations?.split(' ').includes(n) as boolean,
              name,
              { timeout: 30_000 },
            );
          }
          first = false;
          await editor.click();
          await page.keyboard.press('Control+Enter');
        };
        const response = page.locator('.graphiql-response');
        try {
          await runOperation('WhatEachSideSaid');
          await response.getByText('"durationMinutes": 40').waitFor({ timeout: 30_000 });
        } catch (error) {
          fs.mkdirSync(OUTPUT_DIR, { recursive: true });
          await page.screenshot({ path: path.join(OUTPUT_DIR, 'explorer-failed.png') });
          throw error;
        }

        // A request naming an operation its document does not define (a run before GraphiQL read the
        // tab) goes out with the document's only operation, through the explorer's fetch wrapper.
        const repaired = await page.evaluate(async () => {
          const res = await (globalThis as any).fetch('/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: 'query ThisTab { __typename }', operationName: 'PreviousTab' }),
          });
          return res.json();
        });
        assert.deepEqual(repaired, { data: { __typename: 'Query' } });

        // An API key typed under Headers in this tab applies to every tab: the mutation tab
        // (which carries its variables) runs with it.
        const editorKey = await newKey(server, Role.EDITOR);
        await page.locator('.graphiql-editor-tools button', { hasText: 'Headers' }).first().click();
        const headersEditor = page.locator('.graphiql-editor-tool .monaco-editor').last();
        await headersEditor.waitFor({ timeout: 30_000 });
        await headersEditor.click();
        await page.keyboard.press('Control+A');
        await page.keyboard.insertText(JSON.stringify(editorKey.headers));
        await page.waitForFunction(
          () => ((globalThis as any).localStorage.getItem('alliance:explorer:headers') ?? '').includes('Bearer'),
          null,
          {
            timeout: 10_000,
          },
        );
        await runOperation('MarineReapersLeave');
        try {
          await response.getByText('"status": "ENDED"').waitFor({ timeout: 30_000 });
        } catch (error) {
          fs.mkdirSync(OUTPUT_DIR, { recursive: true });
          await page.screenshot({ path: path.join(OUTPUT_DIR, 'explorer-failed.png') });
          throw error;
        }

        // The README's statementAdded subscription: run it.
        await runOperation('JapanAndArticleV');
        // The subscription is live once the run button turns into a stop button.
        await page.locator('.graphiql-execute-button[aria-label*="Stop"], button[aria-label*="Stop"]').first().waitFor({ timeout: 30_000 });

        const refs = await referenceRowIds(server.app.db);
        const shown = 'Nakatani said the alliance stays the cornerstone of peace';
        // The socket may still be subscribing when the button turns (a statement added before the server has the
        // subscription is not sent to it): add until the event shows, each a new statement, up to ten times.
        for (let attempt = 1; ; attempt++) {
          const added = await server.data(
            `mutation($input: AddStatementInput!) { addStatement(input: $input) { statement { id } } }`,
            {
              input: {
                text: `${shown} (browser test ${Date.now()}, attempt ${attempt}).`,
                kind: 'PARAPHRASE',
                date: '2025-01-31',
                sourceId: toGlobalId('Source', refs.sources.japanRelease),
                speakerIds: [toGlobalId('Official', refs.officials.nakatani)],
              },
            },
            editorKey.headers,
          );
          assert.ok(added.addStatement.statement.id);
          try {
            await response.getByText(shown).first().waitFor({ timeout: 5_000 });
            break;
          } catch (error) {
            if (attempt >= 10) throw error;
          }
        }

        fs.mkdirSync(OUTPUT_DIR, { recursive: true });
        const screenshot = path.join(OUTPUT_DIR, 'explorer.png');
        await page.screenshot({ path: screenshot });
        console.log(`# explorer screenshot: ${path.relative(root, screenshot)}`);
        assert.deepEqual(refused, [], 'the explorer asked for something outside the server');
        assert.deepEqual(pageErrors, []);
        assert.deepEqual(violations, [], 'the Content-Security-Policy blocked something');
      } finally {
        await browser.close();
        await server.stop();
      }
    },
  );
});
