/**
 * Issue 19, tenth round on parties and calls (tuned on real published documents, tested on invented ones): who a
 * description or a group of countries stands for. Invented people, places and sentences.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Extraction } from '../../src/imports/extract';
import { leeCallStory } from './import-world';

const passage = (r: Extraction, words: RegExp) => r.passages.find((p) => words.test(p.text));
const sorted = (ids: number[] | undefined) => [...(ids ?? [])].sort((a, b) => a - b);

describe('COUNTRY_DESCRIBED_OFFICIAL: "the <country> minister" is that country\'s participant in the talks', () => {
  it('opening a sentence, with or without a word of defence', () => {
    const r = leeCallStory(
      'The U.S. defense chief vowed to keep in close step with Lee on the drills.',
      'The Korean minister stressed that his navy would double its patrols in the strait.',
    );
    assert.deepEqual(passage(r, /close step/)?.partyIds, [10]);
    assert.deepEqual(passage(r, /double its patrols/)?.partyIds, [12]);
  });

  it('a country with no participant in the talks, or a title before a name, is not read so', () => {
    const r = leeCallStory(
      'The Japanese minister stressed that the canal must stay open to all shipping.',
      'The Korean Minister Lee Do-yun stressed that the patrols would continue.',
    );
    assert.deepEqual(passage(r, /canal must stay open/)?.partyIds ?? [], []);
    assert.deepEqual(passage(r, /patrols would continue/)?.partyIds, [12]);
  });
});

describe('COUNTRY_GROUP: officials named as a group by their countries', () => {
  it('"the Korean and U.S. defense ministers": each country\'s participant', () => {
    const r = leeCallStory('The South Korean and U.S. defense ministers reaffirmed their resolve to finish the new radar site.');
    assert.deepEqual(sorted(passage(r, /radar site/)?.partyIds), [10, 12]);
  });

  it('"the defense ministers of A, B and C": a country outside the call is its official the text names', () => {
    const r = leeCallStory(
      'Kenta Morishima joined the two by video from Osaka.',
      'The defense ministers of Japan, the United States and South Korea agreed to hold a joint drill in the autumn.',
    );
    assert.deepEqual(sorted(passage(r, /joint drill/)?.partyIds), [10, 11, 12]);
  });
});
