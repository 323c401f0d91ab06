/**
 * Issue 19, sixth round on parties: who "we" and "our …" are when a speaker says the sides act as one, "we" that sets the
 * other side apart, a counted group wider than the talks, "we" inside a noun clause or an adverbial clause, bare titles
 * and descriptions of a country's head of defence, and the one told a position. Invented people, places and sentences.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EXPECTS_OF_OTHER, jointPredicate, ONE_SIDE_WE, turnGroupOf } from '../../src/imports/pipeline/coref';
import { leeCallStory } from './import-world';

const partiesOf = (r: ReturnType<typeof leeCallStory>, words: RegExp) =>
  [...(r.passages.find((x) => words.test(x.text))?.partyIds ?? [])].sort();

describe('JOINT_PREDICATE: "we" or "our …" acting as one is both sides', () => {
  it('reads acts done together, jointly, as one, or said to be joint', () => {
    assert.ok(jointPredicate('Our answer to any attack will be joint and swift.'));
    assert.ok(jointPredicate('We need to prove that the partnership can move together when it counts.'));
    assert.ok(jointPredicate('We will set up a staff that plans jointly from day one.'));
    assert.ok(jointPredicate('and our forces will stand as one.'));
    assert.ok(jointPredicate('We stand shoulder-to-shoulder in defense of the islands.'));
  });

  it('not "together with" someone, an adjective of a noun, or a "we" that is no subject', () => {
    assert.ok(!jointPredicate('We will do this together with our partner.'));
    assert.ok(!jointPredicate('We are confident that our combined posture will hold.'));
    assert.ok(!jointPredicate('The partnership is judged by the bridges we build together.'));
    assert.ok(!jointPredicate('We want you to know we stand together.'));
  });

  it('makes a minister quoted alone in a wire story speak for both sides of the call', () => {
    const r = leeCallStory('"Our reply will be joint and it will come fast," Lee told reporters after the call.');
    assert.deepEqual(partiesOf(r, /reply will be joint/), [10, 12]);
    const alone = leeCallStory('"We are not going to sit still on this," Lee told reporters after the call.');
    assert.deepEqual(partiesOf(alone, /sit still/), [12]);
  });
});

describe('"we" that is one side', () => {
  it('EXPECTS_OF_OTHER: "we" expecting or urging a named other to act sets it apart', () => {
    assert.ok(EXPECTS_OF_OTHER.test('The partnership is changing, and we expect Korea to lead its own ground defense.'));
    assert.ok(EXPECTS_OF_OTHER.test('We also urge the Republic of Korea to spend more.'));
    assert.ok(!EXPECTS_OF_OTHER.test('We expect to meet again in the autumn.'));
    assert.ok(ONE_SIDE_WE.test('we expect the ROK to take charge'));
    assert.equal(turnGroupOf('The partnership is changing, and we expect Korea to lead its own ground defense.', true), null);
  });

  it('GROUP_OF_ANOTHER_SIZE: "all three of us" after talks between two is a wider group', () => {
    assert.equal(turnGroupOf('Drills with a third navy make all three of us safer, and we plan more of them.', true, 2), null);
    assert.ok(turnGroupOf('The two of us see this the same way.', true, 2));
    assert.ok(turnGroupOf('All three of us agreed on the schedule.', true, 3));
  });

  it('SPEAKER_LEAD: after "What I will say is that" the subject is the reported clause’s ("we talked about" is both sides)', () => {
    const r = leeCallStory('"What I will say is that we talked about the port plan at length," Lee told reporters after the call.');
    assert.deepEqual(partiesOf(r, /port plan at length/), [10, 12]);
  });

  it('"what we decided" is the topic, not a joint act taken now', () => {
    const r = leeCallStory('"What we decided last spring does not depend on who sits in this office," Lee said.');
    assert.deepEqual(partiesOf(r, /does not depend/), [12]);
  });
});

describe('titles and descriptions of the talks’ participants', () => {
  it('DEFENSE_HEAD_DESCRIPTION: "the U.S. defense chief" is the U.S. participant, not the one told', () => {
    const r = leeCallStory(
      'According to the ministry, the U.S. defense chief told Lee that the pledge to defend the peninsula stood firm.',
    );
    assert.deepEqual(partiesOf(r, /pledge to defend/), [10]);
  });

  it('"The South Korean Defense Minister" in capitals is the Korean participant', () => {
    const r = leeCallStory('The South Korean Defense Minister pledged that the ground forces would keep a full readiness posture.');
    assert.deepEqual(partiesOf(r, /full readiness posture/), [12]);
  });

  it('"the acting minister", in lower case, as a reporter', () => {
    const r = leeCallStory('The acting minister said that the ground forces were keeping a full readiness posture.');
    assert.deepEqual(partiesOf(r, /full readiness posture/), [12]);
  });
});

describe('groups and joint acts in a quotation outside a transcript', () => {
  it('"the two of us" in a minister’s quote in a story is both sides; "all three of us" is not', () => {
    const r = leeCallStory('"The trust between the two of us is a deterrent of its own," Lee told reporters after the call.');
    assert.deepEqual(partiesOf(r, /trust between the two of us/), [10, 12]);
    const three = leeCallStory('"Drills with a third navy make all three of us safer, and we will do more of them," Lee told reporters.');
    assert.deepEqual(partiesOf(three, /all three of us/), [12]);
  });

  it('"we will hold the first meeting of …" is a joint act; a meeting "with" others is not', () => {
    assert.ok(turnGroupOf('The details are for later, and we will hold the first meeting of the new working group in May.', false));
    assert.equal(turnGroupOf('We will hold a meeting with the port workers next week.', false), null);
  });
});

describe('who the position belongs to', () => {
  it('", and both agreed …" after a clause of one of them adds the other side', () => {
    const r = leeCallStory('Lee said he had asked for more joint drills at sea, and both agreed to review the schedule in June.');
    assert.deepEqual(partiesOf(r, /review the schedule/), [10, 12]);
  });

  it('REDUCED_RELATIVE_APPOSITIVE: ", a figure X declined to endorse" adds no party', () => {
    const r = leeCallStory('Brennan also said he expected Seoul to buy more radars this year, a number Lee declined to endorse.');
    assert.deepEqual(partiesOf(r, /more radars/), [10]);
  });

  it('POSSESSOR_OF_POSITION: "the Secretary’s answer", "the U.S. side’s commitment" are the other participant’s', () => {
    const r = leeCallStory('"I asked for the tankers to stay," Lee said after the call. "The Secretary\'s answer was yes."');
    assert.deepEqual(partiesOf(r, /answer was yes/), [10]);
    const side = leeCallStory(
      '"What I can say is that the U.S. side\'s firm pledge to the peninsula was confirmed once more," Lee told reporters.',
    );
    assert.deepEqual(partiesOf(side, /firm pledge/), [10]);
  });

  it('FIRST_PERSON_FRAGMENT: a quoted phrase without a verb in the speaker’s first person is the speaker’s', () => {
    const r = leeCallStory('Lee backed the new cost plan, calling it "a fair load for a partnership that guards our own coast."');
    assert.deepEqual(partiesOf(r, /guards our own coast/), [12]);
  });

  it('REPORTED_THAT_CLAUSE: "X told reporters that <clause>" is X’s position when no one else is its subject', () => {
    const r = leeCallStory('Brennan told reporters that the northern islands fall under the treaty "now and later."');
    assert.deepEqual(partiesOf(r, /northern islands/), [10]);
  });
});
