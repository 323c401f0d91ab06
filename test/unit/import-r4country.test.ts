/**
 * Rules for readouts of calls and meetings with countries not on record (issue 19, round 4), on sentences written for
 * these tests: titles that are never part of a name, an officer-in-charge (acting), a title after post-nominals, the
 * post a relative clause says someone is serving in, and the country of the body named after a name.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { titledPeople } from '../../src/imports/pipeline/people';
import { pentagonReadout } from './import-world';

/** The titled people of a text (a country's name alone is a capitalised pair too; the extractor drops it as a country). */
const people = (text: string) =>
  titledPeople(text)
    .filter((p) => p.title)
    .map((p) => [p.name, p.title, p.capacity, p.countryCode]);

describe('readouts with countries not on record (round 4)', () => {
  it('never takes a one-word title head into the name ("Undersecretary", "Envoy")', () => {
    assert.deepEqual(people('The delegation called on Senior Undersecretary Lucia B. Ferrand and Special Envoy Okon Adeyemi.'), [
      ['Lucia B. Ferrand', 'Senior Undersecretary', 'SUBSTANTIVE', null],
      ['Okon Adeyemi', 'Special Envoy', 'SUBSTANTIVE', null],
    ]);
  });

  it('reads an officer-in-charge as acting, and a country adjective inside the title as the country', () => {
    assert.deepEqual(people('She met Officer-in-Charge of the Peruvian Ministry of Defense Tomas R. Quispe in Lima.'), [
      ['Tomas R. Quispe', 'Officer-in-Charge of the Ministry of Defense', 'ACTING', 'PE'],
    ]);
  });

  it('reads the post a relative clause says someone is serving or acting in, over the rank before the name', () => {
    assert.deepEqual(
      people(
        'He hosted Senior Undersecretary Lucia B. Ferrand, who is currently serving as Officer-in-Charge of the Chilean Ministry of National Defense.',
      ),
      [['Lucia B. Ferrand', 'Officer-in-Charge of the Ministry of National Defense', 'ACTING', 'CL']],
    );
    assert.deepEqual(people('They welcomed Maj. Gen. Ivo Hallik, who is acting as Minister of Defence of Estonia, to the talks.'), [
      ['Ivo Hallik', 'Minister of Defence', 'ACTING', 'EE'],
    ]);
  });

  it('reads a title written after post-nominals ("… MP, Assistant Minister for …,")', () => {
    assert.deepEqual(
      people('The Vice Minister received the Hon Priya NAIDOO MP, Assistant Minister for Defence of New Zealand, on Friday.'),
      [['Priya Naidoo', 'Assistant Minister for Defence', 'SUBSTANTIVE', 'NZ']],
    );
  });

  it('takes the country of the body named after the name ("of Chile’s Ministry of …", "of the Irish Defence Forces")', () => {
    assert.deepEqual(people("She met Deputy Minister Rosa Ibáñez of Chile's Ministry of National Defense at the Pentagon."), [
      ['Rosa Ibáñez', 'Deputy Minister', 'SUBSTANTIVE', 'CL'],
    ]);
    assert.deepEqual(people('He met Chief of Staff Aoife Brennan of the Irish Defence Forces in Dublin.'), [
      ['Aoife Brennan', 'Chief of Staff', 'SUBSTANTIVE', 'IE'],
    ]);
  });

  it('proposes the meeting with an officer-in-charge not on record, both of them its participants', () => {
    const text = [
      'Readout of Secretary of Defense Harold Brennan’s Meeting With Chilean Officer-in-Charge of the Ministry of National Defense Lucia B. Ferrand',
      'March 3, 2031',
      'Secretary of Defense Harold Brennan met today in Santiago with Senior Undersecretary Lucia B. Ferrand, who is serving as Officer-in-Charge of the Chilean Ministry of National Defense.',
      'The two officials agreed to expand combined search-and-rescue training along the southern coast.',
    ].join('\n\n');
    const r = pentagonReadout(text, '2031-03-03');
    const ferrand = r.proposedOfficials.find((p) => p.name === 'Lucia B. Ferrand')!;
    assert.deepEqual([ferrand.capacity, ferrand.countryCode], ['ACTING', 'CL']);
    assert.deepEqual([r.proposedCall?.participantIds, r.proposedCall?.proposedParticipants], [[10], [ferrand.key]]);
    const agreed = r.passages.find((x) => /search-and-rescue/.test(x.text))!;
    assert.deepEqual([agreed.partyIds, agreed.proposedParties], [[10], [ferrand.key]]);
  });
});
