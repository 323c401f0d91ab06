/**
 * Round 10 of whether a sentence is a draft at all, from real documents: lines of a page that are not the next sentence's
 * start (a caption above the text, a title repeated under it), the stance verbs real wire copy uses, a meeting held to
 * take a stance ("met … to reaffirm …"), and the nothing-sentences of real stories (a third government's spokesperson after
 * an opening phrase, a refusal to explain, a quoted agenda or meeting, what a story does not say). Invented people, places
 * and sentences, not the wording of any document.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { backgroundOf, headingBlocks, MEETING_STANCE_PURPOSE } from '../../src/imports/pipeline/background';
import { trailingFrame } from '../../src/imports/pipeline/frames';
import { blocks, UNENDED_LINE } from '../../src/imports/pipeline/segment';
import { leeCallStory, pentagonReadout, withLeeCall } from './import-world';

const bg = (t: string, inTurn = false) => backgroundOf(t, inTurn)?.reason ?? null;
const drafted = (r: { passages: { originalText: string }[] }, words: string) => r.passages.some((p) => p.originalText.includes(words));

describe('import round 10: lines that are not the next sentence', () => {
  it('UNENDED_LINE: a line of words with no end mark above a capitalised line is a line of its own', () => {
    assert.ok(
      UNENDED_LINE('Minister Lee and Secretary Brennan at the ministry on Monday (Harbor photo)', 'In a statement, the ministry said …'),
    );
    assert.equal(UNENDED_LINE('The two ministers agreed on Monday that the drills would', 'resume in the spring.'), false);
    assert.equal(UNENDED_LINE('The ministers agreed,', 'Both sides said.'), false);
    assert.equal(UNENDED_LINE('Photo', 'The ministers met.'), false);
    const text =
      'Lee Do-yun and Harold Brennan at the ministry on Monday (Harbor photo)\nIn a readout, the ministry said the two agreed to resume drills.';
    assert.equal(blocks(text).length, 2);
  });

  it('a paragraph of prose is the body even when the title follows it with no end mark', () => {
    const body =
      'Minister Lee received the ambassador at the ministry on the fifth of May. The two looked back on the year of the alliance and agreed to keep working closely together.\nMinister Lee received the ambassador at the ministry';
    assert.equal(headingBlocks([body]).size, 0);
    assert.deepEqual(
      [...headingBlocks(['Ministers meet in Seoul', 'U.S. and Korea discuss drills', 'The two agreed to resume drills.'])],
      [0, 1],
    );
    // A headline with an abbreviation is still a heading.
    assert.deepEqual(
      [...headingBlocks(['Gen. Lee meets U.S. Secretary Brennan in Seoul for talks on the drills of the two armies this spring'])],
      [0],
    );
  });
});

describe('import round 10: the stance verbs of wire copy', () => {
  it('"underscored", "called for", "asked for", "shared the view", "discussed <topic>" in a story are the story’s account of a position', () => {
    const r = leeCallStory(
      'Lee underscored the need to restore combined drills before the summer.',
      'Brennan called for closer coordination of missile defenses in the region.',
      'Lee also asked for steps to prevent accidents involving soldiers off base.',
      'The two shared the view that the alliance must adapt to new threats.',
      'Brennan and Lee discussed the schedule of the carrier visit to Busan.',
      'Lee characterized the alliance as stronger than at any time in its history.',
      'Brennan underlined the importance of the new air-defense battery.',
    );
    for (const words of [
      'underscored the need',
      'called for closer',
      'asked for steps',
      'shared the view',
      'discussed the schedule',
      'characterized the alliance',
    ])
      assert.ok(drafted(r, words), words);
  });

  it('not a description of the call itself, a passive, nor what the story does not know', () => {
    const r = leeCallStory(
      'Speaking to reporters afterwards, Lee described the call as friendly.',
      'A visit by Brennan was planned last year but was put off after a state of emergency was declared in the capital.',
    );
    assert.equal(drafted(r, 'described the call'), false);
    assert.equal(drafted(r, 'was declared'), false);
    assert.equal(bg('The ministry did not say whether the two discussed the cost of the drills.'), 'BACKGROUND');
  });
});

describe('import round 10: a meeting held to take a stance', () => {
  it('MEETING_STANCE_PURPOSE: "met … to reaffirm …", not "met … to discuss …"', () => {
    assert.ok(MEETING_STANCE_PURPOSE.test('The Secretary met with the Minister today in Oslo to reaffirm the strength of the alliance.'));
    assert.ok(MEETING_STANCE_PURPOSE.test('The Minister hosted the Secretary at the ministry to underscore the two navies’ cooperation.'));
    assert.equal(MEETING_STANCE_PURPOSE.test('The Secretary met with the Minister today to discuss the drills.'), false);
    assert.equal(MEETING_STANCE_PURPOSE.test('The ministers agreed to reaffirm the plan next year.'), false);
  });

  it('a readout’s "met with X … to reaffirm …" is a draft of both; "to discuss" stays the meeting', () => {
    const r = pentagonReadout(
      [
        'Readout of Secretary Brennan’s Meeting With Minister Lee',
        'Secretary of Defense Harold Brennan met with Minister of National Defense Lee Do-yun today in Busan to reaffirm the strength of the alliance.',
        'The two leaders agreed to resume combined drills.',
      ].join('\n\n'),
      '2031-03-02',
      withLeeCall(),
    );
    const p = r.passages.find((x) => x.originalText.includes('to reaffirm the strength'));
    assert.ok(p);
    assert.deepEqual([...p.partyIds].sort(), [10, 12]);
    const other = pentagonReadout(
      [
        'Readout of Secretary Brennan’s Meeting With Minister Lee',
        'Secretary of Defense Harold Brennan met with Minister of National Defense Lee Do-yun today in Busan to discuss the drills.',
        'The two leaders agreed to resume combined drills.',
      ].join('\n\n'),
      '2031-03-02',
      withLeeCall(),
    );
    assert.equal(drafted(other, 'to discuss the drills'), false);
  });
});

describe('import round 10: sentences of real stories that yield nothing', () => {
  it('a third government’s spokesperson, named by nationality and after an opening phrase, is background', () => {
    assert.equal(
      bg('In response to the drills, Russian defence ministry spokesman Ivan Petrov warned against provoking tension in the region.'),
      'BACKGROUND',
    );
    assert.equal(bg('Reacting to the talks, the Chinese foreign ministry criticized what it called bloc politics.'), 'BACKGROUND');
    assert.equal(bg('In response, Brennan warned against any attempt to change the status quo.'), null);
  });

  it('a refusal to explain, reported, is no position', () => {
    assert.equal(
      bg('Asked whether the budget came up, Lee said at a briefing that he would refrain from explaining what was said in the talks.'),
      'NO_POSITION',
    );
    const r = leeCallStory('Asked about the budget, Lee told reporters that he would refrain from explaining the details of the call.');
    assert.equal(r.passages.length, 0);
  });

  it('a quotation that only announces the agenda or tells of the meeting is no draft; one that goes on to a position is', () => {
    const r = leeCallStory(
      '"I am very much looking forward to our discussion today on the many ways to deepen our cooperation," Lee said.',
      'Both sides "held a productive call today to discuss the drills of the coming season," the ministry said.',
      '"Had a long call with Lee today. The alliance stands together against any threat to the peninsula," Brennan said.',
    );
    assert.equal(drafted(r, 'looking forward to our discussion'), false);
    assert.equal(drafted(r, 'held a productive call'), false);
    assert.ok(drafted(r, 'stands together'));
  });

  it('"X was quoted as saying by <spokesperson>" after a quotation is its attribution, no passage of its own', () => {
    const r = leeCallStory(
      '"We will respond together to every provocation from the North," Lee was quoted as saying by his spokeswoman Park Mi-ra.',
    );
    assert.equal(drafted(r, 'by his spokeswoman'), false);
    assert.equal(r.passages.filter((p) => !p.originalText.includes('respond together')).length, 0);
  });
});

describe('import round 10: carried over to the fresher real set', () => {
  it('a trailing attribution "X said as he began a meeting with Y" is still the reporter after the clause', () => {
    const tf = trailingFrame('The drills would resume in the spring, Lee said as he began a meeting with his counterpart.');
    assert.ok(tf);
    assert.equal(tf.rule, 'trailing attribution "<clause>, <reporter> said."');
  });

  it('which meeting this is ("This meeting marks the third …") and talks being arranged are background', () => {
    assert.equal(bg('This meeting marks the third ministerial dialogue following our talks of last spring.'), 'BACKGROUND');
    assert.equal(bg('Lee said the government is arranging talks with the new secretary.'), 'BACKGROUND');
    assert.equal(bg('The President and the Secretary exchanged ideas on a range of topics, including the drills.'), 'NO_POSITION');
  });

  it('"criticized", "reconfirmed", "<official> told <official> that …" in a story are positions; an audience told is a frame', () => {
    const r = leeCallStory(
      'The two sides criticized the missile launches as a threat to the region.',
      'They also reconfirmed that the treaty covers the islands.',
      'Lee, meanwhile, told Brennan that the drills should resume in the spring.',
    );
    for (const words of ['criticized the missile', 'reconfirmed that', 'told Brennan that']) assert.ok(drafted(r, words), words);
    const spokesperson = leeCallStory(
      'Ministry spokesperson Col. Kim Tae-ho told a weekly briefing that the call had been requested by Seoul.',
    );
    assert.equal(drafted(spokesperson, 'had been requested'), false);
  });

  it('OPENING_PARTICIPLE: "Noting that A, X said that B" is one passage, the whole sentence', () => {
    const r = leeCallStory('Noting that the drills matter to both allies, Lee said that he would keep pressing for their return.');
    const ps = r.passages.filter((p) => p.originalText.includes('drills matter') || p.originalText.includes('keep pressing'));
    assert.equal(ps.length, 1);
    assert.ok(ps[0].originalText.startsWith('Noting that'));
    assert.ok(ps[0].originalText.includes('keep pressing'));
  });
});

describe('import round 10: the readout’s participles', () => {
  const readout = (...paragraphs: string[]) =>
    pentagonReadout(['Readout of Secretary Brennan’s Visit to Seoul', ...paragraphs].join('\n\n'), '2031-03-02', withLeeCall());

  it('MEETING_STANCE_PARTICIPLE: "paid a courtesy call to X, underscoring …" is the subject’s position alone', () => {
    assert.ok(MEETING_STANCE_PURPOSE.test('The Secretary paid a courtesy call to the Prime Minister, underscoring the treaty.'));
    const r = readout(
      'Secretary Brennan paid a courtesy call to Minister of National Defense Lee Do-yun, underscoring the strength of the alliance.',
    );
    const p = r.passages.find((x) => x.originalText.includes('underscoring the strength'));
    assert.ok(p);
    assert.deepEqual(p.partyIds, [10]);
  });

  it('OPENING_PARTICIPLE_CLAUSE: a long participle clause before the subject leaves the sentence a draft of that subject', () => {
    const r = readout(
      'Noting the close agreement of the two ministries on the threats in the region and a shared wish to train more often with other partners, Secretary Brennan applauded Korea’s plan to expand its air defenses.',
    );
    const p = r.passages.find((x) => x.originalText.includes('applauded'));
    assert.ok(p);
    assert.deepEqual(p.partyIds, [10]);
  });

  it('"made the commitment" and "applauded" in a story are the story’s account of a position', () => {
    const r = leeCallStory(
      'Lee and Brennan made the commitment on Sunday during their call.',
      'Brennan applauded the decision to buy more interceptors.',
    );
    assert.ok(drafted(r, 'made the commitment'));
    assert.ok(drafted(r, 'applauded the decision'));
  });
});

describe('import round 10: skip reasons of real stories', () => {
  it('background: a treaty article explained, a forecast of the talks, travel planned or made, context of a statement, a confirmation to office, what someone said in the past', () => {
    assert.equal(bg('Article 4 states that each side will act to meet the common danger.'), 'BACKGROUND');
    assert.equal(bg('The two ministers are expected to discuss the schedule of the drills.'), 'BACKGROUND');
    assert.equal(bg('Lee plans to visit Washington in May and hold talks with Brennan.'), 'BACKGROUND');
    assert.equal(bg('Minister Lee headed to Jakarta on Friday for a regional security forum.'), 'BACKGROUND');
    assert.equal(bg('The statement came a day after the North fired two missiles into the sea.'), 'BACKGROUND');
    assert.equal(bg('The Senate on Thursday confirmed Brennan, a former admiral, to be the next defense secretary.'), 'BACKGROUND');
    assert.equal(bg('Brennan has said in the past that the allies must spend more on their navies.'), 'BACKGROUND');
    // What the talks did not cover is no position (the README's convention); a readout that did not mention it, background.
    assert.equal(bg('A further rise in the budget did not come up during the meeting.'), 'NO_POSITION');
    assert.equal(bg('They did not discuss the new radar site, according to the ministry.'), 'NO_POSITION');
    assert.equal(bg('The readout did not mention the radar site.'), 'BACKGROUND');
    // Thoughts and prayers extended are a courtesy, as condolences are.
    assert.equal(
      bg('Before the talks, the Minister extended thoughts and prayers to the families of the crew lost at sea.'),
      'NO_POSITION',
    );
    // Still positions.
    assert.equal(bg('Article 4 applies to the islands, and the two ministers agreed on that.'), null);
    assert.equal(bg('The two ministers agreed to discuss the schedule of the drills next month.'), null);
  });
});

describe('import round 10: what an official noted about events', () => {
  it('NOTED_THREAT_ACT: a third party’s act, noted, is no position; evaluated or about the allies, it is one', () => {
    assert.equal(bg('Brennan noted that North Korea fired the rockets while the two navies were holding a memorial.'), 'NO_POSITION');
    assert.equal(bg('Lee pointed out that China sent two survey ships into the strait last week.'), 'NO_POSITION');
    assert.equal(bg('Brennan noted that North Korea fired the rockets in violation of the resolutions.'), null);
    assert.equal(bg('Brennan noted that the United States remains committed to the defense of Korea.'), null);
  });

  it('OUTSIDE_REPORT: what a report by a body outside the talks says is background', () => {
    assert.equal(
      bg('An excerpt of a confidential U.N. report said that the North kept building centrifuges during the year.'),
      'BACKGROUND',
    );
    assert.equal(bg('Media reports said the two navies would hold drills in June.'), 'BACKGROUND');
    assert.equal(bg('The ministry’s report said the two ministers agreed to expand the drills.'), null);
  });
});

describe('import round 10: a phrase quoted inside a story’s account', () => {
  it('PHRASE_QUOTED_IN_ACCOUNT: the sentence is the passage, not the quoted phrase; a quotation attributed after it stays one', () => {
    const r = leeCallStory(
      'The ministers shared strong worry over the missile tests, "reckless launches over the heads of our citizens" and the drills near the border.',
      'The two concurred on the need to keep training together, countering "Northern threats of every kind, on land and at sea."',
      '"We will never accept a nuclear North on this peninsula," Lee said.',
    );
    assert.ok(r.passages.some((p) => p.originalText.startsWith('The ministers shared strong worry') && p.kind === 'PARAPHRASE'));
    assert.ok(r.passages.some((p) => p.originalText.startsWith('The two concurred') && p.kind === 'PARAPHRASE'));
    assert.equal(drafted(r, 'reckless launches') && !r.passages.some((p) => p.originalText.startsWith('reckless')), true);
    assert.ok(r.passages.some((p) => p.kind === 'DIRECT_QUOTE' && p.originalText.includes('never accept a nuclear North')));
  });
});

describe('import round 10: the joint statement as a subject', () => {
  it('JOINT_DOCUMENT_SUBJECT: "The joint statement also called for …" after "In a joint statement …, the two …" is the signatories’', () => {
    const r = leeCallStory(
      'In a joint statement issued after the call, Lee and Brennan reaffirmed their commitment to combined drills.',
      'The joint statement also called for talks between the two navies on sharing repair yards.',
    );
    const p = r.passages.find((x) => x.originalText.startsWith('The joint statement also called for'));
    assert.ok(p);
    assert.deepEqual([...p.partyIds].sort(), [10, 12]);
    // With no joint statement named before, the document alone takes no position.
    const alone = leeCallStory('The statement also called for talks between the two navies on sharing repair yards.');
    assert.equal(drafted(alone, 'also called for talks'), false);
  });
});
