/**
 * Stop 40: a call on record is not proposed again (RECORDED_SAME_PEOPLE). Invented people, places and sentences.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Extraction } from '../../src/imports/extract';
import { type LexiconData } from '../../src/imports/lexicon';
import { sortedIds, wireStoryOn, world } from './import-world';

/** The test world with these calls on record. */
function withCalls(...calls: LexiconData['calls']): LexiconData {
  const w = world();
  w.calls.push(...calls);
  return w;
}

const JANUARY_TALKS = { id: 51, title: 'Brennan–Lee meeting, January 2031', date: '2031-01-25', participantIds: [10, 12] };

/** A wire story (publisher 4) of 10 February 2031, every draft kept. */
const story = (data: LexiconData, ...paragraphs: string[]): Extraction => wireStoryOn('2031-02-10', data, ...paragraphs);

const AGREED_ON_JANUARY_25 =
  'South Korean Defense Minister Lee Do-yun and U.S. Defense Secretary Harold Brennan agreed on January 25 to expand joint drills, the ministry said.';

describe('import stop 40: a call on record is not proposed again', () => {
  it('RECORDED_SAME_PEOPLE: talks of two people on record, on a day a call on record between exactly them was held, are that call', () => {
    const r = story(withCalls(JANUARY_TALKS), AGREED_ON_JANUARY_25, 'The two also discussed the coastal radar project.');
    assert.equal(r.proposedCall, null, 'no second call proposed');
    assert.deepEqual(
      r.calls.map((c) => [c.callId, c.rule]),
      [[51, 'RECORDED_SAME_PEOPLE']],
    );
    assert.ok(r.passages.length >= 1);
    for (const p of r.passages) {
      assert.equal(p.callId, 51);
      assert.ok(p.evidence.some((e) => e.field === 'call' && e.rule.startsWith('RECORDED_SAME_PEOPLE')));
    }
  });

  it('RECORDED_SAME_PEOPLE: not a call on another day, nor one with a third participant, nor one of two on record that day', () => {
    const otherDay = story(withCalls({ ...JANUARY_TALKS, date: '2031-01-12' }), AGREED_ON_JANUARY_25);
    assert.deepEqual(sortedIds(otherDay.proposedCall?.participantIds), [10, 12]);
    assert.equal(otherDay.passages[0].callId, null);
    const third = story(withCalls({ ...JANUARY_TALKS, participantIds: [10, 11, 12] }), AGREED_ON_JANUARY_25);
    assert.deepEqual(sortedIds(third.proposedCall?.participantIds), [10, 12]);
    const two = story(withCalls(JANUARY_TALKS, { ...JANUARY_TALKS, id: 52, date: '2031-01-26' }), AGREED_ON_JANUARY_25);
    assert.deepEqual(sortedIds(two.proposedCall?.participantIds), [10, 12], 'two calls of the same people that day: which one is unknown');
    assert.equal(two.passages[0].callId, null);
  });
});
