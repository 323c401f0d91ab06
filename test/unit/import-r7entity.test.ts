/**
 * Document-level fields of the import (issue 19, round 7): a publisher line with a qualifier before "Ministry of", the
 * other side of a call named as a party rather than as a topic, an earlier call dated by a month and the relative clause
 * after it. Invented sentences, not the corpus's.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../src/imports/extract';
import { Lexicon, type LexiconData } from '../../src/imports/lexicon';
import { OTHER_SIDE_AS_PARTY } from '../../src/imports/pipeline/proposed-call';
import { appointmentAfter } from '../../src/imports/pipeline/people';
import { publisherLine } from '../../src/imports/pipeline/publisher';
import { LEE_CALL_LEAD, releaseWithoutPublisher, withLeeCall, withLeeCallAndJanuaryCall, world } from './import-world';

/** A story of the Harbor Times (publisher 4) of 2 March 2031, every draft kept. */
const story = (text: string, data: LexiconData = withLeeCall()) =>
  extract(new Lexicon(data), text, { kind: 'NEWS_ARTICLE', publisherId: 4, publishedOn: '2031-03-02', keepAll: true });

/** A minister's doorstop transcript of 6 May 2031 imported with no publisher, every draft kept. */
const doorstop = (title: string, text: string) =>
  extract(new Lexicon(world()), text, {
    kind: 'TRANSCRIPT',
    publisherId: null,
    publishedOn: '2031-05-06',
    title,
    timeZone: 'Africa/Accra',
    keepAll: true,
  });

