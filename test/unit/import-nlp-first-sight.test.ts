/**
 * FIRST_SIGHT (round 18): the sentences of a text do not depend on whether the NLP library has read its words before. Words
 * made up at run time, so they are new to the process whatever ran before this test. Invented sentences.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { annotate, NLP_ENGINE_TEXT_BUDGET, Renewing } from '../../src/imports/pipeline/nlp';
import { segment } from '../../src/imports/pipeline/segment';

/** A capitalised word no process has read: letters only, from random bytes. */
const freshWord = () => 'Q' + [...randomBytes(7)].map((b) => String.fromCharCode(97 + (b % 26))).join('');

describe('the NLP stage reads a word the same the first time and later', () => {
  it('cuts a text with words never read before as it cuts it the second time', () => {
    for (let i = 0; i < 10; i++) {
      const text = `But amid all the gloom, there is ${freshWord()}’s...\n${freshWord()} United, the harbor team, stays alive in the cup`;
      const first = annotate(text).sentences;
      assert.deepEqual(annotate(text).sentences, first, text);
    }
  });

  it('so a document is segmented the same however many documents came before', () => {
    const text = `The ministers met in the capital. There is ${freshWord()}’s...\n${freshWord()} Rovers stay alive in the final round`;
    const first = segment(text).sentences.map((s) => [s.start, s.end]);
    assert.deepEqual(
      segment(text).sentences.map((s) => [s.start, s.end]),
      first,
    );
  });
});

describe('ENGINE_RENEWAL: the NLP engine is made anew after a budget of text', () => {
  it('makes a value once, keeps it until the budget is used, then makes a new one', () => {
    let made = 0;
    const r = new Renewing(() => ({ n: ++made }), 100);
    const first = r.take(60);
    assert.equal(r.take(39), first);
    assert.equal(r.take(1), first);
    const second = r.take(10);
    assert.notEqual(second, first);
    assert.deepEqual([made, r.generation, second.n], [2, 2, 2]);
  });

  it('a budget of millions of characters: a few dozen of the largest documents, not every import', () => {
    assert.ok(NLP_ENGINE_TEXT_BUDGET >= 2 * 200_000 * 10, String(NLP_ENGINE_TEXT_BUDGET));
  });
});
