/**
 * Round 10 of the author and originating source of statements in real wire stories and news pages, tuned on real
 * documents. Invented sentences, not the corpus's wording.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quotedPhrase } from '../../src/imports/pipeline/attribution';
import { leeStory } from './import-world';

const LEAD = 'SEOUL, March 2 (Harbor) - Lee Do-yun and Harold Brennan spoke by phone on Sunday, the ministry said.';

describe('import round 10: a quoted phrase with no verb, run into the clause', () => {
  it('is words of the clause, whatever its case or the quotation before it', () => {
    assert.equal(
      quotedPhrase('The envoys vowed to keep countering ', 'Northern incursions, such as its drone flights over the strait.'),
      true,
    );
    assert.equal(quotedPhrase('Lund called the drills a "reckless move" to the fleet and a ', 'breach of the ceasefire terms.'), true);
  });
  it('is not a quoted predicate, a quotation set off by a comma, or a characterisation', () => {
    assert.equal(quotedPhrase('The ministry said Lund ', 'welcomed the new patrol schedule.'), false);
    assert.equal(quotedPhrase('Lund said, ', 'A stronger fleet for a safer sea.'), false);
    assert.equal(quotedPhrase('Lund backed the plan, calling it ', 'a fair share of the burden.'), false);
  });
  it('leaves no draft of the phrase alone: the sentence is the passage', () => {
    const r = leeStory(
      LEAD,
      'The ministers agreed on the need for close coordination in countering "Northern drone incursions, such as its flights over the islands."',
    );
    assert.equal(r.passages.filter((p) => /^Northern drone/.test(p.text)).length, 0);
    const p = r.passages.find((x) => /close coordination/.test(x.text))!;
    assert.equal(p.kind, 'PARAPHRASE');
    assert.match(p.text, /^The ministers agreed/);
  });
});

describe('import round 10: "… as saying by <reporter>" after a quotation', () => {
  it('drafts the quotation only, not the attribution after it', () => {
    const r = leeStory(
      LEAD,
      '"We will keep the bombers near the peninsula," Lee was quoted as saying by presidential spokeswoman Ana Ruiz.',
    );
    assert.equal(r.passages.length, 1);
    assert.equal(r.passages[0].kind, 'DIRECT_QUOTE');
    assert.deepEqual(r.passages[0].speakerIds, [12]);
  });
});
