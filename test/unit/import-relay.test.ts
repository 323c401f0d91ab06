/**
 * ATTRIBUTION_RUNS_ON (the corpus README's "attribution runs on" convention): a story's paragraph with no attribution of its
 * own, after one attributed to a body's document, goes on relaying that document while it tells what the talks' people did
 * in those talks; the other side's official alone and the story's own framing stay the paper's. Invented sentences, the
 * Brennan–Lee test world (the Pentagon is organization 1, Korea's MND organization 3, the paper organization 4).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attributionRunsOn, ownFraming, talksGroupSubject } from '../../src/imports/pipeline/attribution';
import { leeStory, passageWith } from './import-world';

const LEAD = 'SEOUL, March 2 (Harbor) - Lee Do-yun and Harold Brennan spoke by phone on Sunday.';
const MND = "Lee urged closer watch over the northern coast during the call, Seoul's Ministry of National Defense said in a release.";

describe('import relay: who a paragraph after a document is about bounds the run', () => {
  it('runs on for the group and the own side, not for the other side alone', () => {
    assert.equal(attributionRunsOn('They also backed a wider radar link.', 'group'), true);
    assert.equal(attributionRunsOn('The minister also asked for spare parts.', 'same-side'), true);
    assert.equal(attributionRunsOn('The secretary also asked for spare parts.', 'other-side'), false);
  });
  it('reads plural references to the talks, after a connective too, as the group', () => {
    assert.equal(talksGroupSubject('The two nations also ', 0), true);
    assert.equal(talksGroupSubject('In particular, the ministers ', 0), true);
    assert.equal(talksGroupSubject('The coast guard ', 0), false);
  });
  it('stops at the story framing of its own, not at a connective or a trailing relative clause', () => {
    assert.equal(ownFraming('In April, the two had agreed to share tide charts.'), true);
    assert.equal(ownFraming('Earlier, the pair set up a hotline.'), true);
    assert.equal(ownFraming('The two also agreed on the second meeting of the panel.'), true);
    assert.equal(ownFraming('In particular, they agreed to pool spare parts for the patrol boats.'), false);
    assert.equal(ownFraming('In addition, the minister backed the plan.'), false);
    assert.equal(ownFraming('They welcomed the new port forum, which will gather again in October.'), false);
  });
});

describe("import relay: the body's document goes on across paragraphs", () => {
  it('gives a group paragraph opening on a connective, and the next one, to the document', () => {
    const r = leeStory(
      LEAD,
      MND,
      'In particular, the two ministers agreed to pool spare parts for their patrol boats.',
      'They also endorsed a joint drill to rescue crews at sea.',
    );
    for (const words of [/pool spare parts/, /rescue crews at sea/]) {
      const p = passageWith(r, words)!;
      assert.equal(p.attributedOrganizationId, 3, String(words));
      assert.equal(p.source.publisherId, 3, String(words));
      assert.equal(p.source.isDocument, false, String(words));
    }
  });
  it('starts from a document that reports the talks with no position of theirs, not from the body its own news', () => {
    const call = "Lee held a cordial phone call with Brennan, Seoul's Ministry of National Defense said in a statement.";
    const p = passageWith(leeStory(LEAD, call, 'They agreed to widen the exchange of radar data between their fleets.'), /radar data/)!;
    assert.equal(p.attributedOrganizationId, 3);
    assert.equal(p.source.isDocument, false);
    const news = "Seoul's Ministry of National Defense said in a statement that a new radar unit opened on the island.";
    const q = passageWith(leeStory(LEAD, news, 'They agreed to widen the exchange of radar data between their fleets.'), /radar data/)!;
    assert.notEqual(q.attributedOrganizationId, 3);
  });
  it("keeps the other side's official alone, and an earlier occasion, the paper's", () => {
    const r = leeStory(LEAD, MND, 'Brennan also pledged to lend two survey ships to the coast guard.');
    const p = passageWith(r, /survey ships/)!;
    assert.notEqual(p.attributedOrganizationId, 3);
    assert.equal(p.source.isDocument, true);
    const q = passageWith(
      leeStory(LEAD, MND, 'In January, the two ministers had agreed to pool spare parts for their patrol boats.'),
      /pool spare parts/,
    );
    if (q) assert.notEqual(q.attributedOrganizationId, 3);
  });
});
