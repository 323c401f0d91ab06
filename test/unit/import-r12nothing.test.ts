/**
 * Round 12 of whether a sentence is a draft at all, from real documents about talks with countries the world has no record
 * of: the group of the talks as subject is a position whoever its people are (GROUP_SUBJECT_DRAFT), acts that are positions
 * (STANCE_ACTS: signing an instrument, raising a concern, praising), a verb inside an opening adverbial phrase that is not
 * the sentence's (OPENING_ADVERBIAL_VERB), courtesies and the topic of talks alone (also quoted), and a speaker's praise of
 * the other side, assessment of the relationship and help under way. Invented people, places and sentences, not the wording of any document.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../src/imports/extract';
import { Lexicon } from '../../src/imports/lexicon';
import { backgroundOf } from '../../src/imports/pipeline/background';
import { NOT_A_POSITION } from '../../src/imports/pipeline/dispositions';
import { TURN_POSITION_RULES } from '../../src/imports/pipeline/turns';
import { pentagonReadout, wireStory, world } from './import-world';

const drafted = (r: { passages: { originalText: string }[] }, words: string) => r.passages.some((p) => p.originalText.includes(words));
const draftOf = (r: { passages: { originalText: string; partyIds: number[] }[] }, words: string) =>
  r.passages.find((p) => p.originalText.includes(words));

/** A Japanese MOD release (publisher 2) of 2 March 2031, its paragraphs as given, every draft kept. */
const modRelease = (...paragraphs: string[]) =>
  extract(new Lexicon(world()), paragraphs.join('\n\n'), {
    kind: 'PRESS_RELEASE',
    publisherId: 2,
    publishedOn: '2031-03-02',
    title: 'Defence Ministerial Telephone Conference (Summary)',
    keepAll: true,
  });

describe('import round 12: the group of the talks is a position whoever its people are', () => {
  it('GROUP_SUBJECT_DRAFT: a story about talks with an official of a country the world does not know', () => {
    const r = wireStory(
      world(),
      'The defense chiefs of South Korea and Norway held talks on Sunday and agreed on closer cooperation in naval training.',
      'According to the ministry, Minister Lee Do-yun and her Norwegian counterpart held a video conference.',
      'The two sides also voiced satisfaction with their shipbuilding projects and agreed to widen them.',
      'In particular, the ministers agreed to hold a joint drill in the autumn.',
      'They emphasised the value of regular contact between the two navies.',
    );
    assert.ok(drafted(r, 'agreed on closer cooperation'));
    assert.ok(drafted(r, 'also voiced satisfaction'));
    assert.ok(drafted(r, 'hold a joint drill'));
    assert.ok(drafted(r, 'They emphasised the value'));
  });

  it('GROUP_SUBJECT_DRAFT: the group telling an earlier occasion is no draft', () => {
    const r = wireStory(world(), 'The two countries last discussed the base transfer in June at their annual forum.');
    assert.ok(!drafted(r, 'last discussed'));
  });

  it('GROUP_SUBJECT_DRAFT: "The Ministers affirmed …" in a release about a counterpart the world has no record of', () => {
    const r = modRelease(
      'On March 1, 2031, Defense Minister Morishima and Minister of Defence Varga held a telephone conference. The summary is as follows.',
      'The Ministers affirmed that the two countries would keep close contact between their defense authorities.',
      'The Ministers also concurred to accelerate the trainer aircraft project.',
    );
    assert.ok(drafted(r, 'The Ministers affirmed'));
    assert.ok(drafted(r, 'also concurred to accelerate'));
  });
});

describe('import round 12: acts that are positions', () => {
  it('STANCE_ACTS: signing an instrument, active voice, not of a past year', () => {
    const r = wireStory(
      world(),
      'Secretary Harold Brennan met Minister Lee Do-yun in Seoul on Sunday.',
      'The officials signed a memorandum of intent to expand pilot exchanges between the two air forces.',
      'Brennan and Lee signed a memorandum on training in 2019, officials recalled.',
      'The two also reviewed the tank deals signed in August and September.',
    );
    assert.ok(drafted(r, 'signed a memorandum of intent'));
    assert.ok(!drafted(r, 'on training in 2019'));
  });

  it('STANCE_ACTS: raising a concern, speaking highly of a role, lauding, communicating a stance', () => {
    const r = wireStory(
      world(),
      'Secretary Harold Brennan met Minister Lee Do-yun in Seoul on Sunday.',
      "Lee raised her government's concern at the planned sale of patrol boats to a third country.",
      "Brennan has spoken highly of South Korea's role in the region during the talks.",
      'Brennan lauded the Korean navy for its part in the rescue operation.',
    );
    assert.ok(drafted(r, 'raised her government'));
    assert.ok(drafted(r, 'spoken highly of'));
    assert.ok(drafted(r, 'lauded the Korean navy'));
    const readout = pentagonReadout(
      [
        'Readout of Secretary Brennan’s Meeting With Minister Lee',
        'Secretary Brennan hosted Minister of National Defense Lee Do-yun at the Pentagon today.',
        'Secretary Brennan communicated the importance of civilian oversight as the two countries widen their training.',
      ].join('\n\n'),
      '2031-03-02',
    );
    assert.ok(drafted(readout, 'communicated the importance'));
  });
});

describe('import round 12: the verb of an opening phrase is not the sentence’s', () => {
  it('OPENING_ADVERBIAL_VERB: "In view of … as it will be …, the two Ministers concurred …" is both ministers’ position', () => {
    const r = modRelease(
      'On March 1, 2031, Defense Minister Morishima held a telephone conference with Minister of National Defense Lee Do-yun.',
      'In view of the importance of the drill as it will be the first held jointly by Japan and South Korea, the two Ministers concurred to resume its planning soon.',
    );
    const p = draftOf(r, 'concurred to resume');
    assert.ok(p);
    assert.deepEqual(
      [...p.partyIds].sort((a, b) => a - b),
      [11, 12],
    );
  });
});

