/**
 * Issue 19, round 12 on names, countries and calls of talks with countries not on record (tuned on real published
 * documents, tested on invented ones): how officials not on record are named and placed, and which talks a text reports.
 * Invented people, places and sentences.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type LexiconData } from '../../src/imports/lexicon';
import { SERVICE_BEFORE_RANK, titledPeople } from '../../src/imports/pipeline/people';
import { passageWith, pentagonReadout, sortedIds, wireStory, world } from './import-world';

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
