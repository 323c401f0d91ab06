/**
 * Round 12, Article V / Senkaku in every form real documents state it (branch i19-artv): a transcript's gaps, the
 * islands' other name, the islands referred back to by a definite noun, a question and the yes that answers it — and
 * nothing for sentences that name the treaty or the islands without the commitment. Invented sentences, not the wording
 * of any document.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkForms } from '../../scripts/artv-forms';
import { mentionOnly, withoutTranscriptGaps } from '../../src/imports/pipeline/commitment-match';
import { commitmentsIn } from '../../src/imports/pipeline/commitments';
import { extendedDeterrenceWorld } from './reference-lexicon';

const { lex, ids } = extendedDeterrenceWorld();
/** Article V / Senkaku's stance in a passage of talks between these countries, after `before`; null when not matched. */
const artV = (text: string, before?: string, countries = ['US', 'JP']) =>
  commitmentsIn(lex, text, { countries, proposals: [], before, document: `${before ?? ''} ${text}` }).matched.find(
    (m) => m.commitment.id === ids.ARTICLE_V,
  )?.stance ?? null;

describe('import round 12 (Article V): a transcript that did not catch every word', () => {
  it('reads the words either side of a dashed gap as one phrase, positions kept', () => {
    const text = 'Article 5 of the Korea -- (inaudible) -- defense treaty';
    assert.equal(withoutTranscriptGaps(text).length, text.length);
    assert.match(withoutTranscriptGaps(text), /Korea\s+defense treaty/);
  });

  it('reads Article V of the ally’s treaty applying to a territory the transcript lost as the islands’ coverage', () => {
    assert.equal(artV('So we restated that Article 5 of the Japan -- (inaudible) -- treaty covers the (inaudible).'), 'REAFFIRMS');
    assert.equal(artV('And Article Five of the U.S.-Japan pact applies to the [inaudible], as ever.'), 'AFFIRMS');
  });

  it('does not read a gap after another treaty’s article, nor a gap that is not the object of the coverage', () => {
    assert.equal(artV('Article 5 of the North Atlantic -- (inaudible) -- treaty applies to the (inaudible).'), null);
    assert.equal(artV('We talked about Article 5 of the Japan treaty -- (inaudible) -- and trade.'), null);
  });
});

describe('import round 12 (Article V): the islands by their other name', () => {
  it('reads the islands named as Chinese statements name them', () => {
    assert.equal(artV('Washington once more said the security treaty extends to the Diaoyu Islands.'), 'REAFFIRMS');
    assert.equal(artV('The U.S. side said the Diaoyutai islets fall under Article 5.'), 'AFFIRMS');
  });

  it('does not read the islands named without the treaty', () => {
    assert.equal(artV('Patrol boats sailed close to the Diaoyu Islands for a third day.'), null);
  });
});

describe('import round 12 (Article V): the islands referred back to by a definite noun', () => {
  it('reads "the islands", "the disputed isles", "the Japan-administered islets" as the islands named just before', () => {
    const before = 'Tension has risen around the Senkaku Islands this year.';
    assert.equal(artV('The envoy said Article 5 of the treaty covers the islands.', before), 'AFFIRMS');
    assert.equal(artV('Both sides reaffirmed that the treaty applies to the disputed isles.', before), 'REAFFIRMS');
    assert.equal(artV('He added that Article V extends to the Japan-administered islets.', 'Talk turned to the Senkakus.'), 'AFFIRMS');
  });

  it('does not read islands that the sentences before do not name as the Senkakus', () => {
    assert.equal(artV('The envoy said Article 5 of the treaty covers the islands.'), null);
    assert.equal(artV('The envoy said Article 5 of the treaty covers the islands.', 'Exercises were held on the Ryukyu Islands.'), null);
    assert.equal(artV('The treaty was signed long before the islands became a dispute.', 'Ships gathered near the Senkaku Islands.'), null);
  });
});

describe('import round 12 (Article V): a question and the yes that answers it', () => {
  const question = 'Q: Does Article V of the security treaty apply to the Senkaku Islands?';

  it('reads a question that names the commitment as no position on it', () => {
    assert.equal(artV(question), null);
    assert.equal(mentionOnly('Is the commitment under Article 5 unchanged?', 4), 'asked in a question, not stated');
    assert.equal(mentionOnly('The commitment under Article 5 is unchanged. Any questions?', 4), null);
  });

  it('reads a yes, or the question’s verb again with no object, as the position the question asked about', () => {
    assert.equal(artV('Yes, it does.', question), 'AFFIRMS');
    assert.equal(artV('Article 5 clearly applies.', question), 'AFFIRMS');
    assert.equal(artV('Absolutely, and that has not changed.', question), 'REAFFIRMS');
  });

  it('does not take a yes after a statement, nor a reply that moves on, as that position', () => {
    assert.equal(artV('Yes, it does.', 'The Senkaku Islands lie in the East China Sea.'), null);
    assert.equal(artV('We discussed North Korea at length.', question), null);
  });
});

describe('import round 12 (Article V): the treaty or the islands without the commitment, another treaty', () => {
  it('matches no Article V where the words say something else of the treaty or the islands', () => {
    for (const text of [
      'Coast guard vessels from China entered the contiguous zone around the Senkaku Islands.',
      'The security treaty between the two countries was revised in 1960.',
      'Article V of the treaty obliges each party to act to meet a common danger.',
      'The ministers agreed that a major cyber attack could amount to an armed attack under Article V of the treaty.',
    ])
      assert.equal(artV(text), null, text);
  });

  it('never takes another treaty’s article for Article V / Senkaku', () => {
    assert.equal(
      artV('An attack on its coast guard would bring Article IV of the Mutual Defense Treaty into play.', undefined, ['US', 'PH']),
      null,
    );
    assert.equal(artV('Article 5 of the North Atlantic Treaty applies to every member, the envoy said.'), null);
  });
});

describe('import round 12 (Article V): the forms of real documents (scripts/artv-forms.ts)', () => {
  it('reads every form of the checker with its stance, and keeps every negative clear', () => {
    const wrong = checkForms().filter((r) => !r.stanceRight);
    assert.deepEqual(
      wrong.map((r) => `${r.form}: ${r.got}`),
      [],
    );
  });
});
