/**
 * Fitting the import's confidence (src/imports/pipeline/confidence.ts `fitLogistic`,
 * scripts/import-confidence.ts): the logistic regression on one-hot terms, leaving one batch out, the
 * thresholds report, and the shipped model being exactly what the script fits on the committed
 * first-run drafts (test/fixtures/import-confidence/first-runs.json).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { applyKnots, fitLogistic, isotonicKnots, modelProbability, modelTerms, solveLinear } from '../../src/imports/pipeline/confidence';
import { confidenceModel } from '../../src/imports/pipeline/confidence-table';
import {
  calibrationLine,
  featuresOf,
  type Fitter,
  fitModel,
  inventedOnly,
  isReal,
  keyedFitter,
  L2,
  lexicon,
  leaveOneBatchOut,
  logisticFitter,
  perBatchLine,
  TERM_VARIANTS,
  thresholds,
} from '../../scripts/import-confidence';
import {
  BATCHES,
  EXTERNAL_BATCHES,
  HELD_OUT_REAL,
  type FirstRunSample,
  parseExternal,
  readExternalBatches,
  readFirstRuns,
  sortSamples,
  withoutRecorded,
  worldOf,
} from '../../scripts/import-first-runs';
import { CORPUS_DIR, loadWorld } from '../bench/import-corpus';

/** `n` drafts with these terms, `right` of them right. */
const many = (terms: string[], n: number, right: number) => Array.from({ length: n }, (_, i) => ({ terms, right: i < right }));

const sample = (over: Partial<FirstRunSample> = {}): FirstRunSample => ({
  batch: 'x',
  commit: 'abc1234',
  documentKind: 'READOUT',
  genre: 'dod-readout',
  kind: 'PARAPHRASE',
  author: 'organization',
  partyCount: 2,
  proposedParty: false,
  callFrom: 'text',
  commitments: 'none',
  ownWords: true,
  sourceKind: 'READOUT',
  frame: null,
  confidence: 0.5,
  right: true,
  ...over,
});

describe('import confidence fit: logistic regression', () => {
  it('solves a small linear system', () => {
    const x = solveLinear(
      [
        [4, 1, 0],
        [1, 3, 1],
        [0, 1, 2],
      ],
      [1, 2, 3],
    );
    const check = [4 * x[0] + x[1], x[0] + 3 * x[1] + x[2], x[1] + 2 * x[2]];
    check.forEach((v, i) => assert.ok(Math.abs(v - [1, 2, 3][i]) < 1e-9, String(check)));
  });

  it('with one term per group and a light penalty, gives each group about its own precision', () => {
    const samples = [...many(['a'], 100, 90), ...many(['b'], 100, 30)];
    const model = fitLogistic(samples, 0.01);
    assert.ok(Math.abs(modelProbability(['a'], model) - 0.9) < 0.01, String(modelProbability(['a'], model)));
    assert.ok(Math.abs(modelProbability(['b'], model) - 0.3) < 0.01, String(modelProbability(['b'], model)));
  });

  it('a heavier penalty pulls the groups toward the overall precision, the intercept unpenalised', () => {
    const samples = [...many(['a'], 20, 18), ...many(['b'], 20, 6)];
    const light = fitLogistic(samples, 0.01);
    const heavy = fitLogistic(samples, 100);
    assert.ok(modelProbability(['a'], heavy) < modelProbability(['a'], light));
    assert.ok(modelProbability(['b'], heavy) > modelProbability(['b'], light));
    // With the weights near zero, the intercept alone gives about the overall share right (24 of 40).
    assert.ok(Math.abs(1 / (1 + Math.exp(-heavy.intercept)) - 0.6) < 0.03, String(heavy.intercept));
  });

  it('adds the evidence of independent features, and a term never seen weighs nothing', () => {
    // Parties and call each separate right from wrong; a draft with both good terms is surer than with either.
    const samples = [
      ...many(['parties:2', 'call:text'], 60, 54),
      ...many(['parties:2', 'call:none'], 60, 30),
      ...many(['parties:0', 'call:text'], 60, 30),
      ...many(['parties:0', 'call:none'], 60, 6),
    ];
    const model = fitLogistic(samples, 0.1);
    const both = modelProbability(['parties:2', 'call:text'], model);
    assert.ok(both > modelProbability(['parties:2', 'call:none'], model) && both > modelProbability(['parties:0', 'call:text'], model));
    assert.equal(modelProbability(['parties:2', 'call:text', 'never:seen'], model), both);
  });

  it('is deterministic: the same samples in any order give the same weights', () => {
    const samples = [...many(['a', 'x'], 30, 20), ...many(['b', 'x'], 30, 10), ...many(['b', 'y'], 10, 9)];
    const one = fitLogistic(samples, 1);
    const two = fitLogistic([...samples].reverse(), 1);
    assert.deepEqual(Object.keys(one.weights), ['a', 'b', 'x', 'y']);
    for (const k of Object.keys(one.weights)) assert.ok(Math.abs(one.weights[k] - two.weights[k]) < 1e-9, k);
  });
});

