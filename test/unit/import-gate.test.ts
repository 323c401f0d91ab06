/**
 * The sentence gate (src/imports/pipeline/gate.ts): its features, its fit, the choice of its threshold, the shipped
 * model being what the fit gives, and the extraction holding back what it scores under the threshold. Invented
 * sentences and people (the world of import-world.ts).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { extract } from '../../src/imports/extract';
import { Lexicon } from '../../src/imports/lexicon';
import {
  chooseThreshold,
  fitGate,
  GATE_BUCKETS,
  gateBucket,
  gateFeatureNames,
  gateFeatures,
  type GateModel,
  gatedOut,
  gateProbability,
  gateTokens,
  rocAuc,
  unpackGateWeights,
} from '../../src/imports/pipeline/gate';
import { gateModel } from '../../src/imports/pipeline/gate-table';
import { checkFolder, developmentRows, fitAll, gateTableSource, readStoredRows, rowsOfStored } from '../../scripts/import-gate';
import { LEE_CALL_LEAD, withLeeCall } from './import-world';
import { referenceLexicon } from './reference-lexicon';

const story = (model: GateModel | null | undefined, ...paragraphs: string[]) =>
  extract(new Lexicon(withLeeCall()), [LEE_CALL_LEAD, ...paragraphs].join('\n\n'), {
    kind: 'NEWS_ARTICLE',
    publisherId: 4,
    publishedOn: '2031-03-02',
    ...(model === undefined ? {} : { gate: model }),
  });

const POSITION = 'Lee said that both countries will strengthen deterrence against the North’s threats.';
const SMALL_TALK = 'Lee said the weather in Seoul was pleasant.';

describe('import: the sentence gate', () => {
  it('reads lower-case words, straight quotes, digits as 0, and keeps quotation marks, colons and question marks', () => {
    assert.deepEqual(gateTokens('Minister KIM: “We’ll meet in 2031?”'), [
      'minister',
      'kim',
      ':',
      '"',
      "we'll",
      'meet',
      'in',
      '0000',
      '?',
      '"',
    ]);
    const names = gateFeatureNames('Will they meet again?');
    assert.ok(names.includes('u:will') && names.includes('b:they meet') && names.includes('endq') && names.includes('len:0'), names.join());
    assert.ok(!gateFeatureNames('They will meet again.').includes('endq'));
  });

  it('hashes features into buckets the same way at every commit (the shipped table depends on it)', () => {
    // FNV-1a of "u:the" and of "b:said that": pinned, so a change of the hash cannot silently void the table.
    assert.equal(gateBucket('u:the'), 69029);
    assert.equal(gateBucket('b:said that'), 185205);
    const f = gateFeatures(POSITION);
    assert.ok(f.every((b, i) => Number.isInteger(b) && b >= 0 && b < GATE_BUCKETS && (i === 0 || f[i - 1] < b)));
  });

  it('fits weights that separate the rows, deterministically', () => {
    const rows = [
      ...Array.from({ length: 20 }, (_, i) => ({ features: [1, 100 + i], position: true })),
      ...Array.from({ length: 20 }, (_, i) => ({ features: [2, 200 + i], position: false })),
    ];
    const fit = fitGate(rows);
    assert.deepEqual(fitGate(rows), fit);
    const model: GateModel = { fitted: 'toy', threshold: 0.5, ...fit };
    const weight = new Map(fit.weights);
    assert.ok(weight.get(1)! > 1.5 && weight.get(2)! < -1.5, JSON.stringify(fit.weights.slice(0, 3)));
    assert.ok(weight.get(100)! > 0 && weight.get(100)! < weight.get(1)!, 'a feature of one row weighs less than one of twenty');
    assert.ok(!weight.has(3), 'a bucket no row uses has no weight');
    const p = (features: number[]) => 1 / (1 + Math.exp(-(model.intercept + features.reduce((s, b) => s + (weight.get(b) ?? 0), 0))));
    assert.ok(p([1]) > 0.85 && p([2]) < 0.15, `${p([1])} ${p([2])}`);
  });

  it('measures the area under the ROC curve, ties counting half', () => {
    assert.equal(
      rocAuc([
        { p: 0.9, position: true },
        { p: 0.1, position: false },
      ]),
      1,
    );
    assert.equal(
      rocAuc([
        { p: 0.1, position: true },
        { p: 0.9, position: false },
      ]),
      0,
    );
    assert.equal(
      rocAuc([
        { p: 0.5, position: true },
        { p: 0.5, position: false },
      ]),
      0.5,
    );
    assert.equal(
      rocAuc([
        { p: 0.8, position: true },
        { p: 0.4, position: true },
        { p: 0.6, position: false },
        { p: 0.2, position: false },
      ]),
      0.75,
    );
    assert.ok(Number.isNaN(rocAuc([{ p: 0.5, position: true }])));
  });

  it('chooses the highest threshold that keeps the share of positions asked for', () => {
    const scored = [0.9, 0.8, 0.7, 0.33, 0.12].map((p) => ({ p, position: true })).concat([0.3, 0.1].map((p) => ({ p, position: false })));
    assert.equal(chooseThreshold(scored, 0.8), 0.3); // 4 of 5 at or above 0.30; at 0.35 only 3…
    assert.equal(chooseThreshold(scored, 0.8 + 1e-9), 0.1); // …all five only at 0.10
    assert.equal(chooseThreshold([{ p: 0.01, position: true }], 1), 0);
  });

  it('packs the weights into the table and reads them back', () => {
    const weights: [number, number][] = [
      [0, 1.25],
      [77, -0.0205],
      [GATE_BUCKETS - 1, -3.5],
    ];
    const source = gateTableSource({ fitted: 'toy', threshold: 0.2, intercept: 0.1, weights });
    const packed = [...source.matchAll(/^ +'([A-Za-z0-9+/=]+)',?$/gm)].map((m) => m[1]).join('');
    assert.deepEqual(unpackGateWeights(packed), weights);
  });

  it('ships the model the fit gives on the development set and the stored rows of the real tuning folders, none held out', () => {
    const stored = readStoredRows();
    assert.ok(Object.keys(stored).length >= 7, Object.keys(stored).join());
    for (const name of Object.keys(stored)) checkFolder(name);
    assert.throws(() => checkFolder('real-19'), /held-out/);
    const folders = Object.fromEntries(Object.entries(stored).map(([n, rows]) => [n, rowsOfStored(rows)]));
    const { threshold, model } = fitAll(developmentRows(), folders);
    assert.equal(gateModel.threshold, threshold);
    assert.equal(gateModel.intercept, model.intercept);
    assert.equal(gateModel.weights.length, model.weights.length, 'the table is stale: node dist/scripts/import-gate.js');
    model.weights.forEach(([bucket, weight], i) => {
      assert.equal(gateModel.weights[i][0], bucket);
      assert.ok(Math.abs(gateModel.weights[i][1] - weight) <= 0.00025 + 1e-12, `${bucket}: ${gateModel.weights[i][1]} vs ${weight}`);
    });
    assert.ok(threshold > 0 && threshold < 0.5, String(threshold));
  });

  it('scores small talk under a position, and under the threshold', () => {
    assert.ok(gateProbability(SMALL_TALK, gateModel) < gateModel.threshold);
    assert.ok(gateProbability(POSITION, gateModel) > gateModel.threshold);
    assert.ok(gateProbability('Brennan thanked Lee for the warm hospitality.', gateModel) < gateProbability(POSITION, gateModel));
  });

  it('holds back a draft the gate scores under its threshold: its sentence is skipped as BELOW_THRESHOLD, with the chance in its rule', () => {
    const gated = story(undefined, POSITION, SMALL_TALK);
    assert.deepEqual(
      gated.passages.map((p) => p.text),
      [POSITION],
    );
    const kept = gated.passages[0];
    const evidence = kept.evidence.find((e) => e.field === 'gate');
    assert.ok(evidence && Number(evidence.value) >= gateModel.threshold, JSON.stringify(evidence));
    const skipped = gated.dispositions.find((d) => gated.text.slice(d.start, d.end).includes('weather'));
    assert.equal(skipped?.status, 'SKIPPED');
    assert.equal(skipped?.reason, 'BELOW_THRESHOLD');
    assert.match(skipped?.rule ?? '', /sentence gate held its draft back: 0\.\d\d chance/);
    // Without the gate, the same sentence is drafted: the gate alone held it back.
    const ungated = story(null, POSITION, SMALL_TALK);
    assert.ok(ungated.passages.some((p) => /weather/.test(p.text)));
    assert.ok(ungated.passages.every((p) => p.gate === undefined && !p.evidence.some((e) => e.field === 'gate')));
  });

  it('follows the model it is given: one that holds back everything leaves no draft and every such sentence BELOW_THRESHOLD', () => {
    const never: GateModel = { fitted: 'toy', intercept: -10, threshold: 0.5, weights: [] };
    const r = story(never, POSITION, SMALL_TALK);
    assert.equal(r.passages.length, 0);
    const reasons = r.dispositions.filter((d) => /deterrence|weather/.test(r.text.slice(d.start, d.end))).map((d) => d.reason);
    assert.deepEqual(reasons, ['BELOW_THRESHOLD', 'BELOW_THRESHOLD']);
  });

  it('never holds back a draft that carries a commitment, however low its words score', () => {
    const never: GateModel = { fitted: 'toy', intercept: -10, threshold: 0.5, weights: [] };
    const r = extract(
      referenceLexicon(),
      [
        'Defense chiefs talk by phone',
        'Nakatani stated that he was encouraged by the confirmation that Article V included the Senkaku Islands.',
        'Hegseth said the weather was pleasant.',
      ].join('\n\n'),
      { kind: 'NEWS_ARTICLE', publisherId: null, publishedOn: '2025-02-02', gate: never },
    );
    assert.deepEqual(
      r.passages.map((p) => p.text),
      ['Nakatani stated that he was encouraged by the confirmation that Article V included the Senkaku Islands.'],
    );
    assert.ok(r.passages[0].commitments.length > 0 && r.passages[0].gate! < never.threshold);
    assert.equal(gatedOut(r.passages[0], never), false);
    assert.equal(gatedOut({ gate: 0.01 }, never), true);
  });

  it("keeps the reference article's Article V sentences with the shipped model", () => {
    const article = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'data', 'source-article.txt'), 'utf8');
    const r = extract(referenceLexicon(), article, { kind: 'NEWS_ARTICLE', publisherId: null, publishedOn: '2025-02-02' });
    assert.equal(r.passages.filter((p) => /Senkaku/.test(p.text) && p.commitments.length > 0).length, 2);
  });
});
