/**
 * `npm run build && node dist/scripts/import-gate.js [--check] [--external DIR]…`: fits the import's sentence gate
 * (src/imports/pipeline/gate.ts; the model is written to src/imports/pipeline/gate-table.ts) and says how well it holds on
 * real documents it was not fitted on.
 *
 * Rows: every labelled passage of the development set (an expected draft is a position, a `nothing` passage is not) and
 * of the folders of REAL documents kept outside the repository that were tuned on (EXTERNAL_BATCHES of
 * scripts/import-first-runs.ts; never a held-out folder, never the calibration nor a held-out corpus set). The real
 * folders' rows are kept in test/fixtures/import-gate/real-rows.json as hashed features only (no words: the documents
 * are their publishers' copyright), so the fit is reproducible from a clean clone; `--external DIR` reads a folder again
 * and replaces its rows.
 *
 * Before writing, it leaves each real folder out in turn (fitted on the development set and the other folders,
 * measured on the one left out) and prints, per folder: the AUC, and at the chosen threshold the share of expected
 * passages kept and of must-yield-nothing passages cut; and the same for a model fitted on the development set alone
 * (the invented corpus: what the gate would be without real documents). The threshold is chosen on those left-out
 * scores pooled (`chooseThreshold`). Deterministic; `--check` prints without writing.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  chooseThreshold,
  fitGate,
  GATE_KEEP,
  gateFeatures,
  gateProbabilityOf,
  gateScorer,
  type GateRow,
  rocAuc,
} from '../src/imports/pipeline/gate';
import { loadCorpus, loadLabels, optionValue } from '../test/bench/import-corpus';
import { EXTERNAL_BATCHES, HELD_OUT_REAL } from './import-first-runs';

const ROOT = path.join(__dirname, '..', '..');
export const GATE_ROWS_FILE = path.join(ROOT, 'test', 'fixtures', 'import-gate', 'real-rows.json');
const TABLE_FILE = path.join(ROOT, 'src', 'imports', 'pipeline', 'gate-table.ts');

/** The rows of a folder's labels: each expected passage a position, each nothing-passage not. */
export function labelledRows(docs: { expected: { passage: string }[]; nothing: { passage: string }[] }[]): GateRow[] {
  return docs.flatMap((d) => [
    ...d.expected.map((e) => ({ features: gateFeatures(e.passage), position: true })),
    ...d.nothing.map((n) => ({ features: gateFeatures(n.passage), position: false })),
  ]);
}

/** The stored rows of the real folders: per folder, each row as [1 or 0, ...buckets]. */
export type StoredRows = Record<string, number[][]>;

export const readStoredRows = (file = GATE_ROWS_FILE): StoredRows =>
  fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as { folders: StoredRows }).folders : {};

export const rowsOfStored = (stored: number[][]): GateRow[] => stored.map(([label, ...features]) => ({ features, position: label === 1 }));

/** Which folders may be fitted on: the real tuning folders of EXTERNAL_BATCHES, never a held-out one. */
export function checkFolder(name: string): void {
  if (HELD_OUT_REAL.includes(name)) throw new Error(`${name} is a held-out folder: the gate is never fitted on it`);
  if (!EXTERNAL_BATCHES.some((b) => b.batch === name)) throw new Error(`${name} is not a real tuning folder (EXTERNAL_BATCHES)`);
}

/** The development set's rows (its documents are in the repository). */
export const developmentRows = (): GateRow[] => labelledRows(loadCorpus('dev'));

/** Fits on the development rows and every stored folder's, and chooses the threshold by leaving each folder out. */
export function fitAll(dev: GateRow[], folders: Record<string, GateRow[]>) {
  const names = Object.keys(folders).sort();
  const pooled: { p: number; position: boolean }[] = [];
  const perFolder: { folder: string; scored: { p: number; position: boolean }[]; devOnly: { p: number; position: boolean }[] }[] = [];
  const devModel = gateScorer({ fitted: '', threshold: 0, ...fitGate(dev) });
  for (const left of names) {
    const train = [...dev, ...names.filter((n) => n !== left).flatMap((n) => folders[n])];
    const scorer = gateScorer({ fitted: '', threshold: 0, ...fitGate(train) });
    const scored = folders[left].map((r) => ({ p: gateProbabilityOf(r.features, scorer), position: r.position }));
    pooled.push(...scored);
    perFolder.push({
      folder: left,
      scored,
      devOnly: folders[left].map((r) => ({ p: gateProbabilityOf(r.features, devModel), position: r.position })),
    });
  }
  const threshold = names.length ? chooseThreshold(pooled) : 0;
  const model = fitGate([...dev, ...names.flatMap((n) => folders[n])]);
  return { threshold, model, perFolder, pooled };
}

