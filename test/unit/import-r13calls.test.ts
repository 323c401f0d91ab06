/**
 * Issue 19, round 13 on calls: every draft about the talks carries a call, the recorded one, else a proposed one. Talks
 * held in other words than a call or a meeting "with", talks whose other side is not named, and what the editor is told
 * to add. Invented people, places and sentences.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../src/imports/extract';
import { Lexicon } from '../../src/imports/lexicon';
import { HELD_ENGAGEMENT, missingCounterpart, NAMED_PAIR_MEETING, ONE_SIDE_NAMED } from '../../src/imports/pipeline/proposed-call';
import { LEE_CALL_LEAD, leeStory, passageWith, pentagonReadout, world } from './import-world';

/** A release of the Japanese ministry (publisher 2) of 9 May 2031, its first paragraph the title, every draft kept. */
const mofRelease = (...paragraphs: string[]) =>
  extract(new Lexicon(world()), paragraphs.join('\n\n'), {
    kind: 'PRESS_RELEASE',
    publisherId: 2,
    publishedOn: '2031-05-09',
    title: paragraphs[0],
    keepAll: true,
  });

describe('HELD_ENGAGEMENT: talks held, said with a verb of holding and a noun of talks', () => {
  it('reads the ways releases and stories say talks were held', () => {
    for (const s of [
      'Minister Morishima held a Defence Ministerial Meeting with the visiting secretary.',
      'We had a very productive bilateral meeting this morning.',
      'The two ministers held a telephone conference on Tuesday.',
      'They made the pledge on Monday in a phone discussion on the strait.',
      'The officials spoke frankly during a video exchange.',
      'The secretary conducted a strategic dialogue with his hosts.',
    ])
      assert.equal(HELD_ENGAGEMENT.pattern.test(s), true, s);
  });

  it('is not a press conference, a cabinet meeting or a talk given', () => {
    for (const s of [
      'The minister held a press conference after the drill.',
      'The minister held a news conference in the afternoon.',
      'The government held a cabinet meeting on the budget.',
      'He gave a talk on maritime law at the academy.',
    ])
      assert.equal(HELD_ENGAGEMENT.pattern.test(s), false, s);
  });
});

describe('ONE_SIDE_NAMED: talks held whose other side the text does not name are proposed with the side it names', () => {
  it('a ministry release of a telephone conference with a minister named by title and family name only', () => {
    const r = mofRelease(
      'Japan-Ruritania Defence Ministerial Telephone Conference',
      'On May 9, 2031, Minister of Defense Morishima and Minister of Defence Valdor held a telephone conference.',
      'The Ministers affirmed that the two countries would deepen exchanges between their navies.',
    );
    assert.equal(r.proposedCall?.rule, ONE_SIDE_NAMED.name);
    assert.deepEqual(r.proposedCall?.participantIds, [11]);
    assert.equal(r.proposedCall?.date, '2031-05-09');
    assert.match(r.proposedCall?.missing ?? '', /other participant/);
    const p = passageWith(r, /deepen exchanges/);
    assert.ok(p, 'the position is drafted');
    assert.equal(p.callId, null);
    assert.equal(p.features.call, 'proposed');
  });

  it("a country's minister named by the post: its holder on record is the other side", () => {
    const r = pentagonReadout(
      [
        "Readout of Secretary of Defense Harold Brennan's Meeting With Japan's Defense Minister",
        "Secretary of Defense Harold Brennan met with Japan's defense minister at the Pentagon on May 8.",
        'The Secretary reaffirmed the commitment of the United States to the defense of its ally.',
      ].join('\n\n'),
      '2031-05-08',
    );
    assert.deepEqual([...(r.proposedCall?.participantIds ?? [])].sort(), [10, 11]);
    assert.notEqual(r.proposedCall?.rule, ONE_SIDE_NAMED.name);
  });

  it('a counterpart of a country not on record: the words the text gives are what the editor must add', () => {
    const r = pentagonReadout(
      [
        "Readout of Secretary of Defense Harold Brennan's Call With His Ruritanian Counterpart",
        'Secretary of Defense Harold Brennan spoke by phone with his Ruritanian counterpart on May 8.',
        'Secretary Brennan underscored that the United States remains committed to security in the region.',
      ].join('\n\n'),
      '2031-05-08',
    );
    assert.equal(r.proposedCall?.rule, ONE_SIDE_NAMED.name);
    assert.deepEqual(r.proposedCall?.participantIds, [10]);
    assert.match(r.proposedCall?.missing ?? '', /"his Ruritanian counterpart"/i);
    assert.equal(passageWith(r, /remains committed/)?.features.call, 'proposed');
    assert.equal(
      missingCounterpart("Ruritania's defense minister"),
      'the other participant: the text names them only as "Ruritania\'s defense minister"; record them, then the call',
    );
  });

  it('no proposal from talks to come, nor from remarks at a press conference', () => {
    const planned = mofRelease(
      'Minister Morishima to visit Ruritania',
      'Minister of Defense Morishima plans to hold a meeting with Minister of Defence Valdor next week.',
      'Minister Morishima stressed that the two countries must deepen exchanges between their navies.',
    );
    assert.equal(planned.proposedCall, null);
    const press = mofRelease(
      'Press conference by the Minister',
      'Minister of Defense Morishima held a press conference on May 9.',
      'Minister Morishima stressed that the two countries must deepen exchanges between their navies.',
    );
    assert.equal(press.proposedCall, null);
  });

  it('two people named: the call of both, not one side', () => {
    const r = mofRelease(
      'Japan-U.S. Defense Ministerial Meeting',
      'On May 9, 2031, Minister of Defense Morishima held a Defense Ministerial Meeting with Secretary of Defense Harold Brennan.',
      'The Ministers affirmed that the alliance is stronger than ever.',
    );
    assert.deepEqual([...(r.proposedCall?.participantIds ?? [])].sort(), [10, 11]);
    assert.equal(r.proposedCall?.missing, undefined);
  });
});

