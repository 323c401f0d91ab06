/**
 * Stop 41: STANCE_VERBS_MORE, verbs of a decision, a consent or a shared view as other ministries' releases and wire copy
 * write them. Invented people, places and sentences.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { POSITION_WORDS } from '../../src/imports/pipeline/dispositions';
import { passageWith, pentagonReadout, withLeeCall } from './import-world';

const readout = (...sentences: string[]) =>
  pentagonReadout(
    [
      'Readout of Secretary Brennan’s Call With Minister Lee',
      'Secretary of Defense Harold Brennan spoke by phone today with Republic of Korea Minister of National Defense Lee Do-yun.',
      ...sentences,
    ].join('\n\n'),
    '2031-03-02',
    withLeeCall(),
  );

describe('import stop 41: STANCE_VERBS_MORE', () => {
  for (const sentence of [
    'The two ministers reached a consensus to open a joint coastal radar station by the end of the year.',
    'They resolved to further strengthen cooperation on maritime surveillance.',
    'The two ministers consented to hold the next vice-ministerial dialogue in Busan.',
    'They were of the view that closer sharing of early warning data serves the security of both countries.',
  ]) {
    it(`drafts "${sentence.slice(0, 40)}…" with both ministers as parties and the recorded call`, () => {
      const r = readout(sentence);
      const p = passageWith(r, new RegExp(sentence.split(' ').slice(3, 6).join(' ')));
      assert.ok(p, `a draft of: ${sentence}`);
      assert.deepEqual([...p.partyIds].sort(), [10, 12]);
      assert.equal(p.callId, 50);
    });
  }

  it('"pressed" is a position word; "resolved" only before "to"; "a consensus" only when reached', () => {
    assert.ok(POSITION_WORDS.test('Brennan pressed the other side to raise its spending on coastal radars.'));
    assert.ok(!POSITION_WORDS.test('The dispute was resolved in 2019.'));
    assert.ok(!POSITION_WORDS.test('There is a broad consensus among analysts on the point.'));
  });
});
