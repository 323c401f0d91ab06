/**
 * Issue 19, fourth round on transcripts: sentences of a turn that take a position without the first-person or topic
 * words (a proposal, an opinion, the principals named by a briefer, the standard "not aimed at any country"), turn
 * sentences that yield nothing (the talks described, their subject, a premise rejected, a promise to tell reporters
 * later), a government's "we" at home, "our" as a possessive, labels with short titles ("SEC. X:"). Invented people,
 * places and sentences.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../src/imports/extract';
import { Lexicon, type LexiconData } from '../../src/imports/lexicon';
import { backgroundOf } from '../../src/imports/pipeline/background';
import { turnGroupOf } from '../../src/imports/pipeline/coref';
import { blocks, segment } from '../../src/imports/pipeline/segment';
import { FIRST_PERSON_SUBJECT, standaloneLabel, turnLabel, turnNothing, turnPosition, turns } from '../../src/imports/pipeline/turns';
import { world } from './import-world';

describe('a turn’s position without first-person position words or topic words', () => {
  it('hears a proposal and a wish for joint work', () => {
    assert.ok(turnPosition('I would like to suggest that our staffs meet twice a year on shipbuilding.'));
    assert.ok(turnPosition('This week I want us to settle two questions: the pier and the fuel depot.'));
    assert.ok(turnPosition('We proposed that the engineers visit the dock in spring.'));
    assert.equal(turnPosition('I want to say a word about the weather.'), null);
  });

  it('hears an opinion, but not a bare "I don’t think so" or "I think not"', () => {
    assert.ok(turnPosition('I think that is a sound plan.'));
    assert.ok(turnPosition('Well, I believe the pier will be ready by autumn.'));
    assert.ok(turnPosition('We are confident the depot will open on time.'));
    assert.equal(turnPosition('I think so.'), null);
  });

  it('hears the principals named by a briefer, and a step "not aimed at any country"', () => {
    assert.ok(turnPosition('Minister Castell and Secretary Brennan agreed that the river crossings were a breach of the truce.'));
    assert.ok(turnPosition('Minister Morishima expressed thanks for that.'));
    assert.ok(turnPosition('Yes, these patrols are routine, and they are not directed at any third country.'));
    assert.ok(turnPosition('I took her remarks as a firm signal of support.'));
    assert.equal(turnPosition('Nothing is settled yet.'), null);
    assert.equal(turnPosition('The budget office will brief on Friday.'), null);
    assert.equal(turnPosition('North Canton launched two rockets overnight.'), null);
  });
});

describe('a turn’s sentence that yields nothing', () => {
  it('takes the talks described, clause by clause, for background; a stance beside it keeps the sentence', () => {
    assert.equal(turnNothing('We spent nearly three hours together today, and it was a frank and useful exchange.')?.reason, 'BACKGROUND');
    assert.equal(turnNothing('The call began at ten and ran for forty minutes.')?.reason, 'BACKGROUND');
    assert.equal(turnNothing('It was our second meeting this spring.')?.reason, 'BACKGROUND');
    assert.equal(turnNothing('We spent three hours together, and we agreed to build the pier.'), null);
    assert.equal(turnNothing('I believe the meeting was highly significant.')?.reason, 'BACKGROUND');
    assert.equal(turnNothing('The meeting was useful because we agreed on the pier.'), null);
  });

  it('takes the subject of the talks for no position, unless a stance is taken too', () => {
    assert.equal(turnNothing('The meeting centred on how to keep the straits open.')?.reason, 'NO_POSITION');
    assert.equal(turnNothing('The talks focused on the pier, and we agreed to fund it.'), null);
  });

  it('takes what the talks covered, with no stance, for no position; a stance beside it keeps the sentence', () => {
    assert.equal(turnNothing('We also exchanged views on the joint drills near the delta.')?.reason, 'NO_POSITION');
    assert.equal(turnNothing('The Minister and I went over the pier.')?.reason, 'NO_POSITION');
    // Stop 36: "We discussed <topic>" in a turn is a draft, as the corpus labels "X and Y discussed <topic>" (14 real
    // tuning passages, none labelled no-position).
    assert.equal(turnNothing('We also talked about the joint drills near the delta.'), null);
    assert.equal(turnNothing('The Minister and I discussed the pier.'), null);
    assert.equal(turnNothing('We also discussed the pier, and I told her we will fund half of it.'), null);
    assert.equal(turnNothing('We discussed the importance of the pier.'), null);
    assert.ok(turnPosition('I have full confidence in the new minister.'));
    assert.equal(backgroundOf('I just got off the phone with Minister Morishima.', true)?.reason, 'BACKGROUND');
  });

  it('takes a premise rejected with nothing more, and a promise to tell reporters later, for no position', () => {
    assert.equal(turnNothing('I don’t agree with that characterization.')?.reason, 'NO_POSITION');
    assert.equal(turnNothing('Well, I would disagree with the premise of your question.')?.reason, 'NO_POSITION');
    assert.equal(turnNothing('I don’t agree with that assessment, and our fleet remains ready.'), null);
    assert.equal(turnNothing('We’ll keep you posted as the plan develops.')?.reason, 'NO_POSITION');
    assert.equal(turnNothing('I will let you know when the date is fixed.')?.reason, 'NO_POSITION');
    assert.equal(turnNothing('We’ll have more to say on that later.')?.reason, 'NO_POSITION');
    assert.equal(turnNothing('I think that’s a fair question.')?.reason, 'NO_POSITION');
    assert.equal(turnNothing('Great question.')?.reason, 'NO_POSITION');
    assert.equal(turnNothing('That is a fair question, and the answer is that we will build the pier.'), null);
    assert.equal(turnNothing('We will build the pier.'), null);
  });
});

describe('who "we" and "our" are in a turn', () => {
  it('takes a government’s dealings at home for one side, even at a joint press conference', () => {
    assert.equal(turnGroupOf('We will keep explaining the plan carefully to the local residents.', true), null);
    assert.equal(turnGroupOf('We will consult closely with Congress on the funding.', true), null);
    assert.ok(turnGroupOf('We will consult closely on the plan.', true));
  });

  it('takes "that’s what we’ll keep doing" for both sides at a joint press conference', () => {
    assert.ok(turnGroupOf('Our aim is open sea lanes, and that’s what we’ll keep doing.', true));
  });

  it('takes "our" opening a clause for the speaker, not a possessive inside what others did', () => {
    assert.ok(FIRST_PERSON_SUBJECT.test('Our alliance is as firm as ever.'));
    assert.ok(FIRST_PERSON_SUBJECT.test('The pier is ready, and we are proud of it.'));
    assert.equal(FIRST_PERSON_SUBJECT.test('The Minister described our plan to widen the harbor.'), false);
  });
});

describe('labels and the meeting read more widely', () => {
  it('keeps a label with a short title in capitals ("SEC. X:") in one sentence with its words', () => {
    const text = 'SEC. BRENNAN: Well, the drills are routine. They go on.';
    const { sentences } = segment(text);
    assert.equal(text.slice(sentences[0].start, sentences[0].end), 'SEC. BRENNAN: Well, the drills are routine.');
  });

  it('does not take a heading "Transcript:" or "Presenter:" for a speaker', () => {
    assert.equal(turnLabel('Transcript: Doorstop interview, Harbor Road'), null);
    assert.equal(turnLabel('Presenter: Secretary of Defense Harold Brennan'), null);
  });

  it('reads "held a telephone talk" as the meeting, and "will be met with" as no meeting', () => {
    assert.equal(backgroundOf('This morning I held a telephone talk with Secretary Brennan.', true)?.reason, 'BACKGROUND');
    assert.equal(backgroundOf('Any incursion will be met with a firm response by the combined forces.', true), null);
  });
});

describe('a joint press conference read whole', () => {
  const withMeeting = (): LexiconData => ({
    ...world(),
    calls: [{ id: 100, title: 'Brennan–Morishima meeting, Sapporo', date: '2031-09-14', participantIds: [10, 11] }],
  });
  const text = [
    'Secretary of Defense Harold Brennan and Japanese Minister of Defense Morishima Kenta Joint Press Conference',
    'MODERATOR: The ministers will speak, then take questions.',
    'MINISTER MORISHIMA: We spent about ninety minutes together, and it was a very frank discussion. We agreed to widen the harbor at Nemuro.',
    'SECRETARY OF DEFENSE HAROLD BRENNAN: Thank you, Kenta. I would like to propose that our engineers meet every month on the harbor.',
    'Q: Is the plan aimed at your neighbors?',
    'SEC. BRENNAN: These works are defensive, and they are not aimed at any country.',
    'Q: Will the towns be consulted?',
    'MIN. MORISHIMA: We will continue to consult closely with the local communities.',
    'Q: Will Japan buy more ships?',
    'SECRETARY BRENNAN: Look, Japan decides its own procurement.',
  ].join('\n\n');
  const r = extract(new Lexicon(withMeeting()), text, {
    kind: 'TRANSCRIPT',
    publisherId: 1,
    publishedOn: '2031-09-14',
    timeZone: 'Asia/Tokyo',
    title: text.split('\n')[0],
    keepAll: true,
  });
  const draft = (words: RegExp) => r.passages.find((p) => words.test(p.text));

  it('drafts the proposal and the assurance, and not the description of the talks', () => {
    assert.deepEqual(draft(/propose that our engineers/)?.speakerIds, [10]);
    assert.deepEqual(draft(/not aimed at any country/)?.speakerIds, [10]);
    assert.equal(draft(/ninety minutes/), undefined);
    assert.deepEqual(draft(/widen the harbor/)?.partyIds.sort(), [10, 11]);
  });

  it('gives the government’s dealings at home its speaker alone, outside the meeting', () => {
    const home = draft(/local communities/);
    assert.ok(home);
    assert.deepEqual(home.partyIds, [11]);
    assert.equal(home.callId, null);
  });

  it('gives a speaker’s words with nobody else taking the position to the speaker', () => {
    assert.deepEqual(draft(/decides its own procurement/)?.partyIds, [10]);
  });
});

describe('labels on a line of their own, and other label forms', () => {
  it('reads a label in capitals or ending with a colon on its own line, not a heading in capitals', () => {
    assert.equal(standaloneLabel('SECRETARY BRENNAN')?.role, 'SPEAKER');
    assert.equal(standaloneLabel('JOURNALIST:')?.role, 'QUESTION');
    assert.equal(standaloneLabel('Minister Morishima:')?.role, 'SPEAKER');
    assert.equal(standaloneLabel('Minister Morishima'), null);
    assert.equal(standaloneLabel('We agreed.'), null);
  });

  it('takes them for turns only where the document reads that way (a question or a speaker again), not headings', () => {
    const transcript = [
      'Harbor Press Conference',
      'SECRETARY BRENNAN',
      'We agreed to widen the harbor.',
      'JOURNALIST',
      'Will it cost more?',
      'SECRETARY BRENNAN',
      'We will share the cost.',
    ].join('\n\n');
    const t = turns(transcript, blocks(transcript), true, null);
    assert.deepEqual(
      t.map((x) => [x.label, x.role]),
      [
        ['SECRETARY BRENNAN', 'SPEAKER'],
        ['JOURNALIST', 'QUESTION'],
        ['SECRETARY BRENNAN', 'SPEAKER'],
      ],
    );
    const release = ['KEY OUTCOMES', 'The ministers agreed to widen the harbor.', 'NEXT STEPS', 'They will meet in May.'].join('\n\n');
    assert.deepEqual(turns(release, blocks(release), true, null), []);
  });

  it('takes the paragraph after a question for the principal’s answer where answers carry no label', () => {
    const text = [
      'Q: Will the pier be ready?',
      'Yes. We agreed to finish it by June.',
      'Q: And the depot?',
      'That is still being decided.',
    ].join('\n\n');
    assert.deepEqual(
      turns(text, blocks(text), true, 'A').map((t) => [t.role, t.fromBlock]),
      [
        ['QUESTION', 0],
        ['ANSWER', 1],
        ['QUESTION', 2],
        ['ANSWER', 3],
      ],
    );
    // Answers labelled elsewhere: a question's second paragraph is still the question.
    const labelled = ['Q: Will the pier be ready?', 'I ask because the mayor says no.', 'MINISTER LEE: It will be.'].join('\n\n');
    assert.deepEqual(
      turns(labelled, blocks(labelled), true, 'A').map((t) => [t.role, t.fromBlock, t.toBlock]),
      [
        ['QUESTION', 0, 1],
        ['SPEAKER', 2, 2],
      ],
    );
  });

  it('gives "A)" to the speaker who opened a briefing when its title names nobody on record', () => {
    const text = [
      'Spokesperson Dana Mercer: Good morning. The ministers agreed to meet.',
      'Q) Did they discuss costs?',
      'A) Our position remains unchanged.',
    ].join('\n\n');
    const t = turns(text, blocks(text), true, 'Regular Briefing by the Ministry Spokesperson');
    assert.deepEqual(t[2].label, 'Spokesperson Dana Mercer');
    assert.deepEqual(turns(text, blocks(text), true, 'A')[2].label, 'A');
    assert.ok(turnPosition('Our position remains unchanged.'));
    assert.ok(turnPosition('Well, our policy on the strait has not changed.'));
  });

  it('reads "Q." questions, and labels and interpreter notes in square brackets', () => {
    assert.equal(turnLabel('Q. Will the pier be ready?')?.role, 'QUESTION');
    assert.equal(turnLabel('A. Harbor works'), null);
    assert.equal(turnLabel('MINISTER MORISHIMA [through interpreter]: We agreed.')?.role, 'SPEAKER');
    const noted = 'SECRETARY BRENNAN: [Interpreted] Thank you.';
    assert.equal(noted.slice(turnLabel(noted)!.length), 'Thank you.');
  });
});

describe('the other side as the subject of a speaker’s report', () => {
  const withCall = (): LexiconData => ({
    ...world(),
    calls: [{ id: 100, title: 'Brennan–Lee telephone call', date: '2031-05-02', participantIds: [10, 12] }],
  });
  it('takes "He told me that …" for the other side’s position, reported by the speaker', () => {
    const text = [
      'Press Conference by the Minister of National Defense Lee Do-yun',
      'MINISTER LEE: This morning I spoke with Secretary Brennan by phone. He told me that the harbor plan remains on schedule.',
      'We agreed to meet in June.',
      'REPORTER: Did you discuss costs?',
      'MINISTER LEE: He and I agreed that costs will be shared.',
    ].join('\n\n');
    const r = extract(new Lexicon(withCall()), text, {
      kind: 'PRESS_CONFERENCE',
      publisherId: 3,
      publishedOn: '2031-05-02',
      timeZone: 'Asia/Seoul',
      title: text.split('\n')[0],
      keepAll: true,
    });
    const told = r.passages.find((p) => /told me/.test(p.text));
    assert.deepEqual(told?.partyIds, [10]);
    assert.deepEqual(told?.speakerIds, [12]);
    assert.deepEqual(r.passages.find((p) => /He and I/.test(p.text))?.partyIds.sort(), [10, 12]);
  });

  it('takes "our two countries" as a subject for both sides at a joint press conference only', () => {
    assert.ok(turnPosition('Our two countries will train together more often.'));
    assert.ok(turnGroupOf('Our two countries will train together more often.', true));
    assert.equal(turnGroupOf('Our two countries will train together more often.', false), null);
    assert.equal(turnGroupOf('This is good for both of our countries.', true), null);
  });
});

describe('a spokesperson not on record, labelled in capitals', () => {
  it('takes "PRESS SECRETARY X:" for a speaker (not a question) and proposes them as the author of their turns', () => {
    assert.equal(turnLabel('PRESS SECRETARY DANA MERCER: Good afternoon.')?.role, 'SPEAKER');
    assert.equal(turnLabel('PRESS: Is the pier ready?')?.role, 'QUESTION');
    const text = [
      'Department of Defense Press Briefing',
      'PRESS SECRETARY DANA MERCER: Good afternoon. Yesterday the Secretary met Minister Morishima. The two leaders reaffirmed that the harbor plan stays on track.',
      'Q: Anything on costs?',
      'MS. MERCER: Our commitment to the harbor plan is firm.',
    ].join('\n\n');
    const r = extract(new Lexicon(world()), text, {
      kind: 'TRANSCRIPT',
      publisherId: 1,
      publishedOn: '2031-05-02',
      timeZone: 'America/New_York',
      title: text.split('\n')[0],
      keepAll: true,
    });
    const mercer = r.proposedOfficials.find((o) => o.name === 'Dana Mercer');
    assert.ok(mercer, 'proposed from the label');
    const firm = r.passages.find((p) => /commitment to the harbor plan/.test(p.text));
    assert.deepEqual(firm?.proposedSpeakers, [mercer.key]);
  });
});

describe('a joint press conference with a minister not on record', () => {
  it('is not a call on record with someone who does not speak in it; the speakers’ meeting is proposed', () => {
    const data: LexiconData = {
      ...world(),
      calls: [{ id: 100, title: 'Brennan–Morishima video call', date: '2031-03-06', participantIds: [10, 11] }],
    };
    const text = [
      'Joint Press Conference, Defence Minister Ingrid Halvorsen and Secretary of Defense Harold Brennan, Bergen',
      'INGRID HALVORSEN: Thanks, everyone. Harold and I have just had a useful meeting. We agreed to station more patrol aircraft in the north. Norway remains firmly committed to the northern patrol plan.',
      'HAROLD BRENNAN: Thank you, Ingrid. Both of us want the first aircraft in place by winter.',
    ].join('\n\n');
    const r = extract(new Lexicon(data), text, {
      kind: 'TRANSCRIPT',
      publisherId: 1,
      publishedOn: '2031-03-10',
      timeZone: 'Europe/Oslo',
      title: text.split('\n')[0],
      keepAll: true,
    });
    assert.ok(r.passages.every((p) => p.callId === null));
    assert.ok(r.proposedCall);
    assert.deepEqual(r.proposedCall.participantIds, [10]);
    const halvorsen = r.proposedCall.proposedParticipants[0];
    const agreed = r.passages.find((p) => /patrol aircraft/.test(p.text));
    assert.deepEqual(agreed?.partyIds, [10]);
    assert.deepEqual(agreed?.proposedParties, [halvorsen]);
    assert.ok(r.passages.some((p) => /remains firmly committed/.test(p.text)));
    assert.deepEqual(r.passages.find((p) => /Both of us/.test(p.text))?.proposedParties, [halvorsen]);
  });
});
