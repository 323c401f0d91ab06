/**
 * Issue 19, second round on transcripts: "the Minister and I", a "we" the speaker sets apart from the other side,
 * answers that refuse one thing and state another, what the talks did not cover, the welcome a host gave, and a joint
 * press conference with a speaker not on record. Invented people, places and sentences.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../src/imports/extract';
import { Lexicon } from '../../src/imports/lexicon';
import { backgroundOf } from '../../src/imports/pipeline/background';
import { proposeNonTreaty } from '../../src/imports/pipeline/commitments';
import { turnGroupOf } from '../../src/imports/pipeline/coref';
import { NOT_A_POSITION, statesBeside } from '../../src/imports/pipeline/dispositions';
import { world } from './import-world';

describe('"the Minister and I" in a speaker’s turn', () => {
  it('takes the speaker named with the other side ("my counterpart and I", "Minister X and I") for both sides anywhere', () => {
    assert.ok(turnGroupOf('Minister Castell and I spoke at length about the northern corridor.', false));
    assert.ok(turnGroupOf('My counterpart and I see the drills the same way.', false));
    assert.ok(turnGroupOf('What I can say is that the Vice Minister and I intend to meet again in Osaka.', false));
    assert.equal(turnGroupOf('My wife and I enjoyed the visit.', false), null);
  });

  it('takes a "we" the speaker sets apart from the other side ("I told the Secretary that we …") for one side', () => {
    assert.equal(turnGroupOf('We went over the budget, and I told the Secretary that we will raise it next spring.', true), null);
    assert.equal(turnGroupOf('We reviewed the plan, and I assured him we will finish the pier.', true), null);
    assert.ok(turnGroupOf('We went over the budget, and we will meet again in spring.', true));
  });
});

describe('answers that refuse one thing', () => {
  const declined = (t: string) => NOT_A_POSITION.find((r) => r.test.test(t) && !statesBeside(t, r.test));
  it('keeps a firm stance in a clause of its own beside the refusal', () => {
    assert.equal(declined('We settled on a joint plan and agreed to brief parliament, but I would refrain from naming a date.'), undefined);
    assert.ok(declined('I would refrain from naming a date for the handover.'));
  });
  it('takes a refusal to respond, and what the talks did not cover, for no position', () => {
    assert.ok(declined('Well, we will set our own course, and I am not going to respond to figures from commentators.'));
    assert.ok(declined('We did not discuss troop levels.'));
    assert.ok(declined('But we never talked about the lease.'));
    assert.equal(declined('We will not respond to provocation with provocation.'), undefined);
  });
});

describe('the welcome a host gave', () => {
  it('takes "I welcomed X on her first visit" for background, not when another stance follows', () => {
    assert.equal(backgroundOf('I welcomed Minister Morishima on his second visit to Denver as minister.', true)?.reason, 'BACKGROUND');
    assert.equal(backgroundOf('I welcomed Minister Morishima on his visit, and we reaffirmed the alliance.', true), null);
    assert.equal(backgroundOf('I warmly welcomed Minister Morishima back to Denver.', true)?.reason, 'BACKGROUND');
    assert.equal(backgroundOf('I welcomed Minister Morishima’s pledge to Japan.', true), null);
    assert.equal(backgroundOf('I welcomed the Minister’s plan to expand drills.', true), null);
  });
});

describe('a joint press conference with a speaker not on record', () => {
  it('proposes the meeting of its speakers; "we agreed" and "the Secretary and I" are both of them, "I told the Secretary that we" one', () => {
    const text = [
      'Secretary of Defense Harold Brennan and Norwegian Minister of Defence Ingrid Halvorsen Joint Press Conference',
      'STAFF: The Secretary and the Minister will each speak, then take questions.',
      'SECRETARY OF DEFENSE HAROLD BRENNAN: Welcome to Denver, Ingrid. Today we agreed to station more patrol aircraft in the far north from next year.',
      'MINISTER HALVORSEN: Thank you, Harold. We also went over the Norwegian budget, and I told the Secretary that we will raise it by a fifth.',
      'The Secretary and I see the Arctic the same way.',
      'Q: Did you discuss the lease?',
      'SECRETARY BRENNAN: We did not get into the lease. But we reaffirmed that our two navies will train together more often.',
    ].join('\n\n');
    const r = extract(new Lexicon(world()), text, {
      kind: 'TRANSCRIPT',
      publisherId: 1,
      publishedOn: '2031-03-02',
      timeZone: 'America/Denver',
      title: text.split('\n')[0],
    });
    assert.ok(r.proposedCall, 'a proposed meeting');
    assert.deepEqual(r.proposedCall.participantIds, [10]);
    assert.equal(r.proposedCall.proposedParticipants.length, 1);
    const halvorsen = r.proposedCall.proposedParticipants[0];
    const agreed = r.passages.find((p) => /patrol aircraft/.test(p.text));
    assert.ok(agreed);
    assert.deepEqual(agreed.partyIds, [10]);
    assert.deepEqual(agreed.proposedParties, [halvorsen]);
    const budget = r.passages.find((p) => /budget/.test(p.text));
    assert.ok(budget);
    assert.deepEqual(budget.partyIds, []);
    assert.deepEqual(budget.proposedParties, [halvorsen]);
    // A speaker not on record with "the Secretary and I"; "But we reaffirmed" of a speaker on record: both sides.
    for (const re of [/the Arctic/, /two navies/]) {
      const p = r.passages.find((x) => re.test(x.text));
      assert.ok(p, String(re));
      assert.deepEqual([p.partyIds, p.proposedParties], [[10], [halvorsen]]);
    }
    assert.ok(!r.passages.some((p) => /the lease/.test(p.text)));
  });
});

describe('a treaty named by its short name', () => {
  const lex = new Lexicon(world());
  const document = [
    'Sixty years after KESTREL was signed, our treaty ties with the United States have never been closer.',
    'Japan remains fully committed to KESTREL, and we will finish the new piers on schedule.',
    'Our treaty obligations are not in doubt.',
  ].join('\n\n');
  it('proposes "<name> Treaty commitment between A and B" for holding to it, and takes "our treaty obligations" for it later', () => {
    const [first] = proposeNonTreaty(lex, 'Japan remains fully committed to KESTREL, and we will finish the new piers on schedule.', {
      countries: ['JP'],
      proposals: [],
      document,
    });
    assert.equal(first?.title, 'KESTREL Treaty commitment between Japan and the United States');
    const [later] = proposeNonTreaty(lex, 'Our treaty obligations are not in doubt.', { countries: ['JP'], proposals: [first], document });
    assert.equal(later?.key, first.key);
  });
  it('does not take an acronym merely signed, in a document that speaks of no treaty, for a treaty', () => {
    const plain = 'Since PELICAN was signed, Japan has remained committed to PELICAN and to its partners in the United States.';
    assert.deepEqual(proposeNonTreaty(lex, plain, { countries: ['JP'], proposals: [], document: plain }), []);
  });
});
