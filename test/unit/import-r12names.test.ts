/**
 * Issue 19, round 12 on names, countries and calls of talks with countries not on record (tuned on real published
 * documents, tested on invented ones): how officials not on record are named and placed, and which talks a text reports.
 * Invented people, places and sentences.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutReporter } from '../../src/imports/extract';
import { type LexiconData } from '../../src/imports/lexicon';
import { countryPairs } from '../../src/imports/pipeline/countries';
import { personNames, SERVICE_BEFORE_RANK, titledPeople } from '../../src/imports/pipeline/people';
import { leeStory, passageWith, pentagonReadout, sortedIds, wireStory, world } from './import-world';

/** The test world with a military service on record (a body a text may name). */
const withNavy = (): LexiconData => {
  const w = world();
  w.organizations.push({ id: 5, name: 'United States Navy', shortName: 'Navy', aliases: ['U.S. Navy'], countryCode: 'US' });
  return w;
};

describe('SERVICE_BEFORE_RANK: a service named before a rank and a name designates the officer', () => {
  it('reads the words after the service', () => {
    for (const after of [' Capt. Dana Welk', ' Maj. Gen. Dana Welk', ' Lt. Col. Dana Welk', ' Rear Admiral Dana Welk'])
      assert.equal(SERVICE_BEFORE_RANK.test(after), true, after);
    for (const after of [' said on Monday', ' ships will sail', ' Secretary Dana Welk'])
      assert.equal(SERVICE_BEFORE_RANK.test(after), false, after);
  });

  it('a readout opened by a uniformed press secretary is still the department’s, its sentences drafted', () => {
    const r = pentagonReadout(
      [
        "Readout of Secretary of Defense Harold Brennan's Call With Chilean Minister of National Defense Ana Ruiz",
        'Pentagon Press Secretary Navy Capt. Dana Welk provided the following readout:',
        'Secretary of Defense Harold Brennan held a call with his Chilean counterpart, Minister of National Defense Ana Ruiz, on March 4.',
        'Both agreed that the coastal patrols must continue through the winter.',
      ].join('\n\n'),
      '2031-03-04',
      withNavy(),
    );
    const p = passageWith(r, /coastal patrols/);
    assert.ok(p, 'the position is drafted');
    assert.deepEqual(sortedIds(p.partyIds), [10]);
    assert.equal(r.proposedOfficials.find((o) => o.name === 'Ana Ruiz')?.countryCode, 'CL');
  });
});

describe('COUNTERPART_APPOSITION and COUNTRY_LOWER_CASE_TITLE: officials not on record named as news copy names them', () => {
  it('a name right after "his <country> counterpart" is an official of that country', () => {
    const [ruiz] = titledPeople('Brennan met his Chilean counterpart, Ana Ruiz, in Valparaiso.').filter((p) => p.name === 'Ana Ruiz');
    assert.equal(ruiz.counterpart, true);
    assert.equal(ruiz.countryCode, 'CL');
    assert.equal(titledPeople('Brennan thanked Ana Ruiz for the visit.')[0]?.counterpart, undefined);
  });

  it('a lower-case title after a country, the name in apposition, is the title', () => {
    const [ruiz] = titledPeople("Brennan and Chile's minister of national defense, Ana Ruiz, held talks.");
    assert.equal(ruiz.title, 'Minister of National Defense');
    assert.equal(ruiz.countryCode, 'CL');
    const [after] = titledPeople('Brennan spoke with the defence minister of Chile, Mr. Ana Ruiz, on Monday.');
    assert.deepEqual([after.title, after.countryCode], ['Defence Minister', 'CL']);
    // No country before it: a description, not a title.
    assert.equal(titledPeople('Brennan and the minister of national defense, Ana Ruiz, held talks.')[0]?.title, null);
  });

  it('the counterpart is proposed and takes part in the talks the story reports', () => {
    const r = wireStory(
      world(),
      'Secretary of Defense Harold Brennan held talks in Valparaiso on Monday with his Chilean counterpart Ana Ruiz.',
      'The two officials agreed to expand the joint naval exercises next year.',
    );
    const ruiz = r.proposedOfficials.find((o) => o.name === 'Ana Ruiz');
    assert.equal(ruiz?.countryCode, 'CL');
    assert.deepEqual(r.proposedCall?.proposedParticipants, [ruiz.key]);
    const p = passageWith(r, /naval exercises/);
    assert.deepEqual(sortedIds(p?.partyIds), [10]);
    assert.deepEqual(p?.proposedParties, [ruiz.key]);
  });
});

