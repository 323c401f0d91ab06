/**
 * Issue 19, round 11 on parties and calls (tuned on real published documents, tested on invented ones): who a group
 * subject stands for, and which engagement a story reports. Invented people, places and sentences.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutReporter } from '../../src/imports/extract';
import { type LexiconData } from '../../src/imports/lexicon';
import { titledPeople } from '../../src/imports/pipeline/people';
import { leeCallStory, passageWith, sortedIds, wireStory, world } from './import-world';

const passage = passageWith;
const sorted = sortedIds;
/** A wire story (publisher 4) of 2 March 2031, its paragraphs as given, every draft kept. */
const news = wireStory;
/** The test world with a meeting on record (id 60) of the U.S. secretary and the Japanese minister the day before. */
const withMorishimaMeeting = (): LexiconData => {
  const w = world();
  w.calls.push({ id: 60, title: 'Brennan–Morishima meeting in Lisbon, March 2031', date: '2031-03-01', participantIds: [10, 11] });
  return w;
};

describe('REPORTER_NOT_PARTICIPANT: the one who reports an engagement is not one of its people', () => {
  it('a reporting frame at either end of the sentence is set aside', () => {
    const before = 'Ministry spokesperson Ivo Marsh said Minister Lena Berg had a call with Secretary Tom Hale on Monday.';
    assert.equal(before.slice(withoutReporter(before).from).startsWith('Minister Lena Berg'), true);
    const after = 'During a call between Lena Berg and Tom Hale, the two agreed to expand the drills, spokeswoman Ivo Marsh said.';
    assert.equal(after.slice(0, withoutReporter(after).to).endsWith('expand the drills'), true);
    const none = 'Lena Berg and Tom Hale agreed on Monday to expand the drills.';
    assert.deepEqual(withoutReporter(none), { from: 0, to: none.length });
  });

  it('the spokesperson at the end is no participant; "the two leaders" are the two in the call', () => {
    const r = news(
      withMorishimaMeeting(),
      'During a telephone call between Secretary of Defense Harold Brennan and South Korean Minister of National Defense Lee Do-yun, the two leaders expressed support for the border talks, chief spokesperson Dana Welk said.',
      'Both leaders, she said, pledged to keep the hotline open through the summer.',
    );
    assert.deepEqual(sorted(r.proposedCall?.participantIds), [10, 12]);
    assert.deepEqual(r.proposedCall?.proposedParticipants, []);
    for (const words of [/border talks/, /hotline open/]) assert.deepEqual(sorted(passage(r, words)?.partyIds), [10, 12]);
  });
});

describe('REPORTED_PAIR_OFF_RECORD: an engagement between people on record that no call near the date has all of', () => {
  it('a headline naming one of them does not pick his other call on record', () => {
    const r = news(
      withMorishimaMeeting(),
      'Brennan, Korean Defense Minister Talk by Phone',
      'During a telephone call between Secretary of Defense Harold Brennan and South Korean Minister of National Defense Lee Do-yun, the two leaders expressed support for the border talks.',
      'Brennan reaffirmed the commitment to the defense of South Korea.',
    );
    for (const words of [/border talks/, /reaffirmed the commitment/]) {
      const p = passage(r, words);
      assert.ok(p);
      assert.equal(p.callId ?? null, null);
    }
    assert.deepEqual(sorted(r.proposedCall?.participantIds), [10, 12]);
  });
});

describe('LOWER_CASE_TITLE: a title in lower case right before a name', () => {
  it('is that title; an acting head stays acting', () => {
    const [ruiz] = titledPeople('The ministry officer-in-charge Rosa Dalisay spoke with the envoy.');
    assert.equal(ruiz.title, 'Officer-in-Charge');
    assert.equal(ruiz.capacity, 'ACTING');
    assert.equal(titledPeople('The defense undersecretary Li Wen spoke first.')[0].title, 'Undersecretary');
  });

  it('a word that is no title head, or a head used as a rank or an office, is not', () => {
    assert.equal(titledPeople('He thanked the president Ana Ruiz for the visit.')[0].title, null);
    assert.equal(titledPeople('He thanked his friend Ana Ruiz for the visit.')[0].title, null);
  });
});

describe('UPPER_CASE_TITLE: a title in capitals right before a name, as a news lead writes it', () => {
  it('is the title, not part of the name', () => {
    const [ruiz] = titledPeople('DEFENSE SECRETARY Rosa N. Dalisay and the envoy reaffirmed the old treaty.');
    assert.equal(ruiz.name, 'Rosa N. Dalisay');
    assert.equal(ruiz.title, 'Defense Secretary');
    assert.equal(titledPeople('MINISTER FOR DEFENCE Li Wen spoke first.')[0].title, 'Minister for Defence');
  });

  it('a family name in capitals is still a name', () => {
    const [kenta] = titledPeople('MORISHIMA Kenta met the press.');
    assert.equal(kenta.name, 'Kenta Morishima');
    assert.equal(kenta.title, null);
  });
});

