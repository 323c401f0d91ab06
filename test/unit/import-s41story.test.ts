/**
 * Round 20 (s41, story): whose words a passage of a news or wire story is — its source and author. Invented people, places
 * and sentences.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { QUOTED_WORDS_OF_THE_SUBJECT, quotesSpeech } from '../../src/imports/pipeline/attribution';
import { leeStory } from './import-world';

describe('import round 20: whose words a story passage is', () => {
  it('QUOTED_WORDS_OF_THE_SUBJECT: quoted words are speech, a quoted name or label is not', () => {
    assert.ok(quotesSpeech(' urged the coastal states “to stand up in public for their waters”.'));
    assert.ok(quotesSpeech(' described the drills as a "very large show of naval reach."'));
    assert.ok(!quotesSpeech(' welcomed the new “Harbor Coordination Framework” of the two navies.'));
    assert.ok(!quotesSpeech(' praised the "Pacific Link" plan.'));
    assert.ok(!quotesSpeech(' praised the island plan.'));
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
});
