/**
 * `npm run build && node dist/scripts/import-confidence.js [--check] [--l2 N] [--samples FILE]`: fits
 * the import's confidence (src/imports/pipeline/confidence-table.ts) and says how well it holds on a
 * writer it was not fitted on.
 *
 * It is fitted on the FIRST RUNS of the blind batches (test/fixtures/import-confidence/first-runs.json,
 * collected by `node dist/scripts/import-first-runs.js`: for each batch, the drafts the extraction of
 * the commit before anyone tuned on it made on that batch, scored with today's labels and scoring),
 * the invented corpus batches and the batches of REAL documents (`real-2`, …: folders outside the
 * repository, only their drafts' features are in the file): a logistic regression, L2-regularised
 * (`--l2`, default L2), over the draft's one-hot terms (`modelTerms` in
 * src/imports/pipeline/confidence.ts). Before writing, it evaluates by LEAVING ONE BATCH OUT (fitted
 * on the other batches, measured on the one left out), pooled over the real batches, over the
 * invented ones and over all, and per batch: (a) the keyed table fitted on the calibration set with
 * this tree's extraction (the confidence before the model; in sample for batch c), (b) the same keyed
 * table fitted on the first runs, (c) the logistic model trained on the invented batches only (the
 * model before the real batches were collected), (d) the logistic model trained on every other batch
 * (as shipped; at several penalties), (e) variants of the terms (`TERM_VARIANTS`); per band precision,
 * bands within 0.1, Brier, and what a threshold on (d)'s confidences keeps. Deterministic: the same file and code give the same model, byte for
 * byte (no date in it; formatted with Prettier). `--check` prints without writing; `--samples FILE`
 * writes the calibration set's drafts with this tree's extraction (features and rightness, JSON).
 *
 * The rest of this file measures a set with this tree's pipeline offline (`measure`), as
 * `npm run bench:import` scores it: used for (a), and by the test that checks the server gives every
 * draft the features and confidence the offline pipeline gives it (test/import-confidence.test.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { extract, type Extraction, type ExtractOptions } from '../src/imports/extract';
import { htmlToText } from '../src/imports/html';
import { Lexicon, type LexiconData } from '../src/imports/lexicon';
import {
  CONFIDENCE_FLOOR,
  type ConfidenceFeatures,
  type ConfidenceModel,
  type ConfidenceTable,
  confidenceKeys,
  draftFeatures,
  fitLogistic,
  isotonicKnots,
  modelConfidence,
  modelProbability,
  modelTerms,
  shrunkEstimate,
} from '../src/imports/pipeline/confidence';
import { normalizeText } from '../src/imports/text';
import { referenceDataset } from '../src/seed/reference-dataset';
import { optionValue } from '../test/bench/import-corpus';
import { BANDS, calibration, calibrationSummary, scoreDocument, type CorpusDocument, type DraftView } from '../test/bench/import-scoring';
import { referenceLexiconData } from '../test/unit/reference-lexicon';
import {
  BATCHES,
  type FirstRunSample,
  draftViewOf,
  readExternalBatches,
  readFirstRuns,
  SAMPLES_FILE,
  withoutRecorded,
} from './import-first-runs';

const ROOT = path.join(__dirname, '..', '..');
const CORPUS = path.join(ROOT, 'test', 'fixtures', 'import-corpus');
const SETS = ['calibration', 'dev'] as const;

export interface World {
  organizations: { name: string; country: string; shortName?: string }[];
  officials: { name: string; country: string; aliases?: string[] }[];
  holdings: { official: string; post: string; organization: string; capacity: string; start: string; end?: string | null }[];
  commitments: { title: string; kind?: string; description?: string }[];
  calls: { title: string; date: string; startedAt?: string; participants: string[] }[];
}

/** The lexicon the harness's database would hold: the reference dataset and the corpus's world. */
export function lexicon(world: World): LexiconData {
  const data = referenceLexiconData();
  for (const c of data.countries) c.timeZone = referenceDataset.countries.find((x) => x.code === c.code)?.timeZone ?? null;
  // The world's bodies and officials the reference dataset has already are not added again (the bench records the world
  // the same way: an official on record gets the world's holdings); a twin would make every mention of them ambiguous.
  const { organizations, officials } = withoutRecorded(world);
  let id = 1000;
  for (const o of organizations)
    data.organizations.push({ id: id++, name: o.name, shortName: o.shortName ?? null, aliases: [], countryCode: o.country });
  const orgId = (n: string) => data.organizations.find((o) => o.name === n)!.id;
  id = 2000;
  for (const o of officials)
    data.officials.push({ id: id++, name: o.name, nativeName: null, aliases: o.aliases ?? [], countryCode: o.country, holdings: [] });
  for (const h of world.holdings)
    data.officials
      .find((o) => o.name === h.official)!
      .holdings.push({
        title: h.post,
        capacity: h.capacity,
        startDate: h.start,
        endDate: h.end ?? null,
        organizationId: orgId(h.organization),
      });
  id = 3000;
  for (const c of world.commitments)
    data.commitments.push({ id: id++, title: c.title, aliases: [], kind: c.kind ?? null, description: c.description ?? null });
  id = 4000;
  const officialId = (n: string) => data.officials.find((o) => o.name === n)!.id;
  for (const c of world.calls) {
    const at = c.startedAt ? new Date(c.startedAt).toISOString() : null;
    data.calls.push({
      id: id++,
      title: c.title,
      date: c.date,
      earliestStart: at,
      latestStart: at,
      participantIds: c.participants.map(officialId),
    });
  }
  return data;
}

