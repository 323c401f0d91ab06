/**
 * Round 13 of the author and originating source of statements in real wire stories and news pages: a government body not
 * on record that a story names as its reporter. Invented sentences, not the corpus's wording.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bodyDocument, PROPOSED_BODY_AS_REPORTER } from '../../src/imports/pipeline/attribution';
import { passageWith, wireStory, world } from './import-world';

describe('import round 13: a body not on record named as the reporter (PROPOSED_BODY_AS_REPORTER)', () => {
  it('reads the body by its name or by the capitals of its name', () => {
    assert.equal(PROPOSED_BODY_AS_REPORTER.initials('Department of Coastal Affairs'), 'DCA');
    assert.equal(PROPOSED_BODY_AS_REPORTER.initials('Defense Office'), null);
    assert.ok(PROPOSED_BODY_AS_REPORTER.names('In a statement, the Department of Coastal Affairs', 'Department of Coastal Affairs'));
    assert.ok(PROPOSED_BODY_AS_REPORTER.names('the DCA statement', 'Department of Coastal Affairs'));
    assert.ok(!PROPOSED_BODY_AS_REPORTER.names('the DCAX office', 'Department of Coastal Affairs'));
    assert.ok(!PROPOSED_BODY_AS_REPORTER.names('the ministry', 'Department of Coastal Affairs'));
  });
  it('takes a proposed body’s document as a body’s document the story relays', () => {
    assert.ok(
      bodyDocument({ isDocument: false, speakerId: null, publisherId: null, proposedPublisher: 'organization:x', kind: 'PRESS_RELEASE' }),
    );
    assert.ok(!bodyDocument({ isDocument: false, speakerId: null, publisherId: null, proposedPublisher: null, kind: 'PRESS_RELEASE' }));
  });
  it('gives the body’s release, and the body as author, to what the story says it reported', () => {
    const r = wireStory(
      world(),
      'TOKYO, March 2 (Harbor) - Kenta Morishima held a call with Harold Brennan on Sunday about the patrols near the islands.',
      'In a statement, the Department of Coastal Affairs (DCA) said Morishima thanked Brennan for the support and vowed to widen the joint patrols this summer.',
      '“Brennan for his part stressed the value of the alliance to the security of the region,” the DCA said.',
    );
    const key = r.proposedOrganizations.find((o) => o.name === 'Department of Coastal Affairs')?.key;
    assert.ok(key, 'the body is proposed');
    for (const re of [/^In a statement/, /^Brennan for his part/]) {
      const p = passageWith(r, re);
      assert.ok(p, `a draft for ${re}`);
      assert.equal(p.source.kind, 'PRESS_RELEASE', p.text);
      assert.equal(p.source.isDocument, false, p.text);
      assert.equal(p.source.proposedPublisher, key, p.text);
      assert.equal(p.proposedOrganization, key, p.text);
      assert.equal(p.attributedOrganizationId, null, p.text);
      assert.deepEqual(p.speakerIds, [], p.text);
    }
  });
});
