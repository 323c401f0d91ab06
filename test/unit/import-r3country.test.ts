/**
 * Rules for readouts of calls and meetings with countries not on record (issue 19, round 3), on sentences written for
 * these tests: a named bilateral agreement or partnership the dataset lacks, proposed as a commitment; Malaysian and
 * Indian courtesy titles before a name.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Lexicon } from '../../src/imports/lexicon';
import { commitmentsIn } from '../../src/imports/pipeline/commitments';
import { titledPeople } from '../../src/imports/pipeline/people';
import { publisherLine, splitCountry } from '../../src/imports/pipeline/publisher';
import { pentagonReadout } from './import-world';
import { referenceLexiconData } from './reference-lexicon';

const lex = new Lexicon(referenceLexiconData());
const proposals = (text: string, countries: string[] = []) =>
  commitmentsIn(lex, text, { countries, proposals: [] }).proposed.map((p) => [p.title, p.countryCodes]);

describe('readouts with countries not on record (round 3)', () => {
  it('proposes a named agreement or partnership a party reaffirms, with the pair of countries it binds', () => {
    assert.deepEqual(proposals('The ministers reaffirmed the Chile-Peru Coastal Patrol Accord and pledged to renew it.'), [
      ['Chile-Peru Coastal Patrol Accord', ['CL', 'PE']],
    ]);
    // No pair named in the name: the United States (named in the sentence) and the other party's country.
    assert.deepEqual(proposals('She said the Maritime Logistics Arrangement serves both U.S. and Ghanaian interests well.', ['GH']), [
      ['U.S.-Ghana Maritime Logistics Arrangement', ['US', 'GH']],
    ]);
  });

  it('proposes nothing for a common noun phrase, a name that qualifies another noun, or an activity under it', () => {
    assert.deepEqual(proposals('Both sides hope to negotiate a Status of Forces Agreement within two years.', ['US', 'GH']), []);
    assert.deepEqual(proposals('They inspected two Defense Access Agreement sites near the coast.', ['US', 'GH']), []);
    assert.deepEqual(proposals('They will deepen joint training under the Chile-Peru Coastal Patrol Accord.'), []);
    // Obligations under it are a position on the agreement itself.
    assert.equal(proposals('Peru will honor its obligations under the Chile-Peru Coastal Patrol Accord.').length, 1);
  });

  it('keeps Malaysian and Indian courtesy titles out of the name, between the title and it', () => {
    const people = titledPeople(
      "Chief of Defence Force Datuk Seri Aminah Yusof and Defence Secretary Shri Kiran Mehta met Deputy Minister of Defence Dato' Farid Ismail.",
    ).map((p) => [p.name, p.title]);
    assert.deepEqual(people, [
      ['Aminah Yusof', 'Chief of Defence Force'],
      ['Kiran Mehta', 'Defence Secretary'],
      ['Farid Ismail', 'Deputy Minister of Defence'],
    ]);
  });

  it("reads a title after the name that opens with the country's possessive, and takes the country from it", () => {
    const [p] = titledPeople(
      'The Defense Minister spoke by video with the Honourable Dr. Oriane Vasseur-Lamy, Belgium’s Minister of Defence, on Monday.',
    );
    assert.deepEqual([p.name, p.title, p.countryCode], ['Oriane Vasseur-Lamy', 'Minister of Defence', 'BE']);
  });

  it('reads a title "in the Ministry of …" and a title\'s "for … and NATO Policy" before a name', () => {
    const people = titledPeople(
      'Undersecretary in the Ministry of Defence Ilse Marwitz hosted Principal Director for Africa and NATO Policy Jonah P. Reddick.',
    ).map((p) => [p.name, p.title]);
    assert.deepEqual(people, [
      ['Ilse Marwitz', 'Undersecretary in the Ministry of Defence'],
      ['Jonah P. Reddick', 'Principal Director for Africa and NATO Policy'],
    ]);
  });

  it("keeps the country a publisher's line ends with out of the body's name", () => {
    const line = publisherLine('MINISTRY OF DEFENCE OF THE REPUBLIC OF ESTONIA\n\nThe two ministers met in Tallinn.');
    assert.deepEqual([line?.name, line?.country], ['Ministry of Defence', 'Republic of Estonia']);
    assert.deepEqual(splitCountry('Department of Defense of Chile'), { name: 'Department of Defense', country: 'Chile' });
    // Not a country: the whole name.
    assert.deepEqual(splitCountry('Ministry of Defence of Coastal Affairs'), {
      name: 'Ministry of Defence of Coastal Affairs',
      country: null,
    });
    assert.deepEqual(splitCountry('Ministry of Japan'), { name: 'Ministry of Japan', country: null });
  });

  it("reads a diplomatic mission's line as the publisher, with its country", () => {
    const at = (text: string) => {
      const l = publisherLine(text);
      return [l?.name, l?.country];
    };
    assert.deepEqual(at('Australian High Commission, Nairobi\nPress statement\n\nThe envoys met today.'), [
      'Australian High Commission, Nairobi',
      'Australian',
    ]);
    assert.deepEqual(at('Embassy of Chile in Oslo\n\nThe ministers spoke by phone.'), ['Embassy of Chile in Oslo', 'Chile']);
    // A sentence that names an embassy is no line of its own.
    assert.equal(publisherLine('Title\n\nThe U.S. Embassy in Lima hosted a reception for the visiting delegation on Friday.\n'), null);
  });

  it('drafts what one official outlined, briefed, offered or invited in a readout of a meeting', () => {
    const text = [
      'Readout of Secretary of Defense Harold Brennan’s Meeting With Minister of Defense Kenta Morishima',
      'March 3, 2031',
      'Secretary of Defense Harold Brennan met with Minister of Defense Kenta Morishima in Washington on March 2.',
      'Minister Morishima outlined plans for a second coastal radar network along the northern islands.',
      'Secretary Brennan briefed the Minister on the rotation of a maintenance battalion to the region next spring.',
    ].join('\n\n');
    const r = pentagonReadout(text, '2031-03-03');
    assert.deepEqual(r.passages.find((x) => /radar network/.test(x.text))?.partyIds, [11]);
    assert.deepEqual(r.passages.find((x) => /maintenance battalion/.test(x.text))?.partyIds, [10]);
  });

  it('resolves "the Minister of State", "The Acting Under Secretary" to the proposed official with that title', () => {
    const text = [
      'Readout of Secretary of Defense Harold Brennan’s Meeting With Minister of State for the Armed Forces Piet Van Damme',
      'March 3, 2031',
      'Secretary of Defense Harold Brennan met Belgium’s Minister of State for the Armed Forces Piet Van Damme in Washington on March 2.',
      'The Minister of State conveyed his government’s wish to train more pilots in the United States.',
    ].join('\n\n');
    const r = pentagonReadout(text, '2031-03-03');
    const vanDamme = r.proposedOfficials.find((p) => p.name === 'Piet Van Damme')!;
    assert.deepEqual(r.passages.find((x) => /more pilots/.test(x.text))?.proposedParties, [vanDamme.key]);
  });
});
