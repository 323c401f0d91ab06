/**
 * Stop 35: a defense ministry's own press conference after talks with someone not on record ("Question: / Minister:" turns),
 * the counterpart named by title and family name only. Invented people, places and sentences.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract, type Extraction } from '../../src/imports/extract';
import { Lexicon, type LexiconData } from '../../src/imports/lexicon';
import { titledNames } from '../../src/imports/pipeline/turns';
import { passageWith, sortedIds, world } from './import-world';

const TITLE = 'Press Conference by the Defense Minister Morishima';

/** A press conference of Minister Morishima (11) on 3 March 2031, published by the Ministry of Defense (2). */
function pressConference(data: LexiconData, ...paragraphs: string[]): Extraction {
  return extract(
    new Lexicon(data),
    [TITLE, 'Time & Date: 12:10-12:20 P.M. March 3, 2031', '2. Questions and Answers', ...paragraphs].join('\n\n'),
    { kind: 'PRESS_CONFERENCE', publisherId: 2, publishedOn: '2031-03-03', title: TITLE, timeZone: 'Asia/Tokyo', keepAll: true },
  );
}

/** The test world with an earlier call of Morishima's on record (with Brennan, in January): his calls are not none. */
function withMorishimaCall(): LexiconData {
  const w = world();
  w.calls.push({ id: 52, title: 'Brennan–Morishima telephone call, January 2031', date: '2031-01-12', participantIds: [10, 11] });
  return w;
}

/**
 * The key of the guest proposed by `name`, after checking that the proposed talks include them and that the draft of
 * `words` is both sides' (the minister, 11, and the guest).
 */
function guestOfTalks(r: Extraction, name: string, words: RegExp): string {
  const guest = r.proposedOfficials.find((o) => o.name === name)?.key;
  assert.ok(guest, JSON.stringify(r.proposedOfficials));
  assert.ok(r.proposedCall?.proposedParticipants.includes(guest), JSON.stringify(r.proposedCall));
  const both = passageWith(r, words);
  assert.deepEqual(sortedIds(both?.partyIds), [11]);
  assert.deepEqual(both?.proposedParties, [guest]);
  return guest;
}

describe('import stop 35: a minister’s press conference after talks with someone not on record', () => {
  it('titledNames reads "Minister for Defence X" and "Secretary of State for Defence X"', () => {
    assert.deepEqual(titledNames('You just had lunch with Minister for Defence Tallis.'), [
      { title: 'Minister for Defence', name: 'Tallis' },
    ]);
    assert.deepEqual(titledNames('I met Secretary of State for Defence Orwin today.'), [
      { title: 'Secretary of State for Defence', name: 'Orwin' },
    ]);
  });

  for (const [label, data] of [
    ['no call of his on record', world()],
    ['a call of his on record with someone else', withMorishimaCall()],
  ] as const)
    it(`QUESTIONED_NEWCOMER (${label}): the guest the question names is proposed, the talks proposed with them, "we" is both`, () => {
      const r = pressConference(
        data,
        'Question:',
        'You just had lunch with Minister for Defence Tallis. Could you tell us what was discussed?',
        'Minister:',
        'This was our second meeting. I told her that our shipyards have excellent capabilities. Then we discussed how to respond to the piracy in the strait.',
      );
      guestOfTalks(r, 'Tallis', /we discussed how to respond/);
      // "I told her …": the minister's own words to her, his position alone.
      const told = passageWith(r, /shipyards have excellent capabilities/);
      assert.deepEqual(sortedIds(told?.partyIds), [11]);
      assert.deepEqual(told?.proposedParties, []);
    });

  it('ONE_SIDE_COMPLETED: talks told with "him", the counterpart named further on by title and family name, is the other side', () => {
    const r = pressConference(
      world(),
      'Question:',
      "Would you share with us the outcome of today's defense ministerial meeting?",
      'Minister:',
      'I have met with him for the first time, and we had wide-ranging discussions on defense exchanges between the two countries. We confirmed the importance of settling disputes by peaceful means. I explained our defense policies, and Defense Minister Quan stated that they welcome our contribution to the region.',
    );
    guestOfTalks(r, 'Quan', /settling disputes by peaceful means/);
    assert.equal(r.proposedCall?.missing ?? null, null);
  });

  it('without a counterpart named anywhere the talks stay one-sided, for the editor to complete', () => {
    const r = pressConference(
      world(),
      'Question:',
      "Would you share with us the outcome of today's defense ministerial meeting?",
      'Minister:',
      'I have met with him for the first time, and we had wide-ranging discussions on defense exchanges between the two countries. We confirmed the importance of settling disputes by peaceful means.',
    );
    assert.deepEqual(r.proposedOfficials, []);
    assert.ok(!r.proposedCall || r.proposedCall.proposedParticipants.length === 0, JSON.stringify(r.proposedCall));
  });
});