/** The drafts of an extraction as the API shows them to the harness (test/bench/import-corpus.ts `draftView`). */
export const draftViews = (r: Extraction, lex: Lexicon): DraftView[] => r.passages.map((p) => draftViewOf(p, r, lex));

export interface Sample {
  document: string;
  features: ConfidenceFeatures;
  /** The confidence the pipeline gave the draft (the table's estimate for its features). */
  confidence: number;
  right: boolean;
}

/** A corpus document's import input, as the harness sends it (test/bench/import-corpus.ts `importCorpusDocument`). */
export function documentOptions(doc: CorpusDocument, data: LexiconData): ExtractOptions {
  return {
    kind: doc.import.kind as ExtractOptions['kind'],
    publisherId: data.organizations.find((o) => o.name === doc.import.publisher)?.id ?? null,
    publishedOn: doc.import.publishedOn,
    title: doc.import.title,
    timeZone: doc.import.timeZone,
    keepAll: true,
  };
}

/** One document through the pipeline offline (threshold off): its extraction, and every draft's features, confidence and rightness. */
export function measureDocument(
  doc: CorpusDocument,
  content: string,
  data: LexiconData,
): { extraction: Extraction; lexicon: Lexicon; samples: Sample[] } {
  const text = normalizeText(/\.html?$/.test(doc.document) ? htmlToText(content).text : content);
  const lex = new Lexicon(JSON.parse(JSON.stringify(data)) as LexiconData);
  const options = documentOptions(doc, data);
  const r = extract(lex, text, options);
  const score = scoreDocument(doc, draftViews(r, lex), null);
  const samples = r.passages.map((p, i) => ({
    document: doc.id,
    features: draftFeatures(p, { proposedCall: r.proposedCall != null, document: options.kind }),
    confidence: p.confidence,
    right: score.confidences[i].right,
  }));
  return { extraction: r, lexicon: lex, samples };
}

/** Every draft the pipeline makes on a set (threshold off), its features, and whether it is right in every field. */
export function measure(set: (typeof SETS)[number], world: World): Sample[] {
  const data = lexicon(world);
  const dir = path.join(CORPUS, set);
  const samples: Sample[] = [];
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const doc = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as CorpusDocument;
    samples.push(...measureDocument(doc, fs.readFileSync(path.join(dir, doc.document), 'utf8'), data).samples);
  }
  return samples;
}

