/**
 * Round 20 (branch i19-s41parties): a country, or its capital, as the subject of a draft stands for its person in the
 * talks, also where the auxiliary of the verb follows the country ("has reaffirmed"), where no call is on record (the
 * talks the text reports), and where a pair of capitals is the subject; and words that name no party, said or signed by
 * officials, are their position (AUTHOR_AS_PARTY). Invented people and wording.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AUTHOR_AS_PARTY } from '../../src/imports/extractor/extractor';
import { leeCallStory, passageWith, sortedIds, wireStory, world } from './import-world';

describe('round 20: a country as the subject of talks not on record', () => {
  it('COUNTRY_STANCE_OF_REPORTED_TALKS with AUXILIARY_AFTER_COUNTRY: "The United States has reaffirmed …" is its person in the talks', () => {
    const r = wireStory(
      world(),
      'LISBON (Harbor) -- Secretary Harold Brennan met Portuguese Defence Minister Rui Valente in Lisbon on Monday.',
      'The United States has reaffirmed its commitment to deepening naval cooperation with the Portuguese government.',
    );
    const p = passageWith(r, /deepening naval cooperation/);
    assert.ok(p, 'the sentence is a draft');
    assert.deepEqual(sortedIds(p.partyIds), [10]);
    assert.deepEqual(p.proposedParties, []);
  });

  it('the other side by its country: its proposed person', () => {
    const r = wireStory(
      world(),
      'TOKYO (Harbor) -- Minister Kenta Morishima held talks with Chilean Defence Minister Tomas Verhulst in Tokyo on Monday.',
      'Chile has pledged to send two frigates to the joint exercise next year.',
    );
    const p = passageWith(r, /two frigates/);
    assert.ok(p);
    assert.deepEqual(p.partyIds, []);
    assert.deepEqual(p.proposedParties, ['official:tomas verhulst']);
  });

  it('a country before a verb of no stance stays no one', () => {
    const r = wireStory(
      world(),
      'LISBON (Harbor) -- Secretary Harold Brennan met Portuguese Defence Minister Rui Valente in Lisbon on Monday.',
      'The United States is emerging as the largest buyer of Portuguese cork and has reaffirmed nothing.',
    );
    const p = passageWith(r, /largest buyer/);
    assert.ok(!p || p.partyIds.length + p.proposedParties.length === 0);
  });
});

describe('round 20: a pair of capitals as the subject (CAPITAL_IN_PAIR)', () => {
  it('"Tokyo and Canberra agreed …" after a "2+2" is the talks’ four people, those not on record proposed', () => {
    const r = wireStory(
      world(),
      'TOKYO (Harbor) -- In the two-plus-two meeting, Defense Minister Kenta Morishima and Japanese Foreign Minister Aiko Tanabe met Australian Defence Minister Tomas Verhulst and Australian Foreign Minister Lina Sorvari in Tokyo on Monday.',
      'Tokyo and Canberra agreed Monday to expand exchanges between their coast guards amid rising tensions in the region.',
    );
    const p = passageWith(r, /exchanges between their coast guards/);
    assert.ok(p);
    assert.deepEqual(sortedIds(p.partyIds), [11]);
    assert.deepEqual([...p.proposedParties].sort(), ['official:aiko tanabe', 'official:lina sorvari', 'official:tomas verhulst']);
  });
});

describe('round 20: words that name no party, said or signed by officials (AUTHOR_AS_PARTY)', () => {
  it('a quotation with no person in it, "… he said": the speaker', () => {
    const r = leeCallStory(
      '"Attacks like these on merchant ships undermine the peace and stability of the whole region," Brennan said after the call.',
    );
    const p = passageWith(r, /undermine the peace and stability/);
    assert.ok(p);
    assert.deepEqual(sortedIds(p.speakerIds), [10]);
    assert.deepEqual(sortedIds(p.partyIds), [10]);
    assert.ok(p.evidence.some((e) => e.field === 'party' && e.rule === AUTHOR_AS_PARTY));
  });

  it('a body’s release naming no one stays without parties', () => {
    const r = leeCallStory('The growing threat of piracy calls for closer maritime cooperation, the Pentagon said in a statement.');
    const p = passageWith(r, /threat of piracy/);
    assert.ok(!p || p.partyIds.length + p.proposedParties.length === 0);
  });
});
