/**
 * Round 12 of whether a sentence is a draft at all, from real documents about talks with countries the world has no record
 * of: the group of the talks as subject is a position whoever its people are (GROUP_SUBJECT_DRAFT), acts that are positions
 * (STANCE_ACTS: signing an instrument, raising a concern, praising), a verb inside an opening adverbial phrase that is not
 * the sentence's (OPENING_ADVERBIAL_VERB), courtesies and the topic of talks alone (also quoted), and a speaker's praise of
 * the other side, assessment of the relationship and help under way. Invented people, places and sentences, not the wording of any document.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../src/imports/extract';
import { Lexicon } from '../../src/imports/lexicon';
import { wireStory, world } from './import-world';

const drafted = (r: { passages: { originalText: string }[] }, words: string) => r.passages.some((p) => p.originalText.includes(words));

/** A Japanese MOD release (publisher 2) of 2 March 2031, its paragraphs as given, every draft kept. */
const modRelease = (...paragraphs: string[]) =>
  extract(new Lexicon(world()), paragraphs.join('\n\n'), {
    kind: 'PRESS_RELEASE',
    publisherId: 2,
    publishedOn: '2031-03-02',
    title: 'Defence Ministerial Telephone Conference (Summary)',
    keepAll: true,
  });

describe('import round 12: the group of the talks is a position whoever its people are', () => {
  it('GROUP_SUBJECT_DRAFT: a story about talks with an official of a country the world does not know', () => {
    const r = wireStory(
      world(),
      'The defense chiefs of South Korea and Norway held talks on Sunday and agreed on closer cooperation in naval training.',
      'According to the ministry, Minister Lee Do-yun and her Norwegian counterpart held a video conference.',
      'The two sides also voiced satisfaction with their shipbuilding projects and agreed to widen them.',
      'In particular, the ministers agreed to hold a joint drill in the autumn.',
      'They emphasised the value of regular contact between the two navies.',
    );
    assert.ok(drafted(r, 'agreed on closer cooperation'));
    assert.ok(drafted(r, 'also voiced satisfaction'));
    assert.ok(drafted(r, 'hold a joint drill'));
    assert.ok(drafted(r, 'They emphasised the value'));
  });

  it('GROUP_SUBJECT_DRAFT: the group telling an earlier occasion is no draft', () => {
    const r = wireStory(world(), 'The two countries last discussed the base transfer in June at their annual forum.');
    assert.ok(!drafted(r, 'last discussed'));
  });

  it('GROUP_SUBJECT_DRAFT: "The Ministers affirmed …" in a release about a counterpart the world has no record of', () => {
    const r = modRelease(
      'On March 1, 2031, Defense Minister Morishima and Minister of Defence Varga held a telephone conference. The summary is as follows.',
      'The Ministers affirmed that the two countries would keep close contact between their defense authorities.',
      'The Ministers also concurred to accelerate the trainer aircraft project.',
    );
    assert.ok(drafted(r, 'The Ministers affirmed'));
    assert.ok(drafted(r, 'also concurred to accelerate'));
  });
});
