/**
 * The attribution stage's rules on passages written for these tests: compound sentences, "and that"
 * inside a frame, the outer attribution of a news sentence, signatory references and the kind of
 * document a body's words come from.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../src/imports/extract';
import { Lexicon } from '../../src/imports/lexicon';
import { world } from './import-world';
import {
  bodySourceKind,
  continuesFrame,
  coordinatedSubjects,
  outerAttribution,
  SIGNATORY_REFERENCE,
} from '../../src/imports/pipeline/attribution';

const VERBS = 'agreed|welcomed|expressed|explained|reaffirmed|said';

describe('attribution', () => {
  it('finds the subjects of coordinated clauses, so a compound sentence keeps all its parties', () => {
    const text = 'The Minister outlined the plan for new patrol vessels, and the Secretary welcomed the effort.';
    const [c] = coordinatedSubjects(text, VERBS);
    assert.equal(text.slice(c.subjectStart, c.subjectEnd).trim(), 'the Secretary');
    const named = 'Minister Valdor described the budget, and Deputy Secretary Lund expressed support for it.';
    assert.equal(coordinatedSubjects(named, VERBS).length, 1);
    assert.deepEqual(coordinatedSubjects('They discussed training and exercises in the region.', VERBS), []);
  });

  it('continues a frame with "and that" only when no other "that" clause opened inside it', () => {
    const own = 'the patrols would resume, and that the drills would grow';
    assert.equal(continuesFrame(own, own.indexOf(', and that')), true);
    const nested = 'the two had settled that the drills would grow, and that patrols would resume';
    assert.equal(continuesFrame(nested, nested.indexOf(', and that')), false);
  });

  it('finds the outer attribution of a clause, before "adding", a time or the end', () => {
    const any = () => true;
    const s1 = 'The two sides agreed to expand port visits next spring, the ministry said, adding that talks would continue.';
    const a1 = outerAttribution(s1, any)!;
    assert.equal(s1.slice(a1.reporter[0], a1.reporter[1]), 'the ministry');
    assert.equal(s1.slice(0, a1.clauseEnd), 'The two sides agreed to expand port visits next spring');
    const s2 = 'Lund pledged more radar support for the coast guard, the department said on Monday.';
    assert.equal(s2.slice(...outerAttribution(s2, any)!.reporter), 'the department');
    const s4 = 'The navies will train together more often, the department said in a statement on Monday after the talks.';
    const a4 = outerAttribution(s4, any)!;
    assert.equal(s4.slice(...a4.reporter), 'the department');
    assert.equal(a4.documentKind, 'PRESS_RELEASE');
    const s3 = 'Valdor told Lund that the navy would stay on alert, a spokesperson said, days after the launch.';
    assert.equal(s3.slice(...outerAttribution(s3, any)!.reporter), 'a spokesperson');
    // A clause, not a reporter; and no reporter the caller accepts.
    assert.equal(outerAttribution('The drills, which officials said were routine, ended.', any), null);
    assert.equal(
      outerAttribution(s1, () => false),
      null,
    );
  });

  it('reads "We", "They" and "The three ministers" as the signatories of a joint statement', () => {
    for (const s of ['We condemned the launches', 'They agreed to meet again', 'The three ministers reaffirmed', 'The Ministers welcomed'])
      assert.ok(SIGNATORY_REFERENCE.test(s), s);
    assert.ok(!SIGNATORY_REFERENCE.test('Minister Valdor welcomed'));
  });

  it("takes a body's document kind from the text, else a readout for the U.S. department's account of a call", () => {
    const named = new Map<number, 'READOUT' | 'PRESS_RELEASE'>([[7, 'PRESS_RELEASE']]);
    assert.equal(bodySourceKind(named, 7, 'US', true), 'PRESS_RELEASE');
    assert.equal(bodySourceKind(named, 1, 'US', true), 'READOUT');
    assert.equal(bodySourceKind(named, 1, 'US', false), 'PRESS_RELEASE');
    assert.equal(bodySourceKind(named, 2, 'JP', true), 'PRESS_RELEASE');
  });
});

describe('attribution in whole documents', () => {
  it('a joint statement is its signatories\' words: "We" and "The three ministers" are the officials its opening names', () => {
    const text = [
      'Joint Statement of the Trilateral Defense Ministers\u2019 Meeting',
      'Japanese Minister of Defense Kenta Morishima, U.S. Secretary of Defense Harold Brennan and ROK Minister of National Defense Lee Do-yun met in Honolulu on April 3.',
      'We condemned the repeated missile launches in the region as a threat to peace.',
      'The three ministers agreed to hold a combined maritime exercise every year.',
      'Secretary Brennan reaffirmed the U.S. commitment to the defense of its two allies.',
      'The Secretary and the two Ministers affirmed their resolve to share missile warning data in real time.',
      'The United States stands firmly committed to the security of its allies in the region.',
    ].join('\n\n');
    const r = extract(new Lexicon(world()), text, {
      kind: 'JOINT_STATEMENT',
      publisherId: 1,
      publishedOn: '2031-04-03',
      title: 'Joint Statement of the Trilateral Defense Ministers\u2019 Meeting',
      keepAll: true,
    });
    const all = [10, 11, 12];
    for (const key of [/condemned/, /combined maritime/]) {
      const p = r.passages.find((x) => key.test(x.text))!;
      assert.ok(p, String(key));
      assert.deepEqual([...p.speakerIds].sort(), all);
      assert.deepEqual([...p.partyIds].sort(), all);
      assert.equal(p.attributedOrganizationId, null);
      assert.ok(p.source.isDocument);
    }
    const mixed = r.passages.find((x) => /The Secretary and the two Ministers/.test(x.text))!;
    assert.deepEqual([...mixed.partyIds].sort(), all);
    const country = r.passages.find((x) => /The United States stands/.test(x.text))!;
    assert.deepEqual(country.partyIds, [10]);
    const brennan = r.passages.find((x) => /Secretary Brennan reaffirmed/.test(x.text))!;
    assert.deepEqual([...brennan.speakerIds].sort(), all);
    assert.deepEqual(brennan.partyIds, [10]);
    assert.deepEqual([...(r.proposedCall?.participantIds ?? [])].sort(), all);
  });

  it("a news story: the outer attribution wins, a compound sentence stays whole, the paper's own account is the paper's", () => {
    const text = [
      'SEOUL, April 3 (Harbor) - Minister Lee Do-yun explained plans for a larger coast guard, and Brennan welcomed them, the ministry said.',
      'Lee told Brennan in their phone call that the military remained on high alert, the South Korean ministry said, adding: \u201cThe two sides agreed to respond firmly to any provocation.\u201d',
      'Brennan reaffirmed in the call that the alliance with Seoul was unshakable.',
      'Brennan also urged Seoul to buy more radars, a U.S. official said, speaking on condition of anonymity.',
      '\u201cThis pledge is weaker than it sounds and we should say so plainly,\u201d said Yoo Min-ji, an opposition lawmaker.',
    ].join('\n\n');
    const r = extract(new Lexicon(world()), text, { kind: 'NEWS_ARTICLE', publisherId: 4, publishedOn: '2031-04-03', keepAll: true });
    const explained = r.passages.find((x) => /explained plans/.test(x.text))!;
    assert.equal(r.passages.filter((x) => /welcomed them/.test(x.text)).length, 1);
    assert.match(explained.text, /^Minister Lee Do-yun explained/);
    assert.equal(explained.attributedOrganizationId, 3);
    assert.deepEqual([...explained.partyIds].sort(), [10, 12]);
    assert.equal(explained.source.isDocument, false);
    const told = r.passages.find((x) => /high alert/.test(x.text))!;
    assert.equal(told.attributedOrganizationId, 3);
    assert.deepEqual(told.partyIds, [12]);
    assert.deepEqual(told.speakerIds, []);
    const quote = r.passages.find((x) => /respond firmly/.test(x.text))!;
    assert.equal(quote.kind, 'DIRECT_QUOTE');
    assert.equal(quote.attributedOrganizationId, 3);
    const own = r.passages.find((x) => /unshakable/.test(x.text))!;
    assert.equal(own.attributedOrganizationId, 4);
    assert.ok(own.source.isDocument);
    assert.deepEqual(own.partyIds, [10]);
    // An anonymous official is no one on record: no draft.
    assert.equal(r.passages.filter((x) => /radars/.test(x.text)).length, 0);
    // Nor does a lawmaker of the opposition take the governments' positions.
    assert.equal(r.passages.filter((x) => /weaker than it sounds/.test(x.text)).length, 0);
  });

  it('a news story: "a ministry spokesperson" of the country named, a quotation split by its attribution, a speaker\'s own position', () => {
    const text = [
      'SEOUL, April 3 (Harbor) - South Korea and the United States agreed to expand missile defense drills, a ministry spokesperson said.',
      '\u201cWe will stand with our ally at every step,\u201d the ministry said in a statement, \u201cand we expect the alliance to grow stronger.\u201d',
      'Lee, speaking at a news conference later in the day, said Seoul would raise its defense budget by 7 percent.',
    ].join('\n\n');
    const r = extract(new Lexicon(world()), text, { kind: 'NEWS_ARTICLE', publisherId: 4, publishedOn: '2031-04-03', keepAll: true });
    const drills = r.passages.find((x) => /missile defense drills/.test(x.text))!;
    assert.equal(drills.attributedOrganizationId, 3);
    for (const key of [/stand with our ally/, /grow stronger/])
      assert.equal(r.passages.find((x) => key.test(x.text))?.attributedOrganizationId, 3);
    const budget = r.passages.find((x) => /defense budget/.test(x.text))!;
    assert.deepEqual([budget.speakerIds, budget.partyIds, budget.source.kind], [[12], [12], 'PRESS_CONFERENCE']);
  });
});
