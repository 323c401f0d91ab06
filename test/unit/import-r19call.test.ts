/**
 * Round 19: the call a document reports when none is on record (the proposed call): who took part in it, where the text
 * names them. Invented people, places and sentences.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { postOfFieldNames } from '../../src/imports/pipeline/turns';
import { sortedIds, transcript, withSpokesperson, wireStory, world } from './import-world';

describe('import round 19: the proposed call', () => {
  it('POST_OF_FIELD: a joint transcript titled "… Secretary A and Minister of National Defense B": the meeting of A and B', () => {
    const r = transcript(
      world(),
      'Joint Press Conference by Secretary Brennan and Minister of National Defense Varga, in Port Ellis',
      1,
      'STAFF: Ladies and gentlemen, please welcome General Tomas Varga, minister of national defense, and the Secretary.',
      'GENERAL TOMAS VARGA (THROUGH TRANSLATOR): We had a very friendly and candid discussion this morning.',
      'We also reviewed the bilateral defense relations since the memorandum we signed ten years ago.',
    );
    const call = r.proposedCall;
    assert.ok(call, 'a proposed call');
    assert.deepEqual(call.participantIds, [10]);
    assert.deepEqual(
      call.proposedParticipants.map((k) => r.proposedOfficials.find((o) => o.key === k)?.name),
      ['Tomas Varga'],
    );
  });

  it('POST_OF_FIELD: a rank between the post and the name, a suffix after it, an honorific no one', () => {
    assert.deepEqual(
      postOfFieldNames('Joint Press Briefing with Secretary Brennan and Minister of Defense Gen. Tomas Varga from Port Ellis').map((a) => [
        a.name,
        a.family,
      ]),
      [['Tomas Varga', 'Varga']],
    );
    assert.deepEqual(
      postOfFieldNames('Secretary Brennan and Secretary of National Defense Ana Ruiz Jr. Joint Press Conference').map((a) => a.family),
      ['Ruiz'],
    );
    assert.deepEqual(postOfFieldNames('Secretary Brennan Greets Minister of Defense His Royal Highness Prince Omar'), []);
  });

  it('ONE_COUNTRY_NO_TALKS: a press secretary and the Secretary (one country) are no call; the two sides named before are', () => {
    const r = wireStory(
      withSpokesperson(),
      'Lee Do-yun and Harold Brennan discussed the recent drills near the strait.',
      'In a readout, Press Secretary Nora Pell said in a phone conversation on Wednesday, Brennan reaffirmed the commitment to the alliance.',
    );
    assert.deepEqual(sortedIds(r.proposedCall?.participantIds), [10, 12]);
  });
});
