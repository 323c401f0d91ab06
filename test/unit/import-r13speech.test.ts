/**
 * Round 13 of speaker transcripts (which meeting a transcript is of, who speaks a re-posted transcript's unlabelled turns),
 * from real published transcripts' constructions (real-8, kept outside the repository). Invented people, places and
 * sentences, not the documents' wording.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../src/imports/extract';
import { Lexicon, type LexiconData } from '../../src/imports/lexicon';
import { handedTo, HOSTED_TITLE, turnLabel } from '../../src/imports/pipeline/turns';
import { passageWith, world } from './import-world';

/** The test world with a Brennan–Morishima call (60) on 25 February 2031 and their meeting (61) on 3 March 2031. */
function withCallThenMeeting(): LexiconData {
  const w = world();
  w.calls.push({ id: 60, title: 'Brennan–Morishima call, February 2031', date: '2031-02-25', participantIds: [10, 11] });
  w.calls.push({ id: 61, title: 'Brennan–Morishima meeting, March 2031', date: '2031-03-03', participantIds: [10, 11] });
  return w;
}

/** The test world with a Brennan–Lee meeting (62) on 28 February 2031. */
function withLeeMeeting(): LexiconData {
  const w = world();
  w.calls.push({ id: 62, title: 'Brennan–Lee meeting, February 2031', date: '2031-02-28', participantIds: [10, 12] });
  return w;
}

function transcript(data: LexiconData, title: string, publisherId: number | null, ...paragraphs: string[]) {
  return extract(new Lexicon(data), [title, ...paragraphs].join('\n\n'), {
    kind: 'TRANSCRIPT',
    publisherId,
    publishedOn: '2031-03-03',
    title,
    keepAll: true,
  });
}

describe('import round 13: which meeting a speaker transcript is of', () => {
  it('a title welcoming a guest puts the guest in the room: the meeting of that day, not the call before (HOSTED_TITLE)', () => {
    const title = 'Secretary of Defense Harold Brennan Remarks Welcoming Japanese Minister of Defense Kenta Morishima to the Pentagon';
    const r = transcript(
      withCallThenMeeting(),
      title,
      1,
      'SECRETARY OF DEFENSE HAROLD BRENNAN: Well, Mr. Minister, it is good to see you so soon after our call.',
      'We support your decision to build new shipyards for the fleet.',
    );
    const p = passageWith(r, /new shipyards/);
    assert.ok(p);
    assert.equal(p.callId, 61);
  });

  it('reads the guest of a hosting title, not a title that only names a subject', () => {
    assert.equal(HOSTED_TITLE.exec('Secretary X Hosts Minister Y at the Pentagon')?.[1], 'Minister Y at the Pentagon');
    assert.ok(HOSTED_TITLE.test('Remarks Welcoming Minister Y'));
    assert.ok(!HOSTED_TITLE.test('Secretary X Remarks to Traveling Press'));
  });
});

describe('import round 13: a re-posted transcript whose turns carry no labels', () => {
  it('reads a label in square brackets, not a stage note', () => {
    assert.equal(turnLabel('[Translator] We will begin now.')?.role, 'MODERATOR');
    assert.equal(turnLabel('[Secretary Brennan] Minister, thank you.')?.label, 'Secretary Brennan');
    assert.equal(turnLabel('[Inaudible] and the drills go on.'), null);
  });

  it('reads the one a paragraph hands the floor to (HANDED_TURN)', () => {
    assert.equal(handedTo('Welcome to the press conference. Mr. Lee will speak first. Two questions will follow.'), 'Mr. Lee');
    assert.equal(handedTo('Thank you all. Mr. Secretary, over to you.'), 'Mr. Secretary');
    assert.equal(handedTo('We will now hand over to Minister Lee.'), 'Minister Lee');
    // A cue far from the paragraph's end hands nothing over.
    assert.equal(handedTo('Mr. Lee will speak first, as agreed. We met for an hour. We discussed the budget. We agreed on drills.'), null);
    assert.equal(handedTo('We discussed the drills at length.'), null);
  });

  it('gives each handed paragraph to its speaker, "Mr. Secretary" the one participant with that post (ADDRESSED_POST, SPEAKERS_CALL)', () => {
    const r = transcript(
      withLeeMeeting(),
      'Secretary Brennan Meets With Leaders',
      null,
      '[Translator] Let us begin the joint press conference. Mr. Lee will speak first.',
      'Good morning. Our alliance remains firm and our forces stand ready. Thank you. Mr. Secretary, over to you.',
      'Thank you, Mr. Lee. I agree. We will keep our forces ready to defend the peninsula.',
    );
    const lee = passageWith(r, /alliance remains firm/);
    const brennan = passageWith(r, /keep our forces ready/);
    assert.ok(lee && brennan);
    assert.deepEqual(lee.speakerIds, [12]);
    assert.deepEqual(brennan.speakerIds, [10]);
    assert.equal(brennan.callId, 62);
  });
});