describe('import confidence fit: the isotonic map', () => {
  const points = (p: number, right: number, wrong: number) => [
    ...Array.from({ length: right }, () => ({ p, right: true })),
    ...Array.from({ length: wrong }, () => ({ p, right: false })),
  ];

  it('is non-decreasing, and pools a block that says more than the block above it', () => {
    // 0.9 said of drafts right 50% of the time, 0.7 of drafts right 80%: pooled to one block
    const knots = isotonicKnots([...points(0.2, 10, 30), ...points(0.7, 32, 8), ...points(0.9, 20, 20)], 20, 0);
    for (let i = 1; i < knots.length; i++) assert.ok(knots[i][1] >= knots[i - 1][1], JSON.stringify(knots));
    assert.equal(knots.length, 2, JSON.stringify(knots));
    assert.equal(knots[0][1], 0.25);
    assert.ok(Math.abs(knots[1][1] - 52 / 80) < 1e-4, JSON.stringify(knots));
    // an over-confident top is capped: nothing maps above the pooled precision
    assert.ok(applyKnots(knots, 0.99) < 0.66);
  });

  it('merges blocks of fewer than minDrafts drafts and pulls a block toward its mean probability by the prior', () => {
    const knots = isotonicKnots([...points(0.1, 2, 38), ...points(0.5, 20, 20), ...points(0.95, 3, 0)], 20, 0);
    assert.equal(knots.length, 2, JSON.stringify(knots)); // the 3 drafts at 0.95 joined the block below
    const withPrior = isotonicKnots([...points(0.9, 20, 0)], 20, 4);
    assert.ok(Math.abs(withPrior[0][1] - (20 + 0.9 * 4) / 24) < 1e-4, JSON.stringify(withPrior));
  });

  it('interpolates between knots and is flat beyond the ends', () => {
    const knots: [number, number][] = [
      [0.2, 0.1],
      [0.6, 0.5],
    ];
    assert.equal(applyKnots(knots, 0), 0.1);
    assert.ok(Math.abs(applyKnots(knots, 0.4) - 0.3) < 1e-12);
    assert.equal(applyKnots(knots, 1), 0.5);
    assert.deepEqual(isotonicKnots([]), []);
  });

  it('the shipped model maps through its knots: no confidence above the precision measured at the top', () => {
    const knots = confidenceModel.recalibration!;
    assert.ok(knots.length > 2);
    const top = knots[knots.length - 1][1];
    const terms = Object.keys(confidenceModel.weights).filter((t) => confidenceModel.weights[t] > 0);
    assert.ok(modelProbability(terms, confidenceModel) <= top + 1e-9);
    assert.ok(modelProbability(terms, { ...confidenceModel, recalibration: undefined }) > top);
  });
});

