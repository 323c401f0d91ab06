/**
 * Round 16, calls: once a transcript's title establishes talks not on record, every turn of its speakers is of those talks.
 * Invented sentences, not the corpus's wording.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { transcript, world } from './import-world';

describe('import round 16: one proposed call for every passage of the talks', () => {
  it('gives the title pair’s proposed meeting to the opening remarks too (TITLE_PAIR_PRESENT)', () => {
    const r = transcript(
      world(),
      'Secretary of Defense Harold Brennan Remarks Welcoming Defense Minister Morishima Kenta to the Pentagon',
      1,
      'SECRETARY OF DEFENSE HAROLD BRENNAN: Mr. Minister, it is good to see you so soon after we spoke last week.',
      'We support your bold decision to invest in long-range capabilities. I look forward to working closely with you.',
      'After our talks in January, our forces are becoming more mobile and more resilient.',
    );
    assert.ok(r.proposedCall, 'a call is proposed');
    const first = r.passages.find((p) => /bold decision/.test(p.text));
    assert.ok(first, 'a draft for the opening remarks');
    assert.equal(first.callId, null);
    assert.equal(first.features.call, 'proposed');
  });
  it('makes the guest the title names the other party of the sole speaker’s “our alliance” (TITLE_PAIR_PRESENT)', () => {
    const r = transcript(
      world(),
      'Secretary of Defense Harold Brennan Remarks Welcoming Defense Minister Morishima Kenta to the Pentagon',
      1,
      'SECRETARY OF DEFENSE HAROLD BRENNAN: Mr. Minister, welcome back to Washington.',
      'We are modernizing our alliance to meet the threats we share.',
    );
    const p = r.passages.find((x) => /modernizing our alliance/.test(x.text));
    assert.ok(p, 'a draft for the alliance sentence');
    assert.deepEqual([...p.partyIds].sort(), [10, 11]);
  });
});
