/**
 * Round 9 of which sentences are positions and which call a statement belongs to, from real published documents'
 * constructions (real-2, kept outside the repository). Invented people, places and sentences, not the documents' wording.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OPENING_ADDRESS } from '../../src/imports/pipeline/proposed-call';

const address = (t: string) => OPENING_ADDRESS.pattern.exec(t)?.[1] ?? null;

describe('import round 9: the call a statement belongs to', () => {
  it('a host opening by addressing the guests by name names the meeting the remarks belong to (OPENING_ADDRESS)', () => {
    assert.equal(address("MINISTER ANA SOTO: Defence Secretary Lund, it's a pleasure to have you in Quito."), 'Defence Secretary Lund');
    assert.equal(address('Minister Okoro it is good to see you again and thanks for coming to Accra.'), 'Minister Okoro');
    assert.equal(
      address('Good morning, everyone. Secretary Varga, Minister Tanaka and General Roux, welcome to Lyon.'),
      'Secretary Varga, Minister Tanaka and General Roux',
    );
    assert.equal(address('Minister Okoro, thank you for your hospitality.'), 'Minister Okoro');
  });
  it('a sentence that only names someone, or speaks of them, is no opening address', () => {
    assert.equal(address('Minister Okoro and I discussed the maritime situation.'), null);
    assert.equal(address('We welcome Minister Okoro’s decision to join the exercise.'), null);
    assert.equal(address('Thank you very much.'), null);
  });
});
