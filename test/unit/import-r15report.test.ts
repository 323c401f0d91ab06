/**
 * Round 15, stories and readouts about talks: how talks not on record are recognised (so a call is proposed), and which
 * document a story's paragraphs relay. Invented sentences, not the corpus's wording.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { outerAttribution, ownFraming } from '../../src/imports/pipeline/attribution';
import { HELD_ENGAGEMENT } from '../../src/imports/pipeline/proposed-call';
import { blocks } from '../../src/imports/pipeline/segment';
import { passageWith, transcript, wireStory, withSpokesperson, world } from './import-world';

const proposed = (r: ReturnType<typeof wireStory>, words: RegExp) => {
  const p = passageWith(r, words);
  assert.ok(p, `a draft for ${words}`);
  return p.callId == null && p.features.call === 'proposed';
};

describe('import round 15: talks not on record, recognised whatever their wording', () => {
  it('proposes the talks of two people of two countries who agreed together, no meeting named (JOINT_POSITION)', () => {
    const r = wireStory(
      world(),
      'SEOUL, March 2 (Harbor) - Lee Do-yun and Harold Brennan agreed Sunday to widen the joint patrols near the straits.',
      'The pair also pledged to share more radar data, the paper learned.',
    );
    assert.ok(r.proposedCall, 'a call is proposed');
    assert.ok(proposed(r, /agreed Sunday to widen/), 'the lead is of the proposed talks');
  });
  it('does not take talks dated to an earlier month for the story’s (JOINT_POSITION, EARLIER_TIME)', () => {
    const r = wireStory(world(), 'Lee Do-yun and Harold Brennan agreed in January to widen the joint patrols near the straits.');
    assert.equal(r.proposedCall, null);
  });
  it('does not take two people of one country for talks (JOINT_POSITION)', () => {
    const w = world();
    w.officials.push({
      id: 14,
      name: 'Sato Ren',
      nativeName: null,
      aliases: [],
      countryCode: 'JP',
      holdings: [
        { title: 'Minister for Foreign Affairs', capacity: 'SUBSTANTIVE', startDate: '2030-01-01', endDate: null, organizationId: 2 },
      ],
    } as (typeof w.officials)[number]);
    const r = wireStory(w, 'Kenta Morishima and Sato Ren agreed Sunday to raise the defense budget next year.');
    assert.equal(r.proposedCall, null);
  });
  it('proposes the talks of two countries that agreed, their people named after (COUNTRY_PAIR_AGREED)', () => {
    const r = wireStory(
      world(),
      'SEOUL, March 2 (Harbor) - South Korea and Japan agreed Sunday to open talks on a logistics pact.',
      'Minister Lee Do-yun and Minister Kenta Morishima said the pact would speed up joint drills.',
    );
    assert.ok(r.proposedCall, 'a call is proposed');
    assert.deepEqual([...r.proposedCall.participantIds].sort(), [11, 12]);
  });
  it('reads "held discussions" and "held bilateral talks" as talks held (BARE_TALKS_HELD)', () => {
    assert.ok(HELD_ENGAGEMENT.pattern.test('Minister Lee and Secretary Brennan held discussions for an hour at the ministry.'));
    assert.ok(HELD_ENGAGEMENT.pattern.test('The two held bilateral talks in Seoul.'));
    assert.ok(!HELD_ENGAGEMENT.pattern.test('The ministry held press briefings every week.'));
    const r = wireStory(
      world(),
      'On March 2, Minister Lee Do-yun and Secretary Harold Brennan held discussions at the ministry.',
      'The Ministers confirmed that they would deepen the alliance.',
    );
    assert.ok(r.proposedCall, 'a call is proposed');
    assert.ok(proposed(r, /^The Ministers confirmed/));
  });
  it('reads "A and B met on the sidelines of …" as their meeting (MET_INTRANSITIVE)', () => {
    const r = wireStory(
      world(),
      'Lee Do-yun and Harold Brennan met on the sidelines of the regional forum Saturday.',
      'The two ministers agreed to widen the joint patrols near the straits.',
    );
    assert.ok(r.proposedCall, 'a call is proposed');
    assert.deepEqual([...r.proposedCall.participantIds].sort(), [10, 12]);
  });
  it('proposes the meeting of two officials on record a transcript title names, none on record (TITLE_PAIR_ON_RECORD)', () => {
    const r = transcript(
      world(),
      'Secretary of Defense Harold Brennan Joint Press Briefing With Minister of National Defense Lee Do-yun',
      1,
      'SECRETARY BRENNAN: Good morning, everyone.',
      'MINISTER LEE: Thank you. We agreed today to widen the joint patrols near the straits.',
    );
    assert.ok(r.proposedCall, 'a call is proposed');
    assert.ok(proposed(r, /widen the joint patrols/));
  });
});

describe('import round 15: a body’s account that a story relays', () => {
  it('runs a body’s bare "according to the ministry" on to the next paragraphs (BODY_SAID_RUNS_ON, SAME_TALKS_OPENING)', () => {
    const r = wireStory(
      world(),
      "The defense chiefs of South Korea and the United States held talks in Seoul on Sunday, according to South Korea's Ministry of National Defense.",
      'During the talks, Lee Do-yun and Harold Brennan shared their assessment of the maritime situation.',
      'Lee and Brennan agreed to strengthen the exchange of radar data.',
    );
    for (const re of [/^During the talks/, /^Lee and Brennan agreed/]) {
      const p = passageWith(r, re);
      assert.ok(p, `a draft for ${re}`);
      assert.equal(p.source.kind, 'PRESS_RELEASE', p.text);
      assert.equal(p.source.isDocument, false, p.text);
      assert.equal(p.source.publisherId, 3, p.text);
    }
  });
  it('keeps a dated opening on the talks another occasion (SAME_TALKS_OPENING)', () => {
    assert.equal(ownFraming('During the talks, the two agreed to widen the patrols.'), false);
    assert.equal(ownFraming('At the meeting in January, the two agreed to widen the patrols.'), true);
  });
  it('carries the body’s account over a paragraph that reports the talks held (TALKS_HELD_CARRIES, BODY_TELLS_OUTCOME)', () => {
    const r = wireStory(
      world(),
      "SEOUL, March 2 (Harbor) - South Korea and the U.S. defense chiefs agreed on Sunday to widen the joint patrols, South Korea's Ministry of National Defense said.",
      'Minister Lee Do-yun met his American counterpart at the ministry in Seoul.',
      'Lee expressed the military’s wish to join the allied mine-clearing drill next year.',
    );
    const p = passageWith(r, /^Lee expressed/);
    assert.ok(p, 'a draft for the third paragraph');
    assert.equal(p.source.kind, 'PRESS_RELEASE');
    assert.equal(p.source.publisherId, 3);
  });
});

describe('import round 15: a spokesperson’s statement on talks not on record', () => {
  it('reads "said in a statement summarizing the meeting" as a statement (STATEMENT_ON_TALKS)', () => {
    const oa = outerAttribution(
      'Brennan and Lee exchanged views on the straits, Pell said in a statement summarizing the meeting.',
      () => true,
    );
    assert.ok(oa);
    assert.equal(oa.documentKind, 'PRESS_RELEASE');
  });
  it('gives the statement to the spokesperson’s later quotations, the talks not on record (RELAYS_UNRECORDED_TALKS)', () => {
    const r = wireStory(
      withSpokesperson(),
      'WASHINGTON, March 2 (Harbor) - Harold Brennan met with Lee Do-yun at the Pentagon yesterday to discuss the straits, Nora Pell said.',
      'Brennan and Lee exchanged views on the patrols and reviewed the radar project, Pell said in a statement summarizing the meeting.',
      'Firm Ties',
      '"Both ministers resolved to widen the joint patrols near the straits," Pell said.',
    );
    const p = passageWith(r, /resolved to widen/);
    assert.ok(p);
    assert.equal(p.source.kind, 'PRESS_RELEASE');
    assert.equal(p.source.isDocument, false);
  });
});

describe('import round 15: a sentence a page broke across two lines (MID_PHRASE_LINE_END)', () => {
  it('joins a line ending on an article to the next line', () => {
    const text =
      'The defense chiefs of the two countries held talks in Seoul on Sunday over the situation on the\nKorean Peninsula, the ministry said.\nLee Do-yun and Harold Brennan agreed to widen the patrols.';
    const bs = blocks(text);
    assert.equal(bs.length, 2);
    assert.match(text.slice(bs[0].start, bs[0].end), /on the\nKorean Peninsula/);
  });
});
