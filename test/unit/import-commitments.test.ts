/**
 * Stage 6a of the import (src/imports/pipeline/commitment-match.ts): which recorded commitments a
 * passage names, however it words them, and the stance it takes. The lexicon is the reference
 * dataset plus the two extended deterrence commitments the import corpus's world records without
 * aliases; the sentences are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Lexicon } from '../../src/imports/lexicon';
import { normalizeArticles, stanceOf } from '../../src/imports/pipeline/commitment-match';
import { commitmentsIn, matchCommitments } from '../../src/imports/pipeline/commitments';
import { referenceLexiconData } from './reference-lexicon';

const data = referenceLexiconData();
data.commitments.push(
  { id: 101, title: 'U.S. extended deterrence commitment to the Republic of Korea', aliases: [] },
  { id: 102, title: 'U.S. extended deterrence commitment to Japan', aliases: [] },
);
const lex = new Lexicon(data);
const id = (title: string) => data.commitments.find((c) => c.title === title)!.id;
const ARTICLE_V = id('Article V of the U.S.-Japan security treaty applies to the Senkaku Islands');
const DEFENSE_JP = id('U.S. commitment to the defense of Japan');
const DEFENSE_KR = id('U.S. commitment to the defense of the Republic of Korea');
const TRILATERAL = id('ROK-US-Japan security cooperation');
const C2 = id('Modernization of U.S.-Japan Alliance command and control');
const SOUTHWEST = id("Expanded bilateral presence in Japan's southwest islands");
const ED_KR = 101;
const ED_JP = 102;

const match = (text: string, context: { before?: string; document?: string; countries?: string[] } = {}) =>
  matchCommitments(data.commitments, text, { lex, ...context })
    .map((m) => m.commitment.id)
    .sort((a, b) => a - b);
const ids = (...xs: number[]) => xs.sort((a, b) => a - b);

describe('import: recorded commitments however they are worded', () => {
  it('reads treaty articles written as numerals, words or abbreviations', () => {
    assert.equal(normalizeArticles('Article 5 and Article Five and Art. 5'), 'Article V and Article V and Article V');
    assert.equal(normalizeArticles('Article Fifty'), 'Article Fifty');
  });

  it('finds Article V / Senkaku however the sentence orders it', () => {
    for (const s of [
      'Article V of the Treaty of Mutual Cooperation and Security applies to the Senkakus.',
      'The Senkakus fall under the scope of Article Five.',
      'Both sides confirmed that the Senkaku Islands are covered by the bilateral security treaty.',
      "The United States' obligation to defend Japan under Article 5 of the treaty extends to the Senkaku Islands.",
    ])
      assert.deepEqual(match(s), [ARTICLE_V], s);
    assert.deepEqual(match('Chinese coast guard ships sailed near the Senkaku Islands again.'), []);
  });

  it('names the defense of Japan and Article V both when the sentence states both, and one when it states one', () => {
    assert.deepEqual(
      match('The Secretary reaffirmed the U.S. commitment to defend Japan under Article 5, which extends to the Senkaku Islands.'),
      ids(ARTICLE_V, DEFENSE_JP),
    );
    assert.deepEqual(match('He stressed that the U.S. commitment to Japan is unshakable.'), [DEFENSE_JP]);
    assert.deepEqual(match('The Secretary reaffirmed the ironclad U.S. commitment to the defense of the ROK.'), [DEFENSE_KR]);
    assert.deepEqual(match("Washington's commitment to defend Seoul has not changed."), [DEFENSE_KR]);
    assert.deepEqual(match('He stressed the U.S. determination to protect all of Japan.'), [DEFENSE_JP]);
    assert.deepEqual(match('He restated the U.S. commitment to Japan’s security.'), [DEFENSE_JP]);
    assert.deepEqual(match('The ironclad U.S. defense commitments to the ROK and Japan were reaffirmed.'), ids(DEFENSE_JP, DEFENSE_KR));
    assert.deepEqual(match('They renewed their commitment to work with the ROK and Japan on exercises.'), []);
  });

  it('reads the beneficiary of extended deterrence from the passage, else from its context', () => {
    assert.deepEqual(
      match('Extended deterrence, backed by the full range of U.S. military capabilities, will be provided to the ROK.'),
      ids(ED_KR),
    );
    assert.deepEqual(
      match(
        'The Minister welcomed the defense of Japan using its full range of capabilities, including nuclear, and the commitment to defend Japan.',
      ),
      ids(DEFENSE_JP, ED_JP),
    );
    assert.deepEqual(match('They agreed to strengthen the execution of extended deterrence.'), []);
    assert.deepEqual(
      match('They agreed to strengthen the execution of extended deterrence.', {
        document: 'Seoul. South Korea and the U.S. met. The ROK minister spoke.',
      }),
      [ED_KR],
    );
    assert.deepEqual(match('They agreed to strengthen extended deterrence.', { countries: ['US', 'JP'] }), [ED_JP]);
    assert.deepEqual(match('The U.S. pledged extended deterrence to Australia.', { countries: ['US', 'JP'] }), []);
  });

  it('knows trilateral cooperation in any order, and not with another third country', () => {
    for (const s of [
      'They agreed to deepen trilateral security cooperation among Japan, the ROK and the United States.',
      'The ministers welcomed progress in Japan-U.S.-ROK defense cooperation.',
      'The three ministers agreed to strengthen U.S.-Japan-ROK security cooperation.',
      'Seoul will keep strengthening the Japan-ROK-U.S. security partnership.',
      'They pledged to deepen US-Japan-South Korea security cooperation.',
      'The three countries’ security cooperation will expand, the ROK and Japan said.',
    ])
      assert.deepEqual(match(s), [TRILATERAL], s);
    assert.deepEqual(match('They welcomed the U.S.–Japan–Philippines trilateral cooperation in the South China Sea.'), []);
    assert.deepEqual(
      match('They agreed to expand trilateral cooperation.', {
        document: 'Secretary Hegseth met Minister Nakatani and Philippine Secretary Cruz.',
      }),
      [],
    );
  });

  it('knows command and control and the southwest islands by their words', () => {
    assert.deepEqual(match('They agreed to keep upgrading their respective command-and-control frameworks.', { countries: ['US', 'JP'] }), [
      C2,
    ]);
    assert.deepEqual(match('Japan will keep expanding joint training with U.S. forces in its southwestern islands.'), [SOUTHWEST]);
  });

  it('resolves "our commitment" to the commitment named just before', () => {
    const before = 'Our commitment to the defense of the Republic of Korea is ironclad. Q: Will troop levels change? I will not speculate.';
    assert.deepEqual(match('What I can say is that our commitment is not changing.', { before }), [DEFENSE_KR]);
    assert.deepEqual(match('The Secretary reaffirmed it.', { before: 'Article 5 applies to the Senkakus.' }), [ARTICLE_V]);
    assert.deepEqual(match('They reaffirmed their commitment to close cooperation.', { before }), []);
    assert.deepEqual(match('Our commitment is firm.', { before: 'They discussed the weather.' }), []);
  });
});

describe('import: stance', () => {
  it('reaffirms, affirms, qualifies and withdraws by the corpus rules', () => {
    const cases: [string, string][] = [
      ['The Secretary reaffirmed the ironclad commitment.', 'REAFFIRMS'],
      ['Our commitment remains unshakable.', 'REAFFIRMS'],
      ['Seoul would keep strengthening the partnership.', 'REAFFIRMS'],
      ['He restated the U.S. commitment.', 'REAFFIRMS'],
      ['The U.S. commitment did not waver.', 'REAFFIRMS'],
      ['There is no change to our commitment.', 'REAFFIRMS'],
      ["Our commitment isn't changing.", 'REAFFIRMS'],
      ['The United States will never abandon its ally.', 'REAFFIRMS'],
      ['Article 5 applies to the Senkaku Islands.', 'AFFIRMS'],
      ['The Secretary assured me that the U.S. will provide extended deterrence.', 'AFFIRMS'],
      ['Our commitment stands, but it is not a blank check.', 'QUALIFIES'],
      ['The commitment will hold only as long as Seoul raises its spending.', 'QUALIFIES'],
      ['The commitment is under review.', 'QUALIFIES'],
      ['Washington withdrew its pledge.', 'WITHDRAWS'],
      ['The treaty no longer covers the islands.', 'WITHDRAWS'],
      ['The United States will not defend the islands.', 'WITHDRAWS'],
      ['The nominee said he would keep extended deterrence his first priority if confirmed.', 'AFFIRMS'],
    ];
    for (const [text, stance] of cases) assert.equal(stanceOf(text), stance, text);
  });
});

describe('import stage 6a: what it remembers belongs to one lexicon', () => {
  // A country's alias an editor adds between two imports: the second lexicon must read with it, and a lexicon without it
  // must not read with it, in whichever order the two imports run in one process (a worker thread serves many imports).
  const withAlias = (alias: string | null) => {
    const d = referenceLexiconData();
    const japan = d.countries.find((c) => c.code === 'JP')!;
    if (alias) japan.aliases = [...japan.aliases, alias];
    return new Lexicon(d);
  };
  const text = 'The Secretary reaffirmed the unwavering U.S. commitment to the defense of Nippon.';
  // The title and how it was found: the form "a commitment to the defense of {C}" reads {C} with the lexicon's aliases.
  const matched = (l: Lexicon) =>
    commitmentsIn(l, text, { countries: ['US', 'JP'], proposals: [], document: text }).matched.map(
      (m) => `${m.commitment.title} (${m.alias})`,
    );
  const FOUND = ['U.S. commitment to the defense of Japan (form: a commitment to the defense of a country)'];

  it('a lexicon without the alias after one with it', () => {
    assert.deepEqual(matched(withAlias('Nippon')), FOUND);
    assert.deepEqual(matched(withAlias(null)), []);
  });

  it('a lexicon with the alias after one without it', () => {
    assert.deepEqual(matched(withAlias(null)), []);
    assert.deepEqual(matched(withAlias('Nippon')), FOUND);
    assert.deepEqual(matched(withAlias(null)), []);
  });
});
