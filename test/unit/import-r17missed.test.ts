/**
 * Round 17: expected passages that got no draft. MEETING_AS_SUBJECT: the talks themselves as the subject of a stance ("The
 * call reaffirmed …", "Discussions focused on …"): the people of the talks hold it. Invented people, places and sentences.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../src/imports/extract';
import { Lexicon } from '../../src/imports/lexicon';
import { leeCallStory, passageWith, pentagonReadout, sortedIds, withLeeCall } from './import-world';

describe('import round 17: passages with no draft', () => {
  it('MEETING_AS_SUBJECT: "The call reaffirmed …" in a story is the position of the people of the call', () => {
    const r = leeCallStory('The call reaffirmed the lasting strength of the harbor partnership between the two allies.');
    assert.deepEqual(sortedIds(passageWith(r, /lasting strength of the harbor partnership/)?.partyIds), [10, 12]);
  });

  it('MEETING_TOPIC_VERB: "Discussions focused on …" and "The conversation, held on …, focused on …" are drafts of the talks', () => {
    const r = leeCallStory(
      'Discussions focused on three goals: shared early warning, joint drills near the strait and new radar sites.',
      'The conversation, held on Sunday, focused on raising the stock of spare parts for the coastal fleet.',
    );
    assert.deepEqual(sortedIds(passageWith(r, /three goals: shared early warning/)?.partyIds), [10, 12]);
    assert.deepEqual(sortedIds(passageWith(r, /stock of spare parts/)?.partyIds), [10, 12]);
  });

  it('MEETING_AS_SUBJECT in a readout: "The meeting reaffirmed …" is the participants\' position', () => {
    const r = pentagonReadout(
      [
        'Readout of Secretary Brennan’s Call With Minister Lee',
        'Secretary of Defense Harold Brennan spoke by phone with Minister of National Defense Lee Do-yun today.',
        'The meeting reaffirmed the importance of the alliance for peace on the peninsula.',
      ].join('\n\n'),
      '2031-03-02',
      withLeeCall(),
    );
    assert.deepEqual(sortedIds(passageWith(r, /importance of the alliance for peace/)?.partyIds), [10, 12]);
  });

  it('MEETING_AS_SUBJECT: not the meeting told as an event or an occasion', () => {
    const r = leeCallStory(
      'The meeting highlighted the long friendship of the two navies, which dates to the war.',
      'The conversation provided an opportunity to discuss the coming exercise season.',
      'The next meeting focused on budgets will take place in the autumn.',
    );
    assert.equal(passageWith(r, /long friendship of the two navies/), undefined);
    assert.equal(passageWith(r, /coming exercise season/), undefined);
    assert.equal(passageWith(r, /take place in the autumn/), undefined);
  });

  it('SENTENCE_INITIAL_THE: "The United States reiterated …" as the whole subject is its official in the call', () => {
    const r = leeCallStory('The United States reiterated its commitment to defending the peninsula with all its capabilities.');
    assert.deepEqual(sortedIds(passageWith(r, /defending the peninsula with all its capabilities/)?.partyIds), [10]);
  });

  it('FOLLOWING_ITEMS and LIST_NUMERAL: numbered items after "concurred to coordinate the following items …." take its parties', () => {
    const r = extract(
      new Lexicon(withLeeCall()),
      [
        'Title',
        'On March 2, Minister Lee held a meeting with Secretary of Defense Harold Brennan.',
        'The two Ministers concurred to coordinate the following items and to draw up a yearly exchange plan.',
        '  1. Expand port calls by coastal patrol ships\n  2. Restart staff talks between the air arms',
      ].join('\n\n'),
      { kind: 'PRESS_RELEASE', publisherId: 3, publishedOn: '2031-03-02', title: 'Title', keepAll: true },
    );
    assert.deepEqual(sortedIds(passageWith(r, /Expand port calls by coastal patrol ships/)?.partyIds), [10, 12]);
    assert.deepEqual(sortedIds(passageWith(r, /Restart staff talks between the air arms/)?.partyIds), [10, 12]);
  });

  it('CONTENT_GOES_ON: "This will include …" right after a draft of the same paragraph takes its parties; not after a paragraph break', () => {
    const r = leeCallStory(
      'The two ministers agreed to widen their cooperation on coastal radar. This will most likely include a shared tracking center.',
      'It calls for a review of the harbor lease every five years.',
    );
    assert.deepEqual(sortedIds(passageWith(r, /shared tracking center/)?.partyIds), [10, 12]);
    assert.equal(passageWith(r, /review of the harbor lease/), undefined);
  });

  it('PASSIVE_OF_THE_TALKS: "Progress was reviewed on …" is the people of the talks; not a question nor "No … were discussed"', () => {
    const r = leeCallStory(
      'Progress was reviewed on a joint study of coastal radar coverage.',
      'No new sites for the tracking center were discussed, the ministry said.',
    );
    assert.deepEqual(sortedIds(passageWith(r, /joint study of coastal radar coverage/)?.partyIds), [10, 12]);
    assert.equal(passageWith(r, /No new sites for the tracking center/)?.partyIds.length ?? 0, 0);
  });
});
