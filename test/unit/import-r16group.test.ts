/**
 * Round 16: group subjects resolved to the talks' people ("the two countries", "both nations"; a list of countries whose last
 * one carries a possessive, "Korea and Japan's defense chiefs"). Invented people, places and sentences.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../src/imports/extract';
import { Lexicon } from '../../src/imports/lexicon';
import { leeCallStory, passageWith, sortedIds, withLeeCall, wireStory, world } from './import-world';

describe('import round 16: group subjects of the talks', () => {
  it('COUNTRIES_OF_THE_TALKS: "the two countries" as subject are the people of the call on record', () => {
    const r = leeCallStory('During the call, the two countries agreed to expand joint drills near the strait.');
    assert.deepEqual(sortedIds(passageWith(r, /expand joint drills/)?.partyIds), [10, 12]);
  });

  it('COUNTRIES_OF_THE_TALKS: not the subject of a clause someone else says', () => {
    const r = leeCallStory('Brennan stressed that both nations must prepare for any contingency near the strait.');
    assert.deepEqual(sortedIds(passageWith(r, /prepare for any contingency/)?.partyIds), [10]);
  });

  it('NAMED_COUNTRIES_POSSESSIVE: "Korea and Japan\'s defense chiefs" are each country\'s participant', () => {
    const w = world();
    w.calls.push({ id: 60, title: 'Lee–Morishima meeting, March 2031', date: '2031-03-02', participantIds: [11, 12] });
    const r = wireStory(
      w,
      'South Korea and Japan’s defense chiefs agreed on Sunday to expand joint drills near the strait, the ministry said.',
      'Lee Do-yun met Kenta Morishima in Seoul on Sunday.',
    );
    assert.deepEqual(sortedIds(passageWith(r, /expand joint drills/)?.partyIds), [11, 12]);
  });

  it("GROUP_AFTER_PRESS_CONFERENCE: a group subject after a press conference is named is still the release's account", () => {
    const r = extract(
      new Lexicon(withLeeCall()),
      [
        'Title',
        'Lee Do-yun and his US counterpart Harold Brennan hold a press conference in Seoul on March 2.',
        'The defense chiefs of both countries decided to continue strengthening deterrence against threats.',
        'Minister Lee appreciated the detailed briefing.',
        'The two ministers noted the progress made by the joint working group on equipment.',
      ].join('\n\n'),
      { kind: 'PRESS_RELEASE', publisherId: 3, publishedOn: '2031-03-02', title: 'Title', keepAll: true },
    );
    assert.deepEqual(sortedIds(passageWith(r, /continue strengthening deterrence/)?.partyIds), [10, 12]);
    assert.deepEqual(sortedIds(passageWith(r, /joint working group/)?.partyIds), [10, 12]);
  });

  it('COUNTED_COUNTRIES_POSSESSIVE: "the two countries\' defense chiefs" are the people of the call; three are not', () => {
    const r = leeCallStory(
      'The two countries’ defense chiefs agreed to expand joint drills near the strait.',
      'The three countries’ ministers agreed to hold a summit in the autumn.',
    );
    assert.deepEqual(sortedIds(passageWith(r, /expand joint drills/)?.partyIds), [10, 12]);
    assert.deepEqual(sortedIds(passageWith(r, /hold a summit/)?.partyIds), []);
  });

  it('TITLE_ENDS_BEFORE_ADJUNCT: a title after the name ends before "for approximately 60 minutes"; the group then has both', () => {
    const r = extract(
      new Lexicon(world()),
      [
        'Title',
        'On March 2, Minister Morishima held a teleconference with the Hon. Anne Duvalier, Minister for the Armed Forces of Japan for approximately 60 minutes.',
        'The Ministers reaffirmed their close cooperation on maritime security.',
      ].join('\n\n'),
      { kind: 'PRESS_RELEASE', publisherId: 2, publishedOn: '2031-03-02', title: 'Title', keepAll: true },
    );
    assert.ok(r.proposedOfficials.some((o) => o.name === 'Anne Duvalier'));
    const p = passageWith(r, /close cooperation on maritime security/);
    assert.deepEqual(sortedIds(p?.partyIds), [11]);
    assert.equal(p?.proposedParties.length, 1);
  });
});
