/**
 * Round 9 of the author and originating source of statements in real wire stories and news pages: a capital in the
 * possessive names its country's body ("<Capital>'s defense ministry said"). Invented sentences, not the corpus's wording.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LEAD_SETTING_THAT, TRAILING_THEN_PARTICIPLE, trailingFrame } from '../../src/imports/pipeline/frames';
import { leeStory } from './import-world';
import {
  capitalsBeforeBodies,
  continuesBodyAccount,
  FRAGMENT_UNDER_ACCORDING,
  OTHER_OUTLET_REPORT,
} from '../../src/imports/pipeline/attribution';

describe('import round 9: a capital in the possessive before a body', () => {
  it('reads the capital as its country before a ministry named by its kind', () => {
    const text = 'The two envoys will talk again next month, Canberra’s defence ministry said on Tuesday.';
    const found = capitalsBeforeBodies(text, 0, text.length);
    assert.equal(found.length, 1);
    assert.equal(found[0].countryCode, 'AU');
    assert.equal(text.slice(found[0].start, found[0].end), 'Canberra');
    const other = "Officials in Warsaw's Ministry of National Defence confirmed the drill.";
    assert.equal(capitalsBeforeBodies(other, 0, other.length)[0]?.countryCode, 'PL');
  });
  it('does not read a capital before anything but a body of a government', () => {
    for (const text of [
      "Tokyo's harbour was closed for the visit.",
      'Manila’s mayor said the parade would go ahead.',
      'The talks in Seoul ended early, the defense ministry said.',
    ])
      assert.deepEqual(capitalsBeforeBodies(text, 0, text.length), []);
  });
});

describe("import round 9: the paragraph after a body's document goes on relaying it", () => {
  it("continues with the body's own principal as the subject, on the same occasion", () => {
    assert.equal(continuesBodyAccount('She also pledged to keep the two navies in step.', true), true);
    assert.equal(continuesBodyAccount('The envoy, who took office in spring, also backed the plan.', true), true);
  });
  it('stops at the other side, at another occasion, or at a date', () => {
    assert.equal(continuesBodyAccount('She also pledged to keep the two navies in step.', false), false);
    assert.equal(continuesBodyAccount('At their summit in Lisbon, the two agreed on a new exercise.', true), false);
    assert.equal(continuesBodyAccount('The two held their annual dialogue in Oslo in March and agreed on the drills.', true), false);
    assert.equal(continuesBodyAccount('It was the third call between them; they agreed to trade liaison officers.', true), false);
  });
});

describe('import round 9: a lower-case quotation under a leading "According to"', () => {
  it("is a fragment of the body's account", () => {
    const s = 'According to the ministry, the admiral backed the “joint roadmap” “and its timetable for the coming drills.”';
    assert.equal(FRAGMENT_UNDER_ACCORDING.test(s, 'and its timetable for the coming drills.'), true);
  });
  it('is not read so without the leading attribution, nor for a quotation that starts a sentence', () => {
    assert.equal(
      FRAGMENT_UNDER_ACCORDING.test('The admiral spoke of “a new chapter for both fleets.”', 'a new chapter for both fleets.'),
      false,
    );
    assert.equal(
      FRAGMENT_UNDER_ACCORDING.test('According to the ministry, the admiral said: “We will sail together.”', 'We will sail together.'),
      false,
    );
  });
});

const story = leeStory;

describe('import round 9: bodies relaying in wire copy (the extractor)', () => {
  it('resolves "<Capital>\'s defense ministry" to that country\'s ministry, and carries it to the sentence after', () => {
    const r = story(
      'SEOUL, March 2 (Harbor) - Lee Do-yun and Harold Brennan spoke by phone on Sunday.',
      "Seoul's defense ministry said the two sides agreed to expand their combined air drills. Lee also stressed the need to rotate more surveillance aircraft to the peninsula.",
    );
    const drills = r.passages.find((x) => /air drills/.test(x.text))!;
    assert.equal(drills.attributedOrganizationId, 3);
    const aircraft = r.passages.find((x) => /surveillance aircraft/.test(x.text))!;
    assert.equal(aircraft.attributedOrganizationId, 3);
    assert.equal(aircraft.source.kind, 'PRESS_RELEASE');
  });
  it('reads "<body> issued a press release that …" as the body\'s release', () => {
    const pattern = new RegExp(LEAD_SETTING_THAT.pattern.source, 'u');
    assert.ok(pattern.test('The department also released a short statement that the envoys would meet.'));
    const r = story(
      'SEOUL, March 2 (Harbor) - Lee Do-yun and Harold Brennan spoke by phone on Sunday.',
      'The Pentagon also issued a press release that Brennan pledged to keep the bomber rotations near the peninsula.',
    );
    const bombers = r.passages.find((x) => /bomber rotations/.test(x.text))!;
    assert.equal(bombers.attributedOrganizationId, 1);
    assert.equal(bombers.source.kind, 'PRESS_RELEASE');
  });
  it("continues the body's document in the next paragraph with its principal the subject, not the other side", () => {
    const r = story(
      'SEOUL, March 2 (Harbor) - Lee Do-yun and Harold Brennan spoke by phone on Sunday.',
      'Brennan pledged to keep the bomber rotations near the peninsula, according to a Pentagon readout.',
      'He also promised to send a team to review the shared radar network.',
      'Lee also stressed the need for more joint exercises with the U.S. Navy.',
    );
    const radar = r.passages.find((x) => /radar network/.test(x.text))!;
    assert.equal(radar.attributedOrganizationId, 1);
    assert.equal(radar.source.kind, 'READOUT');
    const spring = r.passages.find((x) => /joint exercises/.test(x.text))!;
    assert.equal(spring.attributedOrganizationId, 4);
  });
});

describe('import round 9: the speaker stays the centre of a run of quotations', () => {
  it('reads "he added" after "X told reporters after the talks with Y" as X', () => {
    const r = story(
      'SEOUL, March 2 (Harbor) - Lee Do-yun and Harold Brennan spoke by phone on Sunday.',
      '“It was a useful exchange,” Lee told reporters after the call with Brennan. “I will keep working with the American secretary to deepen the alliance,” he added.',
    );
    const quote = r.passages.find((x) => /deepen the alliance/.test(x.text))!;
    assert.deepEqual(quote.speakerIds, [12]);
  });
  it('leaves "he" to the last person named when no one named is the subject of a reporting verb', () => {
    const r = story(
      'SEOUL, March 2 (Harbor) - Lee Do-yun spoke by phone on Sunday with Harold Brennan.',
      '“I will keep the bombers on rotation near the peninsula,” he said.',
    );
    const quote = r.passages.find((x) => /bombers/.test(x.text))!;
    assert.deepEqual(quote.speakerIds, [10]);
  });
});

describe("import round 9: another outlet's report a story relays", () => {
  it('names an unnamed outlet, not a person or a government body', () => {
    for (const w of ['a news agency', 'the report', 'local media', 'state media reports', 'a local newspaper', 'the same report'])
      assert.ok(OTHER_OUTLET_REPORT.pattern.test(w), w);
    for (const w of ['the ministry', 'a senior official', 'the readout', 'the reporter', 'Pentagon'])
      assert.ok(!OTHER_OUTLET_REPORT.pattern.test(w), w);
  });
  it("gives the relayed report as the source of the story's sentence, with no author", () => {
    const r = story(
      'SEOUL, March 2 (Harbor) - Lee Do-yun and Harold Brennan spoke by phone on Sunday.',
      'Brennan reaffirmed the commitment to the defense of the South, according to the report.',
    );
    const p = r.passages.find((x) => /defense of the South/.test(x.text))!;
    assert.equal(p.source.kind, 'NEWS_ARTICLE');
    assert.equal(p.source.isDocument, false);
    assert.equal(p.attributedOrganizationId, null);
  });
});

describe('import round 9: a person named since the last speaker is the one "he said" refers to', () => {
  it('gives the quotation after "President X welcomed …" to X, not to the speaker quoted before', () => {
    const r = story(
      'SEOUL, March 2 (Harbor) - Harold Brennan met President Park Min-jae in Seoul on Sunday.',
      '“Our two navies will keep training side by side,” Brennan said.',
      'President Park welcomed the visit, calling it a sign of a durable alliance. “It shows our shared resolve to keep the sea lanes open,” he said.',
    );
    const quote = r.passages.find((x) => /sea lanes/.test(x.text))!;
    assert.deepEqual(quote.speakerIds, []);
    assert.equal(quote.proposedSpeakers.length, 1);
  });
  it('keeps the speaker when the clause they report names someone else', () => {
    const r = story(
      'SEOUL, March 2 (Harbor) - Harold Brennan met Lee Do-yun in Seoul on Sunday.',
      'Brennan noted that Lee remains committed to the drills. “We both want the alliance to grow stronger,” he added.',
    );
    const quote = r.passages.find((x) => /grow stronger/.test(x.text))!;
    assert.deepEqual(quote.speakerIds, [10]);
  });
});

describe('import round 9: a trailing attribution that goes on with a participle', () => {
  it("reads the whole sentence as the reporter's, the reporter after the first clause", () => {
    const sentence =
      'The allies will keep their patrols going through the winter, Lund told a news conference after meeting her counterpart in Oslo, saying the drills are the best answer to the incursions.';
    const tf = trailingFrame(sentence)!;
    assert.equal(tf.rule, TRAILING_THEN_PARTICIPLE);
    assert.deepEqual(tf.clause, [0, sentence.length]);
    assert.equal(sentence.slice(...tf.reporter), 'Lund');
  });
  it('gives one passage to the reporter in a story', () => {
    const r = story(
      'SEOUL, March 2 (Harbor) - Lee Do-yun and Harold Brennan spoke by phone on Sunday.',
      'The allies will keep their bombers on rotation through the winter, Brennan told a news conference after the call, saying deterrence is the best answer to the launches.',
    );
    const found = r.passages.filter((x) => /bombers|deterrence is/.test(x.text));
    assert.equal(found.length, 1);
    assert.match(found[0].text, /^The allies will keep/);
    assert.deepEqual(found[0].speakerIds, [10]);
  });
});

describe('import round 9: "the release" after a body\'s document named otherwise', () => {
  it("is the body's document the story relays", () => {
    const r = story(
      'WASHINGTON, March 2 (Harbor) - Harold Brennan discussed the launches by telephone with Lee Do-yun, the Defense Department said on Sunday.',
      '"Secretary Brennan held a call with Minister Lee to share assessments," the Defense Department said on Sunday.',
      'Brennan vowed to keep the bomber rotations near the peninsula, and both men agreed to speed up the radar link, the release said.',
    );
    const p = r.passages.find((x) => /radar link/.test(x.text))!;
    assert.equal(p.attributedOrganizationId, 1);
    assert.equal(p.source.kind, 'READOUT');
    assert.equal(p.source.isDocument, false);
  });
});
