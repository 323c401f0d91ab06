/**
 * Round 18: "the U.S. side" at talks where that country had two people (a "2+2"). Invented people, places and sentences.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../src/imports/extract';
import { Lexicon, type LexiconData } from '../../src/imports/lexicon';
import { official, passageWith, sortedIds, world } from './import-world';

/** The test world with a second U.S. official (20, a Secretary of State) and a 2+2 of 3 March 2031 with both ministers of Japan. */
function twoPlusTwo(): LexiconData {
  const w = world();
  w.organizations.push({ id: 5, name: 'Department of State', shortName: null, aliases: [], countryCode: 'US' });
  w.organizations.push({ id: 6, name: 'Ministry of Foreign Affairs', shortName: 'MOFA', aliases: [], countryCode: 'JP' });
  w.officials.push(
    official(20, 'Nora Whitfield', 'US', 'Secretary of State', 5),
    official(21, 'Aiko Tanabe', 'JP', 'Minister for Foreign Affairs', 6),
  );
  w.calls.push({ id: 80, title: 'Security Consultative Committee, March 2031', date: '2031-03-03', participantIds: [10, 11, 20, 21] });
  return w;
}

/** A Harbor Times story (publisher 4) of 3 March 2031 about the 2+2, its paragraphs as given, every draft kept. */
const story = (...paragraphs: string[]) =>
  extract(new Lexicon(twoPlusTwo()), paragraphs.join('\n\n'), {
    kind: 'NEWS_ARTICLE',
    publisherId: 4,
    publishedOn: '2031-03-03',
    title: 'Allies meet in two-plus-two format',
    keepAll: true,
  });

const LEAD =
  'Foreign Minister Aiko Tanabe and Defense Minister Kenta Morishima held talks with Secretary of State Nora Whitfield and Secretary of Defense Harold Brennan in the capital on Monday.';

describe('import round 18: a side of talks with two people of that country', () => {
  it('SIDE_OF_A_DELEGATION: "the U.S. side" is both U.S. participants', () => {
    const r = story(LEAD, 'The U.S. side reaffirmed its commitment to the defense of Japan with the full range of its capabilities.');
    assert.deepEqual(sortedIds(passageWith(r, /U\.S\. side reaffirmed/)?.partyIds), [10, 20]);
  });

  it('"the Japanese side" is both Japanese participants', () => {
    const r = story(LEAD, 'The Japanese side explained its plan to double the budget for the coast guard.');
    assert.deepEqual(sortedIds(passageWith(r, /Japanese side explained/)?.partyIds), [11, 21]);
  });

  it('a capital alone stays no one when two of its people took part', () => {
    const r = story(LEAD, 'Washington reaffirmed its commitment to the defense of Japan.');
    assert.ok(!passageWith(r, /Washington reaffirmed/)?.partyIds.includes(20));
  });
});
