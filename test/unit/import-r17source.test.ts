/**
 * Round 17: the originating source of a story's sentences (whose account a paragraph relays). Invented people, places and
 * sentences.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LEE_CALL_LEAD, leeCallStory, leeStory, passageWith, sortedIds, withLeeCall, withSpokesperson, wireStory } from './import-world';

const LEAD =
  'Lee Do-yun and Harold Brennan held phone talks on Sunday to discuss the alliance, the defense ministry said in a press release.';

describe('import round 17: the source a story relays', () => {
  it('SPEECH_IN_RELAYED_DOCUMENT: "X added that …" right after the ministry\'s paragraph is the release\'s account, X a party', () => {
    const r = leeStory(LEAD, 'Lee added that Seoul hopes to keep expanding combined training with the allied forces in the coming months.');
    const p = passageWith(r, /keep expanding combined training/);
    assert.equal(p?.source.kind, 'PRESS_RELEASE');
    assert.equal(p?.source.isDocument, false);
    assert.equal(p?.source.publisherId, 3);
    assert.equal(p?.attributedOrganizationId, 3);
    assert.deepEqual(sortedIds(p?.partyIds), [12]);
  });

  it('SPEECH_IN_RELAYED_DOCUMENT: a date in the reported clause is what was said, not the story turning to another occasion', () => {
    const r = leeStory(LEAD, 'Lee noted that the alliance forged in the 1950-53 war must keep adapting to new threats across the region.');
    assert.equal(passageWith(r, /keep adapting to new threats/)?.source.kind, 'PRESS_RELEASE');
  });

  it('SPEECH_IN_RELAYED_DOCUMENT: not remarks placed by the story ("told reporters"), nor one the story gave remarks of his own', () => {
    const placed = leeStory(LEAD, 'Lee told reporters that Seoul hopes to keep expanding combined training with the allied forces.');
    assert.equal(passageWith(placed, /keep expanding combined training/)?.source.kind, 'PRESS_CONFERENCE');
    const spokeBefore = leeStory(
      '"The alliance is stronger than ever, and we will keep it so," Lee told reporters on Monday morning.',
      'The two ministers agreed to expand joint drills near the strait, the defense ministry said in a press release.',
      'Lee also said that Seoul hopes to keep expanding combined training with the allied forces in the coming months.',
    );
    assert.equal(passageWith(spokeBefore, /keep expanding combined training/)?.source.kind, 'PRESS_CONFERENCE');
  });

  it('SPEECH_IN_RELAYED_DOCUMENT: not two people said together, nor a paragraph not right after the document', () => {
    const group = leeStory(LEAD, 'Lee and Brennan said that expanding combined training was an important step for the alliance.');
    assert.notEqual(passageWith(group, /expanding combined training/)?.source.kind, 'PRESS_RELEASE');
    const later = leeStory(
      LEAD,
      'North Korea fired two ballistic missiles into the sea last week, drawing condemnation from its neighbours.',
      'Lee added that Seoul hopes to keep expanding combined training with the allied forces in the coming months.',
    );
    assert.equal(passageWith(later, /keep expanding combined training/)?.source.kind, 'PRESS_CONFERENCE');
  });

  it("DATE_OF_THE_VERB: a date in what the verb reports keeps the paragraph the ministry's; one at the verb is another occasion", () => {
    const lead = 'Lee Do-yun and Harold Brennan agreed on Sunday to expand joint drills near the strait, the defense ministry said.';
    const object = leeStory(lead, 'The two ministers also agreed to revise the 2024 memorandum on combined training and logistics.');
    const p = passageWith(object, /revise the 2024 memorandum/);
    assert.equal(p?.source.kind, 'PRESS_RELEASE');
    assert.equal(p?.attributedOrganizationId, 3);
    const occasion = leeStory(
      lead,
      'The two ministers agreed at their meeting in Tokyo in January to set up a forum on co-producing interceptors.',
    );
    assert.equal(passageWith(occasion, /forum on co-producing/)?.source.isDocument, true);
  });

  it("SPOKESPERSON_ON_RECORD_SPEAKS_FOR_BODY: a press secretary on record telling of the talks gives the body's account", () => {
    const r = wireStory(
      withSpokesperson(withLeeCall()),
      LEE_CALL_LEAD,
      'Brennan reaffirmed the ironclad commitment to the defense of South Korea during the call, Pell said.',
    );
    const p = passageWith(r, /ironclad commitment/);
    assert.equal(p?.source.kind, 'READOUT');
    assert.equal(p?.source.isDocument, false);
    assert.equal(p?.source.publisherId, 1);
    assert.equal(p?.source.speakerId, null);
    assert.deepEqual(p?.speakerIds, [13]);
    assert.equal(p?.callId, 50);
  });

  it('SPOKESPERSON_ON_RECORD_SPEAKS_FOR_BODY: not words placed at a briefing', () => {
    const r = wireStory(
      withSpokesperson(withLeeCall()),
      LEE_CALL_LEAD,
      'Pell told reporters at a briefing that Brennan had reaffirmed the ironclad commitment to the defense of South Korea.',
    );
    assert.equal(passageWith(r, /ironclad commitment/)?.source.kind, 'PRESS_CONFERENCE');
  });

  it("GROUP_ACCOUNT_NOT_REMARKS: the talks' people together after one official's remarks are the paper's own account", () => {
    const r = leeCallStory(
      'Lee told reporters after the call that Seoul would keep its forces on high alert along the border.',
      'Both sides stressed that the alliance must deter any provocation near the strait.',
      'He also said that Seoul would expand its missile defense network this year.',
    );
    const group = passageWith(r, /deter any provocation/);
    assert.equal(group?.source.isDocument, true);
    assert.deepEqual(sortedIds(group?.partyIds), [10, 12]);
    assert.equal(passageWith(r, /expand its missile defense/)?.source.kind, 'PRESS_CONFERENCE');
  });
});
