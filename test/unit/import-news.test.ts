/**
 * Rules for wire stories, news pages and readouts of calls with countries not on record (issue 19), on sentences
 * written for these tests: titles with a list in their "for …" part, "the defense minister" for "Minister of National
 * Defense", the subject of a quoted predicate, a capital standing for its government, the kind of a body's
 * "statement", a long first clause coordinated with a position, and the proposed call's date.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../src/imports/extract';
import { Lexicon, type LexiconData, titleForms } from '../../src/imports/lexicon';
import { namesKind, quotedPredicateSubject } from '../../src/imports/pipeline/attribution';
import { governmentSubject } from '../../src/imports/pipeline/countries';
import { clauseAfter, REPORTED_REFUSAL } from '../../src/imports/pipeline/frames';
import { backgroundOf } from '../../src/imports/pipeline/background';
import { appointmentAfter, postForRole, titledPeople } from '../../src/imports/pipeline/people';
import { pentagonReadout, world } from './import-world';

/** The test world with a call between the U.S. secretary (10) and the Korean minister (12) on 2 March 2031. */
function withCall(): LexiconData {
  const w = world();
  w.calls.push({ id: 50, title: 'Brennan–Lee telephone call, March 2031', date: '2031-03-02', participantIds: [10, 12] });
  return w;
}

