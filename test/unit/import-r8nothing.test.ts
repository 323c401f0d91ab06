/**
 * Round 8 of the "nothing" sentences and of the call a statement belongs to, from the seventh blind set's failures
 * (t01–t30): courtesies by what they thank for, the meeting's own opening line, a schedule, a question, a person's
 * character, an account still to be published, a third government's statement; a country's own decision is not the
 * talks', a past period dates the meeting a speaker recalls, a country named as a partner does not switch the call.
 * Invented people, places and sentences, not the corpus's wording.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../src/imports/extract';
import { Lexicon, type LexiconData } from '../../src/imports/lexicon';
import { OWN_DECISION, backgroundOf } from '../../src/imports/pipeline/background';
import {
  BOILERPLATE_RULES,
  type Disposition,
  furnitureOver,
  NOT_A_POSITION,
  questionPremises,
  skipReason,
} from '../../src/imports/pipeline/dispositions';
import { pastPeriodEngagement } from '../../src/imports/pipeline/dates';
import { leeCallStory, world, withLeeCall } from './import-world';

const bg = (t: string, inTurn = false) => backgroundOf(t, inTurn)?.reason ?? null;

describe('import round 8: which sentences are positions', () => {
  it('thanks for a courtesy alone (a journey, condolences, the call) is no position; thanks for an act of the alliance is one', () => {
    assert.equal(bg('Under Secretary Varga thanked the Deputy Minister for making the long trip to Ottawa.'), 'NO_POSITION');
    assert.equal(bg('The Minister thanked Secretary Ruiz for traveling to Lisbon on short notice.'), 'NO_POSITION');
    assert.equal(bg('General Osei expressed his gratitude for the Under Secretary’s condolences on the ferry disaster.'), 'NO_POSITION');
    assert.equal(bg('Minister Lindqvist thanked Secretary Ruiz for his message of sympathy after the storm.'), 'NO_POSITION');
    assert.equal(bg('The Secretary expressed appreciation for the hospitality of the people of Bergen.'), 'NO_POSITION');
    // An act or a contribution of the partner: a position, as the corpus labels it.
    assert.equal(bg('The Secretary thanked Minister Lindqvist for Sweden’s support of the new airlift hub.'), null);
    assert.equal(bg('Minister Ruiz thanked the Secretary for the visit of the carrier group to Lisbon.'), null);
    assert.equal(bg('The Minister thanked the Secretary for his hospitality and for the decision to station more tankers.'), null);
  });

  it('the meeting’s own opening line (a conversation held, a call begun) is background, even reported', () => {
    assert.equal(
      bg('Defence Minister Lindqvist held her first telephone conversation with Secretary Ruiz on Monday, the ministry said.'),
      'BACKGROUND',
    );
    assert.equal(bg('Minister Osei began a video call with Secretary Ruiz at 06:45, officials said.'), 'BACKGROUND');
    // A conversation about a topic is what was said, not the event.
    assert.equal(bg('We had a frank conversation about the shipyards, and we agreed to meet again.', true), null);
  });

  it('a meeting to come stated as a schedule ("will hold a meeting with … on …") is background', () => {
    assert.equal(bg('Minister Osei will hold talks with Secretary Ruiz at the ministry on Friday, May 8, from 14:00.'), 'BACKGROUND');
    assert.equal(bg('The Secretary will host a ministerial dialogue with his Nordic counterparts next week.'), 'BACKGROUND');
    assert.equal(bg('The two ministers agreed that they will hold a meeting in Oslo next month.'), null);
    // A decision to meet regularly is a position (a joint statement's "will hold annual consultations").
    assert.equal(bg('The United States and Norway will hold annual consultations on Arctic security.'), null);
    assert.equal(bg('The two defence ministries will hold a dialogue on space security every year.'), null);
  });

  it('a visitor welcomed to a place, a rank’s note in brackets and the visit told after a comma, is background', () => {
    assert.equal(
      bg(
        'The Secretary welcomed Norwegian Minister of Defence Admiral (Ret.) Erik Haug to Washington today, his first trip to the capital since taking office.',
      ),
      'BACKGROUND',
    );
    assert.equal(bg('The Secretary welcomed Minister Haug to Washington and reaffirmed the alliance.'), null);
  });

  it('a sentence that asks is a question, wherever it stands (page furniture aside)', () => {
    assert.equal(bg('Did the Minister press the Secretary on the tanker deal?'), 'QUESTION');
    assert.equal(bg('Will the two sides sign the accord this year?', true), 'QUESTION');
    assert.equal(bg('Was this article helpful?'), null);
  });

  it('a person’s character, told by a speaker, is no position; a stance beside it keeps the sentence', () => {
    assert.equal(bg('He is a very tough bargainer, I will tell you that.', true), 'NO_POSITION');
    assert.equal(bg('She’s a true professional.', true), 'NO_POSITION');
    assert.equal(bg('He is a straight talker, and we agreed to speed up the deliveries.', true), null);
  });

  it('an account still to be published, and a third government’s statement, are background', () => {
    assert.equal(bg('The Norwegian ministry said it would publish its own readout of the talks on Monday.'), 'BACKGROUND');
    assert.equal(bg('The two ministers agreed to issue a joint statement on Monday.'), null);
    assert.equal(bg('Russia’s Defence Ministry said on Sunday that the bombers had flown a scheduled patrol.'), 'BACKGROUND');
    assert.equal(bg('Beijing’s foreign ministry spokesman accused the two allies of stoking tension.'), 'BACKGROUND');
    assert.equal(bg('Both ministers condemned Russia’s bomber patrols near the coast.'), null);
    assert.equal(bg('Russia’s military buildup in the north is a threat to us all, the Minister said.'), null);
    assert.equal(bg('China’s state media reported on Monday that the drills had ended.'), 'BACKGROUND');
  });
});

describe('import round 8: skip reasons', () => {
  const furniture = (t: string) => BOILERPLATE_RULES.some((r) => r.test.test(t));
  it('a cookie banner, a press office’s signature, a note on the translation are boilerplate', () => {
    assert.ok(furniture('This site uses cookies to remember your settings.'));
    assert.ok(furniture('If you keep browsing, you accept our use of cookies.'));
    assert.ok(furniture('Public Affairs Office, Ministry of Defence of Norway'));
    assert.ok(furniture('Media Relations, Department of Defence'));
    assert.ok(furniture('(Provisional English translation.'));
    assert.ok(furniture('In the event of any discrepancy, the Norwegian text shall prevail.'));
    assert.ok(furniture('This story was machine-translated from the original.'));
    assert.ok(furniture('It’s on the record.'));
    assert.ok(furniture('Requests for accreditation must be sent to the press office by Friday noon.'));
    assert.equal(furniture('Media relations between the two armies have improved.'), false);
    assert.equal(furniture('Press freedom is a value both allies share.'), false);
  });

  it('procedure: a chair opening the hearing, items to report, minutes left', () => {
    const procedure = NOT_A_POSITION.find((r) => r.name === 'procedure')!;
    assert.ok(procedure.test.test('The subcommittee will now come to order.'));
    assert.ok(procedure.test.test('I have two items to announce before we start.'));
    assert.ok(procedure.test.test('Okay, the Minister has about five minutes before the next meeting.'));
    assert.equal(procedure.test.test('We ordered five more minutes of simulator time for the crews.'), false);
  });

  it('a host’s question is a question; the rest of a moderator’s turn is procedure', () => {
    const base = { belowThreshold: false, hasSubject: false, words: 8 };
    assert.equal(skipReason({ ...base, role: 'MODERATOR', text: 'So what did the two of you settle?' }).reason, 'QUESTION');
    assert.equal(skipReason({ ...base, role: 'MODERATOR', text: 'Welcome back to the programme.' }).reason, 'BOILERPLATE');
  });

  it('furniture by name wins over another skip reason, and never over a question', () => {
    const background = { reason: 'BACKGROUND' as const, rule: 'no reporting or position verb' };
    assert.equal(furnitureOver(background, 'Press Office, Ministry of Defence')?.reason, 'BOILERPLATE');
    assert.equal(furnitureOver(background, 'The ministers toured the shipyard.')?.reason, 'BACKGROUND');
    assert.equal(furnitureOver({ reason: 'QUESTION', rule: 'x' }, 'Is this page useful?')?.reason, 'QUESTION');
    assert.equal(furnitureOver(undefined, 'Press Office, Ministry of Defence'), undefined);
  });

  it('the sentence right before a question in the same turn is its premise; not the asker’s own statement', () => {
    const skipped = (reason: Disposition['reason']): Disposition => ({
      index: 0,
      start: 0,
      end: 0,
      status: 'SKIPPED',
      reason,
      rule: 'x',
      draftPositions: [],
    });
    const ds = [skipped('BOILERPLATE'), skipped('BOILERPLATE'), skipped('QUESTION'), skipped('NO_POSITION'), skipped('QUESTION')];
    questionPremises(ds, [
      { block: 1, inTurn: true, text: 'HOST: Our guest today is the Deputy Minister.' },
      { block: 1, inTurn: true, text: 'You visited the shipyard in Ulsan last week.' },
      { block: 1, inTurn: true, text: 'What did you see there?' },
      { block: 2, inTurn: true, text: 'SEN. VOSS: I think the request underfunds the fleet.' },
      { block: 2, inTurn: true, text: 'Do you agree?' },
    ]);
    assert.deepEqual(
      ds.map((d) => d.reason),
      ['BOILERPLATE', 'QUESTION', 'QUESTION', 'NO_POSITION', 'QUESTION'],
    );
  });
});

/** A world with the Brennan–Lee call of 2 March 2031 and a Brennan–Morishima call the day after. */
function twoCalls(): LexiconData {
  const w = withLeeCall();
  w.calls.push({ id: 52, title: 'Brennan–Morishima telephone call, March 2031', date: '2031-03-03', participantIds: [10, 11] });
  return w;
}

