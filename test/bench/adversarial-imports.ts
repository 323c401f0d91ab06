import 'reflect-metadata';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startApp } from '../../src/app';
import { issueApiKey } from '../../src/auth/api-key.service';
import { Role } from '../../src/auth/role';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { hostileDocuments, transcript, type HostileDocument } from '../import-hostile-documents';

/**
 * The import's part of `npm run bench:adversarial`: the real server in this process (embedded
 * PostgreSQL in .data/bench-adversarial, the reference dataset), each hostile document of
 * test/import-hostile-documents.ts imported over HTTP by an EDITOR key while a `/healthz` probe
 * runs every 5 ms. Prints per shape the import's time and answer, the longest `/healthz` wait and
 * the longest event-loop delay (perf_hooks.monitorEventLoopDelay) while it ran, then the worst of
 * all and the time of a 20,000-word transcript. Figures to read, not a pass/fail test.
 */

const ROOT = path.join(__dirname, '..', '..', '..');
const IMPORT = `mutation($input: ImportDocumentInput!) { importDocument(input: $input) { draftCount } }`;

interface Row {
  name: string;
  bytes: number;
  importMs: number;
  answer: string;
  healthzMs: number;
  loopMs: number;
}

export async function benchImports(options: { only?: string } = {}): Promise<void> {
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '0',
    SEED_WHEN_EMPTY: 'true',
    // The hostile documents fit the default 100,000 bytes; the 20,000-word transcript (about 120 KB) does not.
    MAX_BODY_BYTES: '300000',
    EMBEDDED_PG_DIR: process.env.BENCH_ADVERSARIAL_PG_DIR ?? path.join(ROOT, '.data', 'bench-adversarial'),
  });
  const app = await startApp(config, createLogger(config));
  try {
    // Earlier runs' imports and variants would make these duplicates.
    await app.db.query('DELETE FROM statement_drafts');
    await app.db.query('DELETE FROM import_documents');
    const benchVariants = hostileDocuments.flatMap((d) => d.variants ?? []).map((v) => v.variant);
    await app.db.query('DELETE FROM text_variants WHERE variant = ANY($1)', [benchVariants]);
    const { key } = await issueApiKey(app.db, config, { name: `bench-adversarial-${Date.now()}`, role: Role.EDITOR });
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${key}` };
    const healthz = app.url.replace(/\/graphql$/, '/healthz');
    const histogram = monitorEventLoopDelay({ resolution: 5 });
    histogram.enable();

    const run = async (doc: HostileDocument, raw: string): Promise<Row> => {
      // Inserted directly, as variants recorded before addTextVariant's rules could be.
      for (const v of doc.variants ?? [])
        await app.db.query('INSERT INTO text_variants (variant, restored, case_sensitive) VALUES ($1, $2, false)', [v.variant, v.restored]);
      histogram.reset();
      let done = false;
      let healthzMs = 0;
      const probe = (async () => {
        while (!done) {
          const t = performance.now();
          await fetch(healthz).then((r) => r.arrayBuffer());
          healthzMs = Math.max(healthzMs, performance.now() - t);
          await new Promise((r) => setTimeout(r, 5));
        }
      })();
      const t0 = performance.now();
      const body = JSON.stringify({
        query: IMPORT,
        variables: { input: { [doc.format]: raw, kind: doc.kind ?? 'NEWS_ARTICLE', publishedOn: '2025-02-01' } },
      });
      const response = await fetch(app.url, { method: 'POST', headers, body });
      const result = (await response.json()) as { data?: any; errors?: { extensions?: Record<string, unknown> }[] };
      const importMs = performance.now() - t0;
      done = true;
      await probe;
      for (const v of doc.variants ?? []) await app.db.query('DELETE FROM text_variants WHERE variant = $1', [v.variant]);
      const error = result.errors?.[0]?.extensions;
      const answer = error
        ? `${String(error.code)}${error.limit ? ` (${String(error.limit)})` : ''}`
        : `${result.data?.importDocument?.draftCount ?? '?'} drafts`;
      return { name: doc.name, bytes: Buffer.byteLength(body), importMs, answer, healthzMs, loopMs: histogram.max / 1e6 };
    };

    const docs: HostileDocument[] = [
      ...hostileDocuments,
      { name: 'text: 20,000-word press-conference transcript', format: 'text', kind: 'PRESS_CONFERENCE', make: () => transcript(20_000) },
    ];
    console.log(
      `\nimports over HTTP (IMPORT_WORKERS ${config.importWorkers}, IMPORT_TIMEOUT_MS ${config.importTimeoutMs}, body limit ${config.limits.maxBodyBytes} bytes)\n`,
    );
    console.log(['document', 'body bytes', 'import ms', 'answer', 'worst /healthz wait ms', 'worst event-loop delay ms'].join('\t'));
    // The machine's own share: the same probe for a second with no import running. On a busy
    // machine the event loop waits for a core now and then whatever this process does.
    {
      histogram.reset();
      let idle = 0;
      const until = performance.now() + 1_000;
      while (performance.now() < until) {
        const t = performance.now();
        await fetch(healthz).then((r) => r.arrayBuffer());
        idle = Math.max(idle, performance.now() - t);
        await new Promise((r) => setTimeout(r, 5));
      }
      console.log(['(no import: 1 s of probes, the baseline)', 0, 0, '-', idle.toFixed(1), (histogram.max / 1e6).toFixed(1)].join('\t'));
    }
    const rows: Row[] = [];
    for (const doc of docs) {
      if (options.only && !doc.name.includes(options.only)) continue;
      const row = await run(doc, doc.make());
      rows.push(row);
      console.log([row.name, row.bytes, row.importMs.toFixed(0), row.answer, row.healthzMs.toFixed(1), row.loopMs.toFixed(1)].join('\t'));
    }
    const worst = rows.reduce((a, b) => (b.loopMs > a.loopMs ? b : a), rows[0]);
    const worstHealthz = rows.reduce((a, b) => (b.healthzMs > a.healthzMs ? b : a), rows[0]);
    const slowest = rows.reduce((a, b) => (b.importMs > a.importMs ? b : a), rows[0]);
    if (worst) {
      console.log(`\nworst event-loop delay during an import: ${worst.loopMs.toFixed(1)} ms (${worst.name})`);
      console.log(`worst /healthz wait during an import: ${worstHealthz.healthzMs.toFixed(1)} ms (${worstHealthz.name})`);
      console.log(`slowest import: ${slowest.importMs.toFixed(0)} ms, ${slowest.answer} (${slowest.name})`);
    }
    const transcriptRow = rows.find((r) => r.name.includes('20,000-word'));
    if (transcriptRow) console.log(`20,000-word transcript: ${transcriptRow.importMs.toFixed(0)} ms, ${transcriptRow.answer}`);
    histogram.disable();
  } finally {
    await app.stop();
  }
}
