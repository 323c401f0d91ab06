/**
 * Round 13 of speaker transcripts (which meeting a transcript is of, who speaks a re-posted transcript's unlabelled turns),
 * from real published transcripts' constructions (real-8, kept outside the repository). Invented people, places and
 * sentences, not the documents' wording.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LexiconData } from '../../src/imports/lexicon';
import { backgroundOf } from '../../src/imports/pipeline/background';
import { ONE_SIDE_WE } from '../../src/imports/pipeline/coref';
import { handedTo, HOSTED_TITLE, turnLabel, turnNothing } from '../../src/imports/pipeline/turns';
import { passageWith, transcript, world } from './import-world';

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

describe('import round 13: a label that names someone else than the post’s holder on record', () => {
  it('does not give a label with another personal name to the holder of its post (LABEL_OTHER_NAME)', () => {
    const r = transcript(
      withCallThenMeeting(),
      'Secretary of Defense Harold Brennan Hosts a Guest at the Pentagon',
      1,
      'SECRETARY OF DEFENSE HAROLD BRENNAN: Good morning, and welcome.',
      'MINISTER OF DEFENSE JANE ROE: Thank you. Our two nations will keep building ships together for the fleet.',
    );
    const p = passageWith(r, /building ships together/);
    assert.ok(!p || !p.speakerIds.includes(11), 'the Japanese minister on record is not the one speaking');
  });

  it('reads a label after a saved excerpt’s date stamp (DATE_STAMP_BEFORE_LABEL)', () => {
    const l = turnLabel(' date 2031-03-03 SECRETARY OF DEFENSE HAROLD BRENNAN: Well, welcome.');
    assert.equal(l?.label, 'SECRETARY OF DEFENSE HAROLD BRENNAN');
    assert.equal(' date 2031-03-03 SECRETARY OF DEFENSE HAROLD BRENNAN: Well, welcome.'.slice(l.length), 'Well, welcome.');
    assert.equal(turnLabel('2031-03-03 Seoul'), null);
  });
});

describe('import round 13: courtesy in an opening', () => {
  it('a welcome after an address to the guest is a courtesy, and so is the discussion looked forward to with a welcome', () => {
    assert.equal(turnNothing('Well, Mr. Minister, I wanted to welcome you and your team to Kobe.')?.reason, 'NO_POSITION');
    assert.ok(backgroundOf('I look forward to a good discussion today, and welcome to Kobe.', true));
    // A stance in the welcome keeps it.
    assert.equal(turnNothing('Well, Mr. Minister, I wanted to welcome your commitment to the alliance.'), null);
  });
});

describe('import round 13: who is in the room', () => {
  it('"This includes …" after an agreement with a guest not on record carries both sides (CONTENT_OF_WHAT_CAME_BEFORE)', () => {
    const title =
      'Secretary of Defense Harold Brennan and Philippine Secretary of National Defense Ana Cruz Joint Press Conference in Manila';
    const r = transcript(
      world(),
      title,
      1,
      'SECRETARY OF DEFENSE HAROLD BRENNAN: Thank you, Secretary Cruz. First, we agreed that the United States will send more patrol aircraft to the Philippines. This includes deploying an anti-ship missile system in the joint exercise this spring.',
      'SECRETARY CRUZ: Thank you.',
    );
    const agreed = passageWith(r, /we agreed that the United States/);
    const content = passageWith(r, /anti-ship missile system/);
    assert.ok(agreed && content);
    assert.equal(agreed.proposedParties.length, 1);
    assert.deepEqual(content.proposedParties, agreed.proposedParties);
    assert.deepEqual(content.partyIds, agreed.partyIds);
  });
});

describe('import round 13: framing in an opening', () => {
  it('the year framed as a milestone or an anniversary is background (MILESTONE_YEAR)', () => {
    assert.equal(
      backgroundOf('This year marks a new milestone in our naval ties, as the navy chose our patrol boats.', true)?.reason,
      'BACKGROUND',
    );
    assert.equal(
      backgroundOf('Next year will be another landmark, marking the 30th anniversary of our port agreement.', true)?.reason,
      'BACKGROUND',
    );
    // A stance in it keeps the sentence.
    assert.equal(backgroundOf('This year marks a milestone, and we reaffirm our commitment to the alliance.', true), null);
  });
});

describe('import round 13: allies a place names', () => {
  it('"our allies in <a country>", "our friends across the region" are others beside both sides, not the other side (ALLIES_NAMED_ELSEWHERE)', () => {
    assert.equal(
      ONE_SIDE_WE.test('We are building ties with our friends across the region, above all our allies in the Republic of Palau.'),
      false,
    );
    assert.equal(ONE_SIDE_WE.test('We will train with partners like Canada.'), false);
    // The other side set apart still is.
    assert.equal(ONE_SIDE_WE.test('We expect our allies to spend more.'), true);
    assert.equal(ONE_SIDE_WE.test('We stand with our ally.'), true);
  });
});

describe('import round 13: an earlier summit of others recalled', () => {
  it('what leaders did at an earlier summit is background (PAST_SUMMIT_RECALLED)', () => {
    assert.equal(
      turnNothing('In May, our two presidents opened a new chapter of partnership at their summit in Kobe.')?.reason,
      'BACKGROUND',
    );
    // A stance in it, or the speaker as subject, keeps it.
    assert.equal(turnNothing('In May, our two presidents agreed to expand drills at their summit in Kobe.'), null);
    assert.equal(turnNothing('In May, we opened a new chapter at our summit in Kobe.'), null);
  });
});