describe('import confidence fit: leaving one batch out', () => {
  it('fits each batch on the other batches only', () => {
    const samples = [sample({ batch: 'a' }), sample({ batch: 'a', right: false }), sample({ batch: 'b' }), sample({ batch: 'c' })];
    const seen: string[] = [];
    const fit: Fitter = (train) => {
      seen.push([...new Set(train.map((s) => s.batch))].join(''));
      return () => train.filter((s) => s.right).length / train.length;
    };
    const held = leaveOneBatchOut(samples, fit);
    assert.deepEqual(seen, ['bc', 'ac', 'ab']);
    assert.deepEqual(
      held.map((h) => [h.batch, h.confidence, h.right]),
      [
        ['a', 1, true],
        ['a', 1, false],
        ['b', 2 / 3, true],
        ['c', 2 / 3, true],
      ],
    );
  });

  it('reports bands, Brier and what a threshold keeps', () => {
    const confidences = [
      { confidence: 0.95, right: true },
      { confidence: 0.92, right: true },
      { confidence: 0.55, right: false },
      { confidence: 0.55, right: true },
    ];
    assert.match(
      calibrationLine(confidences),
      /^2 of 2 within 0\.1 \(2 consistent\), Brier 0\.128 \| - {2}0\.50 \(2\) {2}- {2}- {2}- {2}1\.00 \(2\)$/,
    );
    assert.deepEqual(thresholds(confidences, [0.5, 0.9]), [
      { threshold: 0.5, drafts: 4, precision: 0.75, rightKept: 1 },
      { threshold: 0.9, drafts: 2, precision: 1, rightKept: 2 / 3 },
    ]);
  });

  it('the keyed table and the model both learn from the other batches', () => {
    const train = [
      ...Array.from({ length: 40 }, (_, i) => sample({ batch: 'a', partyCount: 0, right: i < 4 })),
      ...Array.from({ length: 40 }, (_, i) => sample({ batch: 'a', partyCount: 2, right: i < 36 })),
    ];
    for (const fit of [keyedFitter, logisticFitter(1)]) {
      const give = fit(train);
      assert.ok(give(sample({ partyCount: 0 })) < 0.4 && give(sample({ partyCount: 2 })) > 0.7);
    }
  });
});

describe('import confidence fit: real documents (external folders)', () => {
  it("reads --external DIR@COMMIT: the batch is the folder's name; a folder of the list may leave the commit out", () => {
    assert.deepEqual(parseExternal('/somewhere/real-9@abc1234').batch, {
      batch: 'real-9',
      set: 'external',
      commit: 'abc1234',
      note: 'real documents, first run',
    });
    assert.equal(parseExternal('/somewhere/real-9@abc1234').dir, path.resolve('/somewhere/real-9'));
    const known = EXTERNAL_BATCHES[0];
    assert.deepEqual(parseExternal(`/elsewhere/${known.batch}`).batch, known);
    assert.throws(() => parseExternal('/somewhere/real-9'), /give the commit/);
    assert.throws(() => parseExternal('/somewhere/real-9@not a commit'), /give the commit/);
    assert.throws(() => parseExternal('/somewhere/k@abc1234'), /name of a corpus batch/);
  });

  it('never lists the held-out real folders as batches to fit on', () => {
    const names = EXTERNAL_BATCHES.map((b) => b.batch);
    // The held-out folders: the four of the lost rounds, and every odd-numbered one since round 13 (real-9, real-11, …).
    const heldOut = ['real-1', 'real-4', 'real-4b', 'real-7', ...Array.from({ length: 12 }, (_, i) => `real-${9 + 2 * i}`)];
    assert.deepEqual(
      HELD_OUT_REAL.filter((n) => !heldOut.includes(n)),
      [],
      'HELD_OUT_REAL names a folder not held out',
    );
    for (const held of heldOut) {
      assert.ok(HELD_OUT_REAL.includes(held), `${held} is not in HELD_OUT_REAL`);
      assert.ok(!names.includes(held), names.join());
    }
    assert.ok(EXTERNAL_BATCHES.every((b) => b.set === 'external' && isReal(b.batch)));
    assert.ok(BATCHES.every((b) => !isReal(b.batch)));
  });

  it("merges a folder's world.json into the corpus world, as the bench does", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'i19-external-'));
    try {
      assert.deepEqual(worldOf(dir), loadWorld());
      const org = { name: 'Test Wire Agency', kind: 'MEDIA', country: 'JP' };
      fs.writeFileSync(path.join(dir, 'world.json'), JSON.stringify({ organizations: [org] }));
      const world = worldOf(dir);
      assert.deepEqual(world.organizations.at(-1), org);
      assert.equal(world.organizations.length, loadWorld().organizations.length + 1);
      assert.deepEqual(world.officials, loadWorld(path.join(CORPUS_DIR, 'world.json')).officials);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("adds no twin of an official the reference dataset has: the world's holding goes to the official on record, as the bench records it", () => {
    const reference = lexicon(loadWorld());
    const nakatani = reference.officials.find((o) => o.name === 'Gen Nakatani')!;
    const ministry = reference.organizations.find((o) => o.id === nakatani.holdings[0].organizationId)!;
    const world = loadWorld();
    world.officials.push({ name: 'Gen Nakatani', country: 'JP', aliases: [] });
    world.organizations.push({ name: ministry.name, kind: 'MINISTRY', country: 'JP' });
    world.holdings.push({
      official: 'Gen Nakatani',
      post: 'Minister of Defense',
      organization: ministry.name,
      capacity: 'SUBSTANTIVE',
      start: '2014-12-24',
      end: '2016-08-02',
    });
    const data = lexicon(world);
    const twins = data.officials.filter((o) => o.name === 'Gen Nakatani');
    assert.equal(twins.length, 1);
    assert.equal(data.organizations.filter((o) => o.name === ministry.name).length, 1);
    assert.deepEqual(twins[0].holdings.map((h) => h.startDate).sort(), [...nakatani.holdings.map((h) => h.startDate), '2014-12-24'].sort());
    // The first runs give every commit's lexicon() the world without them, so old commits build the same lexicon.
    assert.ok(!withoutRecorded(world).officials.some((o) => o.name === 'Gen Nakatani'));
    assert.equal(withoutRecorded(world).holdings.length, world.holdings.length);
  });

  it('sorts samples by batch (the corpus list first, then the external batches by name), keeping their order within a batch', () => {
    const got = sortSamples([
      sample({ batch: 'real-3', document: 'z1' }),
      sample({ batch: 'c' }),
      sample({ batch: 'real-2', document: 'y2' }),
      sample({ batch: 'k', document: 'k1' }),
      sample({ batch: 'real-2', document: 'y1' }),
    ]);
    assert.deepEqual(
      got.map((s) => `${s.batch} ${s.document ?? ''}`),
      ['k k1', 'c ', 'real-2 y2', 'real-2 y1', 'real-3 z1'],
    );
  });

  it('reads the external batches the file records', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'i19-runs-'));
    try {
      const file = path.join(dir, 'runs.json');
      assert.deepEqual(readExternalBatches(file), []);
      fs.writeFileSync(file, JSON.stringify({ batches: [...BATCHES, EXTERNAL_BATCHES[0]], samples: [] }));
      assert.deepEqual(readExternalBatches(file), [EXTERNAL_BATCHES[0]]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the model before the real batches (invented only) never trains on a real batch', () => {
    const seen: string[][] = [];
    const fit = inventedOnly((train) => {
      seen.push([...new Set(train.map((s) => s.batch))]);
      return () => 0.5;
    });
    leaveOneBatchOut([sample({ batch: 'k' }), sample({ batch: 'm' }), sample({ batch: 'real-2' }), sample({ batch: 'real-3' })], fit);
    assert.deepEqual(seen, [['m'], ['k'], ['k', 'm'], ['k', 'm']]);
  });

  it('term variants add one term to the shipped ones; the genre (unknown to the import) is never a candidate', () => {
    for (const v of TERM_VARIANTS) assert.equal(v.terms(sample()).length, modelTerms(featuresOf(sample())).length + 1, v.name);
    assert.ok(TERM_VARIANTS.filter((v) => v.terms(sample()).some((t) => t.startsWith('genre:'))).every((v) => !v.candidate));
  });

  it('reports bands within 0.1 and Brier per batch', () => {
    assert.equal(
      perBatchLine([
        { batch: 'k', confidence: 0.95, right: true },
        { batch: 'real-2', confidence: 0.55, right: false },
      ]),
      'k 1/1 0.003, real-2 0/1 0.303',
    );
  });
});

