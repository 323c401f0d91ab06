/**
 * Round 6 of stage 6 (commitments and their stances), from the fifth blind set: the stance of each commitment from the
 * clause that says it (a verb with its own complement after "and", "adding that", a further "and that" complement, a
 * definite noun that refers back, an adverb of repetition shared by the subject's verbs), words of repetition and
 * permanence, the deictic ally ("this country"), the extended deterrent and the answer to a nuclear attack, a body
 * named after a commitment, trilateral sharing, and a country's own posture. Invented sentences, not the corpus's wording.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clauseStance, stanceOf } from '../../src/imports/pipeline/commitment-match';
import { commitmentsIn } from '../../src/imports/pipeline/commitments';
import { extendedDeterrenceWorld } from './reference-lexicon';

const { lex, found, ids } = extendedDeterrenceWorld();
const { ARTICLE_V, DEFENSE_JP, DEFENSE_KR, TRILATERAL, C2, SOUTHWEST, ED_KR, ED_JP } = ids;
const at = (text: string, word: string) => clauseStance(text, text.indexOf(word));

describe('import round 6: the stance of each commitment from its own clause', () => {
  it('starts a clause at "and <verb> that/to/he" without a comma, and at ", adding that"', () => {
    const s = 'The general renewed the pledge to guard the islands and declared that the airfield plan is settled.';
    assert.equal(at(s, 'pledge'), 'REAFFIRMS');
    assert.equal(at(s, 'airfield'), 'AFFIRMS');
    assert.equal(at('She stressed that the forces must stay ready and also said she hoped to widen the drills.', 'drills'), 'AFFIRMS');
    assert.equal(at('They agreed to speed up the new headquarters, adding that they would meet again in June.', 'headquarters'), 'AFFIRMS');
    // "and" between two objects of one verb is no new clause.
    assert.equal(at('He reaffirmed the guarantee and the basing plan.', 'basing'), 'REAFFIRMS');
  });

  it('gives a further "and that" complement the verb\'s words and its own, not the complement before it', () => {
    const s = 'The envoy explained that the guarantee remains firm, and that the accord covers the outer reefs.';
    assert.equal(at(s, 'guarantee'), 'REAFFIRMS');
    assert.equal(at(s, 'reefs'), 'AFFIRMS');
    const r = 'The envoy reiterated that the guarantee is solid and that the accord covers the outer reefs.';
    assert.equal(at(r, 'reefs'), 'REAFFIRMS');
  });

  it('does not read the complementizer of a further complement as a back reference, but reads the pronoun "that"', () => {
    const s = 'The admiral affirmed that the guarantee reaches the outer reefs, and that the navy remains opposed to any blockade.';
    assert.equal(at(s, 'guarantee'), 'AFFIRMS');
    assert.equal(at('The guarantee reaches the outer reefs, and that has not changed.', 'guarantee'), 'REAFFIRMS');
  });

  it('goes on with the earlier clause when a definite noun refers back to what it named', () => {
    // "the obligation" after a clause naming a commitment; "the pact" after one naming a pact.
    assert.equal(
      at('She said there was no change to the commitment to the islanders, and that the obligation reaches the outer reefs.', 'reefs'),
      'REAFFIRMS',
    );
    assert.equal(at('He renewed the pledge under the Pact, and noted that Article 3 of the pact reaches the reefs.', 'reefs'), 'REAFFIRMS');
    // "the Pact" with nothing before it to refer to is a statement of its own.
    assert.equal(at('He said that the partnership remains strong, and that Article 3 of the Pact reaches the reefs.', 'reefs'), 'AFFIRMS');
  });

  it('lets an adverb of repetition before the first verb qualify every verb of the subject', () => {
    assert.equal(at('The admiral once again endorsed the plan, and declared that the guarantee reaches the reefs.', 'reefs'), 'REAFFIRMS');
    assert.equal(at('The admiral endorsed the plan, and declared that the guarantee reaches the reefs.', 'reefs'), 'AFFIRMS');
  });

  it('reads repetition and permanence as a reaffirmation', () => {
    assert.equal(stanceOf('As the ministry has stated many times, the guarantee covers the outer reefs.'), 'REAFFIRMS');
    assert.equal(stanceOf('The pledge covers the outer reefs, as we have always said.'), 'REAFFIRMS');
    assert.equal(stanceOf('She said the treaty protects the archipelago "today, tomorrow and always."'), 'REAFFIRMS');
    assert.equal(stanceOf('He has repeatedly said the pledge covers the reefs.'), 'REAFFIRMS');
    assert.equal(stanceOf('The guarantee to the islanders is not up for negotiation.'), 'REAFFIRMS');
    assert.equal(stanceOf('The guarantee covers the outer reefs.'), 'AFFIRMS');
  });
});

describe('import round 6: which commitment a clause names', () => {
  it('resolves "this country" / "your nation" to the ally the words are said in or to', () => {
    const seoul = 'Speaking in Seoul after meeting the Korean minister. The ROK and the United States met. Korea hosted the talks.';
    assert.deepEqual(found('Our pledge to defend this country is unbreakable.', ['US'], seoul), [[DEFENSE_KR, 'REAFFIRMS']]);
    assert.deepEqual(found("We are committed to your nation's security.", ['US', 'JP']), [[DEFENSE_JP, 'AFFIRMS']]);
  });

  it('reads treaty obligations owed to the ally as its defense', () => {
    assert.deepEqual(found('Washington will honor its treaty obligations to Japan in every circumstance.', ['US', 'JP']), [
      [DEFENSE_JP, 'AFFIRMS'],
    ]);
  });

  it('reads "the extended deterrent" and the promised answer to a nuclear attack as extended deterrence', () => {
    assert.deepEqual(
      found('He said the commitment to defend Japan, extended deterrent included, holds.', ['US', 'JP']).map(([id]) => id),
      [DEFENSE_JP, ED_JP].sort((a, b) => a - b),
    );
    assert.deepEqual(
      found('They agreed that a nuclear strike on the Republic of Korea would be met by an overwhelming answer.', ['US', 'KR']),
      [[ED_KR, 'AFFIRMS']],
    );
    assert.deepEqual(
      found('She added that any use of nuclear weapons against Japan would be met with a decisive reply.', ['US', 'JP']).map(([id]) => id),
      [ED_JP],
    );
    // A nuclear attack merely condemned promises nothing.
    assert.deepEqual(found('They condemned the threat of a nuclear attack on the Republic of Korea.', ['US', 'KR']), []);
  });

  it('does not take a body named after a commitment for the commitment', () => {
    assert.deepEqual(
      found('The two agreed to convene the extended deterrence strategy and consultation group next month.', ['US', 'KR']),
      [],
    );
    assert.deepEqual(found('The ministers will hold an extended deterrence dialogue in the autumn.', ['US', 'JP']), []);
    // …but the commitment named later in the same sentence is found.
    assert.deepEqual(
      found('They set the next extended deterrence meeting, and he said the extended deterrence commitment to Japan stands firm.', [
        'US',
        'JP',
      ]),
      [[ED_JP, 'REAFFIRMS']],
    );
  });

  it('takes trilateral sharing with the third country, or among the three named, for trilateral cooperation', () => {
    assert.deepEqual(found('The ministers agreed to deepen trilateral early-warning radar sharing with Japan.', ['US', 'KR']), [
      [TRILATERAL, 'AFFIRMS'],
    ]);
    assert.deepEqual(found('They will look at U.S.-Japan-ROK trilateral sensor data sharing.', ['US', 'KR']), [[TRILATERAL, 'AFFIRMS']]);
  });

  it("does not take an ally's own defense posture for a bilateral presence, nor an integrated command for nothing", () => {
    assert.deepEqual(
      found("The minister described Japan's plan to reinforce its defense posture in the southwestern region.", ['US', 'JP']),
      [],
    );
    assert.deepEqual(found('They agreed to expand bilateral exercises in the southwestern islands.', ['US', 'JP']), [
      [SOUTHWEST, 'AFFIRMS'],
    ]);
    assert.deepEqual(found('The two agreed the alliance will run an integrated command network by 2028.', ['US', 'JP']), [[C2, 'AFFIRMS']]);
    assert.ok(ARTICLE_V > 0 && DEFENSE_KR > 0);
  });
});

describe('import round 6: commitments in force the dataset lacks, proposed', () => {
  const proposed = (text: string, countries: string[], before?: string) =>
    commitmentsIn(lex, text, { countries, proposals: [], document: `${before ?? ''}${text}`, before }).proposed.map((p) => p.title);

  it('proposes a programme named by its acronym that a position verb takes, but not an organization', () => {
    assert.deepEqual(proposed('Both ministers affirmed that TRIDENT remains on schedule.', ['NZ', 'US']), ['TRIDENT']);
    assert.deepEqual(proposed('The minister reaffirmed QUASAR, and the envoy agreed.', ['NZ', 'US']), ['QUASAR']);
    assert.deepEqual(proposed('The two reaffirmed that ASEAN remains central to the region.', ['NZ', 'US']), []);
    assert.deepEqual(proposed('The minister welcomed QUASAR, and the envoy agreed.', ['NZ', 'US']), []);
    // An acronym that owns what follows, coordinated with another, is a body, not a programme.
    assert.deepEqual(proposed("The minister reaffirmed the MDF and JSC's gratitude for the training.", ['NZ', 'US']), []);
    assert.deepEqual(proposed("The minister reaffirmed QUASAR and the fleet's readiness.", ['NZ', 'US']), ['QUASAR']);
  });

  it('does not read an organization after "commitment to" as a programme, with the words after it as its name', () => {
    // The verb or the members after the organization are no programme ("NATO contribute", "NATO allies").
    assert.deepEqual(proposed("The ministers discussed how their commitments to ASEAN contribute to the region's calm.", ['NZ', 'US']), []);
    assert.deepEqual(proposed('She thanked him for the steadfast commitment to ASEAN partners in the alliance.', ['NZ', 'US']), []);
    // A programme after "commitment to" still is one, and so is an organization's programme named by a verb of doing it.
    assert.deepEqual(proposed('They restated their commitment to ORCA training in the alliance.', ['NZ', 'US']), ['ORCA training']);
  });

  it("proposes an organization's commitment its member names as its own", () => {
    assert.deepEqual(proposed('She said Norway will honour its NATO readiness pledges this year.', ['NO', 'US']), [
      'NATO readiness commitment',
    ]);
  });

  it('proposes the treaty, named by its kind, that commitments are held under, for a partner with none recorded', () => {
    assert.deepEqual(proposed('Both leaders restated their alliance obligations under the 1962 Mutual Defense Treaty.', ['US', 'PH']), [
      'U.S.-Philippines Mutual Defense Treaty',
    ]);
    // Forces stationed under a treaty state no commitment.
    assert.deepEqual(proposed('Some 3,000 sailors are based in the Philippines under the Mutual Defense Treaty.', ['US', 'PH']), []);
  });

  it('proposes a treaty named by its short name that is said to remain', () => {
    assert.deepEqual(
      proposed(
        'He said the KESTREL Treaty remains the anchor of the two navies.',
        ['NZ', 'US'],
        'Since the KESTREL Treaty was signed, much has changed. ',
      ).map((t) => t.startsWith('KESTREL Treaty')),
      [true],
    );
  });

  it('takes "that has been our position" for the commitment of the sentence before, reaffirmed by "remains"', () => {
    const before =
      'Our obligations under Article IV of the Mutual Defense Treaty between the United States and the Philippines cover the coast guard. ';
    const r = commitmentsIn(lex, 'That has always been our position, and it remains so.', {
      countries: ['PH', 'US'],
      proposals: [],
      before,
      document: before,
    });
    assert.deepEqual(
      r.proposed.map((p) => p.title),
      ['Article IV of the U.S.-Philippines Mutual Defense Treaty'],
    );
    // A sentence that holds no position before it gives nothing.
    assert.deepEqual(
      commitmentsIn(lex, 'That is our position.', {
        countries: ['PH', 'US'],
        proposals: [],
        before: 'The weather was fine. ',
        document: '',
      }).proposed,
      [],
    );
  });
});
