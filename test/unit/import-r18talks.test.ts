/**
 * Round 18: talks not on record. The "we" of a minister's own press conference after talks no call on record holds: the
 * other side of the talks the text reports, whichever rule found them. Invented people, places and sentences.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract, type Extraction } from '../../src/imports/extract';
import { Lexicon, type LexiconData } from '../../src/imports/lexicon';
import { passageWith, sortedIds, world } from './import-world';

const TITLE = 'Extra Press Conference by the Defense Minister Morishima';

/** A press conference of Minister Morishima (11) on 3 March 2031, published by the Ministry of Defense (2). */
function pressConference(data: LexiconData, ...paragraphs: string[]): Extraction {
  return extract(new Lexicon(data), [TITLE, 'Time & Date: 12:10-12:20 P.M. March 3, 2031', ...paragraphs].join('\n\n'), {
    kind: 'PRESS_CONFERENCE',
    publisherId: 2,
    publishedOn: '2031-03-03',
    title: TITLE,
    timeZone: 'Asia/Tokyo',
    keepAll: true,
  });
}

/** The minister's opening: talks he just held with a guest not on record, Minister Tallis. */
const WITH_TALLIS = 'I have just held a meeting with Defence Minister Arlen Tallis of Westmark.';

describe('import round 18: talks not on record', () => {
  it('WE_OF_TALKS_NOT_ON_RECORD: "We have just discussed …" of the minister after talks with a guest not on record is both sides', () => {
    const r = pressConference(
      world(),
      'Minister:',
      `${WITH_TALLIS} We have just discussed maritime security in the northern strait. I stated that we would like to strengthen our coast guard in the northern strait.`,
    );
    const guest = r.proposedOfficials.find((o) => o.name === 'Arlen Tallis')?.key;
    assert.ok(guest && r.proposedCall?.proposedParticipants.includes(guest), JSON.stringify(r.proposedCall));
    const p = passageWith(r, /maritime security in the northern strait/);
    assert.deepEqual(sortedIds(p?.partyIds), [11]);
    assert.deepEqual(p?.proposedParties, [guest]);
    // Not "that we …" inside the minister's own clause: his position.
    const own = passageWith(r, /strengthen our coast guard/);
    assert.deepEqual(sortedIds(own?.partyIds), [11]);
    assert.deepEqual(own?.proposedParties, []);
  });

  it('WE_OF_TALKS_NOT_ON_RECORD: whatever the verb ("Therefore, we have reached an agreement …")', () => {
    const r = pressConference(
      world(),
      'Minister:',
      `${WITH_TALLIS} Therefore, we have reached an agreement on the return of the survey vessel.`,
    );
    const guest = r.proposedOfficials.find((o) => o.name === 'Arlen Tallis')?.key;
    assert.deepEqual(passageWith(r, /return of the survey vessel/)?.proposedParties, [guest]);
  });

  it('WE_OF_TALKS_NOT_ON_RECORD: the counterpart on record, no call on record: "We also …" is the two ministers', () => {
    const r = pressConference(
      world(),
      'Minister:',
      'I have just held a meeting with Minister of National Defense Lee Do-yun. We also share a long coastline and common concerns about the strait.',
    );
    assert.equal(r.calls.length, 0);
    assert.deepEqual(sortedIds(passageWith(r, /common concerns about the strait/)?.partyIds), [11, 12]);
  });

  it('WE_AFTER_AS: "And as we have made clear, …" of the minister is both sides too', () => {
    const r = pressConference(
      world(),
      'Minister:',
      `${WITH_TALLIS} And as we have made clear, the survey vessels will keep to the agreed routes in the northern strait.`,
    );
    const guest = r.proposedOfficials.find((o) => o.name === 'Arlen Tallis')?.key;
    assert.deepEqual(passageWith(r, /keep to the agreed routes/)?.proposedParties, [guest]);
  });

  it('ANY_REPORTED_TALKS: "we both" of the minister after talks he reports with a guest not on record is both sides', () => {
    const r = pressConference(
      world(),
      'Minister:',
      `${WITH_TALLIS} Some in the region want to weaken the open order of the seas that we both support.`,
    );
    const guest = r.proposedOfficials.find((o) => o.name === 'Arlen Tallis')?.key;
    assert.deepEqual(passageWith(r, /open order of the seas/)?.proposedParties, [guest]);
  });

  it('OTHER_SIDE_AS_PARTNER: not "we" acting with the other side\'s country ("we look forward to consulting with Korea")', () => {
    const r = pressConference(
      world(),
      'Minister:',
      'I have just held a meeting with Minister of National Defense Lee Do-yun. In the strait, we look forward to consulting with Korea on the new patrol routes.',
    );
    assert.deepEqual(sortedIds(passageWith(r, /new patrol routes/)?.partyIds), [11]);
  });
});
