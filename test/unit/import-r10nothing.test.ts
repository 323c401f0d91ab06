/**
 * Round 10 of whether a sentence is a draft at all, from real documents: lines of a page that are not the next sentence's
 * start (a caption above the text, a title repeated under it), the stance verbs real wire copy uses, a meeting held to
 * take a stance ("met … to reaffirm …"), and the nothing-sentences of real stories (a third government's spokesperson after
 * an opening phrase, a refusal to explain, a quoted agenda or meeting, what a story does not say). Invented people, places
 * and sentences, not the wording of any document.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { headingBlocks } from '../../src/imports/pipeline/background';
import { blocks, UNENDED_LINE } from '../../src/imports/pipeline/segment';

describe('import round 10: lines that are not the next sentence', () => {
  it('UNENDED_LINE: a line of words with no end mark above a capitalised line is a line of its own', () => {
    assert.ok(
      UNENDED_LINE('Minister Lee and Secretary Brennan at the ministry on Monday (Harbor photo)', 'In a statement, the ministry said …'),
    );
    assert.equal(UNENDED_LINE('The two ministers agreed on Monday that the drills would', 'resume in the spring.'), false);
    assert.equal(UNENDED_LINE('The ministers agreed,', 'Both sides said.'), false);
    assert.equal(UNENDED_LINE('Photo', 'The ministers met.'), false);
    const text =
      'Lee Do-yun and Harold Brennan at the ministry on Monday (Harbor photo)\nIn a readout, the ministry said the two agreed to resume drills.';
    assert.equal(blocks(text).length, 2);
  });

  it('a paragraph of prose is the body even when the title follows it with no end mark', () => {
    const body =
      'Minister Lee received the ambassador at the ministry on the fifth of May. The two looked back on the year of the alliance and agreed to keep working closely together.\nMinister Lee received the ambassador at the ministry';
    assert.equal(headingBlocks([body]).size, 0);
    assert.deepEqual(
      [...headingBlocks(['Ministers meet in Seoul', 'U.S. and Korea discuss drills', 'The two agreed to resume drills.'])],
      [0, 1],
    );
    // A headline with an abbreviation is still a heading.
    assert.deepEqual(
      [...headingBlocks(['Gen. Lee meets U.S. Secretary Brennan in Seoul for talks on the drills of the two armies this spring'])],
      [0],
    );
  });
});