describe('NAMED_PAIR_MEETING: a meeting named by the two countries that held it', () => {
  it('reads the pair, and the caller wants two countries in it', () => {
    assert.equal(
      NAMED_PAIR_MEETING.pattern.exec('After that, at the Japan-Ruritania Defense Ministerial Meeting, I said …')?.[1],
      'Japan-Ruritania',
    );
    assert.equal(NAMED_PAIR_MEETING.pattern.exec('During the U.S.-Japan Talks on Monday, the two …')?.[1], 'U.S.-Japan');
    assert.equal(NAMED_PAIR_MEETING.pattern.test('He will travel to attend the annual dialogue next month.'), false);
  });

  it("the one speaker of a minister's briefing and the other country's minister on record: their meeting", () => {
    const r = extract(
      new Lexicon(world()),
      [
        'Press Conference by Defense Minister Kenta Morishima',
        'MINISTER MORISHIMA: I will report on the meetings of this week.',
        'At the Japan-U.S. Defense Ministerial Meeting that followed, I stressed that the alliance must grow stronger still.',
      ].join('\n\n'),
      {
        kind: 'PRESS_CONFERENCE',
        publisherId: 2,
        publishedOn: '2031-05-09',
        title: 'Press Conference by Defense Minister Kenta Morishima',
        keepAll: true,
      },
    );
    assert.deepEqual([...(r.proposedCall?.participantIds ?? [])].sort(), [10, 11]);
  });
});

describe('INTERVIEW_CARRIES: the quotations after an interview that told of the talks were said in the interview', () => {
  it('the sentence telling of the talks keeps the call; the quotation after it has none', () => {
    const r = leeStory(
      LEE_CALL_LEAD,
      'In an interview with a local broadcaster later on Sunday, Lee said he and Brennan discussed the joint drills and agreed to expand them.',
      '"Our own coastal radars will be rebuilt with domestic funds by the end of next year," Lee said.',
    );
    assert.equal(passageWith(r, /expand them/)?.callId, 50);
    const quote = passageWith(r, /coastal radars/);
    assert.ok(quote, 'the quotation is drafted');
    assert.equal(quote.callId, null);
    assert.equal(quote.offTalks, true);
  });
});

describe('OTHER_TALKS: talks a sentence reports with someone the recorded call leaves out are not that call', () => {
  it('a courtesy call on a head of government in a story of the recorded call: proposed for that sentence only', () => {
    const r = leeStory(
      LEE_CALL_LEAD,
      'Brennan said the two allies would expand the joint drills next spring.',
      'Brennan also paid a courtesy call to Prime Minister Park Min-su and reaffirmed that the United States would keep its forces on the peninsula.',
    );
    assert.equal(passageWith(r, /joint drills/)?.callId, 50);
    const courtesy = passageWith(r, /keep its forces/);
    assert.ok(courtesy, 'the assurance is drafted');
    assert.equal(courtesy.callId, null);
    assert.equal(courtesy.features.call, 'proposed');
    assert.deepEqual(r.proposedCall?.participantIds, [10]);
    assert.equal(r.proposedCall?.proposedParticipants.length, 1);
  });

  it('the recorded call named with all its participants stays that call', () => {
    const r = leeStory(LEE_CALL_LEAD, 'During their talks, Brennan and Lee agreed to expand the joint drills next spring.');
    assert.equal(passageWith(r, /joint drills/)?.callId, 50);
    assert.equal(r.proposedCall, null);
  });
});
