/**
 * Round 11 of the author and originating source of statements in real wire stories and news pages: a body's
 * spokesperson named again by family name or by a pronoun. Invented sentences, not the corpus's wording.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clauseGoesOnUnquoted, familyNameAtEnd } from '../../src/imports/pipeline/attribution';
import { leeStory } from './import-world';

const LEAD =
  'WASHINGTON, March 2 (Harbor) - In a call on Sunday, Harold Brennan and Lee Do-yun agreed to keep up the patrols near the islands, Pentagon spokeswoman Nora K. Vance said.';

describe('import round 11: a spokesperson named again by family name (SPOKESPERSON_NAMED_AGAIN)', () => {
  it('reads a bare family name at the end of the words before the verb', () => {
    assert.equal(familyNameAtEnd('In a note on the talks, Vance'), 'Vance');
    assert.equal(familyNameAtEnd('Vance'), 'Vance');
    assert.equal(familyNameAtEnd('Brennan backed the plan to widen the drills, Vance'), 'Vance');
    assert.equal(familyNameAtEnd('Ms. Vance'), 'Vance');
  });
  it('does not read a longer name or a titled one', () => {
    assert.equal(familyNameAtEnd('Nora Vance'), null);
    assert.equal(familyNameAtEnd('Secretary Vance'), null);
    assert.equal(familyNameAtEnd('the ministry'), null);
  });
  it('gives the body the words the spokesperson reports in later sentences', () => {
    const r = leeStory(
      LEAD,
      'In a note on the talks, Vance said Brennan and Lee agreed to widen the joint drills over the coming summer months.',
      'Brennan restated the firm U.S. pledge to defend the peninsula with every means it has, Vance added, and praised the new radar link.',
    );
    for (const re of [/^In a note on the talks/, /^Brennan restated/]) {
      const p = r.passages.find((x) => re.test(x.text));
      assert.ok(p, `a draft for ${re}`);
      assert.deepEqual(p.speakerIds, [], p.text);
      assert.equal(p.source.publisherId, 1, p.text);
    }
  });
});

describe('import round 11: a pronoun after the spokesperson’s sentence (PRONOUN_FOR_RUNNING_SPOKESPERSON)', () => {
  it('is the spokesperson, not the last official named in the reported clause', () => {
    const r = leeStory(
      LEAD,
      'Brennan restated the firm U.S. pledge to defend the peninsula with every means it has, Vance said.',
      'Both Brennan and Lee voiced deep concern over the missile launches of the past month, she said.',
    );
    const p = r.passages.find((x) => /^Both Brennan and Lee/.test(x.text))!;
    assert.ok(p);
    assert.deepEqual(p.speakerIds, []);
    assert.equal(p.source.publisherId, 1);
  });
  it('is still the last person named when no spokesperson reported the sentence before', () => {
    const r = leeStory(
      'SEOUL, March 2 (Harbor) - Lee Do-yun and Harold Brennan spoke by phone on Sunday.',
      'Lee said the two sides would widen the joint drills over the coming summer months.',
      'The drills will keep the fleet ready for any attack on the islands, he said.',
    );
    const p = r.passages.find((x) => /^The drills will keep/.test(x.text));
    assert.ok(p);
    assert.deepEqual(p.speakerIds, [12]);
  });
});

describe('import round 11: an attribution between two predicates (ATTRIBUTION_BETWEEN_PREDICATES)', () => {
  it('makes the second predicate no frame of the clause subject: the reporter between them covers both', () => {
    const r = leeStory(
      LEAD,
      'Brennan and Lee weighed ways to keep the sea lanes open through the winter, Vance added, and noted the talks planned for April in Oslo, Norway.',
    );
    const p = r.passages.find((x) => /^Brennan and Lee weighed/.test(x.text));
    assert.ok(p);
    assert.deepEqual(p.speakerIds, []);
    assert.equal(p.source.publisherId, 1);
  });
});

describe('import round 11: a quoted predicate the reporter spells out unquoted (QUOTE_THEN_UNQUOTED_EXTENSION)', () => {
  it('reads an extension after the closing mark, not a quotation or a clause of its own', () => {
    assert.equal(clauseGoesOnUnquoted(' including drone flights and the laying of mines.'), true);
    assert.equal(clauseGoesOnUnquoted(', such as the patrols near the northern islands.'), true);
    assert.equal(clauseGoesOnUnquoted(' including "drone flights" near the islands.'), false);
    assert.equal(clauseGoesOnUnquoted(' Vance said.'), false);
    assert.equal(clauseGoesOnUnquoted(', including that the two would meet again in the spring.'), false);
  });
  it('makes the sentence one passage, not the quoted words and a fragment before them', () => {
    const r = leeStory(
      LEAD,
      'In a statement, Vance said the two ministers also “reviewed the threats they face at sea,” including drone flights and the laying of mines near the islands.',
    );
    const drafts = r.passages.filter((x) => /reviewed the threats/.test(x.text) || /ministers also\.$/.test(x.text));
    assert.equal(drafts.length, 1);
    assert.match(drafts[0].text, /^In a statement, Vance said the two ministers also “reviewed/);
    assert.equal(drafts[0].source.publisherId, 1);
  });
});