describe('TOP_OFFICIALS_OF_COUNTRIES: "Top defense officials from A and B"', () => {
  it("are each country's participant in the talks", () => {
    const r = leeCallStory(
      'Top defense officials from South Korea and the United States are keen on expanding the joint drills, the ministry said.',
    );
    assert.deepEqual(sorted(passage(r, /joint drills/)?.partyIds), [10, 12]);
  });

  it('"senior officials from A and B" are others: no parties from the talks', () => {
    const r = leeCallStory(
      'Senior officials from South Korea and the United States are keen on expanding the joint drills, the ministry said.',
    );
    assert.deepEqual(passage(r, /joint drills/)?.partyIds ?? [], []);
  });
});

describe("GROUP_COUNTRY_OF_NEWCOMER: the participant whose country the text never gave is the group's left-over country", () => {
  it('"Top defense officials from A and B" after a call of B\'s official with a newcomer: both, the newcomer of A', () => {
    const r = news(
      world(),
      'SEOUL — Top defense officials from South Korea and the United States are keen on expanding the joint drills, the Pentagon said on Sunday.',
      'Pentagon spokesperson Ivo Marsh said ministry officer-in-charge Rosa Dalisay had a phone call with Secretary of Defense Harold Brennan.',
    );
    const p = passage(r, /joint drills/);
    assert.deepEqual(p?.partyIds, [10]);
    assert.equal(p?.proposedParties.length, 1);
    const dalisay = r.proposedOfficials.find((o) => o.name === 'Rosa Dalisay');
    assert.equal(dalisay?.countryCode, 'KR');
    assert.deepEqual(r.proposedCall?.participantIds, [10]);
    assert.equal(r.proposedCall?.proposedParticipants.length, 1);
  });
});

describe('MEETING_ADJUNCT: "…, at a meeting in <place> on Tuesday" reports the meeting of the people named', () => {
  it('a prime minister not on record and the secretary: their meeting, proposed', () => {
    const r = news(
      world(),
      'TOKYO – Prime Minister Aiko Tanabe agreed with U.S. Secretary of Defense Harold Brennan that their countries would deepen cooperation on missile defense, at a meeting in the Prime Minister’s Office on Tuesday.',
      'The two confirmed their countries would keep working on joint production of interceptors.',
    );
    assert.deepEqual(r.proposedCall?.participantIds, [10]);
    assert.equal(r.proposedCall?.proposedParticipants.length, 1);
    assert.equal(passage(r, /joint production/)?.callId ?? null, null);
  });
});

describe('GROUP_OF_THE_LEAD: "In a meeting in <city>, the two officials discussed …" after a lead naming two', () => {
  it('is the meeting of the two people of the sentence before, proposed', () => {
    const r = news(
      world(),
      'LISBON — Defense Minister Rosa Dalisay and U.S. Secretary of Defense Harold Brennan have reaffirmed their commitment to the old treaty.',
      'In a meeting in Lisbon on March 1, the two officials discussed cooperation on maritime security in the strait.',
    );
    assert.deepEqual(r.proposedCall?.participantIds, [10]);
    assert.equal(r.proposedCall?.proposedParticipants.length, 1);
    assert.equal(r.proposedCall?.rule.startsWith('GROUP_OF_THE_LEAD'), true);
  });

  it('a group in a sentence with no engagement words takes nothing from the lead', () => {
    const r = news(
      world(),
      'LISBON — Defense Minister Rosa Dalisay and U.S. Secretary of Defense Harold Brennan have reaffirmed their commitment to the old treaty.',
      'The two officials stressed cooperation on maritime security in the strait.',
    );
    assert.equal(r.proposedCall?.rule.startsWith('GROUP_OF_THE_LEAD') ?? false, false);
  });
});

describe('ADJUNCT_APPOSITIVE: a name in apposition between an opening adjunct and a group subject', () => {
  it("is the adjunct's object: the group is the subject, the people of the talks", () => {
    for (const name of ['Lee Do-yun', 'Minister Lee Do-yun']) {
      const r = leeCallStory(`During his call with his Korean counterpart, ${name}, the two condemned the missile launch over the strait.`);
      assert.deepEqual(sorted(passage(r, /missile launch/)?.partyIds), [10, 12]);
    }
  });

  it('a name alone as the subject after the adjunct stays the subject', () => {
    const r = leeCallStory('During his call with his Korean counterpart, Lee Do-yun condemned the missile launch over the strait.');
    assert.deepEqual(passage(r, /missile launch/)?.partyIds, [12]);
  });
});
