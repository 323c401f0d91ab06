/**
 * Rules for wire stories, news pages and readouts with countries not on record (issue 19, round 5), on sentences written
 * for these tests: a ministry's portal headed by its state's formal name, a visitor hosted at a reception.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../src/imports/extract';
import { Lexicon } from '../../src/imports/lexicon';
import { publisherLine } from '../../src/imports/pipeline/publisher';
import { world } from './import-world';

/** A release imported with no publisher on record, its first paragraph the title, every draft kept. */
const releaseWithoutPublisher = (text: string, publishedOn: string, timeZone: string) =>
  extract(new Lexicon(world()), text, {
    kind: 'PRESS_RELEASE',
    publisherId: null,
    publishedOn,
    title: text.split('\n')[0],
    timeZone,
    keepAll: true,
  });

describe('stories and readouts of other countries (round 5)', () => {
  it('reads a publisher\'s line that ends with its state\'s formal name ("… of the Kingdom of X")', () => {
    const line = (text: string) => {
      const p = publisherLine(text);
      return p && [p.name, p.country];
    };
    assert.deepEqual(line('Ministry of National Defence of the Kingdom of Cambodia\nNews\n\nText.'), [
      'Ministry of National Defence',
      'Kingdom of Cambodia',
    ]);
    assert.deepEqual(line('Ministry of Defence of the Democratic Socialist Republic of Sri Lanka\n\nText.'), [
      'Ministry of Defence',
      'Democratic Socialist Republic of Sri Lanka',
    ]);
    assert.deepEqual(line('Department of National Defense\n\nText.'), ['Department of National Defense', null]);
  });

  it('proposes the meeting of an official who hosted a reception or dinner for a visitor, and the portal as author', () => {
    const text = [
      'Ministry of National Defence of the Kingdom of Cambodia',
      'Deputy Minister welcomes U.S. Secretary of Defense',
      '(Portal) - General Sok Vannak, Deputy Minister of National Defence, hosted a dinner in Phnom Penh on May 4 for Harold Brennan, U.S. Secretary of Defense, who is on a short visit.',
      'The two sides agreed to widen demining training along the northern border.',
    ].join('\n\n');
    const r = releaseWithoutPublisher(text, '2031-05-05', 'Asia/Phnom_Penh');
    assert.deepEqual(
      r.proposedOrganizations.map((o) => [o.name, o.countryCode]),
      [['Ministry of National Defence', 'KH']],
    );
    const sok = r.proposedOfficials.find((p) => p.name === 'Sok Vannak')!;
    assert.deepEqual([r.proposedCall?.participantIds, r.proposedCall?.proposedParticipants], [[10], [sok.key]]);
    const agreed = r.passages.find((x) => /demining/.test(x.text))!;
    assert.deepEqual([agreed.partyIds, agreed.proposedParties], [[10], [sok.key]]);
  });
});
