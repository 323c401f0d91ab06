/**
 * Round 13 of the author and originating source of statements in real wire stories and news pages: a government body not
 * on record that a story names as its reporter. Invented sentences, not the corpus's wording.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ALSO_SAID_AFTER_TOLD_IN_TALKS,
  bodyDocument,
  OPENING_PHRASE_BEFORE_REPORTER,
  PROPOSED_BODY_AS_REPORTER,
} from '../../src/imports/pipeline/attribution';
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

describe('import round 13: a press conference of someone not on record (PROPOSED_SPEAKER)', () => {
  it('names the proposed official as the speaker of their press conference', () => {
    const r = wireStory(
      world(),
      'CANBERRA, March 2 (Harbor) - Harold Brennan met Australian Defence Minister Rhys Calder in Canberra on Sunday.',
      'Calder said the two countries would widen the joint patrols near the islands over the coming summer months.',
    );
    const key = r.proposedOfficials.find((o) => o.name === 'Rhys Calder')?.key;
    assert.ok(key, 'Calder is proposed');
    const p = passageWith(r, /^Calder said/);
    assert.ok(p);
    assert.deepEqual(p.proposedSpeakers, [key]);
    assert.equal(p.source.kind, 'PRESS_CONFERENCE');
    assert.equal(p.source.speakerId, null);
    assert.equal(p.source.proposedSpeaker, key);
  });
});

describe('import round 13: a quotation that goes on a proposed speaker’s press conference (PROPOSED_SPEAKER)', () => {
  it('is the proposed speaker’s, by author and by party', () => {
    const r = wireStory(
      world(),
      'CANBERRA, March 2 (Harbor) - Harold Brennan met Australian Defence Minister Rhys Calder in Canberra on Sunday.',
      'Calder said the two countries would widen the joint patrols near the islands over the coming summer months. "We also agreed to share more of our maritime surveillance data with each other."',
    );
    const key = r.proposedOfficials.find((o) => o.name === 'Rhys Calder')?.key;
    const p = passageWith(r, /^We also agreed/);
    assert.ok(p && key);
    assert.equal(p.source.proposedSpeaker, key);
    assert.deepEqual(p.proposedSpeakers, [key]);
    assert.ok(p.proposedParties.includes(key));
  });
});

describe('import round 13: an opening phrase before the reporter (OPENING_PHRASE_BEFORE_REPORTER)', () => {
  it('finds where the words after the phrase begin', () => {
    assert.equal(
      OPENING_PHRASE_BEFORE_REPORTER.start('Joining Brennan on the deck of the ship, Lee '),
      'Joining Brennan on the deck of the ship, '.length,
    );
    assert.equal(OPENING_PHRASE_BEFORE_REPORTER.start('After talks with Brennan, Lee '), 'After talks with Brennan, '.length);
    assert.equal(OPENING_PHRASE_BEFORE_REPORTER.start('According to Brennan, Lee '), 0);
    assert.equal(OPENING_PHRASE_BEFORE_REPORTER.start('Lee, who met Brennan, '), 0);
  });
  it('takes the one after the phrase as the reporter, not the one it names', () => {
    const r = wireStory(
      world(),
      'CANBERRA, March 2 (Harbor) - Harold Brennan met Australian Defence Minister Rhys Calder in Canberra on Sunday.',
      'Joining Brennan on the deck of the destroyer, Calder said his country would widen the joint patrols over the coming summer months.',
    );
    const key = r.proposedOfficials.find((o) => o.name === 'Rhys Calder')?.key;
    const p = passageWith(r, /^Joining Brennan/);
    assert.ok(p && key);
    assert.deepEqual(p.speakerIds, []);
    assert.deepEqual(p.proposedSpeakers, [key]);
  });
});

describe('import round 13: "He also said …" after "X told Y that …" (ALSO_SAID_AFTER_TOLD_IN_TALKS)', () => {
  it('reads the sentences it takes', () => {
    assert.ok(ALSO_SAID_AFTER_TOLD_IN_TALKS.told.test('Morishima told Brennan that Japan would widen the patrols.'));
    assert.ok(ALSO_SAID_AFTER_TOLD_IN_TALKS.told.test('Morishima also told his U.S. counterpart that Japan would widen the patrols.'));
    assert.ok(!ALSO_SAID_AFTER_TOLD_IN_TALKS.told.test('Morishima told reporters that Japan would widen the patrols.'));
    assert.ok(ALSO_SAID_AFTER_TOLD_IN_TALKS.goesOn.test('He also said Japan had begun a review'));
    assert.ok(!ALSO_SAID_AFTER_TOLD_IN_TALKS.goesOn.test('Brennan said Japan had begun a review'));
  });
  it('keeps the paper’s account for the next sentence of the paragraph, the one who told a party', () => {
    const r = wireStory(
      world(),
      'TOKYO, March 2 (Harbor) - Kenta Morishima and Harold Brennan met in Tokyo on Sunday.',
      'Morishima told Brennan that Japan would raise its spending on the coast guard this year. He also said the coast guard would get three new patrol ships.',
    );
    const p = passageWith(r, /^He also said/);
    assert.ok(p);
    assert.equal(p.source.isDocument, true);
    assert.deepEqual(p.speakerIds, []);
    assert.equal(p.attributedOrganizationId, 4);
    assert.deepEqual(p.partyIds, [11]);
  });
});
