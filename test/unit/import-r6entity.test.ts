/**
 * Document-level fields of the import (issue 19, round 6): the publisher a release names after a label, the body a story
 * names by its kind, the call a sentence belongs to (an earlier month in a clause, remarks in another setting). Invented
 * sentences, not the corpus's.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../src/imports/extract';
import { Lexicon, type LexiconData, titleForms } from '../../src/imports/lexicon';
import { callKindOf, OTHER_SETTING } from '../../src/imports/pipeline/proposed-call';
import { publisherLine } from '../../src/imports/pipeline/publisher';
import { LEE_CALL_LEAD, releaseWithoutPublisher, withLeeCall, withLeeCallAndJanuaryCall, world } from './import-world';

/** A story of the Harbor Times (publisher 4) of 2 March 2031, every draft kept. */
const story = (text: string, data: LexiconData = withLeeCall()) =>
  extract(new Lexicon(data), text, { kind: 'NEWS_ARTICLE', publisherId: 4, publishedOn: '2031-03-02', keepAll: true });

describe('document-level fields (round 6)', () => {
  it('reads a body named after a "From:" label whatever its form, not a person', () => {
    assert.equal(publisherLine('Minister visits allies\n\nFrom: Coastal Defence\n\nNews release\n\nText.')?.name, 'Coastal Defence');
    assert.equal(publisherLine('Title\nIssued by: Joint Forces Command\n\nText.')?.name, 'Joint Forces Command');
    assert.equal(publisherLine('Title\nFrom: Maria Vance\n\nText.'), null);
    assert.equal(publisherLine('Title\nFrom: Our Readers\n\nText.'), null);
  });

  it('proposes the labelled body as the author of a release imported without a publisher', () => {
    const text = [
      'Minister Osei meets Secretary Brennan',
      'From: Coastal Defence',
      'News release',
      'The Honourable Kofi Osei, Minister of Coastal Defence, met with U.S. Secretary of Defense Harold Brennan today.',
      'The two ministers agreed to expand joint patrols along the northern sea lanes.',
    ].join('\n\n');
    const r = releaseWithoutPublisher(text, '2031-04-02', 'America/Toronto');
    const org = r.proposedOrganizations.find((o) => o.name === 'Coastal Defence');
    assert.ok(org, JSON.stringify(r.proposedOrganizations));
    const agreed = r.passages.find((p) => /joint patrols/.test(p.text))!;
    assert.equal(agreed.proposedOrganization, org.key);
  });

  it('resolves "the defense ministry" to the body of an official the paragraph names before one an earlier paragraph named', () => {
    const text = [
      'Allies talk after launch',
      'Japan’s Defense Ministry said the debris fell far outside its waters.',
      'Minister Lee Do-yun and Harold Brennan agreed by phone on Sunday to hold a joint drill next month, the defense ministry said.',
    ].join('\n\n');
    const r = story(text);
    const agreed = r.passages.find((p) => /joint drill/.test(p.text))!;
    assert.equal(agreed.source.publisherId, 3);
  });

  it('dates a clause after a semicolon that opens on an earlier month to the call of that month', () => {
    const w = withLeeCallAndJanuaryCall();
    const text = [
      'Allies talk again',
      LEE_CALL_LEAD,
      'Brennan said the U.S. commitment to the defense of South Korea remains ironclad and agreed to widen drills, the ministry said.',
      'It was their second call this year; in January they agreed to share radar data in real time.',
    ].join('\n\n');
    const r = story(text, w);
    assert.equal(r.passages.find((p) => /radar data/.test(p.text))?.callId, 51);
    assert.equal(r.passages.find((p) => /widen drills/.test(p.text))?.callId, 50);
  });

  it('leaves the call out of remarks made to a legislature that do not speak of the talks or the other side', () => {
    assert.ok(OTHER_SETTING.pattern.test('Testifying before the parliamentary budget panel, Lee said the navy was ready.'));
    assert.ok(OTHER_SETTING.pattern.test('Lee told lawmakers on Monday that the reserve force would grow.'));
    assert.ok(!OTHER_SETTING.pattern.test('Lee told reporters the alliance was strong.'));
    const text = [
      'Allies talk after launch',
      LEE_CALL_LEAD,
      'Brennan said the U.S. commitment to the defense of South Korea remains ironclad, the ministry said.',
      'Speaking to lawmakers in the evening, Lee said the military would keep a firm readiness posture.',
      'Lee later told lawmakers that the U.S. side had promised more surveillance flights.',
    ].join('\n\n');
    const r = story(text);
    assert.equal(r.passages.find((p) => /ironclad/.test(p.text))?.callId, 50);
    assert.equal(r.passages.find((p) => /readiness posture/.test(p.text))?.callId, null);
    // Words about the other side are about the talks.
    assert.equal(r.passages.find((p) => /surveillance flights/.test(p.text))?.callId, 50);
  });

  it('proposes the engagement a minister reports in the first person at their own doorstop, with the minister of the zone’s country', () => {
    const text = [
      'TRANSCRIPT',
      'DOORSTOP, WELLINGTON',
      'MARA QUILL, DEFENCE MINISTER: Morning all. I had a useful talk with Harold Brennan this morning. We both agreed that joint patrols will double next year.',
      'JOURNALIST: Will the frigate upgrade run late?',
      'MARA QUILL, DEFENCE MINISTER: We will keep the frigate upgrade on schedule, as we always have.',
    ].join('\n\n');
    const r = extract(new Lexicon(world()), text, {
      kind: 'TRANSCRIPT',
      publisherId: null,
      publishedOn: '2031-06-03',
      title: 'Doorstop, Wellington',
      timeZone: 'Pacific/Auckland',
      keepAll: true,
    });
    const quill = r.proposedOfficials.find((p) => p.name === 'Mara Quill');
    assert.equal(quill?.countryCode, 'NZ');
    assert.deepEqual([r.proposedCall?.participantIds, r.proposedCall?.proposedParticipants], [[10], [quill!.key]]);
    const agreed = r.passages.find((p) => /joint patrols/.test(p.text))!;
    assert.equal(agreed.offTalks, undefined);
    assert.deepEqual([agreed.partyIds, agreed.proposedParties], [[10], [quill!.key]]);
    // An answer on another subject: not the proposed call's.
    const frigate = r.passages.find((p) => /frigate upgrade/.test(p.text))!;
    assert.equal(frigate.offTalks, true);
    assert.deepEqual(frigate.partyIds, []);
  });

  it('marks remarks before a legislature as off the talks when the talks are not on record', () => {
    const text = [
      'Ministers talk',
      'Ghana’s Defence Minister Kofi Osei and U.S. Secretary of Defense Harold Brennan held a phone call on Sunday about coastal patrols, officials said.',
      'Osei said the two sides agreed to expand joint coastal patrols, the ministry said.',
      'Testifying before parliament in the evening, Osei said the navy would recruit more sailors.',
    ].join('\n\n');
    const r = story(text, world());
    assert.ok(r.proposedCall);
    assert.equal(r.passages.find((p) => /joint coastal patrols/.test(p.text))?.offTalks, undefined);
    assert.equal(r.passages.find((p) => /more sailors/.test(p.text))?.offTalks, true);
  });

  it('proposes the visit a minister received as a "courtesy call from" a visitor, with the minister of the publisher’s country', () => {
    const text = [
      'MEDIA STATEMENT',
      'VISIT OF THE U.S. SECRETARY OF DEFENSE',
      'PORT LOUIS, 4 May 2031 - The Defence Minister, YB Datuk Seri Aziz Karim, today received a courtesy call from the United States Secretary of Defense, Mr Harold Brennan, at the ministry.',
      '2. Datuk Seri Aziz stressed that disputes at sea must be settled peacefully under international law.',
      'MINISTRY OF DEFENCE',
    ].join('\n\n');
    const r = releaseWithoutPublisher(text, '2031-05-04', 'Indian/Mauritius');
    const aziz = r.proposedOfficials.find((p) => p.name === 'Aziz Karim');
    assert.equal(aziz?.title, 'Defence Minister');
    // No country named with him: the release's own minister, of the publisher's country (the zone's).
    assert.equal(aziz?.countryCode, 'MU');
    assert.deepEqual([r.proposedCall?.participantIds, r.proposedCall?.proposedParticipants], [[10], [aziz!.key]]);
    assert.equal(callKindOf('received a courtesy call from the Secretary').kind, 'MEETING');
    assert.equal(callKindOf('held a telephone call with the Secretary').kind, 'PHONE_CALL');
  });

  it('reads "Secretary of War" as the Secretary of Defense, and lets a recorded call lose to the engagement with a newcomer', () => {
    assert.ok(titleForms('Secretary of Defense').includes('Secretary of War'));
    assert.ok(!titleForms('Minister of Defense').includes('Secretary of War'));
    const w = world();
    // The secretary's video call with the Japanese minister a week before: on record, but not what this release reports.
    w.calls.push({ id: 60, title: 'Brennan–Morishima video call, March 2031', date: '2031-03-05', participantIds: [10, 11] });
    const text = [
      'Minister Menon holds telephone talks with US Secretary of War',
      'Defence Minister Ravi Menon held a telephone conversation with the US Secretary of War Harold Brennan on March 12, 2031.',
      'Both Ministers reviewed the progress of their defence cooperation and reaffirmed their commitment to the partnership.',
      'MINISTRY OF DEFENCE',
    ].join('\n\n');
    const r = releaseWithoutPublisher(text, '2031-03-12', 'Asia/Kolkata', w);
    const menon = r.proposedOfficials.find((p) => p.name === 'Ravi Menon')!;
    assert.deepEqual(r.calls, []);
    assert.deepEqual([r.proposedCall?.participantIds, r.proposedCall?.proposedParticipants], [[10], [menon.key]]);
    const both = r.passages.find((p) => /reviewed the progress/.test(p.text))!;
    assert.deepEqual([both.callId, both.partyIds, both.proposedParties], [null, [10], [menon.key]]);
  });

  it('gives a quotation followed by "– said the head of the <acronym>" to the minister who heads that body', () => {
    const text = [
      'Minister Halvorsen in Washington',
      'Minister of Coastal Defence Ingrid Halvorsen met U.S. Secretary of Defense Harold Brennan at the Pentagon on Tuesday.',
      '"We agreed to build the new patrol boats together, and the work starts this year" – said the head of the MCD after the talks.',
      'Ministry of Coastal Defence, Press Office',
    ].join('\n\n');
    const r = releaseWithoutPublisher(text, '2031-02-18', 'Europe/Oslo');
    const halvorsen = r.proposedOfficials.find((p) => p.name === 'Ingrid Halvorsen')!;
    const quote = r.passages.find((p) => /patrol boats/.test(p.text))!;
    assert.equal(quote.kind, 'DIRECT_QUOTE');
    assert.deepEqual([quote.speakerIds, quote.proposedSpeakers, quote.proposedOrganization ?? null], [[], [halvorsen.key], null]);
  });

  it('gives a quotation introduced by "He added," to the person "he" is', () => {
    const text = [
      'Vice Minister meets Secretary',
      'Minister Lee Do-yun met Harold Brennan on March 2 in Seoul.',
      'Minister Lee said that the alliance would keep its combined posture strong.',
      'He added, "Our crews train together because they will fight together."',
    ].join('\n\n');
    const r = extract(new Lexicon(withLeeCall()), text, {
      kind: 'PRESS_RELEASE',
      publisherId: 3,
      publishedOn: '2031-03-02',
      title: 'Vice Minister meets Secretary',
      keepAll: true,
    });
    const quote = r.passages.find((p) => /train together/.test(p.text))!;
    assert.deepEqual([quote.kind, quote.speakerIds], ['DIRECT_QUOTE', [12]]);
  });

  it('gives words an official "told reporters" in a release a press conference of theirs as the source', () => {
    const text = [
      'Secretary visits Seoul',
      'Harold Brennan met Minister Lee Do-yun in Seoul on March 2.',
      '"Our two navies will sail together more often this year," Brennan told Korean and American reporters after the talks.',
    ].join('\n\n');
    const r = extract(new Lexicon(withLeeCall()), text, {
      kind: 'PRESS_RELEASE',
      publisherId: 1,
      publishedOn: '2031-03-02',
      title: 'Secretary visits Seoul',
      keepAll: true,
    });
    const quote = r.passages.find((p) => /sail together/.test(p.text))!;
    assert.deepEqual([quote.source.kind, quote.source.isDocument, quote.source.speakerId], ['PRESS_CONFERENCE', false, 10]);
  });
});
