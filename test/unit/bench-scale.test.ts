import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sameScale, scaleFor } from '../bench/generate';

test("a generated database's scale is recognised in jsonb's key order, and a different scale is not", () => {
  const scale = scaleFor(1_000_000);
  // As PostgreSQL returns a jsonb object: keys shortest first.
  const fromJsonb = Object.fromEntries(Object.entries(scale).sort(([a], [b]) => a.length - b.length || a.localeCompare(b)));
  assert.notEqual(JSON.stringify(fromJsonb), JSON.stringify(scale));
  assert.equal(sameScale(fromJsonb, scale), true);
  assert.equal(sameScale({ ...fromJsonb, calls: 1 }, scale), false);
  assert.equal(sameScale({ ...fromJsonb, extra: 1 }, scale), false);
  assert.equal(sameScale(scaleFor(100_000) as never, scale), false);
});