describe('SENTENCE_INITIAL_WORD and NAME_ON_RECORD: what is and is not a new name', () => {
  it('a conjunction or sentence adverb starting the sentence is no part of a name', () => {
    assert.deepEqual(
      personNames('But Ruiz stressed the neutral stance. Meanwhile Ana Ruiz left.').map((p) => p.name),
      ['Ana Ruiz'],
    );
    const r = wireStory(
      world(),
      'Secretary of Defense Harold Brennan met Chilean Defense Minister Ana Ruiz in Valparaiso on Monday.',
      'But Ruiz stressed that Chile would stay neutral in the dispute.',
    );
    assert.deepEqual(
      r.proposedOfficials.map((o) => o.name),
      ['Ana Ruiz'],
    );
    assert.deepEqual(passageWith(r, /stay neutral/)?.proposedParties, ['official:ana ruiz']);
  });

  it('a name an official on record bears, which the lexicon missed (page clutter glued on), is not proposed', () => {
    const r = wireStory(
      world(),
      'Ana Ruiz speaks to US defence secretary Harold Brennan2 min read',
      'SANTIAGO: Defence Minister Ana Ruiz had a telephone conversation with Secretary of Defense Harold Brennan on Monday.',
      'The two ministers agreed to expand the naval exercises.',
    );
    assert.deepEqual(
      r.proposedOfficials.map((o) => o.name),
      ['Ana Ruiz'],
    );
  });
});

describe('COUNTRY_AT_ANY_MENTION and TALKS_PAIR_COUNTRY: the country of an official not on record', () => {
  it('pairs of countries named together', () => {
    assert.deepEqual(countryPairs('the Chile-US partnership and the defense ministers of Chile and Japan'), [
      ['CL', 'US'],
      ['CL', 'JP'],
    ]);
    assert.deepEqual(countryPairs('Chilean and Peruvian ships; Ana Ruiz and Tom Hale'), [['CL', 'PE']]);
  });

  it('a later mention that names the country places the official', () => {
    const r = wireStory(
      world(),
      'Defence Minister Ana Ruiz spoke with Secretary of Defense Harold Brennan on Monday.',
      '"Secretary Brennan spoke with Chilean Minister of Defence Ana Ruiz today to discuss the naval exercises," the statement said.',
    );
    assert.equal(r.proposedOfficials.find((o) => o.name === 'Ana Ruiz')?.countryCode, 'CL');
  });

  it("the talks' other side is the country the text pairs with the side on record", () => {
    const story = (pair: string) =>
      wireStory(
        world(),
        'Defence Minister Ana Ruiz had a telephone conversation with Secretary of Defense Harold Brennan on Monday.',
        `The two ministers agreed to deepen the ${pair} partnership.`,
      ).proposedOfficials.find((o) => o.name === 'Ana Ruiz')?.countryCode;
    assert.equal(story('Chile-US'), 'CL');
    assert.equal(story('U.S.-Chile'), 'CL');
    // Two other countries paired with it: no guess.
    assert.equal(story('Chile-US and US-Peru'), null);
  });
});

