/**
 * Round 17: the call of drafts. Which recorded call a document reports when its date is far from the publication, and how
 * a transcript's turns relate to the talks it follows. Invented people, places and sentences.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../src/imports/extract';
import { Lexicon, type LexiconData } from '../../src/imports/lexicon';
import { passageWith, transcript, withLeeCall, world } from './import-world';

/** A ministry's monthly bulletin (publisher 2) of 20 May 2031 in the world given, its paragraphs as given, every draft kept. */
const bulletin = (w: LexiconData, ...paragraphs: string[]) =>
  extract(new Lexicon(w), paragraphs.join('\n\n'), {
    kind: 'PRESS_RELEASE',
    publisherId: 2,
    publishedOn: '2031-05-20',
    title: 'Japan-U.S. Defense Ministerial Meeting',
    keepAll: true,
  });

describe('import round 17: the call of drafts', () => {
  it('LEAD_DATED_TALKS: a bulletin weeks after the talks takes the recorded meeting of the day its opening gives', () => {
    const w = world();
    w.calls.push({ id: 70, title: 'Brennan–Morishima meeting, April 2031', date: '2031-04-17', participantIds: [10, 11] });
    const r = bulletin(
      w,
      'Harbor Bulletin No. 12 May 2031',
      'Japan-U.S. Defense Ministerial Meeting',
      'On April 17th, Minister of Defense Morishima and the U.S. Secretary of Defense Brennan held the Japan-U.S. Defense Ministerial meeting in the capital.',
      'The Ministers agreed to expand joint drills near the strait.',
    );
    assert.equal(passageWith(r, /expand joint drills/)?.callId, 70);
  });

  it('LEAD_DATED_TALKS: not a meeting on record with someone the opening does not name', () => {
    const w = world();
    w.calls.push({ id: 71, title: 'Brennan–Lee meeting, April 2031', date: '2031-04-17', participantIds: [10, 12] });
    const r = bulletin(
      w,
      'Harbor Bulletin No. 12 May 2031',
      'On April 17th, Minister of Defense Morishima and the U.S. Secretary of Defense Brennan held the Japan-U.S. Defense Ministerial meeting in the capital.',
      'The Ministers agreed to expand joint drills near the strait.',
    );
    assert.equal(passageWith(r, /expand joint drills/)?.callId, null);
  });

  it('ADDRESSED_BY_POST: the one speaker greets "Mr. Secretary": the recorded meeting with the Secretary is what every turn is about', () => {
    const w = world();
    w.calls.push({ id: 72, title: 'Brennan–Morishima meeting, March 2031', date: '2031-03-03', participantIds: [10, 11] });
    const r = transcript(
      w,
      'Remarks in the Capital',
      1,
      'JAPANESE DEFENSE MINISTER KENTA MORISHIMA: Good morning, Mr. Secretary. Yesterday evening we had a pleasant dinner together.',
      'Our alliance remains the cornerstone of peace across the region.',
      'SECRETARY OF DEFENSE HAROLD BRENNAN:',
    );
    assert.equal(passageWith(r, /cornerstone of peace/)?.callId, 72);
  });

  it('ADDRESSED_BY_POST: "Mr. Minister" is not the Secretary', () => {
    const w = world();
    w.calls.push({ id: 72, title: 'Brennan–Morishima meeting, March 2031', date: '2031-03-03', participantIds: [10, 11] });
    const r = transcript(
      w,
      'Remarks in the Capital',
      1,
      'JAPANESE DEFENSE MINISTER KENTA MORISHIMA: Good morning, Mr. Minister. Yesterday evening we had a pleasant dinner together.',
      'Our alliance remains the cornerstone of peace across the region.',
      'SECRETARY OF DEFENSE HAROLD BRENNAN:',
    );
    assert.equal(passageWith(r, /cornerstone of peace/)?.callId, null);
  });

  it('STATEMENT_OF_THE_TALKS: an opening statement that comes to the talks later is about them from its first sentence', () => {
    const r = transcript(
      world(),
      'Press Conference in Seoul',
      2,
      'JAPANESE DEFENSE MINISTER KENTA MORISHIMA: Let me start by thanking our hosts for their kindness. Japan and Korea share a deep strategic bond across the strait. Today I held a defense ministers’ meeting with Minister Lee Do-yun here in Seoul.',
    );
    assert.ok(r.proposedCall);
    const p = passageWith(r, /deep strategic bond/);
    assert.ok(p);
    assert.ok(!p.offTalks);
  });

  it('STATEMENT_OF_THE_TALKS: not after a visit told first (the words before the talks belong to the visit)', () => {
    const r = transcript(
      world(),
      'Press Conference in Seoul',
      2,
      'JAPANESE DEFENSE MINISTER KENTA MORISHIMA: Yesterday I visited the shipyard in the south. Japan and Korea share a deep strategic bond across the strait. Today I held a defense ministers’ meeting with Minister Lee Do-yun here in Seoul.',
    );
    assert.ok(r.proposedCall);
    assert.ok(passageWith(r, /deep strategic bond/)?.offTalks);
  });

  it('OUT_OF_OFFICE_NAME: a family name of someone on record with no post that day does not rule out the recorded call', () => {
    const w = withLeeCall();
    w.officials.push({
      id: 14,
      name: 'Park Ji-ho',
      nativeName: null,
      aliases: [],
      countryCode: 'KR',
      holdings: [
        { title: 'Vice Minister of National Defense', capacity: 'SUBSTANTIVE', startDate: '2036-01-01', endDate: null, organizationId: 3 },
      ],
    } as (typeof w.officials)[number]);
    // (The body alone, as a page stored without its title line: the title names the two, the body's first sentence three.)
    const r = extract(
      new Lexicon(w),
      [
        'During a phone call on March 2, Minister of National Defense Lee Do-yun and Secretary of Defense Harold Brennan assessed the outcomes of the summit between the President and Chairman Park.',
        'The Secretary and Minister agreed to expand joint drills near the strait.',
      ].join('\n\n'),
      { kind: 'READOUT', publisherId: 1, publishedOn: '2031-03-02', title: 'Readout of a Phone Call', keepAll: true },
    );
    assert.equal(passageWith(r, /expand joint drills/)?.callId, 50);
  });
});
