/**
 * Wire-story rules of issue 19's third round, on sentences written for these tests: attributions in the middle of a
 * sentence or with asides ("…, the Pentagon said in a readout issued after the call, and the two …", "According to the
 * ministry, X also stressed that …", "…, the ministry added, without giving a date.").
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../src/imports/extract';
import { Lexicon } from '../../src/imports/lexicon';
import { outerAttribution, quoteInsideClause } from '../../src/imports/pipeline/attribution';
import { LEE_CALL_LEAD, leeCallStory, withLeeCall } from './import-world';

describe('wire stories: attributions in the middle of a sentence', () => {
  it('reads "<clause>, <body> said in a readout issued after the call, and <clause>" as the body\'s account of the whole sentence', () => {
    const s =
      'Brennan pledged more tankers for the peninsula, the Pentagon said in a readout issued after the call, and the two agreed to meet in May.';
    const a = outerAttribution(s, () => true)!;
    assert.equal(s.slice(...a.reporter), 'the Pentagon');
    assert.equal(a.wholeSentence, true);
    const r = leeCallStory(s);
    const p = r.passages.filter((x) => /tankers|May/.test(x.text));
    assert.equal(p.length, 1);
    assert.match(p[0].text, /meet in May\.$/);
    assert.equal(p[0].attributedOrganizationId, 1);
    assert.equal(p[0].source.kind, 'READOUT');
  });

  it('ends an attribution before an aside ("…, the ministry added, without giving a date.")', () => {
    const s = 'The two sides also agreed to expand their missile-warning data sharing, the ministry added, without giving a date.';
    assert.equal(s.slice(...outerAttribution(s, () => true)!.reporter), 'the ministry');
    const r = leeCallStory('Lee told Brennan the alliance stood firm, the Ministry of National Defense said.', s);
    const p = r.passages.find((x) => /missile-warning/.test(x.text));
    assert.equal(p?.attributedOrganizationId, 3);
  });

  it('makes a leading "According to <body>, X stressed that …" the body\'s account, X a party', () => {
    const r = leeCallStory(
      'According to the Ministry of National Defense, Lee also stressed that joint air patrols would continue through the winter.',
    );
    const p = r.passages.find((x) => /air patrols/.test(x.text))!;
    assert.equal(p.attributedOrganizationId, 3);
    assert.deepEqual(p.partyIds, [12]);
    assert.notEqual(p.source.kind, 'PRESS_CONFERENCE');
  });

  it('reads "<body> said in a short readout that …" and "said in its own summary, released <when>, that …"', () => {
    const r = leeCallStory(
      'The Pentagon said in a short readout that Brennan reaffirmed the commitment to extended deterrence for Korea.',
      "Korea's Ministry of National Defense said in its own summary, released Monday evening Seoul time, that the ministers had agreed to keep their drills on schedule.",
    );
    const readout = r.passages.find((x) => /extended deterrence/.test(x.text))!;
    assert.equal(readout.attributedOrganizationId, 1);
    assert.equal(readout.source.kind, 'READOUT');
    const summary = r.passages.find((x) => /drills on schedule/.test(x.text))!;
    assert.equal(summary.attributedOrganizationId, 3);
  });

  it('gives an account dated by an earlier month in its first clause the engagement of that month, not the call reported', () => {
    const w = withLeeCall();
    w.calls.push({ id: 48, title: 'Brennan–Lee meeting in Busan, December 2030', date: '2030-12-09', participantIds: [10, 12] });
    w.calls.push({ id: 49, title: 'Brennan–Lee telephone call, January 2031', date: '2031-01-14', participantIds: [10, 12] });
    const r = extract(
      new Lexicon(w),
      [
        LEE_CALL_LEAD,
        'Brennan reaffirmed that the alliance would keep its bombers on rotation, the Ministry of National Defense said.',
        'In January, the two ministers agreed over the phone to hold naval drills in the spring.',
        'When they sat down in Busan on December 9, Lee and Brennan pledged to build a joint repair yard.',
        'Lee and Brennan met in Busan in December for their yearly talks, where they agreed to share radar data.',
        'In May, the two ministers will review the drills, the ministry said.',
      ].join('\n\n'),
      { kind: 'NEWS_ARTICLE', publisherId: 4, publishedOn: '2031-03-02', keepAll: true },
    );
    const call = (re: RegExp) => r.passages.find((x) => re.test(x.text))?.callId;
    assert.equal(call(/bombers/), 50);
    assert.equal(call(/naval drills/), 49);
    assert.equal(call(/repair yard/), 48);
    assert.equal(call(/radar data/), 48);
    // A month ahead in the future tense is no earlier engagement.
    assert.equal(call(/review the drills/), 50);
  });

  it('keeps a quotation that goes on a reported clause inside the sentence, which is the one passage', () => {
    const never = () => false;
    assert.equal(quoteInsideClause('the pact ', 'covers the islands too, no exceptions.', never), true);
    assert.equal(quoteInsideClause('Guam would pay for the piers, calling it ', 'a fair price for our safety.', never), false);
    assert.equal(quoteInsideClause('the two agreed to work together, ', 'through this call, we could confirm our views.', never), false);
    // A quoted predicate of people is their quotation; a quotation opening a sentence of its own is too.
    assert.equal(
      quoteInsideClause('the two men ', 'agreed to meet again soon in Hawaii.', () => true),
      false,
    );
    assert.equal(quoteInsideClause('the pact ', 'The islands are covered.', never), false);
    const r = leeCallStory(
      'Brennan said Article 4 of the mutual defense pact "covers the western islands as well, with no exceptions."',
      'Lee told Brennan that the change of command would cause "no pause at all in the readiness" of the allied forces, the Ministry of National Defense said.',
    );
    const whole = (re: RegExp) => r.passages.filter((x) => re.test(x.text));
    for (const re of [/western islands/, /no pause/]) {
      const p = whole(re);
      assert.equal(p.length, 1, String(re));
      assert.equal(p[0].kind, 'PARAPHRASE');
      assert.match(p[0].text, /^(?:Brennan|Lee) (?:said|told)/);
    }
    assert.equal(whole(/no pause/)[0].attributedOrganizationId, 3);
  });

  it('reads "…,\u201d according to <reporter>." with the comma inside the closing quotation mark', () => {
    const s =
      'Lee told Brennan that the navy had acted "with restraint and within the rules of the truce," according to a ministry press release.';
    assert.equal(s.slice(...outerAttribution(s, () => true)!.reporter), 'a ministry press release');
    const p = leeCallStory(s).passages.filter((x) => /restraint/.test(x.text));
    assert.equal(p.length, 1);
    assert.equal(p[0].attributedOrganizationId, 3);
  });

  it('takes "\u201c…,\u201d X was quoted as telling Y" as X\'s words carried by their body\'s document', () => {
    const r = leeCallStory(
      '"The alliance will meet every threat side by side, with no daylight between us," Lee was quoted as telling Brennan.',
    );
    const p = r.passages.find((x) => /daylight/.test(x.text))!;
    assert.equal(p.kind, 'DIRECT_QUOTE');
    assert.deepEqual(p.speakerIds, [12]);
    assert.equal(p.source.kind, 'PRESS_RELEASE');
  });

  it("takes a body's spokesperson named again by family name as the body speaking", () => {
    const r = leeCallStory(
      'Brennan reaffirmed the firm U.S. commitment to the defense of Korea during the call, Pentagon spokeswoman Maj. Alice Ferrand said in a statement.',
      'The two also discussed the sea lanes to the south, Ferrand said, and agreed that the spring drills would go ahead as planned.',
    );
    const p = r.passages.find((x) => /sea lanes/.test(x.text))!;
    assert.equal(p.attributedOrganizationId, 1);
    assert.deepEqual(p.speakerIds, []);
  });

  it('takes "the <nationality> minister" as the one participant of the talks from that country', () => {
    const r = leeCallStory(
      'U.S. Defense Secretary Harold Brennan and Korean Defense Minister Lee Do-yun agreed Sunday to base more U.S. tanker aircraft near Busan, the Korean minister said.',
    );
    const p = r.passages.find((x) => /tanker aircraft/.test(x.text))!;
    assert.deepEqual(p.speakerIds, [12]);
    assert.deepEqual([...p.partyIds].sort(), [10, 12]);
  });
});
