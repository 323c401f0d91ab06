import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse } from 'graphql';
import { MAX_VARIABLE_DEPTH, nulCharacterError } from '../../src/common/input-guards';

const doc = parse('query($t: String) { search(text: $t) { totalCount } }');
const nested = (depth: number): unknown => (depth === 0 ? 'x' : { a: nested(depth - 1) });

describe('input guards', () => {
  test('ordinary text, accents, CJK and emoji pass', () => {
    assert.equal(nulCharacterError(doc, { t: 'Gen Nakatani 中谷元 — 🇯🇵 café' }), null);
  });

  test('a NUL in a variable or in the document is a BAD_USER_INPUT with status 400', () => {
    for (const error of [
      nulCharacterError(doc, { t: 'a\u0000b' }),
      nulCharacterError(parse('{ search(text: "a\\u0000b") { totalCount } }'), {}),
    ]) {
      assert.ok(error);
      assert.equal(error.extensions.code, 'BAD_USER_INPUT');
      assert.deepEqual(error.extensions.http, { status: 400 });
      assert.match(error.message, /NUL/);
    }
  });

  test('a lone surrogate is refused, a surrogate pair is not', () => {
    assert.match(nulCharacterError(doc, { t: 'a\uD800b' })?.message ?? '', /surrogate/);
    assert.match(nulCharacterError(doc, { t: 'a\uDC00' })?.message ?? '', /surrogate/);
    assert.equal(nulCharacterError(doc, { t: '\uD83D\uDE00' }), null);
  });

  test('keys are checked too, and nesting is bounded without overflowing the stack', () => {
    assert.ok(nulCharacterError(doc, { t: { ['k\u0000']: 1 } }));
    assert.equal(nulCharacterError(doc, { t: nested(MAX_VARIABLE_DEPTH - 1) }), null);
    assert.match(nulCharacterError(doc, { t: nested(MAX_VARIABLE_DEPTH + 1) })?.message ?? '', /nest deeper/);
    assert.match(nulCharacterError(doc, { t: nested(10_000) })?.message ?? '', /nest deeper/);
  });
});