describe('import round 12: nothing-sentences of real releases and stories', () => {
  const bg = (t: string) => backgroundOf(t, false)?.reason ?? null;

  it('COURTESY: congratulations expressed on an inauguration, gratitude or greetings exchanged at the outset', () => {
    assert.equal(
      bg('At the outset, Minister Lee expressed her congratulations on Minister Varga’s inauguration as Minister of Defence.'),
      'NO_POSITION',
    );
    assert.equal(
      bg('At the start of the talks, the Ministers exchanged greetings and gratitude to meet again since the spring forum.'),
      'NO_POSITION',
    );
    // A stance beside it keeps the sentence.
    assert.equal(
      bg('Minister Lee expressed her congratulations on Minister Varga’s inauguration, and the two agreed to meet in May.'),
      null,
    );
  });

  it('VIEWS_EXCHANGED: "exchanged “views on …,”" with the quotation inside the phrase, and a quoted "exchanged views" alone', () => {
    assert.equal(
      bg('The two countries exchanged “views on maritime order and the fight against piracy,” the statement added.'),
      'NO_POSITION',
    );
    const r = wireStory(
      world(),
      'Secretary Harold Brennan met Minister Lee Do-yun in Seoul on Sunday.',
      '“The two Ministers exchanged views on the security situation in the region,” the ministry said in a statement.',
      '“The two Ministers agreed to resume the joint drill in the spring,” the ministry said.',
    );
    assert.ok(!drafted(r, 'exchanged views on the security'));
    assert.ok(drafted(r, 'agreed to resume the joint drill'));
  });
});

describe('import round 12: a readout’s opening quoted whole by a story', () => {
  it('QUOTED_NOTHING_THROUGHOUT, SHARED_ADJECTIVE, MEETING_CONTEXT "on the heels of": the call and its context, quoted, yield nothing', () => {
    const bg = (t: string) => backgroundOf(t, false)?.reason ?? null;
    assert.equal(
      bg('Secretary Brennan spoke with Minister Lee today to discuss developments of shared interest in the region.'),
      'BACKGROUND',
    );
    assert.equal(bg('Their meeting came on the heels of a busy week of drills off the coast.'), 'BACKGROUND');
    const r = wireStory(
      world(),
      'Secretary Harold Brennan and Minister Lee Do-yun spoke by phone on Sunday.',
      '“Secretary Brennan spoke with Minister Lee today to discuss developments of shared interest in the region. Their call came on the heels of a busy week of drills off the coast,” the Pentagon said in a statement.',
      '“Secretary Brennan spoke with Minister Lee today. The two agreed to resume the joint drill in the spring,” the Pentagon said.',
    );
    assert.ok(!drafted(r, 'developments of shared interest'));
    assert.ok(drafted(r, 'agreed to resume the joint drill'));
  });
});

describe('import round 12: a speaker’s praise, assessment and help are positions', () => {
  const rule = (t: string) => TURN_POSITION_RULES.find((r) => r.test.test(t))?.name ?? null;

  it('PRAISE_OF_PARTNER, RELATIONSHIP_NEVER_BETTER, HELP_UNDER_WAY', () => {
    assert.match(rule('We commend you for the fine work your navy has done in the rescue.') ?? '', /^PRAISE_OF_PARTNER/);
    assert.match(
      rule('And we want to thank him and his cabinet for the contribution they made to our partnership.') ?? '',
      /^PRAISE_OF_PARTNER/,
    );
    assert.equal(rule('We thank you for traveling all this way.'), null);
    assert.match(rule('Our defence ties have never been closer than they are today.') ?? '', /^RELATIONSHIP_NEVER_BETTER/);
    assert.match(rule('Under the new programme, we are helping Norway train its divers.') ?? '', /^HELP_UNDER_WAY/);
    assert.equal(rule('We are providing relief to the families affected by the floods.'), null);
  });

  it('THANKS_FOR_CONTRIBUTION: thanks for a commitment to the partnership is no greeting; thanks for a journey is', () => {
    const greeting = NOT_A_POSITION.find((r) => r.name === 'greeting or thanks')!;
    assert.ok(!greeting.test.test('Thank you for your steady commitment to our partnership.'));
    assert.ok(greeting.test.test('Thank you for making the long journey to Oslo.'));
  });
});

describe('import round 12: a readout opened by a press secretary with a rank', () => {
  it('SERVICE_BEFORE_RANK: "Press Secretary Air Force Maj. Gen. X provided the following readout:" is the document itself', () => {
    // The world records the service as a body of its own (as the reference dataset does).
    const data = world();
    data.organizations.push({ id: 5, name: 'United States Air Force', shortName: 'USAF', aliases: ['Air Force'], countryCode: 'US' });
    const r = pentagonReadout(
      [
        'Readout of Secretary Brennan’s Call With Minister Lee',
        'Pentagon Press Secretary Air Force Maj. Gen. Ola Varga provided the following readout:',
        'Secretary of Defense Harold Brennan conducted a call with Minister of National Defense Lee Do-yun today to reaffirm the alliance.',
        'Both agreed that deterrence on the peninsula remains their first priority.',
      ].join('\n\n'),
      '2031-03-02',
      data,
    );
    const p = r.passages.find((x) => x.originalText.includes('Both agreed that deterrence'));
    assert.ok(p);
    assert.equal(p.source.isDocument, true);
    assert.ok(drafted(r, 'conducted a call'));
  });
});
