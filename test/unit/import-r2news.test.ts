/**
 * Wire-story rules of issue 19's second round, on sentences written for these tests: another person with a recorded
 * official's family name, analysts who are fellows of an institute, anonymous officials, reported "nothing to share".
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../src/imports/extract';
import { Lexicon, type LexiconData } from '../../src/imports/lexicon';
import { backgroundOf } from '../../src/imports/pipeline/background';
import { trailingFrame } from '../../src/imports/pipeline/frames';
import { world } from './import-world';

/** The test world with a call between the U.S. secretary (10) and the Korean minister (12) on 2 March 2031. */
function withCall(): LexiconData {
  const w = world();
  w.calls.push({ id: 50, title: 'Brennan–Lee telephone call, March 2031', date: '2031-03-02', participantIds: [10, 12] });
  return w;
}

const news = (text: string) =>
  extract(new Lexicon(withCall()), text, { kind: 'NEWS_ARTICLE', publisherId: 4, publishedOn: '2031-03-02', keepAll: true });

describe('wire stories: people outside the talks', () => {
  it('does not take another person with a family-name-first surname on record for the official', () => {
    const lex = new Lexicon(withCall());
    const text = 'Lee Min-ji, a lecturer, spoke. Lee said so on Monday. Minister Lee agreed.';
    const officials = lex.mentions(text).filter((m) => m.kind === 'official');
    assert.deepEqual(
      officials.map((m) => text.slice(m.start, m.end + 4)),
      ['Lee sai', 'Lee agr'],
    );
    // The full name on record is still the official.
    assert.deepEqual(
      lex.mentions('Lee Do-yun spoke.').map((m) => m.ids),
      [[12]],
    );
  });

  it('drafts nothing of an analyst, even one sharing a family name with an official on record', () => {
    const r = news(
      [
        'SEOUL, March 2 (Harbor) - Lee Do-yun and Harold Brennan spoke by phone on Sunday, the Ministry of National Defense said.',
        'Lee Sang-woo, a professor of politics at a university in Busan, said the call was "a message to the North more than to anyone," but added that little would change.',
        '"The two navies have never trained this closely in these waters," said Park Eun-ha, a senior fellow at an institute for maritime studies.',
      ].join('\n\n'),
    );
    assert.deepEqual(
      r.passages.map((p) => p.text),
      [],
    );
  });

  it('skips anonymous officials and reported "nothing to share"', () => {
    assert.equal(
      backgroundOf('A senior naval officer, who requested anonymity, said the minister also raised port visits.')?.reason,
      // Anonymity stated outright: no position, as most of the corpus labels it (round 6).
      'NO_POSITION',
    );
    assert.equal(
      backgroundOf('Pressed on the missile defense plan, the spokesman said he had nothing to add to the statement.')?.reason,
      'NO_POSITION',
    );
    assert.equal(
      backgroundOf('A spokeswoman said the date had been set by the two offices and offered no further details.')?.reason,
      'NO_POSITION',
    );
    // A committing verb keeps a position.
    assert.equal(backgroundOf('The minister agreed to send more ships and said he had nothing to add.'), null);
  });

  it('reads an attribution with an aside after it, or between two predicates of one subject', () => {
    const aside = 'The navies agreed to sail together next month, according to the ministry, which issued its account late on Friday.';
    const f = trailingFrame(aside)!;
    assert.equal(aside.slice(...f.reporter), 'the ministry');
    assert.equal(aside.slice(...f.clause), 'The navies agreed to sail together next month');
    const between = 'Brennan reaffirmed that the treaty covers the atolls, the Pentagon said, and voiced support for the new radar.';
    const g = trailingFrame(between)!;
    assert.equal(between.slice(...g.reporter), 'the Pentagon');
    assert.equal(between.slice(...g.clause), between);
    // A new clause with its own subject after the attribution is not the same predicate.
    assert.ok(!trailingFrame('Brennan praised the drills, the Pentagon said, and the minister thanked him.')?.rule.includes('between'));
  });

  it('proposes the call a story names as "the call between X and Y" when nobody in it is on record with the other', () => {
    const r = extract(
      new Lexicon(world()),
      [
        'MANILA, March 2 (Harbor) - Harold Brennan reaffirmed on Sunday that the treaty covers the coast guard, the Pentagon said.',
        'It was the third call this year between Brennan and Philippine Defense Secretary Luis Navarro.',
        'Navarro told Brennan that the patrols would continue, the Department of National Defense said.',
      ].join('\n\n'),
      { kind: 'NEWS_ARTICLE', publisherId: 4, publishedOn: '2031-03-02', keepAll: true },
    );
    assert.ok(r.proposedCall);
    assert.deepEqual(r.proposedCall.participantIds, [10]);
    assert.equal(r.proposedCall.proposedParticipants.length, 1);
  });

  it("takes an official quoted through a body's document as theirs, that document the source, and a quotation going on", () => {
    const r = news(
      [
        'SEOUL, March 2 (Harbor) - Lee Do-yun and Harold Brennan spoke by phone on Sunday, the Ministry of National Defense said.',
        '\u201cThe alliance does not stop for a holiday of any kind,\u201d Lee told Brennan, according to a release from the ministry. \u201cOur navies will keep sailing exactly as before.\u201d',
        '\u201cWe will keep every promise we have made to our partners,\u201d Lee was quoted as saying.',
      ].join('\n\n'),
    );
    for (const words of [/holiday/, /keep sailing/, /every promise/]) {
      const p = r.passages.find((x) => words.test(x.text))!;
      assert.deepEqual([p.kind, p.speakerIds, p.partyIds, p.source.kind], ['DIRECT_QUOTE', [12], [12], 'PRESS_RELEASE'], String(words));
    }
  });

  it('skips condolences as a courtesy, and reads "saying the two …" before a quoted predicate as its subject', () => {
    assert.equal(
      backgroundOf('The Minister also offered his deepest condolences for those lost in the earthquake.')?.reason,
      'NO_POSITION',
    );
    assert.equal(backgroundOf('She extended sympathy to the families, and the two agreed to expand drills.'), null);
    const r = news(
      [
        'SEOUL, March 2 (Harbor) - Lee Do-yun and Harold Brennan spoke by phone on Sunday, the Ministry of National Defense said.',
        'The Pentagon gave a similar account late on Saturday, saying the two ministers \u201cresolved to keep their navies training side by side this year.\u201d',
      ].join('\n\n'),
    );
    const p = r.passages.find((x) => /side by side/.test(x.text))!;
    assert.deepEqual([...p.partyIds].sort(), [10, 12]);
  });

  it('reads "a call on <date>" as the meeting, not as "called on" someone', () => {
    assert.equal(
      backgroundOf('Minister Navarro and Secretary Brennan held a phone call on June 4 to review plans for the autumn exercise.')?.reason,
      'BACKGROUND',
    );
    assert.equal(backgroundOf('Secretary Brennan called on both navies to keep the sea lanes open after the meeting.'), null);
  });

  it('keeps "…, the ministry said, adding that the two …" one passage, with the parties of both clauses', () => {
    const r = news(
      [
        'SEOUL, March 2 (Harbor) - Lee Do-yun and Harold Brennan spoke by phone on Sunday, the Ministry of National Defense said.',
        'Brennan said Washington would send more tankers to the peninsula, the ministry said in a statement, adding that the two also agreed to meet in Hawaii in May.',
      ].join('\n\n'),
    );
    const tankers = r.passages.filter((x) => /tankers|Hawaii/.test(x.text));
    assert.equal(tankers.length, 1);
    assert.match(tankers[0].text, /Hawaii in May\.$/);
    assert.deepEqual([...tankers[0].partyIds].sort(), [10, 12]);
    assert.equal(tankers[0].attributedOrganizationId, 3);
  });

  it('gives a past-perfect account dated by an earlier month the call of that month between the same people', () => {
    const w = withCall();
    w.calls.push({ id: 49, title: 'Brennan–Lee telephone call, January 2031', date: '2031-01-14', participantIds: [10, 12] });
    const r = extract(
      new Lexicon(w),
      [
        'SEOUL, March 2 (Harbor) - Lee Do-yun and Harold Brennan spoke by phone on Sunday, the Ministry of National Defense said.',
        'Brennan reaffirmed that the alliance would keep its bombers on rotation, the ministry said.',
        'In January, the two ministers had agreed by phone to hold naval drills in the spring.',
      ].join('\n\n'),
      { kind: 'NEWS_ARTICLE', publisherId: 4, publishedOn: '2031-03-02', keepAll: true },
    );
    assert.equal(r.passages.find((x) => /bombers/.test(x.text))?.callId, 50);
    assert.equal(r.passages.find((x) => /naval drills/.test(x.text))?.callId, 49);
  });

  it('reads "X informed Y that …" in a readout as X\'s position, Y its audience', () => {
    const r = extract(
      new Lexicon(world()),
      [
        'Readout of Secretary Brennan and Minister Lee Call',
        'Secretary Brennan spoke by phone with Minister Lee Do-yun on March 1.',
        'Minister Lee informed Secretary Brennan that Korea will raise its spending on air defense next year.',
      ].join('\n\n'),
      { kind: 'READOUT', publisherId: 1, publishedOn: '2031-03-02', keepAll: true },
    );
    const p = r.passages.find((x) => /air defense/.test(x.text))!;
    assert.deepEqual(p.partyIds, [12]);
  });

  it('gives a paragraph that is only a quotation to the official quoted at the end of the paragraph before', () => {
    const r = news(
      [
        'SEOUL, March 2 (Harbor) - Lee Do-yun and Harold Brennan spoke by phone on Sunday, the Ministry of National Defense said.',
        '\u201cWe agreed that our navies will train together far more often this year,\u201d Lee said.',
        '\u201cKorea remains fully committed to the alliance and to everything it stands for.\u201d',
      ].join('\n\n'),
    );
    const p = r.passages.find((x) => /stands for/.test(x.text))!;
    assert.deepEqual([p.speakerIds, p.partyIds], [[12], [12]]);
  });
});