describe('news and unknown-country readouts', () => {
  it('reads a title whose "for" part is a list ending in "and", and stops at a comma without one', () => {
    const [p] = titledPeople("Canada's Deputy Minister for Policy, Programs and Procurement, Aline T. Verhoeven, joined the call.");
    assert.equal(p.name, 'Aline T. Verhoeven');
    assert.equal(p.title, 'Deputy Minister for Policy, Programs and Procurement');
    const [q] = titledPeople('He thanked the Minister of Defence, Marco Belloni, for the visit.');
    assert.equal(q.title, 'Minister of Defence');
  });

  it('knows "Minister of National Defence" as "Defence Minister" too', () => {
    assert.ok(titleForms('Minister of National Defence').includes('Defence Minister'));
    assert.ok(titleForms('Secretary of National Defense').includes('Defense Secretary'));
    assert.deepEqual(titleForms('Minister of Defense').sort(), ['Defense Minister', 'Minister of Defense']);
  });

  it('finds the subject of a quotation that opens with a verb', () => {
    const before = 'Lund \u201c';
    assert.equal(
      quotedPredicateSubject('In a call on Friday, Lund ', 'pledged that the patrols would resume'),
      'In a call on Friday, '.length,
    );
    assert.equal(quotedPredicateSubject(before.slice(0, -1), 'stressed the value of the drills'), 0);
    // A whole quoted sentence, or words after a verb, are no predicate of the words before.
    assert.equal(quotedPredicateSubject('Lund said ', 'the patrols would resume'), null);
    assert.equal(quotedPredicateSubject('Lund ', 'The patrols will resume'), null);
  });

  it('reads a capital or a country alone as its government, not an adjective', () => {
    assert.equal(governmentSubject('Washington'), 'US');
    assert.equal(governmentSubject('Canberra '), 'AU');
    assert.equal(governmentSubject('Japan'), 'JP');
    assert.equal(governmentSubject('the United States'), 'US');
    assert.equal(governmentSubject('Japanese'), null);
    assert.equal(governmentSubject('the alliance'), null);
  });

  it('takes "a statement" about a call at a distance as the kind the body issues, a press release otherwise', () => {
    assert.equal(namesKind('statement', true), false);
    assert.equal(namesKind('statement', false), true);
    assert.equal(namesKind('press release', true), true);
    assert.equal(namesKind('readout', true), true);
  });

  it('a wire story: a quoted predicate, a capital as the subject, a department statement about a phone call', () => {
    const text = [
      'WASHINGTON, March 2 (Harbor) - Harold Brennan spoke by phone with Lee Do-yun on Sunday.',
      'Brennan \u201cpledged that the navies would keep training side by side,\u201d the Pentagon said in a statement.',
      'The Pentagon added that Washington would keep its bombers on rotation near the peninsula.',
      'Brennan told reporters that Seoul would spend more on missile defense next year.',
    ].join('\n\n');
    const r = extract(new Lexicon(withCall()), text, { kind: 'NEWS_ARTICLE', publisherId: 4, publishedOn: '2031-03-02', keepAll: true });
    const quote = r.passages.find((x) => /side by side/.test(x.text))!;
    assert.equal(quote.kind, 'DIRECT_QUOTE');
    assert.deepEqual(quote.partyIds, [10]);
    assert.equal(quote.source.kind, 'READOUT');
    assert.equal(quote.attributedOrganizationId, 1);
    const bombers = r.passages.find((x) => /bombers/.test(x.text))!;
    assert.deepEqual(bombers.partyIds, [10]);
    // Another country's official speaking of Seoul: his own words, his position (not the Korean minister's).
    const spending = r.passages.find((x) => /missile defense/.test(x.text))!;
    assert.deepEqual([spending.speakerIds, spending.partyIds], [[10], [10]]);
  });

  it('a readout of a call with an official not on record: a title with a list, "the two officials", a proposed call dated by the text', () => {
    const text = [
      "Readout of Secretary of Defense Harold Brennan's Call With Canadian Deputy Minister for Policy, Programs and Procurement Aline T. Verhoeven",
      'March 3, 2031',
      "Secretary of Defense Harold Brennan spoke by phone yesterday with Canada's Deputy Minister for Policy, Programs and Procurement, Aline T. Verhoeven.",
      'Ms. Verhoeven described the progress of the new Arctic radar stations along the northern coast and the training of their crews over the winter months, and the two officials agreed to hold a joint air defense exercise in the spring.',
      'The two officials also welcomed the steady growth of industrial cooperation.',
    ].join('\n\n');
    const r = pentagonReadout(text, '2031-03-03');
    const verhoeven = r.proposedOfficials.find((p) => p.name === 'Aline T. Verhoeven')!;
    assert.equal(verhoeven.countryCode, 'CA');
    assert.equal(verhoeven.title, 'Deputy Minister for Policy, Programs and Procurement');
    const exercise = r.passages.find((x) => /air defense exercise/.test(x.text))!;
    assert.deepEqual([exercise.partyIds, exercise.proposedParties], [[10], [verhoeven.key]]);
    const growth = r.passages.find((x) => /industrial cooperation/.test(x.text))!;
    assert.deepEqual([growth.partyIds, growth.proposedParties], [[10], [verhoeven.key]]);
    assert.ok(r.proposedCall);
    assert.deepEqual(r.proposedCall.proposedParticipants, [verhoeven.key]);
    assert.equal(r.proposedCall.date, '2031-03-02');
  });

  it('reads the role a person is appointed to after the name, and the post it names in that country', () => {
    assert.equal(
      appointmentAfter(', whom the prime minister picked last week as the new defence minister, said …')?.role,
      'defence minister',
    );
    assert.equal(appointmentAfter(', who was nominated on Friday as the next secretary, told …')?.role, 'secretary');
    assert.equal(appointmentAfter(', the incoming minister, said …')?.role, 'minister');
    assert.equal(appointmentAfter(', the minister-designate, said …')?.role, 'minister');
    assert.equal(appointmentAfter(', a former minister, said …'), null);
    assert.equal(
      appointmentAfter(', a retired admiral, as the nation’s new defense minister on Friday', 'The president named ')?.role,
      'defense minister',
    );
    assert.equal(appointmentAfter(' as the new defense minister', 'She met '), null);
    const titles = ['Minister of National Defense', 'Vice Minister of National Defense', 'Minister of National Defense'];
    assert.equal(postForRole('minister', titles), 'Minister of National Defense');
    assert.equal(postForRole('defense minister', titles), 'Minister of National Defense');
    assert.equal(postForRole('minister', ['Minister of Defence', 'Minister for Foreign Affairs']), null);
  });

  it("a wire story: another news conference by name, and a designate's written statement outside the call", () => {
    const text = [
      'SEOUL, March 2 (Harbor) - Lee Do-yun and Harold Brennan spoke by phone on Sunday, the Ministry of National Defense said.',
      'Brennan told reporters that the drills would go ahead in April as planned.',
      'Lee told the same news conference that Seoul would raise its spending on air defense next year.',
      'Park Ji-hoon, whom the president named on Friday as the next minister, said in a written statement that he would keep the alliance strong.',
    ].join('\n\n');
    const r = extract(new Lexicon(withCall()), text, { kind: 'NEWS_ARTICLE', publisherId: 4, publishedOn: '2031-03-02', keepAll: true });
    const spending = r.passages.find((x) => /air defense/.test(x.text))!;
    assert.deepEqual([spending.speakerIds, spending.partyIds], [[12], [12]]);
    const park = r.proposedOfficials.find((p) => p.name === 'Park Ji-hoon')!;
    assert.deepEqual([park.title, park.capacity, park.countryCode], ['Minister of National Defense', 'DESIGNATE', 'KR']);
    const statement = r.passages.find((x) => /alliance strong/.test(x.text))!;
    assert.deepEqual([statement.proposedSpeakers, statement.proposedParties], [[park.key], [park.key]]);
    assert.equal(statement.source.kind, 'PRESS_RELEASE');
    assert.equal(statement.source.isDocument, false);
    assert.equal(statement.callId, null);
  });

  it('a time after the verb is when it was said, and a reported refusal is no position', () => {
    assert.equal(clauseAfter('said', 'hours before the drills began off the coast.'), false);
    assert.equal(clauseAfter('said', 'a week after the two met in Canberra.'), false);
    assert.equal(clauseAfter('said', 'the drills would begin off the coast.'), true);
    assert.ok(REPORTED_REFUSAL.test('she would refrain from commenting on the talks.'));
    assert.ok(REPORTED_REFUSAL.test('he declined to discuss the cost of the bases.'));
    assert.ok(!REPORTED_REFUSAL.test('the alliance would not waver in the face of pressure.'));
    const text = [
      'CANBERRA, March 2 (Harbor) - Harold Brennan reaffirmed that the alliance would stand firm, Lee Do-yun said on Sunday, a day after the two held a call.',
      'Asked about the cost of the bases, Lee said he would refrain from commenting on the negotiations.',
    ].join('\n\n');
    const r = extract(new Lexicon(withCall()), text, { kind: 'NEWS_ARTICLE', publisherId: 4, publishedOn: '2031-03-02', keepAll: true });
    assert.deepEqual(
      r.passages.map((p) => /stand firm/.test(p.text)),
      [true],
    );
  });

  it('a photo caption is boilerplate, not a position', () => {
    assert.equal(
      backgroundOf('Minister Ruiz, left, and Secretary Brennan review an honor guard in Lima on Monday.')?.reason,
      'BOILERPLATE',
    );
    assert.equal(backgroundOf('(From left) Ruiz, Brennan and Lee pose before their talks.')?.reason, 'BOILERPLATE');
    assert.notEqual(backgroundOf('Ruiz said the right of navigation must be upheld, and Brennan agreed.')?.reason, 'BOILERPLATE');
    // "plans" as a noun ("Peru's plans to host …") is no schedule.
    assert.equal(
      backgroundOf("Minister Ruiz outlined Peru's plans to host a naval exercise, and the two leaders discussed maritime security."),
      null,
    );
    assert.equal(backgroundOf('Peru plans to host a naval exercise next year.')?.reason, 'BACKGROUND');
  });

  it('a wire story about a call with an official not on record: a body\'s spokesperson, "spoke by phone on Thursday with", "told reporters in Ottawa on Friday that"', () => {
    const text = [
      'WASHINGTON, March 7 (Harbor) - Harold Brennan spoke by phone on Thursday with Canadian Defence Minister Aline Verhoeven, the Pentagon said.',
      'Brennan \u201creaffirmed the close partnership between the two countries,\u201d Pentagon spokesperson Tom Reyes said in a statement.',
      'The two leaders also agreed to expand air defense drills in the north, according to the statement.',
      'Verhoeven told reporters in Ottawa on Friday that Canada would buy more radars next year.',
    ].join('\n\n');
    const r = extract(new Lexicon(world()), text, { kind: 'NEWS_ARTICLE', publisherId: 4, publishedOn: '2031-03-07', keepAll: true });
    const verhoeven = r.proposedOfficials.find((p) => p.name === 'Aline Verhoeven')!;
    assert.equal(verhoeven.countryCode, 'CA');
    const quote = r.passages.find((x) => /close partnership/.test(x.text))!;
    assert.deepEqual([quote.attributedOrganizationId, quote.proposedSpeakers, quote.partyIds], [1, [], [10]]);
    assert.equal(quote.source.kind, 'READOUT');
    const drills = r.passages.find((x) => /air defense drills/.test(x.text))!;
    assert.deepEqual([drills.partyIds, drills.proposedParties], [[10], [verhoeven.key]]);
    const radars = r.passages.find((x) => /radars/.test(x.text))!;
    assert.deepEqual(radars.proposedSpeakers, [verhoeven.key]);
    // The call reported, not on record: proposed, dated by "Thursday" (not by the dateline).
    assert.deepEqual(r.proposedCall?.proposedParticipants, [verhoeven.key]);
    assert.equal(r.proposedCall?.date, '2031-03-06');
  });

  it('a readout by the department of two officials not on record: its own official by the title, "The officials agreed"', () => {
    const text = [
      "Readout of Deputy Secretary of Defense Mara Quist's Meeting With Canadian Deputy Minister of National Defence Paul Roche",
      'May 6, 2031',
      'Deputy Secretary of Defense Mara Quist met with Canadian Deputy Minister of National Defence Paul Roche at the Pentagon on May 5.',
      'Deputy Secretary Quist and Deputy Minister Roche reviewed the defense relationship and welcomed progress on the northern radars.',
      'The officials agreed to deepen cooperation on space and cyber.',
    ].join('\n\n');
    const r = pentagonReadout(text, '2031-05-06');
    const quist = r.proposedOfficials.find((p) => p.name === 'Mara Quist')!;
    assert.deepEqual([quist.countryCode, quist.organizationId], ['US', 1]);
    const roche = r.proposedOfficials.find((p) => p.name === 'Paul Roche')!;
    assert.equal(roche.countryCode, 'CA');
    const space = r.passages.find((x) => /space and cyber/.test(x.text))!;
    assert.deepEqual(space.proposedParties.sort(), [quist.key, roche.key].sort());
  });

  it("a news story's own account of what an official told a counterpart not on record is the paper's, the official its party", () => {
    const text = [
      'OTTAWA, June 3 (Harbor) - Harold Brennan told his Canadian counterpart, Defence Minister Aline Verhoeven, on Tuesday that Washington would keep its radars in the north.',
    ].join('\n\n');
    const r = extract(new Lexicon(world()), text, { kind: 'NEWS_ARTICLE', publisherId: 4, publishedOn: '2031-06-03', keepAll: true });
    const radars = r.passages.find((x) => /radars/.test(x.text))!;
    assert.deepEqual([radars.attributedOrganizationId, radars.partyIds, radars.source.isDocument], [4, [10], true]);
  });

  it('proposes the engagement a readout reports as "received", "hosted a delegation" or "X and Y met in <place>"', () => {
    const lex = new Lexicon(world());
    const cases = [
      'Minister Kenta Morishima received Secretary of Defense Harold Brennan at the ministry on Tuesday, March 4.',
      'Minister Lee Do-yun hosted a delegation led by Secretary of Defense Harold Brennan on March 4.',
      'Secretary of Defense Harold Brennan and Minister of Defense Kenta Morishima met in Sapporo on March 4, 2031.',
      "Secretary of Defense Harold Brennan met Japan's Minister of Defense Kenta Morishima in Sapporo on March 4.",
    ];
    for (const first of cases) {
      const text = `${first}\n\nThe two ministers reaffirmed their commitment to close cooperation.`;
      const r = extract(lex, text, { kind: 'READOUT', publisherId: 1, publishedOn: '2031-03-05' });
      assert.ok(r.proposedCall, first);
      assert.equal(r.proposedCall.participantIds.length, 2, first);
    }
    // Two people in a sentence with no engagement word propose nothing.
    const none = extract(lex, 'Minister Kenta Morishima received the report that Secretary of Defense Harold Brennan sent.', {
      kind: 'READOUT',
      publisherId: 1,
      publishedOn: '2031-03-05',
    });
    assert.equal(none.proposedCall, null);
  });
});
