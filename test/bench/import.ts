import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Role } from '../../src/auth/role';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/db/embedded';
import { newKey, startServerOn, type TestServer } from '../helpers';
import {
  apiShape,
  importCorpusDocument,
  documentsDirOf,
  EXTERNAL_SET,
  f2,
  isHeldOut,
  loadCorpus,
  loadLabels,
  loadWorld,
  mergeWorld,
  optionValue,
  recordWorld,
  SETS,
  type LoadedDocument,
  type ScoredSet,
} from './import-corpus';
import { byBatch, byGenre, FIELDS, scoreDocument, type Aggregate, type DocumentScore } from './import-scoring';
import { documentEntities, formatEntities, mergeEntityTallies, type EntityTally } from './import-entity-recall';
import { documentTaxonomy, formatTaxonomy, mergeTaxonomies, type Taxonomy } from './import-taxonomy';

/**
 * `npm run bench:import [-- --set dev|held-out|held-out-8|calibration|all] [--json] [--verbose] [--show-held-out] [--doc ID] [--labels DIR] [--external DIR [--names-only]] [--drafts FILE] [--no-gate]`:
 * the import measured on the corpus of test/fixtures/import-corpus/. Starts an embedded
 * PostgreSQL (in a temporary folder) and the real server on a free port, records the corpus's
 * world through the public mutations, imports each document with an EDITOR key over GraphQL, and
 * prints per genre and overall (and, for the development set, per batch: one writer's documents), for each set: strict recall and precision, per-field accuracy,
 * the soft score, sentences dropped without a disposition, Article V / Senkaku found, and
 * precision per confidence band (with its 95% binomial interval, and how many populated bands are
 * within 0.1 of their band), and the failure taxonomy (test/bench/import-taxonomy.ts: counts of classes of what went
 * wrong, no text, so also for held-out sets). `--verbose` lists every mismatch of the development set (of the
 * held-out sets (every set but `dev`) only with `--show-held-out`, which whoever tunes the
 * extraction must not use).
 * `--labels DIR` scores the set whose documents DIR labels against the expectations in DIR instead (a second writer's
 * labels, to see whether the import's figure depends on who labelled: `agreement/` for `dev/`, `agreement-7/` for
 * `dev/t01`–`t30`, the former `held-out-7/`).
 * `--external DIR` scores instead a folder kept outside the repository (real documents, whose text may not be
 * committed), labelled like the corpus: its documents and expectations, and its `world.json` (what its documents need
 * beyond the corpus world) merged into the corpus world before it is recorded. It is scored like a held-out set.
 * `--names-only` records that world and checks every name the folder's expectations use, and imports nothing: a
 * labeller checks the labels' format without seeing a result.
 * `--no-gate` runs the server with IMPORT_GATE=false (no learned sentence gate), to measure what the gate does.
 * `--drafts FILE` appends one JSON line per draft (set, document, genre, text, confidence, and its outcome: right, wrong,
 * nothing — a sentence that must yield nothing — or extra — a sentence the labels do not list), for the sets whose
 * mismatches may be shown: the data the learned sentence gate's effect is simulated on (scripts/import-gate.ts).
 * Everything it starts is stopped, also on failure or Ctrl-C.
 */

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => optionValue(args, name);
const setOption = option('--set') ?? 'all';
if (!([...SETS, 'all'] as string[]).includes(setOption)) {
  console.error(`--set must be ${SETS.join(', ')} or all, not ${setOption}`);
  process.exit(2);
}
const EXTERNAL_DIR = option('--external');
if (EXTERNAL_DIR && option('--set')) {
  console.error('--external scores its own folder only: no --set with it');
  process.exit(2);
}
const SELECTED: ScoredSet[] = EXTERNAL_DIR ? [EXTERNAL_SET] : setOption === 'all' ? [...SETS] : [setOption as ScoredSet];
const JSON_OUT = flag('--json');
const VERBOSE = flag('--verbose');
const SHOW_HELD_OUT = flag('--show-held-out');
const ONLY_DOC = option('--doc');
const LABELS = option('--labels');
const DRAFTS_OUT = option('--drafts');
const log = (m: string) => process.stderr.write(`${m}\n`);

