/**
 * Round 10 of transcripts (turns, speakers, who "we" is), from real published transcripts' constructions (real-2, kept
 * outside the repository). Invented people, places and sentences, not the documents' wording.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../src/imports/extract';
import { Lexicon } from '../../src/imports/lexicon';
import { bothCountriesSubject, groupOfAnotherSize, turnGroupOf } from '../../src/imports/pipeline/coref';
import { addressedWithTitles, turnLabel } from '../../src/imports/pipeline/turns';
import { world } from './import-world';

/** A Pentagon transcript (publisher 1) of 3 March 2031: remarks of the secretary on record welcoming a guest not on record. */
function welcome(title: string, ...paragraphs: string[]) {
  return extract(new Lexicon(world()), [title, ...paragraphs].join('\n\n'), {
    kind: 'TRANSCRIPT',
    publisherId: 1,
    publishedOn: '2031-03-03',
    title,
    keepAll: true,
  });
}

describe('import round 10: transcripts', () => {
  it('the people an opening addresses, with their titles, also several in one sentence and with no comma (ADDRESSED_LIST)', () => {
    assert.deepEqual(addressedWithTitles("Deputy Prime Minister Okafor, it's good to see you again. Welcome to Boston."), [
      { title: 'Deputy Prime Minister', name: 'Okafor' },
    ]);
    assert.deepEqual(addressedWithTitles("Good morning, all. Minister Lindqvist it's a pleasure to have you here in Denver."), [
      { title: 'Minister', name: 'Lindqvist' },
    ]);
    assert.deepEqual(
      addressedWithTitles(
        'Good evening. Minister Haddad, Secretary Oyelaran, General Brandt it has been an honor to host you at the base.',
      ),
      [
        { title: 'Minister', name: 'Haddad' },
        { title: 'Secretary', name: 'Oyelaran' },
        { title: 'General', name: 'Brandt' },
      ],
    );
    assert.deepEqual(addressedWithTitles('Minister Haddad and I agreed to expand the drills.'), []);
    assert.deepEqual(addressedWithTitles('We met Minister Haddad yesterday, and it was a good meeting.'), []);
  });

  it('a "Subjects:" line of a ministerial transcript is a heading, no speaker', () => {
    assert.equal(turnLabel('SUBJECTS: Alliance; maritime patrols; budget.'), null);
    assert.equal(turnLabel('Subject/s: Alliance; exercises.'), null);
    assert.equal(turnLabel('Topics: the visit; the budget.'), null);
    assert.equal(turnLabel('MINISTER FOR DEFENCE, JANE ROE: Thank you all for coming.')?.role, 'SPEAKER');
  });

  it('two countries joined as the subject of a sentence (BOTH_COUNTRIES_SUBJECT)', () => {
    assert.deepEqual(bothCountriesSubject('The United States and Chile stand together against coercion.'), ['The United States', 'Chile']);
    assert.deepEqual(bothCountriesSubject('But Peru and the United States are building a stronger partnership.'), [
      'Peru',
      'the United States',
    ]);
    assert.equal(bothCountriesSubject('The alliance between the United States and Chile is strong.'), null);
    assert.equal(bothCountriesSubject('Peru and Chile of course matter.'), null);
  });

  it('"our four democracies" counts the group: both sides only when the talks had that many people (OUR_COUNTED)', () => {
    assert.equal(groupOfAnotherSize('a vision that our four democracies share', 4), false);
    assert.equal(groupOfAnotherSize('a vision that our four democracies share', 2), true);
    assert.ok(turnGroupOf('It advanced a vision that our four democracies share for an open ocean.', true, 4));
    assert.equal(turnGroupOf('It advanced a vision that our four democracies share for an open ocean.', true, 2), null);
  });

  it('a guest not on record whom the host addresses is proposed, with the full name the title gives, and the remarks are their meeting (ADDRESSED_NEWCOMER)', () => {
    const r = welcome(
      'Secretary of Defense Harold Brennan Remarks Welcoming Chilean Minister of National Defense Elena Vidal to the Pentagon',
      "SECRETARY OF DEFENSE HAROLD BRENNAN: Minister Vidal, it's good to see you again. Welcome back to Washington.",
      'Our two countries share a commitment to open sea lanes. The United States and Chile stand together against coercion at sea. I think the partnership has never been stronger.',
    );
    const vidal = r.proposedOfficials.find((p) => p.name === 'Elena Vidal');
    assert.ok(vidal, 'the guest is proposed with her full name');
    assert.equal(vidal.title, 'Minister of National Defense');
    assert.ok(r.proposedCall, 'their meeting is proposed');
    assert.ok(r.proposedCall.proposedParticipants.includes(vidal.key));
    assert.ok(r.proposedCall.participantIds.includes(10));
    const of = (words: RegExp) => r.passages.find((p) => words.test(p.text));
    for (const both of [/Our two countries share/, /stand together against coercion/]) {
      const p = of(both);
      assert.ok(p, `${both} is drafted`);
      assert.deepEqual(p.partyIds, [10]);
      assert.deepEqual(p.proposedParties, [vidal.key]);
      assert.equal(p.features.call, 'proposed');
    }
    const own = of(/never been stronger/);
    assert.ok(own);
    assert.deepEqual(own.proposedParties, []);
  });

  it('the full name may be the page’s own, in its details before the remarks ("The Hon … MP"); an official on record addressed is not proposed', () => {
    const r = welcome(
      'Joint press conference with Secretary Brennan',
      'The Hon Tomas Lindqvist MP',
      'Minister for Defence',
      "SECRETARY BRENNAN: Good afternoon. Minister Lindqvist, Minister Morishima, it's great to be with you both.",
      'We share an unwavering commitment to freedom of navigation.',
    );
    assert.ok(r.proposedOfficials.some((p) => p.name === 'Tomas Lindqvist'));
    assert.ok(!r.proposedOfficials.some((p) => /Morishima/.test(p.name)), 'Morishima is on record');
    assert.ok(r.proposedCall?.participantIds.includes(11));
  });
});
