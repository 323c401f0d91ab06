/**
 * Official documents in the styles the first corpus lacked (i19-general2): lettered list items, a release's
 * "X said:" line with unquoted paragraphs after it, press-conference pages without turn labels, a spokesperson
 * reporting the principals, and a bare title standing for a person not on record.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../src/imports/extract';
import { Lexicon } from '../../src/imports/lexicon';
import { backgroundOf } from '../../src/imports/pipeline/background';
import { BOILERPLATE_RULES, NOT_A_POSITION, SPEAKER_POSITION } from '../../src/imports/pipeline/dispositions';
import { BULLET, blocks } from '../../src/imports/pipeline/segment';
import { attributedParagraphs, unlabelledTurns } from '../../src/imports/pipeline/turns';
import { referenceLexiconData } from './reference-lexicon';

/** The reference dataset: Hegseth (1), Nakatani (2), Kim Seon-ho (3); the Hegseth–Nakatani call of 31 January 2025 (1). */
const lex = () => new Lexicon(referenceLexiconData());

describe('segmentation: lettered and roman list items', () => {
  it('takes "(a)" and "(iv)" for list marks, not "(US)" or a parenthesis in running text', () => {
    assert.ok(BULLET.test('(a) expand the co-production of missiles;'));
    assert.ok(BULLET.test('(iv) hold the next meeting.'));
    assert.ok(!BULLET.test('(US) officials said'));
    assert.ok(!BULLET.test('(a)nother'));
    const text = 'The Ministers committed to the following:\n(a) expand co-production;\n(b) launch a working group; and\n(c) meet again.';
    assert.equal(blocks(text).length, 4);
  });
});

describe('turns: attribution lines and unlabelled questions and answers', () => {
  it('takes the paragraphs after "X said:" for the speaker’s while they speak in the first person', () => {
    const text = [
      'The two chiefs agreed to work together.',
      'Defence Secretary Jane Holt said:',
      'The alliance is strong, and today we agreed to move faster.',
      'Our ships will sail there again next year.',
      'The ships last deployed in 2029.',
    ].join('\n\n');
    const { turns, lines } = attributedParagraphs(text, blocks(text));
    assert.equal(turns.length, 1);
    assert.equal(turns[0].label, 'Defence Secretary Jane Holt');
    assert.deepEqual([turns[0].fromBlock, turns[0].toBlock], [2, 3]);
    assert.deepEqual([...lines], [1]);
    // A quotation right after the line is the speaker's too (QUOTED_AFTER_LINE, round 8), and a sentence ending "said:" is no
    // attribution line.
    const quoted = 'Jane Holt said:\n\n“We agreed.”';
    assert.equal(attributedParagraphs(quoted, blocks(quoted)).turns.length, 1);
    const sentence = 'The talks went well. Holt said:\n\nWe agreed.';
    assert.equal(attributedParagraphs(sentence, blocks(sentence)).turns.length, 0);
  });

  it('alternates questions and answers after "Questions and Answers" when no paragraph has a label', () => {
    const text = [
      '1. Announcements',
      'None.',
      '2. Questions and Answers',
      'You met the Secretary on the 3rd. What did you confirm?',
      'We confirmed our cooperation.',
      'I would also add that the alliance is strong.',
      'Please tell us about the budget.',
      'It is under consideration.',
    ].join('\n\n');
    const t = unlabelledTurns(text, blocks(text), 'A');
    assert.deepEqual(
      t.map((x) => [x.role, x.fromBlock, x.toBlock]),
      [
        ['QUESTION', 3, 3],
        ['ANSWER', 4, 5],
        ['QUESTION', 6, 6],
        ['ANSWER', 7, 7],
      ],
    );
    assert.deepEqual(unlabelledTurns('No heading here.\n\nWhat?\n\nYes.', blocks('No heading here.\n\nWhat?\n\nYes.'), 'A'), []);
  });
});

