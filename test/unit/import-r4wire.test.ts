/**
 * Wire-story and news-page rules of issue 19's fourth round, on sentences written for these tests: a quotation opening
 * the sentence after a paraphrase, remarks told to lawmakers or a hearing, an analyst's quotation going on.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../src/imports/extract';
import { Lexicon } from '../../src/imports/lexicon';
import { coordinatedSubjects, namesKind, quotedPredicateSubject } from '../../src/imports/pipeline/attribution';
import { REPORTED_REFUSAL } from '../../src/imports/pipeline/frames';
import { segment } from '../../src/imports/pipeline/segment';
import { LEE_CALL_LEAD, leeCallStory, pentagonReadout, withLeeCall } from './import-world';

describe('wire stories, round 4: whose words', () => {
  it('starts a new sentence at a straight quotation mark opening a quotation after a full stop', () => {
    const t =
      'Lee said later that he had raised the radar issue with his guest. "He listened closely and said he would look at it," Lee said.';
    const parts = segment(t).sentences.map((s) => t.slice(s.start, s.end));
    assert.equal(parts.length, 2);
    assert.match(parts[1], /^"He listened/);
    // A closing mark after the split still joins: 'it was "fine." The …' keeps its closing mark in the first sentence.
    const u = 'He called the talks "useful," and the aide nodded.';
    assert.equal(segment(u).sentences.length, 1);
  });

  it('reads "X told lawmakers (later in the day) that …" and "told a parliamentary hearing that …" as X speaking', () => {
    const r = leeCallStory(
      'Lee told lawmakers later in the day that he had asked the U.S. side to keep the spare interceptors on the peninsula.',
      'Brennan told a congressional budget hearing that the rotation of bomber crews would continue through the autumn.',
    );
    const lee = r.passages.find((x) => /spare interceptors/.test(x.text));
    assert.deepEqual(lee?.speakerIds, [12]);
    assert.equal(lee?.source.kind, 'PRESS_CONFERENCE');
    const brennan = r.passages.find((x) => /bomber crews/.test(x.text));
    assert.deepEqual(brennan?.speakerIds, [10]);
  });

  it("drafts nothing of a quotation standing alone after an analyst's quoted words", () => {
    const r = leeCallStory(
      '"Both capitals want the photo of unity more than any new pledge," said Han Mi-rae, a professor of politics at a university in Daegu. "What matters is the next drill schedule and whether it holds."',
    );
    assert.equal(
      r.passages.filter((x) => /photo of unity|next drill schedule/.test(x.text)).length,
      0,
      r.passages.map((x) => x.text).join(' | '),
    );
  });

  it('reads "<body> said in a statement released <when> that …" (no commas) as the body\'s, a readout after a phone call', () => {
    const r = leeCallStory(
      'The call lasted about half an hour.',
      'In Washington, the Pentagon said in a statement released Saturday evening that Brennan "renewed the pledge to stand by the peninsula with every means available."',
    );
    const p = r.passages.find((x) => /every means available/.test(x.text));
    assert.equal(p?.attributedOrganizationId, 1);
    assert.equal(p?.source.kind, 'READOUT');
    assert.equal(namesKind('said in a statement released Saturday evening that', true), false);
    assert.equal(namesKind('said in a press release that', true), true);
  });

  it('takes an account of an earlier engagement named by its date or month, between the people the sentence names', () => {
    const w = withLeeCall();
    w.officials.push({
      id: 13,
      name: 'Park Ji-ho',
      nativeName: null,
      aliases: [],
      countryCode: 'KR',
      holdings: [
        {
          title: 'Minister of National Defense',
          capacity: 'SUBSTANTIVE',
          startDate: '2029-01-01',
          endDate: '2031-02-01',
          organizationId: 3,
        },
      ],
    });
    w.calls.push({ id: 51, title: 'Brennan–Park telephone call, January 2031', date: '2031-01-20', participantIds: [10, 13] });
    w.calls.push({ id: 52, title: 'Brennan–Park meeting, December 2030', date: '2030-12-05', participantIds: [13, 10] });
    const r = extract(
      new Lexicon(w),
      [
        LEE_CALL_LEAD,
        "The call came weeks after Brennan's January 20 call with then-Minister Park Ji-ho, in which the two agreed to finish a new exercise plan by summer, according to the Ministry of National Defense.",
        'In December, Brennan had also told Park that Washington would send extra radars to the coast, the ministry said at the time.',
      ].join('\n\n'),
      { kind: 'NEWS_ARTICLE', publisherId: 4, publishedOn: '2031-03-02', keepAll: true },
    );
    assert.equal(r.passages.find((x) => /exercise plan/.test(x.text))?.callId, 51);
    assert.equal(r.passages.find((x) => /extra radars/.test(x.text))?.callId, 52);
  });

  it('reads "In a joint statement issued after the talks, the two …" as the signatories\' joint statement, not the paper\'s account', () => {
    const r = leeCallStory(
      'In a joint statement released after the call, the two ministers reaffirmed that the alliance would keep its air defenses fully ready.',
    );
    const p = r.passages.find((x) => /air defenses/.test(x.text));
    assert.deepEqual([...(p?.speakerIds ?? [])].sort(), [10, 12]);
    assert.equal(p?.attributedOrganizationId, null);
    assert.equal(p?.source.kind, 'JOINT_STATEMENT');
    assert.equal(p?.source.isDocument, false);
  });

  it('reads "X asked for …, the ministry said, adding that Y responded positively" as the ministry\'s account of both', () => {
    const r = leeCallStory(
      'Lee also asked for more rotations of U.S. bombers to the peninsula, the ministry said, adding that Brennan responded positively.',
    );
    const p = r.passages.find((x) => /bombers/.test(x.text));
    assert.equal(p?.attributedOrganizationId, 3);
    assert.deepEqual([...(p?.partyIds ?? [])].sort(), [10, 12]);
  });

  it("takes a body's spokesperson named after a quotation, then by family name alone, as the body speaking", () => {
    const r = leeCallStory(
      '"The Secretary made plain that the pledge to the peninsula does not change with the cabinet," chief Pentagon spokesman Tom Vale said in a statement.',
      'The two officials agreed to keep their joint drills on schedule, Vale said.',
    );
    const p = r.passages.find((x) => /joint drills/.test(x.text));
    assert.equal(p?.attributedOrganizationId, 1);
    assert.deepEqual(p?.speakerIds, []);
  });

  it('takes "<country> and <country> agreed …" in the paper\'s own account as the two governments\' officials in the talks', () => {
    const r = leeCallStory('South Korea and the United States agreed Sunday to merge their air-defense command posts by next spring.');
    const p = r.passages.find((x) => /command posts/.test(x.text));
    assert.deepEqual([...(p?.partyIds ?? [])].sort(), [10, 12]);
    assert.equal(p?.attributedOrganizationId, 4);
  });

  it('finds the subject of a quoted predicate after "that" and after an earlier quotation, a group too', () => {
    const before = 'The Pentagon said Brennan "praised the steady rise in Seoul\'s defense budget" and that the leaders ';
    const at = quotedPredicateSubject(before, 'look forward to meeting in Seoul.');
    assert.equal(at == null ? null : before.slice(at).trim(), 'the leaders');
    const added = 'It added that Brennan ';
    assert.equal(added.slice(quotedPredicateSubject(added, 'renewed the pledge')!).trim(), 'Brennan');
  });

  it('keeps "<body> added that X \u201c<verb> …\u201d" one paraphrase, and "<body> said X \u201c<verb> …\u201d" the quotation', () => {
    const r = leeCallStory(
      'The ministry added that Brennan "renewed the U.S. pledge to the peninsula in every respect."',
      'The Pentagon said Lee "praised the steady rise in the number of joint air patrols this year."',
    );
    const added = r.passages.find((x) => /every respect/.test(x.text));
    assert.equal(added?.kind, 'PARAPHRASE');
    assert.match(added?.text ?? '', /^The ministry added/);
    assert.deepEqual(added?.partyIds, [10]);
    const said = r.passages.find((x) => /joint air patrols/.test(x.text));
    assert.equal(said?.kind, 'DIRECT_QUOTE');
    assert.deepEqual(said?.partyIds, [12]);
  });

  it('drafts nothing of a refusal with a quoted phrase: "said he would not \u201cget ahead of the review\u201d", "would not negotiate in public"', () => {
    const r = leeCallStory(
      'Asked whether Washington would cut its troop numbers, Brennan said he would not "get ahead of the basing review."',
      'Asked about cost sharing, Lee said he would not negotiate in public over the bill for the new hangars.',
    );
    assert.equal(r.passages.filter((x) => /basing review|new hangars/.test(x.text)).length, 0);
    assert.ok(REPORTED_REFUSAL.test('he would not "get ahead of the basing review."'));
  });

  it('resolves a lowercased title standing alone ("the secretary") and makes another official\'s words that official\'s position', () => {
    const r = leeCallStory(
      'Lee said the secretary had promised more radars for the coast.',
      'Later that day, Lee said he had taken the secretary\'s words "as a sign that the U.S. pledge to the peninsula holds firm."',
    );
    assert.deepEqual(r.passages.find((x) => /more radars/.test(x.text))?.partyIds, [10]);
    const words = r.passages.find((x) => /holds firm/.test(x.text));
    assert.deepEqual(words?.speakerIds, [12]);
    assert.deepEqual(words?.partyIds, [10]);
  });

  it('takes a spokeswoman of a body not on record speaking "in a statement" as her own statement, her quotation after it too', () => {
    const r = leeCallStory(
      'Lee told Brennan that Seoul would not pull its ships from the strait, Department of National Defense spokeswoman Ana Ruiz said in a statement.',
      '"The Minister was very clear that our patrols will go on as before," Ruiz said.',
    );
    const told = r.passages.find((x) => /pull its ships/.test(x.text));
    assert.equal(told?.attributedOrganizationId, null, 'a "Department of National Defense" is not the Department of Defense');
    assert.equal(told?.proposedSpeakers.length, 1);
    assert.equal(told?.source.kind, 'PRESS_RELEASE');
    assert.equal(told?.callId, 50, "her statement reports the minister's words in the call");
    const quote = r.passages.find((x) => /patrols will go on/.test(x.text));
    assert.deepEqual(quote?.proposedSpeakers, told?.proposedSpeakers);
    assert.equal(quote?.source.kind, 'PRESS_RELEASE');
  });

  it('makes the subject of ", which <official> welcomed" a party of the sentence too', () => {
    const r = pentagonReadout(
      [
        "Readout of Secretary Brennan's Call With Minister Lee",
        'Secretary of Defense Harold Brennan spoke by phone today with Minister of National Defense Lee Do-yun.',
        "The Minister outlined Seoul's plan to double its stock of air-defense interceptors, which the Secretary welcomed as a model for other allies.",
      ].join('\n\n'),
      '2031-03-02',
      withLeeCall(),
    );
    const p = r.passages.find((x) => /interceptors/.test(x.text));
    assert.deepEqual([...(p?.partyIds ?? [])].sort(), [10, 12]);
    assert.equal(coordinatedSubjects('X outlined a plan, which the Secretary welcomed.', 'outlined|welcomed').length, 1);
  });

  it('takes "X and a senior Pentagon official agreed …" as X and the U.S. participant of the talks', () => {
    const r = leeCallStory(
      'Lee and a senior Pentagon official agreed on Sunday to widen the sharing of radar data, the Ministry of National Defense said.',
    );
    const p = r.passages.find((x) => /radar data/.test(x.text));
    assert.deepEqual([...(p?.partyIds ?? [])].sort(), [10, 12]);
  });

  // (Round 7, BODY_PARAPHRASE: without quotation marks the clause is the body's own account, as dev labels every
  // "X told Y that …, the ministry said" paraphrase (d27 d42 k21 n09 r07) and s21 this construction: the body the author.)
  it('reads "<body> quoted X as saying (that) …" and "X was quoted by <body> as telling Y (that) …" as X\'s words in the body\'s account', () => {
    const r = leeCallStory(
      'The call lasted half an hour.',
      'The ministry quoted Lee as saying that the two sides would step up their joint air drills this summer.',
      'Lee was quoted by the ministry as telling Brennan that Seoul would expand its role in the combined command.',
      '"The alliance is ironclad and will remain so for as long as it takes," the Pentagon quoted Brennan as saying.',
    );
    for (const [pattern, speaker, body, kind] of [
      [/air drills/, null, 3, 'PRESS_RELEASE'],
      [/combined command/, null, 3, 'PRESS_RELEASE'],
      [/as long as it takes/, 10, null, 'READOUT'],
    ] as const) {
      const p = r.passages.find((x) => pattern.test(x.text));
      assert.deepEqual(p?.speakerIds, speaker == null ? [] : [speaker], String(pattern));
      assert.equal(p?.attributedOrganizationId, body, String(pattern));
      assert.equal(p?.source.kind, kind, String(pattern));
    }
    assert.ok(r.passages.find((x) => /combined command/.test(x.text))?.partyIds.includes(12));
  });

  it('reads "\u201c…,\u201d X told Y, the ministry said." as X\'s words carried by the ministry\'s release', () => {
    const r = leeCallStory('"We will answer any provocation from the North without delay," Lee told Brennan, the ministry said.');
    const p = r.passages.find((x) => /without delay/.test(x.text));
    assert.deepEqual(p?.speakerIds, [12]);
    assert.equal(p?.source.kind, 'PRESS_RELEASE');
    assert.equal(p?.source.isDocument, false);
  });

  it('reads "X told reporters at the Pentagon that …" (a place after the verb), and "he added" after it is X', () => {
    const r = leeCallStory(
      'Brennan told reporters at the Pentagon that Lee had "made a strong case" for more support. "We will look at every option to help our ally," he added.',
    );
    assert.deepEqual(r.passages.find((x) => /strong case/.test(x.text))?.speakerIds, [10]);
    assert.deepEqual(r.passages.find((x) => /every option/.test(x.text))?.speakerIds, [10]);
  });

  it('reads "<clause>, a ministry spokesperson told a regular briefing." as the body\'s account', () => {
    const r = leeCallStory(
      'The two sides agreed to set up a new working group on drone defense, a ministry spokesperson told a regular briefing.',
    );
    const p = r.passages.find((x) => /working group/.test(x.text));
    assert.equal(p?.attributedOrganizationId, 3);
    assert.equal(p?.source.isDocument, false);
  });
});
