/**
 * Round 14 of what is a draft outside transcripts: a joint statement's plain assessment of the alliance (SIGNED_ASSESSMENT),
 * the release's own words before the statement's text (RELEASE_BEFORE_TEXT), "the group" of a meeting as a subject
 * (GROUP_OF_THE_TALKS), a stance stated as a state ("are looking forward to", "are of one mind on": STANCE_AS_STATE), and a
 * signing dated to a past month and year as background. Invented people, places and sentences, not the wording of any document.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../src/imports/extract';
import { Lexicon } from '../../src/imports/lexicon';
import { world } from './import-world';

type R = ReturnType<typeof extract>;
const draftOf = (r: R, words: string) => r.passages.find((p) => p.originalText.includes(words));

/** A release of the U.S. department (publisher 1) carrying a joint statement of three signatories. */
const jointRelease = (...paragraphs: string[]) =>
  extract(new Lexicon(world()), paragraphs.join('\n\n'), {
    kind: 'JOINT_STATEMENT',
    publisherId: 1,
    publishedOn: '2031-03-02',
    title: 'Joint Statement of the Trilateral Defense Meeting',
    keepAll: true,
  });
const OPENER =
  'Secretary of Defense Harold Brennan met with Minister of Defense Kenta Morishima and Minister of National Defense Lee Do-yun today in Honolulu.';

describe('import round 14: a joint statement’s own text', () => {
  it('SIGNED_ASSESSMENT: "The … alliance is the cornerstone of …" after "Begin Text:" is the signatories’ draft', () => {
    const r = jointRelease(
      OPENER,
      'The text of the following statement was released by the three governments.',
      'Begin Text:',
      'The trilateral partnership (“the Partnership”) is the foundation of the region’s stability and openness.',
      'This partnership is also increasingly vital in defending rules shared by the three nations.',
      'The weather in Honolulu is mild in March.',
    );
    const p = draftOf(r, 'is the foundation of the region');
    assert.ok(p);
    assert.deepEqual([...p.partyIds].sort(), [10, 11, 12]);
    assert.ok(draftOf(r, 'increasingly vital in defending'));
    assert.ok(!draftOf(r, 'weather in Honolulu'));
  });

  it('SIGNED_ASSESSMENT needs a joint statement: the same sentence in a readout is no draft of its own', () => {
    const r = extract(
      new Lexicon(world()),
      'Readout of the Meeting\n\nThe trilateral partnership is the foundation of the region’s stability and openness.',
      { kind: 'READOUT', publisherId: 1, publishedOn: '2031-03-02', title: 'Readout of the Meeting', keepAll: true },
    );
    assert.ok(!draftOf(r, 'is the foundation of the region'));
  });

  it('RELEASE_BEFORE_TEXT and GROUP_OF_THE_TALKS: "The group discussed …" before the statement’s text is the publisher’s', () => {
    const r = jointRelease(
      OPENER,
      'The group discussed the regional situation and other partnership issues.',
      'Begin Text:',
      'The Ministers reaffirmed their resolve to deepen trilateral cooperation.',
    );
    const p = draftOf(r, 'The group discussed');
    assert.ok(p);
    assert.equal(p.attributedOrganizationId, 1);
    assert.deepEqual([...p.partyIds].sort(), [10, 11, 12]);
    assert.deepEqual(p.speakerIds, []);
    const q = draftOf(r, 'The Ministers reaffirmed');
    assert.ok(q);
    assert.equal(q.speakerIds.length, 3);
  });
});

