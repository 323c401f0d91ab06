/**
 * Stage 6b and the stance of a commitment's own clause: recorded commitments found by meaning
 * (title and description, synonyms and morphology), proposals the dataset holds already, treaties
 * the dataset lacks, a mention that is not an affirmation, and the stance taken from the clause
 * that names the commitment. Invented sentences, not the corpus's wording.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Lexicon } from '../../src/imports/lexicon';
import { conceptsOf, meaningMatch, stem } from '../../src/imports/pipeline/commitment-meaning';
import { clauseStance, commitmentsIn, mentionOnly, stanceOf } from '../../src/imports/pipeline/commitments';
import { world } from './import-world';

const lex = new Lexicon({
  ...world(),
  countries: [
    ...world().countries,
    { code: 'PH', name: 'Philippines', aliases: ['Philippine'], timeZone: 'Asia/Manila' },
    { code: 'PL', name: 'Poland', aliases: ['Polish'], timeZone: 'Europe/Warsaw' },
    { code: 'AU', name: 'Australia', aliases: ['Australian'], timeZone: 'Australia/Sydney' },
  ],
  commitments: [
    {
      id: 1,
      title: 'Modernization of U.S.-Japan Alliance command and control',
      aliases: [],
      kind: 'FORCE_POSTURE',
      description: 'Work to modernize how the U.S.-Japan Alliance commands its forces together.',
    },
    {
      id: 2,
      title: 'ROK-US-Japan security cooperation',
      aliases: [],
      kind: 'COOPERATION',
      description: 'Developing trilateral security cooperation.',
    },
    { id: 3, title: 'U.S. extended deterrence commitment to the Republic of Korea', aliases: [], kind: 'EXTENDED_DETERRENCE' },
    { id: 4, title: 'U.S. commitment to the defense of the Republic of Korea', aliases: [], kind: 'MUTUAL_DEFENSE' },
    { id: 5, title: 'Article V of the U.S.-Japan security treaty applies to the Senkaku Islands', aliases: [], kind: 'MUTUAL_DEFENSE' },
  ],
});
const ids = (text: string, countries: string[] = [], document?: string) =>
  commitmentsIn(lex, text, { countries, proposals: [], document }).matched.map((m) => m.commitment.id);
const proposals = (text: string, countries: string[] = [], document?: string) =>
  commitmentsIn(lex, text, { countries, proposals: [], document }).proposed.map((p) => [p.title, p.countryCodes]);

describe('commitments by meaning (stage 6b)', () => {
  it('reads words as concepts: synonyms and morphology', () => {
    assert.equal(stem('modernization'), stem('modernizing'));
    const c = conceptsOf('They will overhaul the headquarters of the force.');
    assert.ok(c.has('modernize') && c.has('command'));
    // A title's concepts all in the passage, or the description's and one of the title's.
    const title = conceptsOf('Modernization of command and control');
    assert.ok(meaningMatch(title, new Map(), conceptsOf('revamping the command structure')) >= 0);
    assert.equal(meaningMatch(title, new Map(), conceptsOf('revamping the supply chain')), -1);
  });

  it('matches a recorded commitment stated in other words, where the countries fit', () => {
    assert.deepEqual(
      ids('The ministers pledged to revamp the U.S. command in Japan so that it can plan operations jointly.', ['US', 'JP']),
      [1],
    );
    assert.deepEqual(ids('Both sides will restructure U.S. Forces, Japan over the next two years.'), [1]);
    assert.deepEqual(ids('Washington plans to reconstitute its command in Tokyo as a warfighting headquarters.', ['US', 'JP']), [1]);
    // The same words about another ally's command are not the U.S.-Japan commitment.
    assert.deepEqual(ids('The two ministers agreed to restructure the combined command in the Republic of Korea.', ['US', 'KR']), []);
    // Cooperation "with Japan" said in talks between the United States and the ROK is the trilateral one.
    assert.deepEqual(ids('The ministers vowed to deepen security cooperation with Japan.', ['US', 'KR']), [2]);
    assert.deepEqual(ids('The ministers vowed to deepen security cooperation with Japan.', ['US', 'AU']), []);
    assert.deepEqual(ids('The ministers vowed to deepen security cooperation with Japan.', ['US', 'JP']), []);
  });

  it('never matches a guarantee by meaning alone (its direction matters)', () => {
    assert.deepEqual(ids("Seoul restated its commitment to its own defense and to the alliance's deterrence posture.", ['KR']), []);
  });

  it('matches, instead of proposing, a commitment the dataset holds already', () => {
    const found = commitmentsIn(lex, 'The two sides agreed to upgrade U.S. Forces Japan to a joint force headquarters.', {
      countries: ['US', 'JP'],
      proposals: [],
    });
    assert.deepEqual(
      found.matched.map((m) => m.commitment.id),
      [1],
    );
    assert.deepEqual(found.proposed, []);
  });

  it('finds a commitment said to the ally itself ("your defense")', () => {
    assert.deepEqual(
      ids('America stands beside the Republic of Korea, and our commitment to your defense will not bend.', ['US', 'KR']),
      [4],
    );
  });
});

describe('commitments the dataset lacks', () => {
  it('proposes a treaty article named with the year of the treaty', () => {
    assert.deepEqual(proposals('He said Article IV of the 1951 U.S.-Philippines Mutual Defense Treaty covers coast guard ships.'), [
      ['Article IV of the U.S.-Philippines Mutual Defense Treaty', ['US', 'PH']],
    ]);
  });

  it('proposes an article of a treaty whose name names no country, between the countries around it', () => {
    assert.deepEqual(
      proposals(
        "The Secretary restated America's commitment to Article 5 of the North Atlantic Treaty.",
        ['US'],
        'Poland and the United States … Poland',
      ),
      [['Article V of the North Atlantic Treaty', ['US', 'PL']]],
    );
    // …and never takes it for the recorded Article V on the Senkakus.
    assert.deepEqual(ids("The Secretary restated America's commitment to Article 5 of the North Atlantic Treaty.", ['US']), []);
  });

  it('proposes a commitment to a country under a named treaty', () => {
    assert.deepEqual(proposals('She restated the United States’ commitment to Australia under the ANZUS Treaty.', ['US']), [
      ['U.S. commitment to Australia under the ANZUS Treaty', ['US', 'AU']],
    ]);
  });
});

describe('a mention is not an affirmation', () => {
  it('drops a commitment named only as the purpose of another thing, or only as the topic of a discussion', () => {
    assert.deepEqual(
      ids('The minister praised the role of the new planning council in making extended deterrence more credible.', ['US', 'KR']),
      [],
    );
    assert.deepEqual(ids('They discussed extended deterrence at length.', ['US', 'KR']), []);
    // A position word anywhere keeps it: the passage takes a position.
    assert.deepEqual(ids('They discussed extended deterrence and agreed to strengthen it.', ['US', 'KR']), [3]);
    // "the importance of" the commitment itself is a position on it.
    assert.deepEqual(ids('The ministers underlined the importance of extended deterrence.', ['US', 'KR']), [3]);
    const talk = 'They talked about the command structure.';
    assert.equal(mentionOnly(talk, talk.indexOf('the command')), 'only the topic of a discussion');
  });
});

describe('stance from the clause that names the commitment', () => {
  it('takes no stance word from a following clause about something else', () => {
    const text = 'The two ministers agreed to revamp the joint command, and to continue frequent exchanges at all levels.';
    assert.equal(stanceOf(text), 'REAFFIRMS');
    assert.equal(clauseStance(text, text.indexOf('revamp')), 'AFFIRMS');
  });

  it('keeps a following clause that refers back to it or names it again', () => {
    const back = 'The ministers judged that trilateral cooperation serves the region, and agreed to carry it on without change.';
    assert.equal(clauseStance(back, back.indexOf('trilateral')), 'REAFFIRMS');
    const pronoun = 'The treaty covers the islands, and that has not changed.';
    assert.equal(clauseStance(pronoun, 0), 'REAFFIRMS');
  });

  it('reads maintaining or keeping a thing going as a reaffirmation', () => {
    assert.equal(stanceOf('The allies agreed to maintain trilateral security cooperation despite the election.'), 'REAFFIRMS');
    assert.equal(stanceOf('They resolved to keep the three-way drills going through the winter.'), 'REAFFIRMS');
    assert.equal(stanceOf('They will put the trilateral partnership on a firm footing.'), 'REAFFIRMS');
    // "keep it his priority" is not continuing it.
    assert.equal(stanceOf('The nominee said he would keep deterrence his top priority.'), 'AFFIRMS');
  });
});