describe("COUNTERPART_COUNTRY: a call on record is the talks reported only if the counterpart's country took part", () => {
  it("the secretary's call that day with another country's minister is not his meeting with a Chilean minister", () => {
    const r = leeStory(
      "Secretary of Defense Harold Brennan met Chile's defense minister at the Pentagon on Sunday.",
      'Brennan reaffirmed the commitment to the partnership with Chile.',
    );
    assert.equal(passageWith(r, /partnership with Chile/)?.callId ?? null, null);
  });

  it('the call with the counterpart of the country named is still taken', () => {
    const r = leeStory(
      'U.S. Defense Secretary Harold Brennan held a call with his South Korean counterpart on Sunday.',
      'Brennan reaffirmed the commitment to the alliance.',
    );
    assert.equal(passageWith(r, /commitment to the alliance/)?.callId, 50);
  });
});

describe('HEADLINE_VERB and GROUP_WITHOUT_ARTICLE', () => {
  it('a capitalised verb after the names of a headline is no part of a name', () => {
    assert.deepEqual(
      personNames('Secretary of Defense Harold Brennan and Chilean Minister of Defense Ana Ruiz Hold a News Conference').map((p) => p.name),
      ['Harold Brennan', 'Ana Ruiz'],
    );
  });

  it('"Defence Ministers of A and B", capitalised and with no article, is the group of the two countries', () => {
    const r = wireStory(
      world(),
      'Defense Minister Kenta Morishima had a telephone conversation with his Chilean counterpart Ana Ruiz on Monday.',
      'Exchanging views on the region, Defence Ministers of Chile and Japan on Monday agreed to hold joint drills.',
    );
    const p = passageWith(r, /joint drills/);
    assert.deepEqual(sortedIds(p?.partyIds), [11]);
    assert.deepEqual(p?.proposedParties, ['official:ana ruiz']);
  });
});

describe('SHARED_ARTICLE: "the Secretary and Minister" are both principals', () => {
  it('the title after "the Secretary and" is the proposed minister', () => {
    const r = pentagonReadout(
      [
        "Readout of Secretary of Defense Harold Brennan's Meeting With Chilean Minister for Defence Ana Ruiz",
        'Secretary of Defense Harold Brennan met with Chilean Minister for Defence Ana Ruiz today at the Pentagon.',
        'The Secretary and Minister agreed to expand the joint naval drills.',
      ].join('\n\n'),
      '2031-03-04',
    );
    const p = passageWith(r, /naval drills/);
    assert.deepEqual(sortedIds(p?.partyIds), [10]);
    assert.deepEqual(p?.proposedParties, ['official:ana ruiz']);
  });
});

describe('GROUP_ENGAGEMENT: a meeting reported by the group of two countries, the two named later', () => {
  it("proposes the meeting of the one on record and the one proposed, who takes the group's other country", () => {
    const r = wireStory(
      world(),
      'Japanese and Chilean defense ministers discussed ways to deepen maritime cooperation in a bilateral meeting in Lima on Friday.',
      'According to the ministry, Defense Secretary Ana Ruiz and Japanese Minister of Defense Kenta Morishima agreed to hold joint drills.',
      'The leaders emphasized their support for regional stability.',
    );
    const ruiz = r.proposedOfficials.find((o) => o.name === 'Ana Ruiz');
    assert.equal(ruiz?.countryCode, 'CL');
    assert.deepEqual(sortedIds(r.proposedCall?.participantIds), [11]);
    assert.deepEqual(r.proposedCall?.proposedParticipants, [ruiz.key]);
    assert.deepEqual(sortedIds(passageWith(r, /regional stability/)?.partyIds), [11]);
  });
});

describe('REPORTER_OPENING_ACCORDING: "According to X, the spokesperson, A had a call with B"', () => {
  it('the source opening the sentence, with its appositive, is no participant', () => {
    const t = 'According to Dana Welk, the ministry spokesperson, Secretary Tom Hale had a phone call with Minister Ana Ruiz.';
    assert.equal(t.slice(withoutReporter(t).from).startsWith('Secretary Tom Hale'), true);
    const r = wireStory(world(), t.replace('Secretary Tom Hale', 'Secretary of Defense Harold Brennan') + ' The two agreed to meet again.');
    assert.deepEqual(r.proposedCall?.proposedParticipants, ['official:ana ruiz']);
  });
});
