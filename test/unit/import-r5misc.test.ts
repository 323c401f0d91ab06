/**
 * Round 5 of stage 6 (commitments) and of the "nothing" sentences, from documents nobody had tuned on: answers in a
 * release ("responded that", "replied that"), a principal directing the staffs, the promise as a future act ("will
 * continue to defend"), a trilateral activity done with the third country, stance words ("stands firm", a negated
 * hedge), the stance of a clause that names another commitment, and courtesies, refusals and list lead-ins.
 * Invented sentences, not the corpus's wording.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Lexicon } from '../../src/imports/lexicon';
import { backgroundOf, isListLeadIn, onlyCourtesy } from '../../src/imports/pipeline/background';
import { stanceOf } from '../../src/imports/pipeline/commitment-match';
import { commitmentsIn, proposeCommitment, proposeNamedAgreement, proposeOwnRole } from '../../src/imports/pipeline/commitments';
import { skipReason } from '../../src/imports/pipeline/dispositions';
import { commitmentIdByTitle, REFERENCE_COMMITMENT_TITLES, referenceLexiconData } from './reference-lexicon';
import { pentagonReadout } from './import-world';

const data = referenceLexiconData();
data.commitments.push({ id: 103, title: 'U.S. extended deterrence commitment to the Republic of Korea', aliases: [] });
const lex = new Lexicon(data);
const [ARTICLE_V, DEFENSE_JP, DEFENSE_KR, TRILATERAL, C2, SOUTHWEST, ED_KR] = [
  ...REFERENCE_COMMITMENT_TITLES,
  'U.S. extended deterrence commitment to the Republic',
].map((start) => commitmentIdByTitle(data, start));

const found = (text: string, countries: string[]) =>
  commitmentsIn(lex, text, { countries, proposals: [], document: text })
    .matched.map((m) => [m.commitment.id, m.stance] as [number, string])
    .sort((a, b) => a[0] - b[0]);

describe('import round 5: commitments', () => {
  it('reads the promise as a future act: "will (continue to) defend <ally>"', () => {
    assert.deepEqual(found('The Secretary said America would always defend Japan against any attack.', ['US', 'JP']), [
      [DEFENSE_JP, 'AFFIRMS'],
    ]);
    assert.deepEqual(
      found('The general said the United States will continue to defend the ROK with every capability it has, nuclear included.', [
        'US',
        'KR',
      ])
        .map(([id]) => id)
        .includes(DEFENSE_KR),
      true,
    );
    // The ally's own forces defending it, or its islands, are no U.S. commitment.
    assert.deepEqual(found('The minister said the Self-Defense Forces will defend Japan around the clock.', ['US', 'JP']), []);
    assert.deepEqual(found("He said U.S. Marines would defend Japan's outlying islands together with local units.", ['US', 'JP']), []);
    // An adjective of the country is not the country ("defend the Japanese-held islands" is the Article V commitment's).
    assert.deepEqual(
      found('She said Washington would defend the Japanese-held Senkaku Islands under the security treaty.', ['US', 'JP']).map(
        ([id]) => id,
      ),
      [ARTICLE_V],
    );
  });

  it('takes any trilateral activity done with the third country for trilateral cooperation', () => {
    assert.deepEqual(
      found('They agreed that trilateral radar data exchanges with South Korea will go on around the clock.', ['US', 'JP']),
      // ("will go on" continues what is in place: REAFFIRMS, as "continue", since round 8.)
      [[TRILATERAL, 'REAFFIRMS']],
    );
    assert.deepEqual(found('The two ministers backed trilateral maritime patrols with Japan.', ['US', 'KR']), [[TRILATERAL, 'AFFIRMS']]);
    // With a partner outside the trilateral's countries it is another trilateral.
    assert.deepEqual(found('The two ministers backed trilateral maritime patrols with Australia.', ['US', 'JP']), []);
  });

  it('reads "stands firm" as a reaffirmation, and a negated hedge as no hedge', () => {
    assert.equal(stanceOf('He said the U.S. extended deterrence commitment to Korea stands firm.'), 'REAFFIRMS');
    assert.equal(stanceOf('She said the pledge holds firm whatever happens in the capital.'), 'REAFFIRMS');
    assert.equal(stanceOf('He said the defense commitment does not depend on any election and remains ironclad.'), 'REAFFIRMS');
    assert.equal(stanceOf('He said the commitment is not conditional on burden sharing.'), 'AFFIRMS');
    // "not in question" has no reaffirming word: the commitment is stated (the README's AFFIRMS), unlike "has not wavered".
    assert.equal(stanceOf('She said the pledge to defend the islands is not in question.'), 'AFFIRMS');
    assert.equal(stanceOf('She said the pledge to defend the islands has not wavered.'), 'REAFFIRMS');
    // A hedge that is not negated still qualifies.
    assert.equal(stanceOf('He said the commitment depends on how much the ally spends.'), 'QUALIFIES');
  });

  it('gives each commitment the stance of its own clause when a later clause names another one', () => {
    assert.deepEqual(
      found(
        'The ministers decided to widen joint exercises in the southwestern islands, and confirmed that they will continue to rework the command and control of their forces.',
        ['US', 'JP'],
      ),
      [
        [C2, 'REAFFIRMS'],
        [SOUTHWEST, 'AFFIRMS'],
      ].sort((a, b) => (a[0] as number) - (b[0] as number)),
    );
    assert.deepEqual(
      found('The Secretary stated the commitment to defend the Republic of Korea, and added that it has not changed.', ['US', 'KR']),
      [[DEFENSE_KR, 'REAFFIRMS']],
    );
    assert.ok(ED_KR > 0);
  });
});

describe('import round 5: a treaty called by its kind only', () => {
  const proposal = (text: string, countries: string[]) =>
    proposeCommitment(lex, text, { countries, proposals: [], document: text })?.title ?? null;
  it('names the pair’s treaty as the dataset names it: "Article IV of our Mutual Defense Treaty" said to Manila', () => {
    assert.equal(
      proposal('She said the obligations under Article IV of our Mutual Defense Treaty reach Philippine coast guard cutters.', [
        'US',
        'PH',
      ]),
      'Article IV of the U.S.-Philippines Mutual Defense Treaty',
    );
    // A treaty with a name of its own keeps it.
    assert.equal(
      proposal('He restated the pledge under Article 5 of the North Atlantic Treaty.', ['US', 'EE']),
      'Article V of the North Atlantic Treaty',
    );
    // A recorded commitment covers the article of the pair's treaty: nothing to propose.
    assert.equal(proposal('He said Article 5 of their Security Treaty obliges Washington to act.', ['US', 'JP']), null);
  });
});

describe('import round 5: a partnership between a pair written with a two-word country', () => {
  const named = (text: string, countries: string[]) =>
    proposeNamedAgreement(lex, text, { countries, proposals: [], document: text })?.title ?? null;
  it('keeps both words of the country and closes the spaces around the dash', () => {
    assert.equal(
      named('She called the navy talks a cornerstone of the New Zealand - U.S. Enhanced Security Partnership.', ['US', 'NZ']),
      'New Zealand-U.S. Enhanced Security Partnership',
    );
    assert.equal(
      named('She called the navy talks a cornerstone of the U.S.-New Zealand Enhanced Security Partnership.', ['US', 'NZ']),
      'U.S.-New Zealand Enhanced Security Partnership',
    );
    assert.equal(
      named('They hailed the Japan-Australia Reciprocal Access Agreement.', ['US', 'JP']),
      'Japan-Australia Reciprocal Access Agreement',
    );
  });
});

describe('import round 5: a country committed to a role of its own', () => {
  const role = (text: string, countries: string[]) => {
    const p = proposeOwnRole(lex, text, { countries, proposals: [], document: text });
    return p ? [p.title, p.countryCodes] : null;
  };
  it('proposes "<Country>\'s role as/in …" between that country and the partner of the talks', () => {
    assert.deepEqual(
      role('The minister said Norway remains firmly committed to its role as a member of the maritime coalition.', ['KR', 'NO']),
      ["Norway's role as a member of the maritime coalition", ['NO', 'KR']],
    );
    assert.deepEqual(
      role("He praised Chile's steady commitment to its role in the peacekeeping force and thanked the minister.", ['US', 'CL']),
      ["Chile's role in the peacekeeping force", ['CL', 'US']],
    );
    // A person committed to a role, or a role with no country holding it: nothing.
    assert.equal(role('The general said he is committed to his role as commander.', ['US', 'KR']), null);
  });
});

describe('import round 5: openers of a statement are boilerplate', () => {
  const why = (text: string) => skipReason({ role: null, belowThreshold: false, hasSubject: true, text, words: 14 }).reason;
  it('knows "is attributed to …:", "The text of the following …" and "… issued the following statement."', () => {
    assert.equal(why('The following statement is attributed to Deputy Press Secretary Jane Roe:'), 'BOILERPLATE');
    assert.equal(why('The text of the following joint statement was released by the two governments.'), 'BOILERPLATE');
    assert.equal(backgroundOf('The two ministers met in Canberra today and issued the following joint statement.'), null);
    assert.equal(why('The two ministers met in Canberra today and issued the following joint statement.'), 'BOILERPLATE');
  });
});

describe('import round 5: answers and directions in a readout are positions', () => {
  const readout = (sentence: string) =>
    pentagonReadout(
      `Readout of Secretary Brennan's Call With Minister Morishima\n\nSecretary of Defense Harold Brennan spoke with Minister of Defense Kenta Morishima today.\n\n${sentence}`,
      '2031-03-02',
    ).passages.map((p) => p.text);
  it('drafts "X responded that …", "X replied that …" and "both instructed their staffs to …"', () => {
    assert.deepEqual(readout('Secretary Brennan responded that the allies would keep training together in the north.'), [
      'Secretary Brennan responded that the allies would keep training together in the north.',
    ]);
    assert.deepEqual(readout('Minister Morishima replied that his government would fund the new radar site.').length, 1);
    assert.deepEqual(readout('The two leaders instructed their staffs to finish the logistics plan by autumn.').length, 1);
    assert.deepEqual(readout('Secretary Brennan restated that the allies would keep training together in the north.').length, 1);
  });
});

describe('import round 5: sentences that must yield nothing', () => {
  it('knows a list lead-in with a purpose before its colon', () => {
    assert.equal(isListLeadIn('The ministers resolved to take the following measures to deepen their cooperation:'), true);
    assert.equal(isListLeadIn('They announced the following actions in order to strengthen readiness:'), true);
    assert.equal(isListLeadIn('The ministers welcomed the new plan and pledged the following measures to carry it out:'), false);
  });

  it('takes a guest welcomed to a place as the meeting itself, but not a thing welcomed', () => {
    assert.equal(
      backgroundOf('Secretary Brennan welcomed Minister of Defense Kenta Morishima to the Pentagon today for their first meeting.')?.reason,
      'BACKGROUND',
    );
    assert.equal(backgroundOf('The Minister welcomed Defense Secretary Brennan to Tokyo.')?.reason, 'BACKGROUND');
    assert.equal(backgroundOf('The Minister welcomed Secretary Brennan to Tokyo and pledged to deepen cooperation.'), null);
    // A unit's arrival is welcomed as a position, a person's visit as a courtesy.
    assert.equal(onlyCourtesy('The Minister welcomed the arrival of a second radar unit at the northern base.'), false);
    assert.equal(onlyCourtesy('The Minister welcomed the arrival of General Okoye in the capital.'), true);
  });

  it('takes congratulations on taking office as a courtesy, not congratulations with a substance', () => {
    assert.equal(onlyCourtesy('I congratulated her on taking office.'), true);
    assert.equal(onlyCourtesy('The Secretary congratulated the Minister on assuming his new post.'), true);
    assert.equal(onlyCourtesy('The Secretary congratulated the Minister on the launch of the joint satellite programme.'), false);
  });

  it('takes "declined to answer" and a quoted "we don’t get ahead of …" as refusals', () => {
    assert.equal(
      backgroundOf('Asked whether the base would close, the minister declined to answer, saying the review was not finished.')?.reason,
      'NO_POSITION',
    );
    assert.equal(
      backgroundOf('“We don’t get ahead of the Minister’s decisions on basing,” a ministry spokesman said.')?.reason,
      'NO_POSITION',
    );
    // A quotation that commits is a passage.
    assert.equal(backgroundOf('“We will defend every inch of allied territory,” the spokesman said.'), null);
  });
});
