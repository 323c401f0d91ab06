/**
 * Round 13 of official documents imported without a publisher (a readout or release copied by a blog or an aggregator):
 * the document names its publisher itself, and the host page's clutter takes no place of it. Invented wording (the
 * Brennan–Lee test world: the Department of Defense is organization 1, Japan's Ministry of Defense 2).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract, engagementClause, publisherNamedByDocument } from '../../src/imports/extract';
import { Lexicon } from '../../src/imports/lexicon';
import { publisherLine, readoutLeadLine } from '../../src/imports/pipeline/publisher';
import { passageWith, sortedIds, world } from './import-world';

/** A readout copied on a blog: the blog's date line, the readout, the blog's comment clutter; imported with no publisher. */
const BLOG_COPY = [
  'Tuesday, March 4, 2031',
  "Readout of Secretary of Defense Harold Brennan's Phone Call With Republic of Korea Minister of National Defense Lee Do-yun",
  ' March 4, 2031',
  'Pentagon Press Secretary Ada Quill provided the following readout:',
  'Secretary of Defense Harold Brennan spoke with Republic of Korea Minister of National Defense Lee Do-yun today.',
  'The two leaders agreed on the importance of expanding combined air patrols over the straits and committed to widening the exchange of radar data between their fleets.',
  'No comments:',
  'Post a Comment',
].join('\n\n');

const blogReadout = (text: string, kind: 'READOUT' | 'PRESS_RELEASE' = 'READOUT') =>
  extract(new Lexicon(world()), text, {
    kind,
    publisherId: null,
    publishedOn: '2031-03-04',
    title: text.split('\n\n')[1],
    timeZone: 'America/New_York',
    keepAll: true,
  });

describe('import round 13: a readout copied by a blog names its publisher on its lead line', () => {
  it('finds the lead line among the first lines, past a date line', () => {
    assert.match(readoutLeadLine(BLOG_COPY)!.line, /^Pentagon Press Secretary/);
    assert.ok(readoutLeadLine('|\nThe following is attributable to Pentagon Spokesperson Ada Quill:\nThe Secretary met …'));
    assert.ok(readoutLeadLine('The following statement is attributable to Pentagon Press Secretary Ada Quill:\nThe Secretary …'));
    assert.equal(readoutLeadLine('The minister provided the following figures on the drills.'), null);
    // A copy that runs the readout's first paragraph on after the colon: the lead alone.
    const glued = readoutLeadLine(
      'Pentagon Press Secretary Brig. Gen. Ada Quill provided the following readout: Secretary Brennan spoke with …',
    );
    assert.equal(glued!.line, 'Pentagon Press Secretary Brig. Gen. Ada Quill provided the following readout');
    assert.equal(
      publisherNamedByDocument(new Lexicon(world()), `Title\n\n${glued!.line}: Secretary Brennan met Minister Lee Do-yun.`, {
        kind: 'READOUT',
        publisherId: null,
        publishedOn: '2031-03-04',
      }),
      1,
    );
  });
  it('makes the body on the lead line the publisher: the author and source of the third-person prose', () => {
    const options = { kind: 'READOUT' as const, publisherId: null, publishedOn: '2031-03-04' };
    assert.equal(publisherNamedByDocument(new Lexicon(world()), BLOG_COPY, options), 1);
    const r = blogReadout(BLOG_COPY);
    const p = passageWith(r, /radar data/)!;
    assert.ok(p, 'a draft');
    assert.equal(p.attributedOrganizationId, 1);
    assert.equal(p.source.publisherId, 1);
    assert.equal(p.source.isDocument, true);
    assert.deepEqual(sortedIds(p.partyIds), [10, 12]);
    assert.ok(!r.passages.some((x) => /comment/i.test(x.text)));
  });
  it("does not take a body's generic name without its country for a body of another country on record", () => {
    const lexicon = new Lexicon(world());
    const options = { kind: 'PRESS_RELEASE' as const, publisherId: null, publishedOn: '2031-03-04' };
    // Japan's body is "Ministry of Defense" on record; a British-spelled, countryless "Ministry of Defence" line is not it.
    assert.equal(
      publisherNamedByDocument(lexicon, 'Ministry of Defense\n\nThe Defence Secretary met his counterpart in London.', options),
      null,
    );
    assert.equal(
      publisherNamedByDocument(lexicon, 'Ministry of Defense of Japan\n\nThe Minister met his counterpart in Tokyo.', options),
      2,
    );
    assert.equal(
      publisherNamedByDocument(lexicon, 'A Ministry of Defense spokesman provided the following readout:\n\nThe Minister met …', options),
      null,
    );
    assert.equal(
      publisherNamedByDocument(
        lexicon,
        'A Japanese Ministry of Defense spokesman provided the following readout:\n\nThe Minister …',
        options,
      ),
      2,
    );
  });
  it('leaves a document imported with its publisher as it is', () => {
    const options = { kind: 'READOUT' as const, publisherId: 3, publishedOn: '2031-03-04' };
    assert.equal(publisherNamedByDocument(new Lexicon(world()), BLOG_COPY, options), null);
  });
});

