/**
 * Round 9 of the author and originating source of statements in real wire stories and news pages: a capital in the
 * possessive names its country's body ("<Capital>'s defense ministry said"). Invented sentences, not the corpus's wording.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { capitalsBeforeBodies } from '../../src/imports/pipeline/attribution';

describe('import round 9: a capital in the possessive before a body', () => {
  it('reads the capital as its country before a ministry named by its kind', () => {
    const text = 'The two envoys will talk again next month, Canberra’s defence ministry said on Tuesday.';
    const found = capitalsBeforeBodies(text, 0, text.length);
    assert.equal(found.length, 1);
    assert.equal(found[0].countryCode, 'AU');
    assert.equal(text.slice(found[0].start, found[0].end), 'Canberra');
    const other = "Officials in Warsaw's Ministry of National Defence confirmed the drill.";
    assert.equal(capitalsBeforeBodies(other, 0, other.length)[0]?.countryCode, 'PL');
  });
  it('does not read a capital before anything but a body of a government', () => {
    for (const text of [
      "Tokyo's harbour was closed for the visit.",
      'Manila’s mayor said the parade would go ahead.',
      'The talks in Seoul ended early, the defense ministry said.',
    ])
      assert.deepEqual(capitalsBeforeBodies(text, 0, text.length), []);
  });
});