function keepCutLine(scored: { p: number; position: boolean }[], threshold: number): string {
  const pos = scored.filter((s) => s.position);
  const neg = scored.filter((s) => !s.position);
  const kept = pos.filter((s) => s.p >= threshold).length;
  const cut = neg.filter((s) => s.p < threshold).length;
  return `AUC ${rocAuc(scored).toFixed(3)}; expected kept ${kept}/${pos.length} (${(kept / Math.max(1, pos.length)).toFixed(3)}), nothing cut ${cut}/${neg.length} (${(cut / Math.max(1, neg.length)).toFixed(3)})`;
}

async function main() {
  const args = process.argv.slice(2);
  const stored = readStoredRows();
  const externals: string[] = [];
  for (let i = 0; i < args.length; i++) if (args[i] === '--external') externals.push(optionValue(args.slice(i), '--external')!);
  for (const dir of externals) {
    const name = path.basename(path.resolve(dir));
    checkFolder(name);
    stored[name] = labelledRows(loadLabels(path.resolve(dir))).map((r) => [r.position ? 1 : 0, ...r.features]);
    console.log(`${name}: ${stored[name].length} labelled passages read from ${dir}`);
  }
  for (const name of Object.keys(stored)) checkFolder(name);
  const folders = Object.fromEntries(Object.entries(stored).map(([n, rows]) => [n, rowsOfStored(rows)]));
  const dev = developmentRows();
  const { threshold, model, perFolder, pooled } = fitAll(dev, folders);
  console.log(`development set: ${dev.length} labelled passages; real tuning folders: ${Object.keys(folders).sort().join(', ')}`);
  console.log(`threshold ${threshold} (the highest at which the left-out folders, pooled, keep ≥ ${GATE_KEEP} of their expected passages)`);
  console.log('leaving each real folder out (fitted on the development set and the other folders):');
  for (const f of perFolder) console.log(`  ${f.folder.padEnd(8)} ${keepCutLine(f.scored, threshold)}`);
  console.log(`  pooled   ${keepCutLine(pooled, threshold)}`);
  console.log('fitted on the development set alone (the invented corpus), on each real folder:');
  for (const f of perFolder) console.log(`  ${f.folder.padEnd(8)} ${keepCutLine(f.devOnly, threshold)}`);
  console.log(
    `  pooled   ${keepCutLine(
      perFolder.flatMap((f) => f.devOnly),
      threshold,
    )}`,
  );
  console.log(`model: ${model.weights.length} weights`);
  if (args.includes('--check')) return;
  fs.mkdirSync(path.dirname(GATE_ROWS_FILE), { recursive: true });
  const rowsText = `{"folders": {\n${Object.keys(stored)
    .sort()
    .map((n) => `"${n}": [\n${stored[n].map((r) => JSON.stringify(r)).join(',\n')}\n]`)
    .join(',\n')}\n}}\n`;
  fs.writeFileSync(GATE_ROWS_FILE, rowsText);
  const pooledLine = keepCutLine(pooled, threshold);
  const fitted = `the development set (${dev.length} passages) and the real tuning folders ${Object.keys(folders).sort().join(', ')} (${Object.values(folders).reduce((s, r) => s + r.length, 0)} passages); each folder left out in turn, pooled: ${pooledLine}`;
  const prettier = await import('prettier');
  const source = gateTableSource({ fitted, threshold, ...model });
  fs.writeFileSync(TABLE_FILE, await prettier.format(source, { ...(await prettier.resolveConfig(TABLE_FILE)), filepath: TABLE_FILE }));
  console.log(`written: ${path.relative(ROOT, TABLE_FILE)}, ${path.relative(ROOT, GATE_ROWS_FILE)}`);
}

/** The source of gate-table.ts: the weights packed in a string (5 bytes each: 3 of bucket, 2 of weight × 2,000), so the file stays small. */
export function gateTableSource(m: { fitted: string; threshold: number; intercept: number; weights: [number, number][] }): string {
  const bytes = Buffer.alloc(m.weights.length * 5);
  m.weights.forEach(([bucket, weight], i) => {
    bytes.writeUIntBE(bucket, i * 5, 3);
    bytes.writeInt16BE(Math.max(-32768, Math.min(32767, Math.round(weight * 2000))), i * 5 + 3);
  });
  const packed = bytes.toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < packed.length; i += 100) lines.push(`  '${packed.slice(i, i + 100)}'`);
  return `/**
 * Generated by \`node dist/scripts/import-gate.js\` (scripts/import-gate.ts); do not edit. The sentence gate's model
 * (gate.ts): fitted on ${m.fitted}.
 */
import { type GateModel, unpackGateWeights } from './gate';

export const gateModel: GateModel = {
  fitted: ${JSON.stringify(m.fitted)},
  intercept: ${m.intercept},
  threshold: ${m.threshold},
  weights: unpackGateWeights(
    [
${lines.map((l) => `  ${l}`).join(',\n')},
    ].join(''),
  ),
};
`;
}

if (require.main === module)
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