/** Counts per feature key (every key of every draft), sorted by key. */
export function countRows(samples: Sample[]): ConfidenceTable['rows'] {
  const rows: ConfidenceTable['rows'] = {};
  for (const s of samples)
    for (const key of confidenceKeys(s.features)) {
      const row = (rows[key] ??= { drafts: 0, right: 0 });
      row.drafts++;
      if (s.right) row.right++;
    }
  return Object.fromEntries(Object.entries(rows).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * The L2 penalty of the shipped model, chosen by leaving one batch out: with the real batches, 3 gives the
 * real batches' best Brier and most bands within 0.1 per batch (1 and 10 are close; 3 is also the middle).
 */
export const L2 = 3;

/** A first-run draft's features as the confidence stage sees them (the fields the model and the keyed table read). */
export const featuresOf = (s: FirstRunSample) => ({
  partyCount: s.partyCount,
  callFrom: s.callFrom,
  commitments: s.commitments,
  author: s.author,
  kind: s.kind,
  document: s.documentKind,
  ownWords: s.ownWords,
  proposedParty: s.proposedParty,
  sourceKind: s.sourceKind,
});

/** A way of giving confidences: fitted on some first-run drafts, it gives each draft a confidence. */
export type Fitter = (train: FirstRunSample[]) => (s: FirstRunSample) => number;

/** The one-hot terms of a first-run draft: the shipped model's (`modelTerms`), or a variant's to compare. */
export type Terms = (s: FirstRunSample) => string[];
export const shippedTerms: Terms = (s) => modelTerms(featuresOf(s));

/**
 * Variants of the terms compared by leaving one batch out (each: the shipped terms and one more
 * interaction). Only what the import knows of a draft: its features and the document's kind (the
 * editor's). The corpus's genre is a label the import never sees: `genre` is printed as a diagnostic
 * (would knowing it help?), never a candidate.
 */
export const TERM_VARIANTS: { name: string; terms: Terms; candidate: boolean }[] = [
  { name: '+ document x call', terms: (s) => [...shippedTerms(s), `document:${s.documentKind}|call:${s.callFrom}`], candidate: true },
  {
    name: '+ document x parties',
    terms: (s) => [...shippedTerms(s), `document:${s.documentKind}|parties:${Math.min(3, s.partyCount)}`],
    candidate: true,
  },
  { name: '+ document x author', terms: (s) => [...shippedTerms(s), `document:${s.documentKind}|author:${s.author}`], candidate: true },
  { name: '+ genre (diagnostic only)', terms: (s) => [...shippedTerms(s), `genre:${s.genre}`], candidate: false },
];

/** (c) the logistic model over the draft's terms (as shipped, not under CONFIDENCE_FLOOR; `floor` false: the bare probability). */
export const logisticFitter =
  (l2: number, floor = true, terms: Terms = shippedTerms): Fitter =>
  (train) => {
    const model = fitLogistic(
      train.map((s) => ({ terms: terms(s), right: s.right })),
      l2,
    );
    return (s) => (floor ? modelConfidence : modelProbability)(terms(s), model);
  };

/**
 * (f) the logistic model, then the isotonic map fitted on its out-of-sample probabilities over the
 * training batches (each training batch scored by a fit on the other training batches): nested, so the
 * batch left out is in neither the model nor the map.
 */
export const recalibratedFitter =
  (l2: number, terms: Terms = shippedTerms): Fitter =>
  (train) => {
    const model = fitLogistic(
      train.map((s) => ({ terms: terms(s), right: s.right })),
      l2,
    );
    const inner = leaveOneBatchOut(train, logisticFitter(l2, false, terms));
    const recalibration = isotonicKnots(inner.map((h) => ({ p: h.confidence, right: h.right })));
    return (s) => modelConfidence(terms(s), { ...model, recalibration });
  };

/** A batch of real documents (an external folder), not one of the invented corpus batches. */
export const isReal = (batch: string) => !BATCHES.some((b) => b.batch === batch);

/**
 * A fitter trained on the invented batches only (the model as it was before real documents were
 * collected): to compare with the same fitter trained on every other batch.
 */
export const inventedOnly =
  (fit: Fitter): Fitter =>
  (train) =>
    fit(train.filter((s) => !isReal(s.batch)));

/** Counts per key of the keyed table, for first-run drafts. */
const keyedRows = (samples: FirstRunSample[]) =>
  countRows(samples.map((s) => ({ document: '', features: featuresOf(s) as ConfidenceFeatures, confidence: 0, right: s.right })));

/** (b) the keyed table (lower quartile of the shrunk precision) fitted on first-run drafts. */
export const keyedFitter: Fitter = (train) => {
  const table: ConfidenceTable = { measured: 'first runs', rows: keyedRows(train) };
  return (s) => shrunkEstimate(confidenceKeys(featuresOf(s)), table).value;
};

/** Every batch's drafts given the confidence of a fit on the other batches. */
export function leaveOneBatchOut(samples: FirstRunSample[], fit: Fitter): { batch: string; confidence: number; right: boolean }[] {
  const batches = [...new Set(samples.map((s) => s.batch))];
  return batches.flatMap((batch) => {
    const give = fit(samples.filter((s) => s.batch !== batch));
    return samples.filter((s) => s.batch === batch).map((s) => ({ batch, confidence: give(s), right: s.right }));
  });
}

/** Bands within 0.1 of `populated` per batch, and its Brier: "k 2/6 0.190, m …". */
export function perBatchLine(held: { batch: string; confidence: number; right: boolean }[]): string {
  return [...new Set(held.map((h) => h.batch))]
    .map((b) => {
      const of = held.filter((h) => h.batch === b);
      const summary = calibrationSummary(calibration(of), of);
      return `${b} ${summary.calibrated}/${summary.populated} ${summary.brier!.toFixed(3)}`;
    })
    .join(', ');
}

/** Per band precision (drafts), bands within 0.1 and Brier: one line. */
export function calibrationLine(confidences: { confidence: number; right: boolean }[]): string {
  const bands = calibration(confidences);
  const summary = calibrationSummary(bands, confidences);
  return `${summary.calibrated} of ${summary.populated} within 0.1 (${summary.consistent} consistent), Brier ${summary.brier?.toFixed(3)} | ${bands
    .map((b) => (b.drafts ? `${b.precision!.toFixed(2)} (${b.drafts})` : '-'))
    .join('  ')}`;
}

/** What keeping only drafts at or above each threshold keeps: drafts, precision, share of the right drafts. */
export function thresholds(
  confidences: { confidence: number; right: boolean }[],
  at: number[],
): { threshold: number; drafts: number; precision: number | null; rightKept: number }[] {
  const right = confidences.filter((c) => c.right).length;
  return at.map((threshold) => {
    const kept = confidences.filter((c) => c.confidence >= threshold);
    const good = kept.filter((c) => c.right).length;
    return { threshold, drafts: kept.length, precision: kept.length ? good / kept.length : null, rightKept: right ? good / right : 0 };
  });
}

/** The model fitted on all first-run drafts, with how it held out. */
export function fitModel(samples: FirstRunSample[], l2: number): ConfidenceModel {
  const fitted = fitLogistic(
    samples.map((s) => ({ terms: modelTerms(featuresOf(s)), right: s.right })),
    l2,
  );
  const bare = leaveOneBatchOut(samples, logisticFitter(l2, false));
  const recalibration = isotonicKnots(bare.map((h) => ({ p: h.confidence, right: h.right })));
  const held = leaveOneBatchOut(samples, recalibratedFitter(l2));
  const summary = calibrationSummary(calibration(held), held);
  const batches = [...new Set(samples.map((s) => s.batch))];
  const right = samples.filter((s) => s.right).length;
  const r4 = (x: number) => Math.round(x * 10000) / 10000;
  return {
    measured: `the first runs of ${batches.length} blind batches (${batches.join(', ')}; ${batches.filter(isReal).length} of real documents; ${path.relative(ROOT, SAMPLES_FILE)}): ${samples.length} drafts, ${right} right in every field; leaving one batch out, ${summary.calibrated} of ${summary.populated} bands within 0.1, Brier ${summary.brier!.toFixed(3)}`,
    l2,
    drafts: samples.length,
    base: r4(right / samples.length),
    intercept: r4(fitted.intercept),
    weights: Object.fromEntries(Object.entries(fitted.weights).map(([k, v]) => [k, r4(v)])),
    recalibration,
  };
}

async function main() {
  const args = process.argv.slice(2);
  const option = (name: string) => optionValue(args, name);
  const l2 = Number(option('--l2') ?? L2);
  const samples = readFirstRuns();
  const world: World = JSON.parse(fs.readFileSync(path.join(CORPUS, 'world.json'), 'utf8'));
  const calibrationNow = measure('calibration', world);
  const samplesFile = option('--samples');
  if (samplesFile) fs.writeFileSync(samplesFile, JSON.stringify(calibrationNow, null, 1));
  const calibrationTable: ConfidenceTable = { measured: 'calibration set', rows: countRows(calibrationNow) };

  console.log(`First runs: ${samples.length} drafts, ${samples.filter((s) => s.right).length} right`);
  for (const b of [...BATCHES, ...readExternalBatches()]) {
    const of = samples.filter((s) => s.batch === b.batch);
    if (of.length)
      console.log(
        `  ${b.batch} at ${b.commit}: ${of.length} drafts, precision ${(of.filter((s) => s.right).length / of.length).toFixed(2)}`,
      );
  }
  console.log(`\nLeaving one batch out (bands ${BANDS.map(([from]) => from.toFixed(1)).join(', ')}: precision (drafts)):`);
  console.log('  pooled over the real batches / the invented batches / every batch; then per batch: bands within 0.1, Brier');
  const ways: [string, Fitter][] = [
    ['(a) keyed table, calibration set now', () => (s) => shrunkEstimate(confidenceKeys(featuresOf(s)), calibrationTable).value],
    ['(b) keyed table, first runs', keyedFitter],
    [`(c) logistic L2 ${l2}, invented batches only`, inventedOnly(logisticFitter(l2))],
    ...[1, 3, 10].map((l): [string, Fitter] => [`(d) logistic L2 ${l}, every batch`, logisticFitter(l)]),
    ...(![1, 3, 10].includes(l2) ? [[`(d) logistic L2 ${l2}, every batch`, logisticFitter(l2)] as [string, Fitter]] : []),
    ...TERM_VARIANTS.map((v): [string, Fitter] => [`(e) L2 ${l2} ${v.name}`, logisticFitter(l2, true, v.terms)]),
    [`(f) logistic L2 ${l2} + isotonic map, nested (shipped)`, recalibratedFitter(l2)],
  ];
  for (const [name, fit] of ways) {
    const held = leaveOneBatchOut(samples, fit);
    console.log(name);
    console.log(`  real     ${calibrationLine(held.filter((h) => isReal(h.batch)))}`);
    console.log(`  invented ${calibrationLine(held.filter((h) => !isReal(h.batch)))}`);
    console.log(`  all      ${calibrationLine(held)}`);
    console.log(`  ${perBatchLine(held)}`);
  }
  const held = leaveOneBatchOut(samples, recalibratedFitter(l2));
  console.log(`\nThresholds on the shipped model's held-out confidences (L2 ${l2}, isotonic map):`);
  for (const [who, of] of [
    ['every batch', held],
    ['real batches', held.filter((h) => isReal(h.batch))],
  ] as const)
    for (const t of thresholds(of, [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9]))
      console.log(
        `  ${who}, >= ${t.threshold.toFixed(2)}: ${String(t.drafts).padStart(4)} drafts, precision ${t.precision?.toFixed(2) ?? '-'}, ${(t.rightKept * 100).toFixed(0)}% of the right drafts kept`,
      );

  const bare = leaveOneBatchOut(samples, logisticFitter(l2, false)).filter((h) => h.confidence < CONFIDENCE_FLOOR);
  console.log(
    `  under ${CONFIDENCE_FLOOR} (given ${CONFIDENCE_FLOOR}, so that they are stored as before): ${bare.length} drafts, ${bare.filter((h) => h.right).length} right`,
  );

  const model = fitModel(samples, l2);
  console.log(`\nShipped: ${model.measured}`);
  const file = path.join(ROOT, 'src', 'imports', 'pipeline', 'confidence-table.ts');
  const text = `// Generated by scripts/import-confidence.ts from ${path.relative(ROOT, SAMPLES_FILE)}: do not edit by hand.\nimport type { ConfidenceModel } from './confidence';\n\nexport const confidenceModel: ConfidenceModel = ${JSON.stringify(model, null, 2)};\n`;
  const prettier = await import('prettier');
  const formatted = await prettier.format(text, { ...(await prettier.resolveConfig(file)), filepath: file });
  if (!args.includes('--check')) fs.writeFileSync(file, formatted);
}

if (require.main === module)
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
