/**
 * Round 4 of stage 6 (commitments): more ways real documents name a recorded commitment, the stance
 * of a clause with its own verb, and where a commitment's words begin (a mere topic of discussion
 * is no position). Invented sentences, not the corpus's wording.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Lexicon } from '../../src/imports/lexicon';
import { backgroundOf, isListLeadIn, onlyCourtesy } from '../../src/imports/pipeline/background';
import { clauseStance, stanceOf } from '../../src/imports/pipeline/commitment-match';
import { commitmentsIn } from '../../src/imports/pipeline/commitments';
import { NOT_A_POSITION, skipReason } from '../../src/imports/pipeline/dispositions';
import { commitmentIdByTitle, REFERENCE_COMMITMENT_TITLES, referenceLexiconData } from './reference-lexicon';

const data = referenceLexiconData();
data.commitments.push({ id: 102, title: 'U.S. extended deterrence commitment to Japan', aliases: [] });
const lex = new Lexicon(data);
const [ARTICLE_V, DEFENSE_JP, DEFENSE_KR, TRILATERAL, C2, SOUTHWEST, ED_JP] = [
  ...REFERENCE_COMMITMENT_TITLES,
  'U.S. extended deterrence commitment to Japan',
].map((start) => commitmentIdByTitle(data, start));

const found = (text: string, countries: string[], document = text) =>
  commitmentsIn(lex, text, { countries, proposals: [], document }).matched.map((m) => [m.commitment.id, m.stance]);
const ids = (text: string, countries: string[], document = text) =>
  found(text, countries, document)
    .map(([i]) => i as number)
    .sort((a, b) => a - b);

describe('import round 4: commitments named in other words', () => {
  it('knows the southwest islands by their Japanese name and the allies’ activities there', () => {
    assert.deepEqual(ids('The ministers resolved to widen the joint use of airfields in the Nansei Islands for training.', ['US', 'JP']), [
      SOUTHWEST,
    ]);
    assert.deepEqual(ids('Both agreed to bolster the force posture along the Nansei chain.', ['US', 'JP']), [SOUTHWEST]);
    assert.deepEqual(ids('They agreed on the expansion of combined activities in the south-western area.', ['US', 'JP']), [SOUTHWEST]);
    assert.deepEqual(ids('Our sailors will exercise together further south, around the outlying islands.', ['US', 'JP']), [SOUTHWEST]);
    // A place alone is no presence.
    assert.deepEqual(ids('A typhoon is expected to reach the Nansei Islands on Friday.', ['US', 'JP']), []);
  });

  it('reads a command structure as command and control, and changes to a command as its modernization', () => {
    assert.deepEqual(ids('The two agreed to streamline the command structures of their forces in Japan.', ['US', 'JP']), [C2]);
    assert.deepEqual(ids('It is the largest change to U.S. Forces Japan in a generation.', ['US', 'JP']), [C2]);
    assert.deepEqual(ids('The Combined Forces Command structure in Korea was reviewed.', ['US', 'KR']), []);
  });

  it('takes trilateral exercises for trilateral cooperation, not a meeting, nor a trilateral of other countries', () => {
    assert.deepEqual(ids('The two ministers agreed to hold trilateral drills with Japan in the autumn.', ['US', 'KR']), [TRILATERAL]);
    assert.deepEqual(ids('They also backed more trilateral exercises at sea.', ['US', 'KR']), [TRILATERAL]);
    assert.deepEqual(ids('The three will hold their next trilateral meeting in Seoul.', ['US', 'KR']), []);
    assert.deepEqual(ids('The two agreed to seek trilateral talks with Japan soon.', ['US', 'KR']), [TRILATERAL]);
    // A U.S.–Japan document that names Australia elsewhere and never Korea: another trilateral.
    const document = 'Hegseth met Japan’s minister. They spoke of Australia. They welcomed more trilateral exercises.';
    assert.deepEqual(ids('They welcomed more trilateral exercises.', ['US', 'JP'], document), []);
  });

  it('hears the guarantor’s security guarantee and every capability, nuclear included', () => {
    assert.deepEqual(ids('He said the American security guarantee to Seoul would hold firm.', ['US', 'KR']), [DEFENSE_KR]);
    assert.deepEqual(
      ids('We will defend our ally with all of our capabilities, nuclear ones among them.', ['US', 'JP']).includes(ED_JP),
      true,
    );
    assert.deepEqual(ids("The general warned that all of North Korea's capabilities, nuclear ones first, keep growing.", ['US', 'KR']), []);
  });
});

describe('import round 4: stance and mentions', () => {
  it('reads rock-solid commitments and reconfirmations as reaffirmed', () => {
    assert.equal(stanceOf('She reconfirmed that the treaty covers the islands.'), 'REAFFIRMS');
    assert.equal(stanceOf('Our pledge to defend them is rock solid.'), 'REAFFIRMS');
    // Rock-solid said of something else is not a stance on the commitment.
    assert.equal(stanceOf('He wants ties to stay rock solid and will make deterrence his priority.'), 'AFFIRMS');
  });

  it('takes the stance of a clause with its own verb from that clause, unless it refers back to the treaty', () => {
    const text = 'She reiterated that the treaty covers the islands, and expressed support for deeper training ties.';
    assert.equal(clauseStance(text, text.indexOf('deeper')), 'AFFIRMS');
    assert.equal(clauseStance(text, text.indexOf('treaty')), 'REAFFIRMS');
    const back = 'He once more confirmed the pledge to the ally, and stated that the treaty covers every island.';
    assert.equal(clauseStance(back, back.indexOf('every island')), 'REAFFIRMS');
    const two = found(
      'The minister reaffirmed that Article 5 covers the Senkakus, and voiced the U.S. commitment to defend Japan with everything it has.',
      ['US', 'JP'],
    );
    assert.deepEqual(two.find(([i]) => i === ARTICLE_V)?.[1], 'REAFFIRMS');
    assert.deepEqual(two.find(([i]) => i === DEFENSE_JP)?.[1], 'AFFIRMS');
  });

  it('does not attach a commitment that is only the subject of a discussion, however long its words', () => {
    assert.deepEqual(
      ids('The release said they talked about sending extra U.S. patrol aircraft to the southwestern islands.', ['US', 'JP']),
      [],
    );
  });
});

describe('import round 4: commitments the dataset lacks', () => {
  const withCountries = new Lexicon({
    ...data,
    countries: [
      ...data.countries,
      { code: 'NO', name: 'Norway', aliases: ['Norwegian'], timeZone: 'Europe/Oslo' },
      { code: 'CA', name: 'Canada', aliases: ['Canadian'], timeZone: 'America/Toronto' },
    ],
  });
  const proposed = (text: string, countries: string[], document = text) =>
    commitmentsIn(withCountries, text, { countries, proposals: [], document }).proposed.map((p) => [p.title, p.countryCodes]);

  it('proposes a programme named by its acronym, and what a verb does to it', () => {
    assert.deepEqual(proposed('She reaffirmed the U.S. commitment to the NORSEC joint radar network and praised Norway.', ['US', 'NO']), [
      ['NORSEC joint radar network', ['US', 'NO']],
    ]);
    assert.deepEqual(proposed('The United States remains committed to upgrading ARCDEF with Canada.', ['US', 'CA']), [
      ['Upgrade of ARCDEF', ['US', 'CA']],
    ]);
    // A country's acronym is no programme.
    assert.deepEqual(proposed('He said the U.S. commitment to the ROK was discussed at length.', ['US', 'KR']), []);
  });

  it('proposes an agreement concluded or signed, and a named declaration, not one only intended nor a joint declaration', () => {
    assert.deepEqual(proposed('Both welcomed the signing of a fuel supply arrangement for visiting U.S. ships.', ['US', 'NO']), [
      ['U.S.-Norway fuel supply arrangement', ['US', 'NO']],
    ]);
    assert.deepEqual(proposed('The two sides plan to conclude a fuel supply arrangement next year.', ['US', 'NO']), []);
    assert.deepEqual(
      proposed(
        'Norway remains committed to the Bergen Declaration between our countries.',
        ['NO'],
        'The Secretary of the United States called Norway.',
      ).map(([t]) => t),
      ['U.S.-Norway Bergen Declaration'],
    );
    assert.deepEqual(proposed('The ministers adopted a Joint Declaration on the alliance.', ['US', 'NO']), []);
  });

  it('proposes a treaty named without an article that is said to cover something, unless the dataset records that defense', () => {
    assert.deepEqual(proposed('She stressed that the 1949 Mutual Defense Treaty applies to Norwegian ships in the Arctic.', ['US', 'NO']), [
      ['U.S.-Norway Mutual Defense Treaty', ['US', 'NO']],
    ]);
    assert.deepEqual(proposed('She stressed that the Mutual Defense Treaty covers the ROK against any attack.', ['US', 'KR']), []);
  });

  it('proposes where U.S. forces are to be based, or stay', () => {
    assert.deepEqual(proposed('The two ministers decided to base more U.S. tanker aircraft at an air station near Bodø.', ['US', 'NO']), [
      ['Basing of U.S. tanker aircraft at an air station near Bodø', ['US', 'NO']],
    ]);
    assert.deepEqual(proposed('She said U.S. rotational units will remain at the northern training area next year.', ['US', 'NO']), [
      ['U.S. rotational units presence in Norway', ['US', 'NO']],
    ]);
    assert.deepEqual(proposed('He confirmed that the permanent U.S. Army depot in Trondheim will continue to grow.', ['US', 'NO']), []);
    assert.deepEqual(
      proposed('Work on the permanent U.S. Marine garrison in Trondheim will continue.', ['US', 'NO']).map(([t]) => t),
      ['Permanent U.S. Marine garrison in Trondheim'],
    );
    // Only discussed: no position.
    assert.deepEqual(proposed('They discussed the basing of U.S. tanker aircraft near Bodø.', ['US', 'NO']), []);
  });
});

describe('import round 4: sentences that take no position', () => {
  const notAPosition = (t: string) => NOT_A_POSITION.find((r) => r.test.test(t))?.name ?? null;

  it('knows a meeting held as "a talk", press arrangements and a refusal that runs into its quotation', () => {
    assert.equal(
      backgroundOf('Earlier today I held a video talk with the Norwegian minister for about an hour.', true)?.reason,
      'BACKGROUND',
    );
    assert.equal(backgroundOf('The Secretary will not take questions from the press pool at the start.')?.reason, 'BOILERPLATE');
    assert.equal(backgroundOf('A photo opportunity will open the session at 9 a.m.')?.reason, 'BOILERPLATE');
    assert.equal(
      backgroundOf('Asked about basing, the minister said she would not "get ahead of the talks still under way in the capital."')?.reason,
      'NO_POSITION',
    );
    assert.equal(backgroundOf('Pressed on cost-sharing, he said he would not "negotiate in public."')?.reason, 'NO_POSITION');
    // A long quotation that states a position stays a passage.
    assert.equal(backgroundOf('She said she would not "abandon our allies in the south, whatever the cost may be."'), null);
    assert.equal(backgroundOf('He said he would not "get ahead of the review, but we are committed to the alliance."'), null);
  });

  it('reads a welcome on a visit as a courtesy, unless a position follows it', () => {
    assert.equal(
      onlyCourtesy('The Minister welcomed the Secretary on her first trip to Oslo, and the Secretary thanked him for the warm welcome.'),
      true,
    );
    assert.equal(onlyCourtesy('The Minister welcomed the visit of General Arne Dahl to the capital.'), true);
    assert.equal(
      onlyCourtesy('The Minister welcomed the visit of General Dahl and stated that Norway values its ties with Canada.'),
      false,
    );
    assert.equal(onlyCourtesy("The Minister welcomed the Secretary's pledge to keep troops in the north."), false);
  });

  it('gives background as the reason for facts of the meeting, what others did, what went unsaid and past dates', () => {
    for (const t of ['The video call began shortly after noon and ran for forty minutes.', 'It was their third meeting this spring.'])
      assert.equal(backgroundOf(t)?.reason, 'BACKGROUND', t);
    assert.equal(backgroundOf('The ministry did not issue its own summary of the talks.')?.reason, 'BACKGROUND');
    assert.equal(backgroundOf('The meeting came a day after the two agreed to expand drills.'), null);
    const why = (text: string) => skipReason({ role: null, belowThreshold: false, hasSubject: true, text, words: 12 }).reason;
    assert.equal(why("Russia's defense ministry said the drills were a provocation."), 'BACKGROUND');
    assert.equal(why('Opposition lawmakers in Oslo have warned against the plan.'), 'BACKGROUND');
    assert.equal(why('The depot agreement took effect in March 2021 after long talks.'), 'BACKGROUND');
    assert.equal(why('Neither ministry said how long the meeting lasted.'), 'BACKGROUND');
  });

  it('knows answers that only rebut the question or promise news later, and a lead-in to a list', () => {
    assert.equal(notAPosition("Well, I don't accept that characterization."), "rebuts the question's premise");
    assert.equal(notAPosition('I reject the premise of the question.'), "rebuts the question's premise");
    assert.equal(notAPosition('I do not agree that the alliance is weakening.'), null);
    assert.match(notAPosition("We'll let you know when the dates are fixed.") ?? '', /inform later/);
    assert.equal(isListLeadIn('The two sides discussed maritime security, and the main results are as follows.'), true);
    assert.equal(isListLeadIn('The two sides agreed to expand drills, and reaffirmed that the terms are as follows.'), false);
  });
});