function commit(): string {
  try {
    const hash = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: __dirname, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', ':/src'], { cwd: __dirname, encoding: 'utf8' }).trim();
    return dirty ? `${hash} (src/ modified)` : hash;
  } catch {
    return 'unknown';
  }
}

function row(name: string, a: Aggregate): string {
  return [
    name.padEnd(26),
    String(a.documents).padStart(4),
    String(a.expected).padStart(5),
    String(a.drafts).padStart(6),
    String(a.found).padStart(5),
    String(a.right).padStart(5),
    f2(a.strictRecall).padStart(7),
    f2(a.strictPrecision).padStart(9),
    f2(a.soft).padStart(5),
    `${a.dropped}/${a.passages}`.padStart(8),
    `${a.nothingDrafted}`.padStart(7),
    (a.articleV.documents ? `${a.articleV.found}/${a.articleV.documents}` : '-').padStart(6),
  ].join(' ');
}

function printSet(set: ScoredSet, scores: DocumentScore[], taxonomy: Taxonomy, entities: EntityTally, seconds: number, detail: boolean) {
  const { genres, overall } = byGenre(scores);
  console.log(`\n${set} set: ${scores.length} documents, ${overall.expected} expected drafts, imported in ${seconds.toFixed(1)} s`);
  console.log(`${'genre'.padEnd(26)} docs   exp drafts found right recall precision  soft  dropped nothing   ArtV`);
  for (const [genre, a] of Object.entries(genres)) console.log(row(genre, a));
  console.log(row('overall', overall));
  if (set === 'dev') {
    // By batch: each letter is one writer's documents (most written blind, then tuned on: the corpus README says which).
    console.log(`${'batch (writer)'.padEnd(26)} docs   exp drafts found right recall precision  soft  dropped nothing   ArtV`);
    for (const [batch, a] of Object.entries(byBatch(scores))) console.log(row(batch, a));
  }
  console.log(
    `  recall/precision: strict (kind, author, parties, source, call and commitments all right); soft: mean share of right fields per expected passage;`,
  );
  console.log(
    `  dropped: listed sentences with neither a draft nor a disposition; nothing: sentences that must yield nothing but got a draft; ArtV: documents stating Article V / Senkaku with a draft carrying it.`,
  );
  console.log(`  per-field accuracy, among the ${overall.found} expected passages that got a draft:`);
  console.log(`    ${FIELDS.map((f) => `${f} ${f2(overall.fieldAccuracy[f])}`).join('   ')}`);
  for (const line of formatTaxonomy(taxonomy)) console.log(line);
  for (const line of formatEntities(entities)) console.log(line);
  console.log(
    overall.reasonsChecked
      ? `  skip reasons right: ${overall.reasonsRight} of ${overall.reasonsChecked} sentences skipped with a disposition`
      : '  skip reasons: the API gives no per-sentence dispositions',
  );
  const summary = overall.calibrationSummary;
  console.log(
    `  calibration (precision per confidence band, its 95% binomial interval): ${summary.calibrated} of ${summary.populated} populated bands within 0.1; ${summary.consistent} of ${summary.populated} consistent with it (the band ±0.1 meets the interval); Brier score ${summary.brier === null ? '-' : summary.brier.toFixed(3)}`,
  );
  for (const b of overall.calibration) {
    const interval = b.interval ? ` [${b.interval[0].toFixed(2)}–${b.interval[1].toFixed(2)}]` : '';
    const verdict =
      b.calibrated === null
        ? ''
        : b.calibrated
          ? '  (within 0.1)'
          : b.consistent
            ? '  (off by more than 0.1, but its interval reaches within 0.1: too few drafts to tell)'
            : '  (off by more than 0.1, its interval too)';
    console.log(
      `    ${b.from.toFixed(1)}–${b.to.toFixed(1)}: ${String(b.drafts).padStart(4)} drafts, ${String(b.right).padStart(4)} right, precision ${f2(b.precision)}${interval}${verdict}`,
    );
  }
  console.log(
    `  keeping only drafts at or above a confidence (strict recall / precision, right of drafts kept): ${overall.operatingPoints
      .map((o) => `≥${o.threshold.toFixed(1)} ${f2(o.recall)} / ${f2(o.precision)} (${o.right} of ${o.drafts})`)
      .join('   ')}`,
  );
  if (detail) {
    for (const s of scores) {
      if (!s.problems.length) continue;
      console.log(`\n  ${s.id} (${s.genre}): ${s.right}/${s.expected} right, ${s.drafts} drafts`);
      for (const p of s.problems) console.log(`    ${p}`);
    }
  }
}

