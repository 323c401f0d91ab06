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
      'MODERATOR: Our hosts today are General Tomas Varga and the Secretary; questions come after their statements.',
      'GENERAL TOMAS VARGA (THROUGH TRANSLATOR): This morning our delegations sat together for three hours.',
      'We agreed to widen pilot exchanges between our air forces next spring.',
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
      'Lee Do-yun and Harold Brennan discussed the coastal radar project.',
      'Press Secretary Nora Pell said that during a phone call Brennan praised the radar work of the Korean navy.',
    );
    assert.deepEqual(sortedIds(r.proposedCall?.participantIds), [10, 12]);
  });

  it('ENGAGEMENT_COORDINATED: people named in a second predicate ("… met with X and passed on a letter from A") are not the engagement\'s', () => {
    const r = wireStory(
      world(),
      'PORT ELLIS, March 2, 2031 – Secretary Harold Brennan met with several ministers in the capital and passed on a letter from Minister Kenta Morishima.',
      'Brennan opened the day with a meeting with Lee Do-yun at the harbor command, on fishing patrols.',
    );
    assert.deepEqual(sortedIds(r.proposedCall?.participantIds), [10, 12]);
  });
});
