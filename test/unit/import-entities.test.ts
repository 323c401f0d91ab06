/**
 * The import's knowledge of entities, as data: every country with its adjectival forms and the
 * time zone of its capital, the kind and title of a proposed call, and (below) names and titles
 * of people the dataset does not know.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Lexicon } from '../../src/imports/lexicon';
import {
  COUNTRY_CODES,
  COUNTRY_FORMS,
  COUNTRY_ZONES,
  countriesNamed,
  countryName,
  DEMONYMS,
  governmentName,
  shortCountryName,
} from '../../src/imports/pipeline/countries';
import { nameStyleCountry, titledPeople } from '../../src/imports/pipeline/people';
import { callKindOf, callTitle } from '../../src/imports/pipeline/proposed-call';

describe('countries', () => {
  it('knows every ISO 3166-1 country by its English name, and nothing that is not one', () => {
    assert.ok(COUNTRY_CODES.length >= 245 && COUNTRY_CODES.length <= 252, `${COUNTRY_CODES.length} codes`);
    for (const code of ['PH', 'AU', 'PL', 'IN', 'GB', 'NZ', 'EE', 'XK', 'TL']) assert.ok(COUNTRY_CODES.includes(code), code);
    for (const code of ['EU', 'UN', 'ZZ', 'SU', 'YU', 'UK', 'QO']) assert.ok(!COUNTRY_CODES.includes(code), code);
    assert.equal(countryName('PH'), 'Philippines');
    assert.equal(countryName('CD'), 'Democratic Republic of the Congo');
    assert.equal(countryName('BA'), 'Bosnia and Herzegovina');
    assert.equal(countryName('LC'), 'Saint Lucia');
    assert.equal(countryName('EU'), null);
    assert.equal(countryName('zz'), null);
  });

  it('has an adjectival form and a valid capital time zone for every sovereign country it names', () => {
    const missing = COUNTRY_CODES.filter(
      (c) => !DEMONYMS[c] && !/Islands?|Territor|Saint |St\.|Antarctica|Guiana|Polynesia|Caledonia/.test(countryName(c)!),
    );
    // Only these go without: Caribbean Netherlands, Guernsey, Jersey, Svalbard (their names serve).
    assert.deepEqual(missing, ['BQ', 'GG', 'JE', 'SJ']);
    for (const code of COUNTRY_CODES) {
      const zone = COUNTRY_ZONES[code];
      if (!zone) continue;
      assert.doesNotThrow(() => new Intl.DateTimeFormat('en', { timeZone: zone }), `${code} ${zone}`);
    }
    for (const code of ['PH', 'AU', 'PL', 'IN', 'GB', 'US', 'JP', 'KR', 'BR', 'RU', 'CA'])
      assert.ok(COUNTRY_ZONES[code], `zone of ${code}`);
    assert.equal(COUNTRY_ZONES.AU, 'Australia/Sydney');
    assert.equal(COUNTRY_ZONES.PH, 'Asia/Manila');
  });

  it('reads the forms texts use: adjectives, short names, and several countries for one adjective', () => {
    assert.ok(COUNTRY_FORMS.PH.includes('Philippine') && COUNTRY_FORMS.PH.includes('Filipino'));
    assert.ok(COUNTRY_FORMS.GB.includes('British') && COUNTRY_FORMS.GB.includes('U.K.'));
    assert.ok(COUNTRY_FORMS.PL.includes('Polish'));
    assert.ok(COUNTRY_FORMS.IN.includes('Indian'));
    assert.deepEqual(countriesNamed('Congolese').sort(), ['CD', 'CG']);
    assert.equal(shortCountryName('US'), 'U.S.');
    assert.equal(shortCountryName('PH'), 'Philippines');
    assert.equal(governmentName('PL'), 'Government of Poland');
    assert.equal(governmentName('PH'), 'Government of the Philippines');
  });

  it('finds countries not on record in text by their forms, with their capitals only, and not a given name', () => {
    const lex = new Lexicon({
      countries: [{ code: 'US', name: 'United States', aliases: ['U.S.'], timeZone: 'America/New_York' }],
      organizations: [],
      officials: [],
      commitments: [],
      topics: [],
      calls: [],
      variants: [],
    });
    const codes = (text: string) => lex.mentions(text).flatMap((m) => (m.kind === 'country' ? [m.countryCode] : []));
    assert.deepEqual(codes('Philippine Secretary of National Defense'), ['PH']);
    assert.deepEqual(codes("Australia's Deputy Prime Minister met the Polish and Indian ministers"), ['AU', 'PL', 'IN']);
    assert.deepEqual(codes('the British Defence Secretary and the U.S. side'), ['GB', 'US']);
    assert.deepEqual(codes('crews polish the hull'), []);
    assert.deepEqual(codes('Chad Morris said'), []);
    assert.deepEqual(codes('troops from Chad and Jordan'), ['TD', 'JO']);
    // One adjective for two countries names neither for sure.
    assert.deepEqual(codes('the Congolese minister'), [null]);
  });
});

describe('proposed calls', () => {
  it('takes the kind from the words that report the engagement', () => {
    assert.equal(callKindOf('Minister KOIZUMI held a video teleconference with the Deputy Prime Minister').kind, 'VIDEO_CALL');
    assert.equal(callKindOf('Secretary Hegseth spoke by phone with Minister Marles').kind, 'PHONE_CALL');
    assert.equal(callKindOf('Secretary Hegseth held a call with his counterpart').kind, 'PHONE_CALL');
    assert.equal(callKindOf('Secretary Hegseth met with Secretary Teodoro at Camp Aguinaldo').kind, 'MEETING');
    assert.equal(callKindOf('Readout of the talks').kind, 'MEETING');
    assert.equal(callKindOf('no words of engagement here').kind, 'MEETING');
  });

  it('titles it in the dataset’s style', () => {
    assert.equal(callTitle(['Hegseth', 'Teodoro'], 'MEETING', '2026-04-08'), 'Hegseth–Teodoro meeting, April 2026');
    assert.equal(callTitle(['Koizumi', 'Marles'], 'VIDEO_CALL', '2026-02-03'), 'Koizumi–Marles video call, February 2026');
    assert.equal(callTitle(['Hegseth', 'Ahn'], 'PHONE_CALL', '2025-12-31'), 'Hegseth–Ahn telephone call, December 2025');
  });
});

describe('people and titles', () => {
  const people = (text: string) => titledPeople(text).map((p) => [p.name, p.title, p.capacity, p.countryCode]);

  it('reads titles the pipeline was not written for, from the title lexicon', () => {
    assert.deepEqual(people('Philippine Secretary of National Defense Gilberto Teodoro said'), [
      ['Gilberto Teodoro', 'Secretary of National Defense', 'SUBSTANTIVE', null],
    ]);
    assert.deepEqual(people('British Minister of State for Defence Lord Anthony Coaker said'), [
      ['Anthony Coaker', 'Minister of State for Defence', 'SUBSTANTIVE', null],
    ]);
    // Two titles joined by "and"; the country at the end of the title; courtesy words around the name.
    assert.deepEqual(people('a call with the Deputy Prime Minister and Minister for Defence of Australia, the Hon Richard Marles MP.'), [
      ['Richard Marles', 'Deputy Prime Minister and Minister for Defence', 'SUBSTANTIVE', 'AU'],
    ]);
    // A title after the name, between commas.
    assert.deepEqual(people('H.E. Dr. Maria Santos, Minister of Defence of Timor-Leste, said'), [
      ['Maria Santos', 'Minister of Defence', 'SUBSTANTIVE', 'TL'],
    ]);
  });

  it('takes acting, designate and nominee capacities, initials, suffixes and both name orders', () => {
    assert.deepEqual(people('Acting Minister of National Defense Kim Seon-ho held'), [
      ['Kim Seon-ho', 'Minister of National Defense', 'ACTING', null],
    ]);
    assert.deepEqual(people('Defense Minister nominee Park Min-seok said'), [['Park Min-seok', 'Defense Minister', 'DESIGNATE', null]]);
    assert.deepEqual(people('Secretary of Defense-designate Harold T. Brennan Jr. told senators'), [
      ['Harold T. Brennan Jr.', 'Secretary of Defense', 'DESIGNATE', null],
    ]);
    assert.deepEqual(people('Minister of Defense KOIZUMI Shinjiro held'), [
      ['Shinjiro Koizumi', 'Minister of Defense', 'SUBSTANTIVE', null],
    ]);
    assert.deepEqual(people('Secretary of Defense Lloyd J. Austin III met'), [
      ['Lloyd J. Austin III', 'Secretary of Defense', 'SUBSTANTIVE', null],
    ]);
  });

  it('gives a Korean-style name its country when the text names none', () => {
    const [park] = titledPeople('Defense Minister nominee Park Min-seok said');
    assert.equal(nameStyleCountry(park), 'KR');
    const [marles] = titledPeople('Deputy Prime Minister Richard Marles said');
    assert.equal(nameStyleCountry(marles), null);
  });
});