describe('document-level fields (round 7)', () => {
  it('reads a publisher line whose "Ministry of" carries a qualifier of the state’s form', () => {
    assert.equal(
      publisherLine('Federal Ministry of Coastal Affairs\nPress Office\n\nTitle\n\nText.')?.name,
      'Federal Ministry of Coastal Affairs',
    );
    assert.equal(publisherLine('ROYAL MINISTRY OF DEFENCE\n\nTitle\n\nText.')?.name, 'Royal Ministry of Defence');
    assert.equal(publisherLine('Osei hosts Brennan\n\nMinister Osei greeted the Secretary.'), null);
  });

  it('counts a country of the other side as named in remarks elsewhere only when it is a party one deals with', () => {
    assert.ok(OTHER_SIDE_AS_PARTY.test(' side for more radar data'));
    assert.ok(OTHER_SIDE_AS_PARTY.test('’s delegation'));
    assert.ok(!OTHER_SIDE_AS_PARTY.test(' should pay for more of its own air defense'));
    const text = [
      'Allies talk after launch',
      LEE_CALL_LEAD,
      'Brennan said the U.S. commitment to the defense of South Korea remains ironclad, the ministry said.',
      'Testifying to a Senate panel that morning, Brennan said South Korea should buy more of its own interceptors.',
    ].join('\n\n');
    const r = story(text);
    assert.equal(r.passages.find((p) => /ironclad/.test(p.text))?.callId, 50);
    assert.equal(r.passages.find((p) => /interceptors/.test(p.text))?.callId, null);
  });

  it('dates a relative clause after a month ("since January, when …", "a January call in which …") to that month’s call', () => {
    const w = withLeeCallAndJanuaryCall();
    const text = [
      'Allies talk again',
      LEE_CALL_LEAD,
      'Brennan said the U.S. commitment to the defense of South Korea remains ironclad and agreed to widen drills, the ministry said.',
      'It was the pair’s second call since January, when they agreed to share radar data in real time.',
      'The talks came after a January phone call in which the two agreed to open a joint logistics hub.',
      'Brennan, who visited Seoul in January, when the base was reopened, agreed to widen joint air drills, the ministry said.',
    ].join('\n\n');
    const r = story(text, w);
    assert.equal(r.passages.find((p) => /radar data/.test(p.text))?.callId, 51);
    assert.equal(r.passages.find((p) => /logistics hub/.test(p.text))?.callId, 51);
    assert.equal(r.passages.find((p) => /widen drills/.test(p.text))?.callId, 50);
    // "in January, when the base was reopened": no engagement of the two that month.
    assert.equal(r.passages.find((p) => /joint air drills/.test(p.text))?.callId, 50);
  });

  it('proposes the visit a minister "welcomed" a visitor to, or "receives" in a headline, and not a welcomed pledge', () => {
    const text = [
      'Osei receives U.S. Secretary of Defense Brennan in Accra',
      'Royal Ministry of Coastal Affairs',
      'Minister of Coastal Affairs Kofi Osei welcomed U.S. Secretary of Defense Harold Brennan to the ministry on Tuesday.',
      'Both ministers agreed to expand joint patrols in the gulf.',
    ].join('\n\n');
    const r = releaseWithoutPublisher(text, '2031-05-06', 'Africa/Accra');
    const osei = r.proposedOfficials.find((p) => p.name === 'Kofi Osei');
    assert.ok(osei, JSON.stringify(r.proposedOfficials));
    assert.deepEqual([r.proposedCall?.participantIds, r.proposedCall?.proposedParticipants], [[10], [osei.key]]);
    const pledge = releaseWithoutPublisher(
      ['Ministry of Coastal Affairs', 'Minister Kofi Osei welcomed Secretary Brennan’s pledge to keep the patrols going.'].join('\n\n'),
      '2031-05-06',
      'Africa/Accra',
    );
    assert.equal(pledge.proposedCall, null);
  });

  it('gives a bare "Minister:" label to the person not on record the title names before the one on record', () => {
    const title =
      'Transcript of Remarks by Minister for Coastal Affairs Kofi Osei after his Meeting with Secretary of Defense Harold Brennan';
    const text = [
      title,
      'Journalist: How did the meeting go?',
      'Minister: I met Secretary Brennan this afternoon. We agreed that joint patrols in the gulf will double next year.',
    ].join('\n\n');
    const r = doorstop(title, text);
    const osei = r.proposedOfficials.find((p) => p.name === 'Kofi Osei');
    assert.ok(osei, JSON.stringify(r.proposedOfficials));
    const patrols = r.passages.find((p) => /joint patrols/.test(p.text))!;
    assert.deepEqual([patrols.speakerIds, patrols.proposedSpeakers], [[], [osei.key]]);
    assert.equal(osei.countryCode, 'GH');
  });

  it('carries another setting to the same speaker’s next quotation, and not to words about the talks', () => {
    const text = [
      'Allies talk after launch',
      LEE_CALL_LEAD,
      'Brennan said the U.S. commitment to the defense of South Korea remains ironclad, the ministry said.',
      '“The reserve force will grow by a tenth,” Lee said at a budget hearing in parliament. “We will not cut the cadet academies either.”',
      'Lee told a parliamentary committee in the evening that the navy would keep two carriers in port.',
      '“If the budget passes, I will ask Secretary Brennan to send more instructors,” Lee said.',
      'Lee said the two had also agreed by phone to widen joint drills.',
    ].join('\n\n');
    const r = story(text);
    assert.equal(r.passages.find((p) => /ironclad/.test(p.text))?.callId, 50);
    assert.equal(r.passages.find((p) => /cadet academies/.test(p.text))?.callId, null);
    assert.equal(r.passages.find((p) => /more instructors/.test(p.text))?.callId, null);
    assert.equal(r.passages.find((p) => /widen joint drills/.test(p.text))?.callId, 50);
  });

  it('gives a bare "Minister:" label to the one person not on record a transcript’s title names when it names no one on record', () => {
    const title = 'Doorstop Interview with Minister for Coastal Affairs Kofi Osei';
    const text = [
      title,
      'Journalist: What did you discuss?',
      'Minister: I spoke with Secretary Brennan this morning. We agreed that joint patrols in the gulf will double next year.',
    ].join('\n\n');
    const r = doorstop(title, text);
    const osei = r.proposedOfficials.find((p) => p.name === 'Kofi Osei');
    assert.ok(osei, JSON.stringify(r.proposedOfficials));
    const patrols = r.passages.find((p) => /joint patrols/.test(p.text));
    assert.deepEqual([patrols?.speakerIds, patrols?.proposedSpeakers], [[], [osei.key]]);
  });

  it('gives a minister with the portfolio in brackets after the name the publisher’s country', () => {
    const text = [
      'Minister Ter Horst speaks with Secretary Brennan',
      'Minister Ter Horst (Defence) spoke by telephone on Monday with U.S. Secretary of Defense Harold Brennan.',
      'Ter Horst said the navy will send a frigate to the joint patrol next spring.',
      'Ministry of Defence',
    ].join('\n\n');
    const r = releaseWithoutPublisher(text, '2031-05-06', 'Europe/Amsterdam');
    const minister = r.proposedOfficials.find((p) => p.name === 'Ter Horst');
    assert.equal(minister?.countryCode, 'NL', JSON.stringify(r.proposedOfficials));
  });

  it('dates an engagement "last month" to the call of the month before the story’s', () => {
    const w = withLeeCall();
    w.calls.push({ id: 52, title: 'Brennan–Lee meeting, February 2031', date: '2031-02-11', participantIds: [10, 12] });
    const text = [
      'Allies talk again',
      LEE_CALL_LEAD,
      'Brennan said the U.S. commitment to the defense of South Korea remains ironclad, the ministry said.',
      'At last month’s meeting the two agreed to set up a hotline between their staffs.',
      'Lee briefed Brennan on a drone incursion near the border last month.',
    ].join('\n\n');
    const r = story(text, w);
    assert.equal(r.passages.find((p) => /hotline/.test(p.text))?.callId, 52);
    assert.equal(r.passages.find((p) => /ironclad/.test(p.text))?.callId, 50);
    // "last month" dating another event, not the engagement: the story's call.
    assert.notEqual(r.passages.find((p) => /drone incursion/.test(p.text))?.callId, 52);
  });

  it('reads "X, the nominee for defense minister," as a designate, and carries his hearing to what he "also said"', () => {
    assert.equal(appointmentAfter(', the nominee for defense minister, said')?.role, 'defense minister');
    assert.equal(appointmentAfter(', the president’s pick for the post of navy minister, said')?.role, 'navy minister');
    assert.equal(appointmentAfter(', the minister’s aide, said'), null);
    const text = [
      'Allies talk after launch',
      LEE_CALL_LEAD,
      'Brennan said the U.S. commitment to the defense of South Korea remains ironclad, the ministry said.',
      'Kang Min-seok, the nominee for defense minister, told lawmakers at his confirmation hearing that he would double the reserve force.',
      'Kang, a retired admiral, also said the navy must keep two carriers ready at all times.',
    ].join('\n\n');
    const r = story(text);
    const kang = r.proposedOfficials.find((p) => p.name === 'Kang Min-seok');
    assert.equal(kang?.capacity, 'DESIGNATE', JSON.stringify(r.proposedOfficials));
    assert.equal(r.passages.find((p) => /ironclad/.test(p.text))?.callId, 50);
    assert.equal(r.passages.find((p) => /two carriers/.test(p.text))?.callId, null);
  });
});