describe('import round 8: which call a statement belongs to', () => {
  it('OWN_DECISION names a country’s own decision', () => {
    assert.ok(OWN_DECISION.test('Korea sets its force levels on its own initiative.'));
    assert.ok(OWN_DECISION.test('We will expand the navy based on our own assessment of the threat.'));
    assert.ok(OWN_DECISION.test('The size of the budget is for Korea itself to decide.'));
    assert.equal(OWN_DECISION.test('Korea will spend more on its own defense next year.'), false);
  });

  it('a minister’s own policy, his country’s decision, at his press conference after the call is not the call’s', () => {
    const r = extract(
      new Lexicon(withLeeCall()),
      [
        'Press Conference by the Minister of National Defense',
        'Minister LEE: This morning I held a telephone call with Secretary Harold Brennan. The Secretary and I agreed to expand combined air drills.',
        'Q: Did the Secretary press Korea to spend more?',
        'A: I will not go into the details. Korea will set its defense budget on its own responsibility and raise it steadily.',
        'Q: And the drills?',
        'A: Korea will plan its drills on its own initiative, and I explained this to the Secretary.',
      ].join('\n\n'),
      { kind: 'TRANSCRIPT', publisherId: 3, publishedOn: '2031-03-02', keepAll: true },
    );
    const own = r.passages.find((p) => p.originalText.includes('budget on its own responsibility'));
    assert.ok(own);
    assert.equal(own.callId, null);
    const told = r.passages.find((p) => p.originalText.includes('I explained this to the Secretary'));
    assert.equal(told?.callId, 50);
    assert.equal(r.passages.find((p) => p.originalText.includes('expand combined air drills'))?.callId, 50);
  });

  it('pastPeriodEngagement dates a meeting the speaker recalls to the period named', () => {
    assert.deepEqual(pastPeriodEngagement('Last month I hosted the Minister, and we agreed to act.', '2031-03-18'), {
      from: '2031-02-01',
      to: '2031-02-28',
    });
    assert.equal(pastPeriodEngagement('Last month the budget rose by a tenth.', '2031-03-18'), null);
  });

  it('"Last month I hosted Minister X, and we agreed …" is the recorded meeting of that month, not a new one', () => {
    const w = world();
    w.calls.push({ id: 53, title: 'Brennan–Morishima meeting, February 2031', date: '2031-02-10', participantIds: [10, 11] });
    const r = extract(
      new Lexicon(w),
      [
        'Hearing on Pacific Posture (Unofficial Transcript)',
        'SEN. FARLOW: What did you tell the Japanese minister?',
        'SECRETARY BRENNAN: Last month I hosted Minister Morishima, and we agreed that the new logistics hub must open this year.',
      ].join('\n\n'),
      { kind: 'TRANSCRIPT', publisherId: null, publishedOn: '2031-03-18', keepAll: true },
    );
    const p = r.passages.find((x) => x.originalText.includes('new logistics hub'));
    assert.equal(p?.callId, 53);
    assert.equal(r.proposedCall, null);
  });

  it('a country named as the partner of cooperation does not switch the story to a call with that country', () => {
    const r = extract(
      new Lexicon(twoCalls()),
      [
        "WASHINGTON, March 2 (Harbor) — Harold Brennan told South Korea's defense minister, Lee Do-yun, on Sunday evening that the U.S. commitment to South Korea was firm, the Pentagon said.",
        'The two officials agreed to keep their forces ready, according to the Pentagon statement.',
        'Brennan also stressed continuing three-way drills with Japan, the Pentagon said.',
      ].join('\n\n'),
      { kind: 'NEWS_ARTICLE', publisherId: 4, publishedOn: '2031-03-02', keepAll: true },
    );
    assert.equal(r.passages.find((p) => p.originalText.includes('three-way drills'))?.callId, 50);
  });

  it('with no call yet, a country named as a partner may still point to that country’s call', () => {
    const w = withLeeCall();
    w.calls.push({ id: 52, title: 'Brennan–Morishima telephone call, March 2031', date: '2031-03-01', participantIds: [10, 11] });
    const r = extract(
      new Lexicon(w),
      'Secretary Harold Brennan said that the United States remains committed to its alliance with Japan.',
      {
        kind: 'PRESS_RELEASE',
        publisherId: null,
        publishedOn: '2031-03-02',
        keepAll: true,
      },
    );
    assert.equal(r.passages[0]?.callId, 52);
  });

  it('an answer to a question put at a hearing, after the minister appeared there, is not the call’s', () => {
    const r = leeCallStory(
      'Brennan reaffirmed the defense of South Korea, the ministry said in a statement.',
      "In the afternoon, Lee appeared before the National Assembly's defense committee. One lawmaker asked whether the drills would shrink.",
      '“The scale of the drills is for the two allies to settle, and I expect them to grow,” Lee replied.',
    );
    assert.equal(r.passages.find((p) => p.originalText.includes('Brennan reaffirmed'))?.callId, 50);
    const answer = r.passages.find((p) => p.originalText.includes('scale of the drills'));
    assert.ok(answer);
    assert.equal(answer.callId, null);
  });

  it('an academic described by what she does is outside the governments: her words are no draft', () => {
    const r = leeCallStory(
      '“Seoul wants every promise in writing before the summer,” said Mina Roh, who teaches defense policy at a university in Busan.',
    );
    assert.equal(r.passages.filter((p) => p.originalText.includes('every promise in writing')).length, 0);
  });
});
