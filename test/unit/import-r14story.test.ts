/**
 * Round 14 of the author and originating source of statements in real wire stories and news pages: a spokesperson's
 * written statement the story relays and runs on, and a joint statement it relays. Invented sentences, not the corpus's wording.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { outerAttribution } from '../../src/imports/pipeline/attribution';
import { passageWith, sortedIds, wireStory, withLeeCall, withSpokesperson, world } from './import-world';

describe('import round 14: attributions a story puts after its clause', () => {
  it('ends "said in a statement released today" as "released Monday" (STATEMENT_RELEASED_WHEN)', () => {
    const oa = outerAttribution(
      'The two spoke about the patrols near the islands, Pentagon spokesperson Nora Pell said in a statement released today.',
      () => true,
    );
    assert.ok(oa);
    assert.equal(oa.documentKind, 'PRESS_RELEASE');
  });
  it('reads a pronoun reporter only between two predicates (PRONOUN_BETWEEN_PREDICATES)', () => {
    const between = outerAttribution(
      'Brennan reaffirmed the pledge to defend the islands, she added, and praised the new patrols.',
      () => true,
    );
    assert.ok(between);
    assert.equal(between.wholeSentence, true);
    assert.equal(
      outerAttribution('Brennan reaffirmed the pledge to defend the islands, she added.', () => true),
      null,
    );
  });
});

describe('import round 14: a spokesperson’s written statement the story relays (WRITTEN_TRAILING, SPOKESPERSON_STATEMENT_GOES_ON)', () => {
  it('gives the statement, not a press conference, to every later paragraph of the spokesperson', () => {
    const r = wireStory(
      withSpokesperson(withLeeCall()),
      'WASHINGTON, March 2 (Harbor) - Harold Brennan spoke by phone yesterday with Lee Do-yun to discuss the alliance, Nora Pell said in a statement released today.',
      '"Both ministers firmly condemned the latest missile launch and resolved to keep coordinating closely," Pell said.',
      'Firm Support',
      'Brennan reaffirmed the firm U.S. commitment to the defense of South Korea, she added, and praised the progress of the joint patrols.',
      'Both ministers stressed the value of the alliance to the region, Pell said, noting that they will meet again next month.',
    );
    assert.equal(passageWith(r, /spoke by phone yesterday/), undefined, 'the lead reports the call only');
    for (const re of [/^Both ministers firmly/, /^Brennan reaffirmed/, /^Both ministers stressed/]) {
      const p = passageWith(r, re);
      assert.ok(p, `a draft for ${re}`);
      assert.equal(p.source.kind, 'PRESS_RELEASE', p.text);
      assert.equal(p.source.isDocument, false, p.text);
      assert.deepEqual(p.speakerIds, [13], p.text);
    }
  });
});

describe('import round 14: a joint statement the story relays (JOINT_STATEMENT_RELAYED)', () => {
  it('gives the joint statement and its signatories to the sentences that cite it', () => {
    const r = wireStory(
      world(),
      'SEOUL, March 2 (Harbor) - Harold Brennan met Lee Do-yun in Seoul on Sunday.',
      'A joint statement released by the two governments said Lee and Brennan discussed the alliance and reaffirmed their resolve to deepen defense ties.',
      'The two ministers also reviewed the security situation in the region, the statement said.',
      'The plan also recognizes the value of joint research on sensors, the statement said, noting that both countries have finished two projects.',
    );
    for (const re of [/^A joint statement released/, /^The two ministers also reviewed/, /^The plan also recognizes/]) {
      const hits = r.passages.filter((p) => re.test(p.text));
      assert.equal(hits.length, 1, `one draft for ${re}`);
      const p = hits[0];
      assert.equal(p.source.kind, 'JOINT_STATEMENT', p.text);
      assert.equal(p.source.isDocument, false, p.text);
      assert.deepEqual(sortedIds(p.speakerIds), [10, 12], p.text);
    }
  });
});

describe('import round 14: who speaks after the clause or as a group', () => {
  it('reads "<clause>, X reaffirmed following the talks." as X’s words (STANCE_VERB_TRAILING)', () => {
    const r = wireStory(
      world(),
      'TOKYO, March 2 (Harbor) - Harold Brennan met Kenta Morishima in Tokyo on Sunday.',
      'The alliance remains the foundation of peace in the region, Brennan reaffirmed following the talks.',
    );
    const p = passageWith(r, /^The alliance remains the foundation/);
    assert.ok(p);
    assert.deepEqual(p.speakerIds, [10]);
    assert.equal(p.source.kind, 'PRESS_CONFERENCE');
    assert.equal(p.source.isDocument, false);
  });
  it('reads "They said that …" after two people as both, said to reporters (THEY_AS_REPORTER, GROUP_SPOKEN)', () => {
    const r = wireStory(
      world(),
      'TOKYO, March 2 (Harbor) - Harold Brennan met Kenta Morishima in Tokyo on Sunday.',
      'Brennan and Morishima discussed the patrols near the islands and the new radar site.',
      'They said that the meeting, their third this year, showed the strength of the alliance.',
    );
    const p = passageWith(r, /^They said that the meeting/);
    assert.ok(p);
    assert.deepEqual(sortedIds(p.speakerIds), [10, 11]);
    assert.equal(p.source.kind, 'PRESS_CONFERENCE');
    assert.equal(p.source.isDocument, false);
  });
  it('leaves "they" to unnamed officials named just before', () => {
    const r = wireStory(
      world(),
      'TOKYO, March 2 (Harbor) - Harold Brennan met Kenta Morishima in Tokyo on Sunday.',
      'Brennan and Morishima signed a plan for the patrols near the islands, officials said.',
      'The plan sets out new exercises and shared radar data for the next five years, they added.',
    );
    const p = passageWith(r, /^The plan sets out/);
    assert.ok(!p || p.speakerIds.length === 0, 'not the two ministers’ words');
  });
});

describe('import round 14: a joint release the sentence ends on (JOINT_RELEASE_CITED)', () => {
  it('gives the quoted words and the later "the statement said" to its signatories', () => {
    const r = wireStory(
      world(),
      'SEOUL, March 2 (Harbor) - Harold Brennan met Lee Do-yun in Seoul on Sunday.',
      'At the talks, the two ministers "reaffirmed their resolve to keep the patrols near the islands going through the winter," according to their joint press release.',
      'Noting the value of close contact, the two sides agreed to meet again in the autumn, the statement said.',
    );
    for (const re of [/^reaffirmed their resolve/, /^Noting the value of close contact/]) {
      const p = passageWith(r, re);
      assert.ok(p, `a draft for ${re}`);
      assert.equal(p.source.kind, 'JOINT_STATEMENT', p.text);
      assert.equal(p.source.isDocument, false, p.text);
      assert.deepEqual(sortedIds(p.speakerIds), [10, 12], p.text);
    }
  });
});
