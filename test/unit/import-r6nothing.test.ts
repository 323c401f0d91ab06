/**
 * Round 6 of the "nothing" sentences, from the fifth blind set's failures: what makes a sentence no position although it
 * names officials and carries verbs (travel to come, a correction of the paper's own text, a person's career, the
 * threat's act as a ministry reports it, a meeting and its topic, a courtesy to troops or a guest, a standing practice of
 * not disclosing) and which reason a skipped sentence gets (anonymity stated, an unanswered request for comment, page
 * furniture). Invented sentences, not the corpus's wording.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { backgroundOf } from '../../src/imports/pipeline/background';
import { NOT_A_POSITION, skipReason } from '../../src/imports/pipeline/dispositions';
import { turnNothing } from '../../src/imports/pipeline/turns';
import { leeCallStory, releaseWithoutPublisher } from './import-world';

const bg = (t: string, inTurn = false) => backgroundOf(t, inTurn)?.reason ?? null;
const refused = (t: string) => NOT_A_POSITION.find((r) => r.test.test(t))?.name ?? null;
const skip = (text: string) =>
  skipReason({ role: null, belowThreshold: false, hasSubject: true, text, words: text.split(/\s+/).length }).reason;

describe('import round 6: sentences that yield nothing', () => {
  it('travel to come, in the first person and any future form, is background', () => {
    assert.equal(bg("I'll be flying to the region in the spring, and I hope to stop in Hanoi.", true), 'BACKGROUND');
    assert.equal(
      bg('We head to Canberra on Friday for the naval review.', true),
      null,
      'a present tense without "will" or "going to" is not read as a plan',
    );
    assert.equal(bg("I'm heading back to Washington tonight.", true), 'BACKGROUND');
    assert.equal(bg("But I'm planning to fly to Europe on Sunday.", true), 'BACKGROUND');
    assert.equal(bg('The Under Secretary will go on to Jakarta after the talks.'), 'BACKGROUND');
    // A commitment beside the trip keeps the sentence.
    assert.equal(bg("I'll travel to Seoul next week and we will reaffirm our pledge there.", true), null);
    // "go to great lengths" is no trip: the destination must be the region or a name.
    assert.equal(bg('We will go to great lengths to defend our ally.'), null);
  });

  it("a correction of the paper's own earlier text is background", () => {
    assert.equal(bg('A previous version of this story said the pact was signed in 1953 in Tokyo.'), 'BACKGROUND');
    assert.equal(bg('A headline on Jan. 4 wrongly said the minister had resigned.'), 'BACKGROUND');
    assert.equal(bg("An obituary item on 9 May misspelled the admiral's name."), 'BACKGROUND');
    assert.equal(bg('A column on March 3 said the treaty "had lapsed"; it has not.'), 'BACKGROUND');
    // A report named without a date is someone's account, not a correction.
    assert.equal(bg('A Pentagon report said the two ministers agreed to expand drills.'), null);
  });

  it("a person's office or career, with no alliance word, is background", () => {
    assert.equal(bg('Ortega, who is running for the party leadership, said he would gladly serve in any role.'), 'BACKGROUND');
    assert.equal(bg('She has led the ministry since her predecessor stepped down in the spring.'), 'BACKGROUND');
    assert.equal(bg('He resigned in March, saying the alliance had never been stronger.'), null);
    // Keeping a machine running is not a race.
    assert.equal(bg('A caretaker can keep the ministry running, but decisions will wait.'), null);
  });

  it("the threat's act, as a ministry reports it, is background unless a stance is taken toward it", () => {
    assert.equal(bg('The coast guard said the vessels had entered the contiguous zone twice overnight.'), 'BACKGROUND');
    assert.equal(bg('The ministry said the rocket appeared to have landed east of the peninsula.'), 'BACKGROUND');
    assert.equal(bg('The ministers condemned the missiles fired over the strait.'), null);
    assert.equal(bg('The minister said the allies would respond jointly if a drone entered the airspace again.'), null);
  });

  it('a meeting with its purpose ("held talks … to discuss …") is background; what it discussed, or a stance after it, is not', () => {
    assert.equal(bg('Minister Ruiz held video talks with Secretary Grant this morning to discuss maritime security.'), 'BACKGROUND');
    // Stop 36 (DISCUSSED_AFTER_MEETING): "… and discussed <topic>" is a draft, as the real tuning folders label it (10 of 13).
    assert.equal(bg('Minister Ruiz held video talks with Secretary Grant this morning and discussed maritime security.'), null);
    assert.equal(bg('After the talks, the two held a joint press conference and discussed their talks.'), 'BACKGROUND');
    assert.equal(
      bg(
        'Minister Ruiz held video talks with Secretary Grant this morning and discussed maritime security, and the two agreed to meet in June.',
      ),
      null,
    );
    assert.equal(bg('The two had spoken by telephone twice before the summit.'), 'BACKGROUND');
    assert.equal(bg('The ministers have now talked four times this year.'), 'BACKGROUND');
    assert.equal(bg('We have met our commitments in full.'), null, '"met" of a commitment is no meeting');
    // The meeting reported by a body is still the meeting; a stance beside it is not.
    assert.equal(
      bg('Minister Ruiz and Secretary Grant held a 40-minute call on Monday, a week after the drills, the ministry said.'),
      'BACKGROUND',
    );
    assert.equal(bg('Minister Ruiz and Secretary Grant held a call on Monday and agreed to meet in May, the ministry said.'), null);
    assert.equal(bg('Secretary Grant spoke yesterday by telephone with Minister Ruiz.'), 'BACKGROUND');
  });

  it("a courtesy to a guest or to troops in a speaker's turn yields nothing", () => {
    assert.equal(turnNothing('Let me start by welcoming Minister Duarte to Lisbon for these consultations.')?.reason, 'NO_POSITION');
    assert.equal(turnNothing('I would like to once again thank Secretary Grant for coming.')?.reason, 'NO_POSITION');
    assert.equal(
      turnNothing('I want to thank the sailors of the Seventh Fleet for the work they do in all weathers.')?.reason,
      'NO_POSITION',
    );
    // Thanks for support of the alliance is a position.
    assert.equal(turnNothing('I want to thank the people of Guam for their support of the alliance.'), null);
  });

  it('a standing practice of not disclosing is a refusal; an account of what the talks left out is not this rule', () => {
    assert.equal(
      refused("We don't talk about deployment numbers before the review is done."),
      'a standing practice of not disclosing: "We don\'t discuss …", "I never comment on …"',
    );
    assert.equal(refused('I never comment on intelligence matters.') !== null, true);
    assert.equal(refused("We don't discuss force numbers, but we agreed to keep them steady."), null);
  });
});

describe('import round 6: skip reasons', () => {
  it('an anonymity stated outright is no position; an unnamed official or sources is background', () => {
    assert.equal(bg('A diplomat who asked not to be identified said the talks had gone well.'), 'NO_POSITION');
    assert.equal(bg('"They will not blink first," said a senior official, speaking on condition of anonymity.'), 'NO_POSITION');
    assert.equal(bg('A defense official said the meeting ended ahead of schedule.'), 'BACKGROUND');
  });

  it('an unanswered request for comment is background', () => {
    assert.equal(bg("Russia's embassy in Seoul did not immediately reply to e-mails seeking comment."), 'BACKGROUND');
    assert.equal(bg('The ministry has not responded to repeated requests for comment.'), 'BACKGROUND');
  });

  it('page furniture and notices are boilerplate, a recap of the threat background', () => {
    assert.equal(skip('Was this article helpful?'), 'BOILERPLATE');
    assert.equal(skip('Press enquiries: media-desk@defence.example'), 'BOILERPLATE');
    assert.equal(skip('Admission is free; seats are limited.'), 'BOILERPLATE');
    assert.equal(skip('The Harbor Times is committed to accuracy and corrects its errors.'), 'BOILERPLATE');
    assert.equal(skip('Update: China sent four more ships toward the islands on Monday, the coast guard said.'), 'BACKGROUND');
    assert.equal(skip('This roundtable is off the record.'), 'BOILERPLATE');
    // A question a reporter puts stays a question.
    assert.equal(skip('Was this meeting useful to the alliance?'), 'QUESTION');
  });
});

describe('import round 6: a position the release states after a phrase of time', () => {
  it('"During the meeting, both parties reaffirmed …" is drafted like "Both parties reaffirmed …"', () => {
    const x = releaseWithoutPublisher(
      'Minister receives U.S. official\n\nOSLO, 2 March 2031 - The Defence Minister, Ingrid Solberg, today received a courtesy call from the United States Secretary of Defense, Mr Harold Brennan.\n\n2. During the 30-minute meeting, both parties reaffirmed their commitment to closer defence ties.',
      '2031-03-02',
      'Europe/Oslo',
    );
    assert.ok(x.passages.some((p) => p.text.startsWith('During the 30-minute meeting, both parties reaffirmed')));
  });
});

describe('import round 6: people outside the talks', () => {
  it('a former official quoted in a story speaks for nobody in the talks; a minister in office does', () => {
    const x = leeCallStory(
      '"Calls like this one keep the alliance machinery turning over," said Dana Cole, a former Pentagon official now at a research institute.',
      '"The alliance will answer any provocation as one," Lee told reporters.',
    );
    assert.equal(
      x.passages.some((p) => p.text.includes('machinery')),
      false,
    );
    assert.ok(x.passages.some((p) => p.text.includes('answer any provocation')));
  });
});

describe('import round 6: a quotation is a speaker’s words', () => {
  it('the talks described, travel to come and a courtesy yield nothing in a quotation as in a turn', () => {
    const x = leeCallStory(
      '"It was a long and very candid conversation," Lee told reporters.',
      '"I will be flying to Tokyo at the end of the month," Brennan said.',
      '"Let me once again welcome Secretary Brennan to Seoul," Lee said.',
      '"The alliance will answer any provocation as one," Lee said.',
    );
    assert.deepEqual(
      x.passages.map((p) => p.text),
      ['The alliance will answer any provocation as one'],
    );
  });
});
