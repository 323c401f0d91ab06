/**
 * BODY_NAME_END: a body proposed from "Ministry / Department / Office / Agency of …" is named without the title or the
 * other party that follows it in the same run of capitals. Invented bodies, people and sentences.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bodyNameEnd } from '../../src/imports/pipeline/people';
import { wireStoryOn, world } from './import-world';

const named = (name: string) => name.slice(0, bodyNameEnd(name));

/** The names of the bodies a Harbor Times story (publisher 4) of 3 March 2031 proposes. */
const proposedBodies = (text: string) => wireStoryOn('2031-03-03', world(), text).proposedOrganizations.map((o) => o.name);

describe('BODY_NAME_END: where a proposed body’s name ends', () => {
  it('ends before a title, with its rank words, and before "and" with another party’s possessive', () => {
    assert.equal(named('Department of Coastal Defense and Secretary Ilse Varga'), 'Department of Coastal Defense');
    assert.equal(named('Ministry of Foreign Affairs Director General'), 'Ministry of Foreign Affairs');
    assert.equal(named('Ministry of National Defense and Deputy Minister Oda'), 'Ministry of National Defense');
    assert.equal(named('Department of Naval Affairs and Estoria’s Ministry'), 'Department of Naval Affairs');
    assert.equal(named('Ministry of National Defense Spokesperson Lin'), 'Ministry of National Defense');
  });

  it('keeps the words a name is made of: the first after "of", a field word, and "and" between two nouns', () => {
    assert.equal(named('Office of the Secretary'), 'Office of the Secretary');
    assert.equal(named('Ministry of National Defense'), 'Ministry of National Defense');
    assert.equal(named('Ministry of Trade and Industry'), 'Ministry of Trade and Industry');
    assert.equal(named('Ministry of Home Affairs'), 'Ministry of Home Affairs');
    assert.equal(named('Department'), 'Department');
  });

  it('proposes the body, not the body with the next person’s title or the next party', () => {
    const bodies = proposedBodies(
      'Minister Ilse Varga of the Department of Coastal Defense and Secretary Harold Brennan met in the capital on Monday. ' +
        'Closer sharing between the Department of Coastal Defense and Estoria’s Ministry of the Navy is expected, Varga said.',
    );
    assert.ok(bodies.includes('Department of Coastal Defense'), bodies.join('; '));
    assert.ok(!bodies.some((b) => /\band\b/.test(b)), bodies.join('; '));
  });
});