/**
 * Before an external folder is imported: every publisher, official, call and commitment its expectations name is on
 * record once its world is (and every proposal is not), as test/import-corpus.test.ts checks for the corpus's sets.
 * Only names in the message: the folder is scored like a held-out set.
 */
async function checkNames(gql: (query: string) => Promise<any>, docs: LoadedDocument[], organizations: Map<string, string>) {
  const data = await gql(`{ officials(first: 100) { edges { node { name } } } calls(first: 100) { edges { node { title } } }
    commitments(first: 100) { edges { node { title } } } }`);
  const known = (field: string, key: string) => new Set<string>(data[field].edges.map((e: any) => e.node[key]));
  const [officials, calls, commitments] = [known('officials', 'name'), known('calls', 'title'), known('commitments', 'title')];
  const wrong: string[] = [];
  for (const d of docs) {
    const check = (ok: boolean, what: string) => ok || wrong.push(`${d.id}: ${what}`);
    if (d.import.publisher) check(organizations.has(d.import.publisher), `no organization ${d.import.publisher}`);
    for (const e of d.expected) {
      for (const p of [...e.parties, ...(e.author.officials ?? [])]) {
        if (p.official) check(officials.has(p.official), `no official ${p.official}`);
        else check(!officials.has(p.proposed!.name), `proposed official already on record: ${p.proposed!.name}`);
      }
      if (e.author.organization) check(organizations.has(e.author.organization), `no organization ${e.author.organization}`);
      if (typeof e.call === 'string') check(calls.has(e.call), `no call ${e.call}`);
      for (const c of e.commitments) {
        if (c.title) check(commitments.has(c.title), `no commitment ${c.title}`);
        else check(!commitments.has(c.proposed!), `proposed commitment already on record: ${c.proposed}`);
      }
    }
  }
  if (wrong.length) throw new Error(`the external expectations name what the world lacks:\n  ${[...new Set(wrong)].join('\n  ')}`);
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-bench-pg-'));
  fs.chmodSync(dataDir, 0o755);
  let cluster: EmbeddedDatabase | undefined;
  let server: TestServer | undefined;
  const cleanup = async () => {
    const s = server;
    const c = cluster;
    server = undefined;
    cluster = undefined;
    await s?.stop().catch(() => undefined);
    await c?.stop().catch(() => undefined);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  const onSignal = () => void cleanup().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    log('starting embedded PostgreSQL and the server…');
    cluster = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'data'), database: 'import_bench', ephemeral: true });
    server = await startServerOn(cluster.url, { REQUEST_TIMEOUT_MS: '60000', ...(flag('--no-gate') ? { IMPORT_GATE: 'false' } : {}) });
    const editor = await newKey(server, Role.EDITOR, 'import-bench');
    const s = server;
    const gql = (query: string, variables?: Record<string, unknown>) => s.data(query, variables, editor.headers);
    const external = EXTERNAL_DIR ? path.resolve(EXTERNAL_DIR) : null;
    const externalWorld = external ? path.join(external, 'world.json') : null;
    const world = externalWorld && fs.existsSync(externalWorld) ? mergeWorld(loadWorld(), loadWorld(externalWorld)) : loadWorld();
    const organizations = await recordWorld(gql, world);
    const documentsOf = (set: ScoredSet): LoadedDocument[] =>
      set === EXTERNAL_SET ? loadLabels(external!) : LABELS && documentsDirOf(LABELS) === set ? loadLabels(LABELS, set) : loadCorpus(set);
    if (external) {
      await checkNames(gql, documentsOf(EXTERNAL_SET), organizations);
      if (flag('--names-only')) {
        console.log(`${documentsOf(EXTERNAL_SET).length} documents: every name their expectations use is on record; nothing imported`);
        return;
      }
    }
    const shape = await apiShape(gql);
    log(
      `world recorded; API: dispositions ${shape.dispositionsField ?? 'none'}, proposed calls ${shape.proposedCallField ?? 'none'}, proposed commitments ${
        shape.proposedCommitmentsField ?? 'none'
      }, roles of proposed officials ${shape.rolesField ?? 'none'}, time zone input ${shape.inputFields.has('timeZone') ? 'yes' : 'no'}`,
    );
    const results: Record<string, { scores: DocumentScore[]; taxonomies: Taxonomy[]; entities: EntityTally[]; seconds: number }> = {};
    for (const set of SELECTED) {
      const scores: DocumentScore[] = [];
      const taxonomies: Taxonomy[] = [];
      const entities: EntityTally[] = [];
      const started = Date.now();
      for (const doc of documentsOf(set)) {
        if (ONLY_DOC && doc.id !== ONLY_DOC) continue;
        let imported: Awaited<ReturnType<typeof importCorpusDocument>> | null = null;
        let failure = '';
        try {
          imported = await importCorpusDocument(gql, shape, doc, organizations);
        } catch (error) {
          failure = (error as Error).message.slice(0, 500);
        }
        const score = scoreDocument(doc, imported?.drafts ?? [], imported ? imported.dispositions : null, imported?.text ?? null);
        if (failure) score.problems.unshift(`import failed: ${failure}`);
        scores.push(score);
        taxonomies.push(documentTaxonomy(doc, imported?.drafts ?? [], imported ? imported.dispositions : null));
        entities.push(documentEntities(doc.expected, imported?.proposals ?? { officials: [], organizations: [], call: null }));
        const last = scores.at(-1)!;
        if (DRAFTS_OUT && (!isHeldOut(set) || SHOW_HELD_OUT))
          fs.appendFileSync(
            DRAFTS_OUT,
            (imported?.drafts ?? [])
              .map(
                (d, j) =>
                  `${JSON.stringify({ set, document: doc.id, genre: doc.genre, text: d.text, confidence: d.confidence, outcome: last.draftOutcomes[j] })}\n`,
              )
              .join(''),
          );
        log(
          !isHeldOut(set) || SHOW_HELD_OUT
            ? `  ${set} ${doc.id}: ${last.right}/${last.expected} right, ${last.drafts} drafts`
            : `  ${set}: ${scores.length} imported`,
        );
      }
      results[set] = { scores, taxonomies, entities, seconds: (Date.now() - started) / 1000 };
    }
    const revision = commit();
    if (JSON_OUT) {
      const out: Record<string, unknown> = {
        commit: revision,
        api: { ...shape, inputFields: [...shape.inputFields], draftSelection: undefined, documentSelection: undefined },
      };
      for (const [set, { scores, taxonomies, entities, seconds }] of Object.entries(results)) {
        const { genres, overall } = byGenre(scores);
        const detail = !isHeldOut(set as ScoredSet) || SHOW_HELD_OUT;
        out[set] = {
          seconds,
          overall,
          taxonomy: mergeTaxonomies(taxonomies),
          entities: mergeEntityTallies(entities),
          genres,
          ...(set === 'dev' ? { batches: byBatch(scores) } : {}),
          ...(detail ? { documents: scores } : {}),
        };
      }
      console.log(JSON.stringify(out, null, 2));
    } else {
      console.log(`Import corpus measured at commit ${revision}`);
      for (const [set, { scores, taxonomies, entities, seconds }] of Object.entries(results)) {
        printSet(
          set as ScoredSet,
          scores,
          mergeTaxonomies(taxonomies),
          mergeEntityTallies(entities),
          seconds,
          VERBOSE && (!isHeldOut(set as ScoredSet) || SHOW_HELD_OUT),
        );
      }
      if (VERBOSE && Object.keys(results).some((set) => isHeldOut(set as ScoredSet)) && !SHOW_HELD_OUT)
        console.log('\n(held-out mismatches are not printed; --show-held-out prints them, never while tuning)');
    }
  } finally {
    await cleanup();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
