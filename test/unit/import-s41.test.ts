/**
 * Stop 41: a story that relays an outlet the world lacks (NAMED_OUTLET_REPORT); "said" before a clause with no "that" whose
 * subject has no determiner (BARE_NOUN_SUBJECT). Invented outlets, people and sentences.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NAMED_OUTLET_REPORT } from '../../src/imports/pipeline/attribution';
import { LEAD_WITHOUT_THAT } from '../../src/imports/pipeline/frames';
import { leeCallStory, passageWith } from './import-world';

describe('import stop 41: NAMED_OUTLET_REPORT', () => {
  for (const sentence of [
    'The two ministers agreed to expand combined drills in the spring, according to the Coastal News Agency.',
    'The two ministers agreed to expand combined drills in the spring, Coastal News Agency reported.',
    'According to the Harbor Gazette, the two ministers agreed to expand combined drills in the spring.',
    'The two ministers agreed to expand combined drills in the spring, according to Yonhap.',
  ]) {
    it(`"${sentence.slice(-45)}": a draft, sourced to that outlet's report, not the story and not lost`, () => {
      const p = passageWith(leeCallStory(sentence), /expand combined drills/);
      assert.ok(p, 'a draft');
      assert.deepEqual([...p.partyIds].sort(), [10, 12]);
      assert.equal(p.callId, 50);
      assert.equal(p.source.kind, 'NEWS_ARTICLE');
      assert.equal(p.source.isDocument, false);
    });
  }

  it('names an outlet, not a body or a person', () => {
    for (const words of ['the Coastal News Agency', 'Kyodo News', 'the Harbor Times', 'Yonhap', 'the Daily Inquirer', 'Reuters'])
      assert.ok(NAMED_OUTLET_REPORT.pattern.test(words), words);
    for (const words of ['the ministry', 'Seoul’s defense ministry', 'Harold Brennan', 'the Pentagon', 'the Department of Defense'])
      assert.ok(!NAMED_OUTLET_REPORT.pattern.test(words), words);
  });

  it('a body on record stays its release', () => {
    const p = passageWith(leeCallStory('The two ministers agreed to expand combined drills in the spring, the ministry said.'), /drills/);
    assert.equal(p?.source.kind, 'PRESS_RELEASE');
  });
});

describe('import stop 41: BARE_NOUN_SUBJECT', () => {
  for (const sentence of [
    'Lee said closer cooperation on maritime surveillance was needed.',
    'Lee, meanwhile, said joint drills would expand in the spring.',
    'Brennan said bilateral ties had never been stronger.',
  ]) {
    it(`"${sentence}": the speaker's words, said to reporters`, () => {
      const p = leeCallStory(sentence).passages.find((x) => sentence.includes(x.text.slice(0, 20)));
      assert.ok(p, 'a draft');
      assert.equal(p.source.kind, 'PRESS_CONFERENCE');
      assert.equal(p.speakerIds.length, 1);
    });
  }

  it('is no clause after a participle, a conjunction or a preposition', () => {
    const starts = (text: string) => [...text.matchAll(LEAD_WITHOUT_THAT.pattern)].length > 0;
    assert.ok(starts('Lee said closer cooperation was needed.'));
    assert.ok(!starts('Brennan said, adding that Washington would consult Seoul.'));
    assert.ok(!starts('Brennan said in Seoul on Monday.'));
    assert.ok(!starts('Lee said after the talks that ties were strong.'));
  });
});

describe('import stop 41: GROUP_ALLIES', () => {
  for (const subject of ['The allies', 'The two allies', 'Both allies']) {
    it(`"${subject} agreed …": both sides of the talks`, () => {
      const p = passageWith(leeCallStory(`${subject} agreed to expand combined drills in the spring.`), /combined drills/);
      assert.deepEqual([...(p?.partyIds ?? [])].sort(), [10, 12]);
    });
  }
});
