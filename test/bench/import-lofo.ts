/**
 * `npm run bench:import-lofo -- DIR [DIR …]`: the honest figure of the real TUNING folders, with no database. The sentence
 * gate (src/imports/pipeline/gate.ts) is fitted on the development set and on every real tuning folder's labels, so the
 * bench scores a tuning folder with a gate that has seen that folder's own sentences. Here each folder is scored with
 * the gate refitted without it (leave one folder out): what a rule gains on a folder is then the rule's, not the gate's
 * memory of the folder. A folder the gate was never fitted on (a held-out one, a new one) keeps the shipped gate, which
 * has not seen it either. This is the figure a rule must raise to be kept (README, "How well it reads").
 *
 * Prints per folder and in total: right drafts of expected, drafts, and nothing-sentences drafted.
 */
import path from 'node:path';
import { extract } from '../../src/imports/extract';
import { htmlToText } from '../../src/imports/html';
import { Lexicon } from '../../src/imports/lexicon';
import { fitGate, type GateModel, type GateRow } from '../../src/imports/pipeline/gate';
import { gateModel } from '../../src/imports/pipeline/gate-table';
import { normalizeText } from '../../src/imports/text';
import { documentOptions, lexicon } from '../../scripts/import-confidence';
import { draftViewOf, worldOf } from '../../scripts/import-first-runs';
import { developmentRows, readStoredRows, rowsOfStored, type StoredRows } from '../../scripts/import-gate';
import { loadLabels } from './import-corpus';
import { scoreDocument } from './import-scoring';

/** The rows a gate for `folder` is fitted on: the development set's and every stored folder's but its own. */
export function rowsWithout(folder: string, stored: StoredRows, dev: GateRow[]): GateRow[] {
  return [
    ...dev,
    ...Object.keys(stored)
      .filter((name) => name !== folder)
      .flatMap((name) => rowsOfStored(stored[name])),
  ];
}

/** The gate to score `folder` with: refitted without its rows when the shipped gate was fitted on them, else the shipped one. */
export function gateWithout(folder: string, stored: StoredRows, dev: () => GateRow[], shipped: GateModel = gateModel): GateModel {
  if (!stored[folder]) return shipped;
  return { fitted: `without ${folder}`, threshold: shipped.threshold, ...fitGate(rowsWithout(folder, stored, dev())) };
}

export interface FolderFigure {
  folder: string;
  right: number;
  expected: number;
  drafts: number;
  nothingDrafted: number;
}

/** Scores every document of a folder, offline, with the gate given. */
export function scoreFolder(dir: string, gate: GateModel): FolderFigure {
  const data = lexicon(worldOf(dir));
  const figure: FolderFigure = { folder: path.basename(dir), right: 0, expected: 0, drafts: 0, nothingDrafted: 0 };
  for (const doc of loadLabels(dir)) {
    const text = normalizeText(doc.format === 'html' ? htmlToText(doc.content).text : doc.content);
    const lex = new Lexicon(structuredClone(data));
    const r = extract(lex, text, { ...documentOptions(doc, data), keepAll: false, gate });
    const score = scoreDocument(
      doc,
      r.passages.map((p) => draftViewOf(p, r, lex)),
      null,
    );
    figure.right += score.right;
    figure.expected += score.expected;
    figure.drafts += score.drafts;
    figure.nothingDrafted += score.nothingDrafted;
  }
  return figure;
}

const line = (f: FolderFigure) =>
  `${f.folder.padEnd(10)} ${String(f.right).padStart(5)} of ${String(f.expected).padEnd(5)} right (recall ${(f.right / Math.max(1, f.expected)).toFixed(3)}, precision ${(f.right / Math.max(1, f.drafts)).toFixed(3)}), ${f.drafts} drafts, ${f.nothingDrafted} nothing-sentences drafted`;

function main(): void {
  const dirs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  if (dirs.length === 0) {
    console.error('usage: npm run bench:import-lofo -- /path/to/real-8 /path/to/real-10 …');
    process.exitCode = 2;
    return;
  }
  const stored = readStoredRows();
  let dev: GateRow[] | null = null;
  const devRows = () => (dev ??= developmentRows());
  const total: FolderFigure = { folder: 'TOTAL', right: 0, expected: 0, drafts: 0, nothingDrafted: 0 };
  for (const dir of dirs) {
    const abs = path.resolve(dir);
    const gate = gateWithout(path.basename(abs), stored, devRows);
    const f = scoreFolder(abs, gate);
    console.log(`${line(f)}${stored[f.folder] ? '' : '  (the shipped gate: never fitted on this folder)'}`);
    for (const k of ['right', 'expected', 'drafts', 'nothingDrafted'] as const) total[k] += f[k];
  }
  console.log(line(total));
}

if (require.main === module) main();
