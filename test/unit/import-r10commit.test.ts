/**
 * Round 10 of stage 6 (commitments and their stances), from real documents: quotation marks inside the words that
 * name a commitment, a commitment that is only the topic of talks, trilateral cooperation said by its three members,
 * and what a clause does with a commitment it names. Invented sentences, not the wording of any document.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { commitmentsIn } from '../../src/imports/pipeline/commitments';
import { extendedDeterrenceWorld } from './reference-lexicon';

const { lex, found } = extendedDeterrenceWorld();
const proposed = (text: string, countries: string[], document = text) =>
  commitmentsIn(lex, text, { countries, proposals: [], document }).proposed.map((p) => [p.title, p.span]);

describe('import round 10: quotation marks inside the words that name a commitment', () => {
  it('reads a treaty commitment whose key words a report quotes, and keeps the words as written', () => {
    assert.deepEqual(
      proposed('The envoy restated the “unbreakable U.S. commitment” to the 1954 Mutual Defense Treaty, the embassy said.', ['US', 'TH']),
      [['U.S.-Thailand Mutual Defense Treaty', 'commitment” to the 1954 Mutual Defense Treaty']],
    );
    assert.deepEqual(
      proposed('Washington’s "firm commitment" to the Mutual Defense Treaty with Thailand was restated on Monday.', ['US', 'TH']).map(
        ([title]) => title,
      ),
      ['U.S.-Thailand Mutual Defense Treaty'],
    );
  });
});
