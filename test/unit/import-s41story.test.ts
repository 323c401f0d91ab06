/**
 * Round 20 (s41, story): whose words a passage of a news or wire story is — its source and author. Invented people, places
 * and sentences.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { QUOTED_WORDS_OF_THE_SUBJECT, quotesSpeech, SAME_TALKS_OPENING } from '../../src/imports/pipeline/attribution';
import { leeStory, wireStory, world } from './import-world';

describe('import round 20: whose words a story passage is', () => {
  it('QUOTED_WORDS_OF_THE_SUBJECT: quoted words are speech, a quoted name or label is not', () => {
    assert.ok(quotesSpeech(' urged the coastal states “to stand up in public for their waters”.'));
    assert.ok(quotesSpeech(' described the drills as a "very large show of naval reach."'));
    assert.ok(!quotesSpeech(' welcomed the new “Harbor Coordination Framework” of the two navies.'));
    assert.ok(!quotesSpeech(' praised the "Pacific Link" plan.'));
    assert.ok(!quotesSpeech(' praised the island plan.'));
    // Another's words, or a label, before the quotation.
    assert.ok(!quotesSpeech(' cited a navy report that said “the fleet will double in ten years”.'));
    assert.ok(!quotesSpeech(' welcomed the so-called “ships for peace and quiet” plan.'));
    assert.ok(QUOTED_WORDS_OF_THE_SUBJECT.speech('to stand up in public'));
    assert.ok(!QUOTED_WORDS_OF_THE_SUBJECT.speech('Strategic Harbor Dialogue'));
  });

  it('QUOTED_WORDS_OF_THE_SUBJECT: one official the subject, his words quoted after the verb: his, unplaced (a press conference)', () => {
    const r = leeStory(
      'SEOUL, March 2 (Harbor) - Lee Do-yun and Harold Brennan met in Seoul on Sunday.',
      'Brennan also urged the coastal states "to stand up in public for their waters and their fishermen."',
      'Brennan also urged the coastal states to keep their patrols.',
    );
    const quoted = r.passages.find((x) => /stand up in public/.test(x.text))!;
    assert.deepEqual(quoted.speakerIds, [10]);
    assert.equal(quoted.source.kind, 'PRESS_CONFERENCE');
    assert.equal(quoted.source.isDocument, false);
    // The same sentence without a quotation stays the paper's own account.
    const plain = r.passages.find((x) => /keep their patrols/.test(x.text))!;
    assert.equal(plain.source.kind, 'NEWS_ARTICLE');
    assert.equal(plain.source.isDocument, true);
  });

  it("QUOTED_WORDS_OF_THE_SUBJECT: a quoted name, or the talks' people together the subject, stays the paper's", () => {
    const r = leeStory(
      'SEOUL, March 2 (Harbor) - Lee Do-yun and Harold Brennan met in Seoul on Sunday.',
      'Brennan welcomed the "Harbor Coordination Framework" of the two navies.',
      'The two ministers agreed that the allies were "partners in every weather and every sea."',
    );
    const named = r.passages.find((x) => /Harbor Coordination Framework/.test(x.text))!;
    assert.equal(named.source.kind, 'NEWS_ARTICLE');
    const group = r.passages.find((x) => /every weather/.test(x.text));
    if (group) assert.notEqual(group.source.kind, 'PRESS_CONFERENCE');
  });

  it('TALKS_WITH_COUNTERPART: "During the dialogue with <the other party>," opens on the talks; a place or date after it does not', () => {
    assert.ok(SAME_TALKS_OPENING.pattern.test('During the dialogue with Japanese Defense Minister Kenta Morishima, Lee thanked …'));
    assert.ok(SAME_TALKS_OPENING.pattern.test('In their talks with Brennan, the minister asked …'));
    assert.ok(!SAME_TALKS_OPENING.pattern.test('During the talks with Brennan in March, Lee asked …'));
    assert.ok(!SAME_TALKS_OPENING.pattern.test('At the meeting with Brennan last year, Lee asked …'));
  });

  it("TALKS_WITH_COUNTERPART: the paragraph after the ministry's goes on being its release", () => {
    const r = wireStory(
      world(),
      "SEOUL, March 2 (Harbor) - Lee Do-yun and Kenta Morishima held telephone talks on Sunday and discussed naval exchanges, South Korea's defense ministry said.",
      'During the dialogue with Japanese Defense Minister Kenta Morishima, Lee expressed gratitude to the Japanese coast guard crews who joined the rescue.',
      'He also voiced hope for more pilot exchanges between the two air forces.',
    );
    for (const words of [/gratitude to the Japanese coast guard/, /more pilot exchanges/]) {
      const p = r.passages.find((x) => words.test(x.text))!;
      assert.equal(p.source.kind, 'PRESS_RELEASE', String(words));
      assert.equal(p.attributedOrganizationId, 3, String(words));
    }
  });

  it('SIDES_HELD_TALKS, HELD_TALKS_DATED_AT_THE_VERB: the lead has the two countries hold talks; a date in a clause after the holding breaks nothing', () => {
    const r = wireStory(
      world(),
      "SEOUL, March 2 (Harbor) - South Korea and Japan held strategic defense talks Sunday to discuss naval cooperation, Seoul's defense ministry said.",
      'Lee Do-yun and his Japanese counterpart, Kenta Morishima, held the second round of the dialogue in Seoul after the two sides held the first in Tokyo in July last year.',
      'During the talks, they agreed to widen pilot exchanges between the two air forces.',
    );
    const p = r.passages.find((x) => /widen pilot exchanges/.test(x.text))!;
    assert.equal(p.source.kind, 'PRESS_RELEASE');
    assert.equal(p.attributedOrganizationId, 3);
  });

  it("QUOTED_BODY_TELLS_TALKS: a ministry's quotation with no position, the ministers together its subject, carries its release", () => {
    const r = wireStory(
      world(),
      'TOKYO - Kenta Morishima held a meeting with Lee Do-yun in Port Ellis on Sunday.',
      '"At the outset of the meeting, the Ministers exchanged greetings for the first time since the spring forum," the Japanese Defense Ministry said in a press release on Sunday.',
      'The Ministers exchanged views on the regional security situation.',
      'They reaffirmed their commitment to close coordination between the two navies.',
    );
    const p = r.passages.find((x) => /close coordination between the two navies/.test(x.text))!;
    assert.equal(p.source.kind, 'PRESS_RELEASE');
    assert.equal(p.attributedOrganizationId, 2);
  });
});