describe('import confidence fit: the shipped model', () => {
  const samples = readFirstRuns();
  const batches = [...BATCHES, ...readExternalBatches()];

  it('the first runs hold every batch of the lists, features only (no text), documents by id and the calibration set without', () => {
    assert.deepEqual(
      [...new Set(samples.map((s) => s.batch))],
      batches.map((b) => b.batch),
    );
    const byName = (list: typeof EXTERNAL_BATCHES) => [...list].sort((a, b) => a.batch.localeCompare(b.batch));
    assert.deepEqual(byName(readExternalBatches()), byName(EXTERNAL_BATCHES));
    for (const s of samples) {
      assert.equal(s.commit, batches.find((b) => b.batch === s.batch)!.commit);
      assert.ok(!('text' in s) && !('passage' in s) && typeof s.right === 'boolean');
      if (s.batch === 'c') assert.equal(s.document, undefined);
      else assert.match(s.document!, isReal(s.batch) ? /^[a-z]{1,2}\d+$/ : new RegExp(`^${s.batch}\\d+$`));
      assert.equal(modelTerms(featuresOf(s)).length, 9);
    }
  });

  it('is what the script fits on the committed first runs (run `node dist/scripts/import-confidence.js` after changing them)', () => {
    assert.deepEqual(fitModel(samples, L2), confidenceModel);
  });
});
