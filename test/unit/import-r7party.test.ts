/**
 * Issue 19, seventh round on authors and parties: the principal of a transcript whose title also names the one met, a
 * bare title label for a principal not on record. Invented people, places and sentences.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../src/imports/extract';
import { Lexicon } from '../../src/imports/lexicon';
import { subjectAppositive } from '../../src/imports/pipeline/coref';
import { COUNTERPART_IN_TITLE } from '../../src/imports/pipeline/speakers';
import { leeCallStory, world } from './import-world';

const transcript = (title: string, body: string) =>
  extract(new Lexicon(world()), `${title}\n\n${body}`, {
    kind: 'TRANSCRIPT',
    publisherId: null,
    publishedOn: '2031-05-04',
    title,
    keepAll: true,
  });

describe('COUNTERPART_IN_TITLE: the one met is not the principal', () => {
  it('sets apart "after his call with …" and "following her meeting with …", not "A Conversation with …"', () => {
    assert.equal(
      'Remarks by Minister Ana Vell after her video call with Secretary Harold Brennan'.replace(COUNTERPART_IN_TITLE, ''),
      'Remarks by Minister Ana Vell',
    );
    assert.equal('Briefing Following His Meeting With the Japanese Minister'.replace(COUNTERPART_IN_TITLE, ''), 'Briefing');
    assert.equal(
      'A Conversation with Secretary Harold Brennan'.replace(COUNTERPART_IN_TITLE, ''),
      'A Conversation with Secretary Harold Brennan',
    );
  });

  it('a bare "Minister:" label is the minister the title names, not on record, not the secretary met', () => {
    const r = transcript(
      'Transcript of Media Interview with Minister of Defence Dr Ana Vell after her Telephone Call with Secretary of Defense Harold Brennan',
      [
        'Journalist: Minister, how did the call go?',
        'Minister: We spoke for an hour this morning. I told the Secretary that we remain committed to the alliance and will keep sending ships to the joint drills.',
      ].join('\n\n'),
    );
    const p = r.passages.find((x) => /keep sending ships/.test(x.text));
    assert.ok(p, 'the answer is drafted');
    assert.deepEqual(p.speakerIds, []);
    assert.deepEqual(p.proposedSpeakers, ['official:ana vell']);
  });
});

describe('SUBJECT_APPOSITIVE: people named in what describes the subject are not parties', () => {
  it('finds the appositive after a head that is no pronoun', () => {
    const words = "Lee, the minister who took over after Morishima's retirement, ";
    const app = subjectAppositive(words);
    assert.ok(app);
    assert.equal(words.slice(app.start, app.end), ", the minister who took over after Morishima's retirement,");
    assert.equal(subjectAppositive('We, the Minister and the Secretary, '), null);
    assert.equal(subjectAppositive('Lee and Brennan '), null);
  });

  it('keeps the head as the one party', () => {
    const told = leeCallStory(
      "Lee, the minister who took over after Morishima's retirement, told Brennan that Seoul remains fully committed to the alliance and will double its patrols.",
    ).passages.find((x) => /double its patrols/.test(x.text));
    assert.deepEqual(told?.partyIds, [12]);
    // The reporter too: the head of the subject, not the person its description names.
    const said = leeCallStory(
      "Lee, the minister who took over after Morishima's retirement, said Seoul remains fully committed to the alliance.",
    ).passages.find((x) => /fully committed/.test(x.text));
    assert.deepEqual(said?.speakerIds, [12]);
    assert.deepEqual(said?.partyIds, [12]);
  });
});
