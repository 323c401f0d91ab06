/** The leave-one-folder-out gate of `npm run bench:import-lofo`: a folder is never scored by a gate fitted on its own rows. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type GateModel, type GateRow } from '../../src/imports/pipeline/gate';
import { gateWithout, rowsWithout } from '../bench/import-lofo';

// Stored rows: [1 or 0, ...feature buckets]. Folder "a" says bucket 7 is a position, folder "b" that it is not.
const stored = {
  a: [
    [1, 7],
    [1, 7],
    [1, 7, 9],
  ],
  b: [
    [0, 7],
    [0, 7],
  ],
  c: [[1, 3]],
};
const dev: GateRow[] = [
  { features: [5], position: true },
  { features: [6], position: false },
  { features: [6], position: false },
];
const shipped: GateModel = { fitted: 'shipped', threshold: 0.2, intercept: 0, weights: [] };

describe('bench:import-lofo: the gate fitted without the folder scored', () => {
  it('rowsWithout: the development rows and every other folder’s, none of the folder’s own', () => {
    const rows = rowsWithout('a', stored, dev);
    assert.equal(rows.length, 3 + 2 + 1);
    assert.ok(!rows.some((r) => r.features.includes(9)), 'a row only folder "a" has');
    assert.equal(rows.filter((r) => r.features.includes(7) && r.position).length, 0, 'no positive bucket-7 row: those are "a"’s');
  });

  it('gateWithout: refitted for a folder the gate was fitted on, with the shipped threshold', () => {
    let devCalls = 0;
    const model = gateWithout('b', stored, () => (devCalls++, dev), shipped);
    assert.equal(model.threshold, 0.2);
    assert.equal(model.fitted, 'without b');
    assert.equal(devCalls, 1);
    const weight = (m: GateModel, bucket: number) => m.weights.find(([b]) => b === bucket)?.[1] ?? 0;
    assert.ok(weight(model, 7) > 0, 'without "b", bucket 7 leans to a position (only "a" is left to say so)');
    assert.ok(
      weight(
        gateWithout('a', stored, () => dev, shipped),
        7,
      ) < 0,
      'without "a", it leans away',
    );
  });

  it('gateWithout: the shipped gate for a folder never fitted on (a held-out or new one), the development rows not read', () => {
    let devCalls = 0;
    assert.equal(
      gateWithout('real-99', stored, () => (devCalls++, dev), shipped),
      shipped,
    );
    assert.equal(devCalls, 0);
  });
});