describe('import round 13: engagements held separately are not of the meeting', () => {
  it('ends the engagement clause where separate discussions begin', () => {
    const s =
      'Secretary Brennan met with his counterpart, Minister Lee Do-yun, and held separate discussions with the Prime Minister, March 4 in Seoul.';
    assert.equal(s.slice(0, engagementClause(s)), 'Secretary Brennan met with his counterpart, Minister Lee Do-yun');
    const t = 'Secretary Brennan met Minister Lee Do-yun and separately met the Prime Minister.';
    assert.equal(t.slice(0, engagementClause(t)), 'Secretary Brennan met Minister Lee Do-yun');
  });
  it('takes the recorded meeting of the two for a readout that names the others met apart in its opening', () => {
    const w = world();
    w.officials.push({
      id: 13,
      name: 'Ren Takagi',
      nativeName: null,
      aliases: [],
      countryCode: 'JP',
      holdings: [{ title: 'Prime Minister', capacity: 'SUBSTANTIVE', startDate: '2030-01-01', endDate: null, organizationId: 2 }],
    });
    w.calls.push({ id: 60, title: 'Brennan–Morishima meeting in Tokyo, June 2031', date: '2031-06-01', participantIds: [11, 10] });
    const text = [
      'Pentagon Press Secretary Ada Quill provided the following readout:',
      'Secretary of Defense Harold Brennan met with his Japanese counterpart, Minister of Defense Kenta Morishima, and held separate discussions with Prime Minister Ren Takagi and National Security Advisor Ito Jun, June 1 in Tokyo.',
      'The leaders discussed the importance of increasing bilateral exercises near the southwest islands.',
    ].join('\n');
    const r = extract(new Lexicon(w), text, {
      kind: 'READOUT',
      publisherId: 1,
      publishedOn: '2031-06-01',
      title: 'Readout of the meeting',
      timeZone: 'Asia/Tokyo',
      keepAll: true,
    });
    const p = passageWith(r, /bilateral exercises/)!;
    assert.equal(p.callId, 60);
    assert.deepEqual(sortedIds(p.partyIds), [10, 11]);
  });
});

describe("import round 13: a re-posted release's signature run on after its last sentence", () => {
  it('reads the body named after the last sentence as the publisher line', () => {
    const text = [
      'A phone call was held Monday between Defense Minister Ana Ruiz and Secretary Harold Brennan.',
      'The two ministers agreed to widen the exchange of radar data between their fleets.',
      'The call ended with both officials pledging to meet again in the spring. Department of Coastal Defense',
    ].join('\n\n');
    const line = publisherLine(text)!;
    assert.equal(line.name, 'Department of Coastal Defense');
    assert.equal(text.slice(line.start, line.end), 'Department of Coastal Defense');
    assert.equal(publisherLine(text.replace(' Department of Coastal Defense', ' The Department of Coastal Defense said so.')), null);
  });
  it('proposes that body as the author of the release imported with no publisher', () => {
    const text = [
      'Coastal defense chiefs hold a call',
      'A phone call was held Monday between Defense Minister Ana Ruiz and Secretary Harold Brennan.',
      'The two secretaries agreed to widen the exchange of radar data between their fleets.',
      'The call ended with both officials pledging to meet again in the spring. Department of Coastal Defense',
    ].join('\n\n');
    const r = extract(new Lexicon(world()), text, {
      kind: 'PRESS_RELEASE',
      publisherId: null,
      publishedOn: '2031-03-04',
      title: 'Coastal defense chiefs hold a call',
      keepAll: true,
    });
    const p = passageWith(r, /radar data/)!;
    assert.equal(p.attributedOrganizationId, null);
    assert.equal(p.proposedOrganization, 'organization:department of coastal defense');
    assert.equal(r.proposedOrganizations.find((o) => o.key === p.proposedOrganization)?.name, 'Department of Coastal Defense');
  });
});