describe('a spokesperson reporting the principals', () => {
  it('takes "The two leaders agreed …" for a position, and "What I can tell you is that …" for a lead-in', () => {
    assert.ok(SPEAKER_POSITION.reported.test('The two leaders agreed to keep the schedule unchanged.'));
    assert.ok(SPEAKER_POSITION.reported.test('Last night, the Secretary reaffirmed the commitment.'));
    assert.ok(!SPEAKER_POSITION.reported.test('The two leaders will travel next week.'));
    assert.ok(SPEAKER_POSITION.reportingLead.test('What I can tell you is that the Secretary told him so.'));
    assert.ok(!SPEAKER_POSITION.reportingLead.test('I told him that we are ready.'));
  });

  it('drafts a press secretary’s report of the call with the principals as parties, the call from the background sentence', () => {
    const text = [
      'Department of Defense Press Briefing by Pentagon Press Secretary Dana Royce',
      'MS. ROYCE: Good afternoon. Last night, Secretary Hegseth spoke by phone with Minister Nakatani. The two leaders agreed to expand joint exercises.',
      'Q: Did they discuss troops?',
      'MS. ROYCE: What I can tell you is that the Secretary told the minister that the United States would keep its forces ready.',
    ].join('\n\n');
    const r = extract(lex(), text, {
      kind: 'TRANSCRIPT',
      publisherId: 1,
      publishedOn: '2025-01-31',
      title: 'Department of Defense Press Briefing by Pentagon Press Secretary Dana Royce',
      timeZone: 'America/New_York',
    });
    const agreed = r.passages.find((p) => p.text.startsWith('The two leaders'));
    assert.ok(agreed, JSON.stringify(r.passages.map((p) => p.text)));
    assert.deepEqual([...agreed.partyIds].sort(), [1, 2]);
    assert.equal(agreed.callId, 1);
    const told = r.passages.find((p) => p.text.includes('the Secretary told'));
    assert.ok(told);
    assert.deepEqual(told.partyIds, [1]);
    assert.deepEqual(told.proposedParties, []);
  });
});

describe('a release by a ministry not on record', () => {
  it('reads "X said:" paragraphs as the speaker’s words, "has met Secretary …" as the meeting, "the two defence chiefs" as both', () => {
    const text = [
      'Defence Secretary meets US counterpart',
      'The Defence Secretary has met Secretary of Defense Pete Hegseth in Washington to discuss the alliance.',
      'Defence Secretary Jane Holt travelled to Washington on Tuesday.',
      'The two defence chiefs agreed to speed up joint work on undersea capabilities.',
      'Defence Secretary Jane Holt said:',
      'The United States is our closest ally, and today we agreed to move faster together.',
    ].join('\n\n');
    const r = extract(lex(), text, { kind: 'PRESS_RELEASE', publisherId: null, publishedOn: '2025-06-11', title: null });
    assert.ok(r.proposedCall, 'the meeting is proposed');
    assert.deepEqual(r.proposedCall.participantIds, [1]);
    assert.equal(r.proposedCall.proposedParticipants.length, 1);
    const chiefs = r.passages.find((p) => p.text.startsWith('The two defence chiefs'));
    assert.ok(chiefs, JSON.stringify(r.passages.map((p) => p.text)));
    assert.deepEqual(chiefs.partyIds, [1]);
    assert.equal(chiefs.proposedParties.length, 1);
    const quote = r.passages.find((p) => p.text.startsWith('The United States is our closest ally'));
    assert.ok(quote);
    assert.equal(quote.kind, 'DIRECT_QUOTE');
    assert.equal(quote.proposedSpeakers.length, 1);
    assert.deepEqual(quote.partyIds, [1]);
    assert.ok(!r.passages.some((p) => /said\.?$/.test(p.text)), 'the attribution line is no draft');
  });
});

describe('dispositions of official documents', () => {
  it('skips a fact sheet’s lead-in, a briefing’s items at the top, a call "over the phone … to discuss", a plan to host', () => {
    const skip = (t: string, inTurn = false) => backgroundOf(t, inTurn)?.reason ?? null;
    assert.equal(
      skip('Secretary Teodoro and Secretary Hegseth spoke over the phone on Wednesday to discuss recent developments.'),
      'BACKGROUND',
    );
    assert.equal(skip('Secretary Hegseth spoke by phone with Minister Nakatani and reaffirmed the alliance.'), null);
    assert.equal(skip('The ministry plans to host the dialogue in Seoul in April.'), 'BACKGROUND');
    assert.ok(BOILERPLATE_RULES.some((r) => r.test.test('The following are key outcomes of the meeting.')));
    assert.ok(NOT_A_POSITION.some((r) => r.test.test('I have a few items at the top, and then I will take your questions.')));
  });
});
