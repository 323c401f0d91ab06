import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { startTestServer, type TestServer } from './helpers';

/** The README's copy-paste write example, run twice as a reader would: the second run writes nothing. */
const root = path.resolve(__dirname, '../..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('### Record a call and its statements (copy-paste)'));
const script = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
const missing = ['bash', 'jq', 'curl'].filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);

let server: TestServer;
let keyDir: string;
before(async () => {
  server = await startTestServer('readme_write', { NODE_ENV: 'development' });
  keyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-readme-key-'));
});
after(async () => {
  await server?.stop();
  fs.rmSync(keyDir, { recursive: true, force: true });
});

/** The top-level JSON documents in jq's pretty-printed output, in order. */
function documents(output: string): any[] {
  const result: any[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < output.length; i++) {
    const c = output[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') {
      if (depth++ === 0) start = i;
    } else if (c === '}' && --depth === 0) result.push(JSON.parse(output.slice(start, i + 1)));
  }
  return result;
}

test(
  'the README write example works, and run again returns the same call and statement',
  { skip: missing.length ? `needs ${missing.join(', ')}` : false, timeout: 120_000 },
  async () => {
    assert.match(script, /API=http:\/\/localhost:4000\/graphql/);
    assert.match(script, /\.readme-key/);
    const runnable = script
      .replace('API=http://localhost:4000/graphql', `API=${server.url}`)
      .replaceAll('.readme-key', path.join(keyDir, 'key'));
    // Asynchronously: the server answers from this very process.
    const run = async () => {
      const child = spawn('bash', ['-c', runnable], {
        cwd: root,
        env: { ...process.env, DATABASE_URL: server.databaseUrl, NODE_ENV: 'development', LOG_LEVEL: 'warn' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      let errors = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (errors += chunk));
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      assert.equal(code, 0, errors);
      const [call, statement] = documents(output);
      assert.equal(call?.errors, undefined, output);
      assert.equal(statement?.errors, undefined, output);
      return { callId: call.data.recordCall.call.id as string, statementId: statement.data.addStatement.statement.id as string };
    };
    const first = await run();
    const second = await run();
    assert.ok(first.callId && first.statementId);
    assert.deepEqual(second, first);
  },
);