describe('import round 14: a stance stated as a state', () => {
  it('STANCE_AS_STATE: "Both leaders are looking forward to …" in a readout is a draft', () => {
    const r = extract(
      new Lexicon(world()),
      [
        'Readout of the Meeting',
        'Secretary of Defense Harold Brennan met with Minister of Defense Kenta Morishima today in Washington.',
        'Both leaders are looking forward to the bilateral consultations to be hosted by Japan later this year.',
      ].join('\n\n'),
      { kind: 'READOUT', publisherId: 1, publishedOn: '2031-03-02', title: 'Readout of the Meeting', keepAll: true },
    );
    assert.ok(draftOf(r, 'are looking forward to the bilateral consultations'));
  });

  it('STANCE_AS_STATE and a pair of countries as subject: "Japan and the United States are of one mind on …" in a story', () => {
    const r = extract(
      new Lexicon(world()),
      [
        'Ministers meet in Washington',
        'Defense Minister Kenta Morishima and Secretary of Defense Harold Brennan discussed regional threats at their meeting in Washington on Monday.',
        'Japan and the United States are of one mind on the need for the third country to halt its missile launches.',
      ].join('\n\n'),
      { kind: 'NEWS_ARTICLE', publisherId: 4, publishedOn: '2031-03-02', title: 'Ministers meet in Washington', keepAll: true },
    );
    const p = draftOf(r, 'are of one mind on the need');
    assert.ok(p);
    // COUNTRY_PAIR_OF_THE_TALKS: the two countries are the people of the meeting the story reports.
    assert.deepEqual([...p.partyIds].sort(), [10, 11]);
  });

  it('a signing dated to a past month and year ("signed … in July 2029") is background, not a stance act', () => {
    const r = extract(
      new Lexicon(world()),
      [
        'Ministers meet in Washington',
        'Defense Minister Kenta Morishima and Secretary of Defense Harold Brennan discussed regional threats at their meeting in Washington on Monday.',
        'Japan and the United States signed a logistics arrangement in July 2029.',
        'Japan and the United States signed a logistics arrangement at the meeting.',
      ].join('\n\n'),
      { kind: 'NEWS_ARTICLE', publisherId: 4, publishedOn: '2031-03-02', title: 'Ministers meet in Washington', keepAll: true },
    );
    assert.ok(!draftOf(r, 'arrangement in July 2029'));
    assert.ok(draftOf(r, 'arrangement at the meeting'));
  });
});

describe('import round 14: a joint statement a story named before', () => {
  it('JOINT_DOCUMENT_NAMED_BEFORE: "…, the statement said." after the story named a joint statement is its signatories’ draft', () => {
    const r = extract(
      new Lexicon(world()),
      [
        'Ministers meet in Washington',
        'WASHINGTON, March 2, 2031 – Defense Minister Kenta Morishima met Secretary of Defense Harold Brennan in Washington yesterday.',
        'A joint statement issued by the two governments said Morishima and Brennan discussed the defense relationship.',
        'The two defense leaders also reviewed the changing regional security situation, the statement said.',
      ].join('\n\n'),
      { kind: 'NEWS_ARTICLE', publisherId: 4, publishedOn: '2031-03-02', title: 'Ministers meet in Washington', keepAll: true },
    );
    const p = draftOf(r, 'also reviewed the changing regional');
    assert.ok(p);
    assert.deepEqual([...p.speakerIds].sort(), [10, 11]);
  });
});

describe('import round 14: a briefing on relations', () => {
  it('RELATIONS_EXPLAINED: "X explained A-B relations" is no draft; "X explained Japan’s plan to …" still is', () => {
    const r = extract(
      new Lexicon(world()),
      [
        'Japan-U.S. Defense Ministers’ Meeting',
        'On March 1, 2031, Defense Minister Kenta Morishima held a meeting with Secretary of Defense Harold Brennan.',
        'Minister Morishima explained Japan-Ruritania relations and Japan-ROK relations.',
        'Minister Morishima explained Japan’s plan to strengthen its island defense, and Secretary Brennan expressed support.',
      ].join('\n\n'),
      { kind: 'PRESS_RELEASE', publisherId: 2, publishedOn: '2031-03-02', title: 'Japan-U.S. Defense Ministers’ Meeting', keepAll: true },
    );
    assert.ok(!draftOf(r, 'Japan-Ruritania relations'));
    assert.ok(draftOf(r, 'plan to strengthen its island defense'));
  });
});

describe('import round 14: a meeting to come', () => {
  it('MEETING_SCHEDULED: "X and Y will be meeting later this month in …" is background; meeting a target is not', () => {
    const r = extract(
      new Lexicon(world()),
      [
        'Readout of the Call',
        'Secretary of Defense Harold Brennan spoke by phone with Minister of Defense Kenta Morishima today.',
        'Secretary Brennan and Minister Morishima will be meeting later this month in Washington.',
        'Minister Morishima confirmed that Japan will meet its new spending goal by 2033.',
      ].join('\n\n'),
      { kind: 'READOUT', publisherId: 1, publishedOn: '2031-03-02', title: 'Readout of the Call', keepAll: true },
    );
    assert.ok(!draftOf(r, 'will be meeting later this month'));
    const d = r.dispositions.find((x) => r.text.slice(x.start, x.end).includes('will be meeting later this month'));
    assert.equal(d?.reason, 'BACKGROUND');
    assert.ok(draftOf(r, 'will meet its new spending goal'));
  });
});
