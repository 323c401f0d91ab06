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
import { commitmentsIn, stanceOf } from '../../src/imports/pipeline/commitments';
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
    assert.deepEqual(people('a meeting with the Minister of State for Defence of the United Kingdom, the Rt Hon Daniel Ashcroft MP, who'), [
      ['Daniel Ashcroft', 'Minister of State for Defence', 'SUBSTANTIVE', 'GB'],
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

describe('commitments', () => {
  const lex = new Lexicon({
    countries: [
      { code: 'US', name: 'United States', aliases: ['U.S.', 'American'], timeZone: 'America/New_York' },
      { code: 'JP', name: 'Japan', aliases: ['Japanese'], timeZone: 'Asia/Tokyo' },
      { code: 'KR', name: 'Republic of Korea', aliases: ['ROK', 'South Korea'], timeZone: 'Asia/Seoul' },
    ],
    organizations: [],
    officials: [],
    commitments: [
      { id: 1, title: 'U.S. commitment to the defense of Japan', aliases: [] },
      { id: 2, title: 'U.S. extended deterrence commitment to the Republic of Korea', aliases: [] },
      { id: 3, title: 'U.S. extended deterrence commitment to Japan', aliases: [] },
    ],
    topics: [],
    calls: [],
    variants: [],
  });
  const none = { countries: [], proposals: [] };
  const titles = (text: string, context: { countries: string[]; proposals: never[] } = none) =>
    commitmentsIn(lex, text, context).matched.map((m) => m.commitment.id);

  it('reads a recorded commitment from its title when it has no aliases', () => {
    assert.deepEqual(titles('Secretary Hegseth reaffirmed the unwavering U.S. commitment to the defense of Japan.'), [1]);
    assert.deepEqual(titles('He said the U.S. commitment to Japan is unwavering.'), [1]);
    assert.deepEqual(titles('Okafor said the commitment to provide extended deterrence to the ROK remains ironclad.'), [2]);
    // The extended deterrence commitment is not also the defense commitment.
    assert.deepEqual(titles('Austin reiterated that the U.S. extended deterrence commitment to Japan is unwavering.'), [3]);
    // No country named: the one the parties stand for besides the guarantor; none when it is not one.
    assert.deepEqual(
      titles('The Secretary assured me that the United States will provide extended deterrence.', {
        countries: ['US', 'KR'],
        proposals: [],
      }),
      [2],
    );
    assert.deepEqual(titles('The Secretary assured me that the United States will provide extended deterrence.', none), []);
    // "the defense of the Korean Peninsula" with no word of commitment is no commitment.
    assert.deepEqual(titles('Minister Ahn said the ROK would play a leading role in the defense of the Korean Peninsula.'), []);
  });

  it('proposes commitments that are not treaty articles, with a title, a kind and both countries', () => {
    const proposed = (text: string, countries: string[] = []) => {
      const [p, ...more] = commitmentsIn(lex, text, { countries, proposals: [] }).proposed;
      assert.equal(more.length, 0);
      return p ? [p.title, p.kind, p.countryCodes] : null;
    };
    assert.deepEqual(proposed('Secretary Hegseth reaffirmed the U.S. commitment to the defense of Australia.'), [
      'U.S. commitment to the defense of Australia',
      'MUTUAL_DEFENSE',
      ['US', 'AU'],
    ]);
    assert.deepEqual(proposed('The Secretary reaffirmed the U.S. commitment to provide extended deterrence to the Philippines.'), [
      'U.S. extended deterrence commitment to the Philippines',
      'EXTENDED_DETERRENCE',
      ['US', 'PH'],
    ]);
    assert.deepEqual(
      proposed('The two secretaries reaffirmed their commitment to freedom of navigation in the South China Sea.', ['US', 'PH']),
      ['Freedom of navigation in the South China Sea', 'SECURITY_ASSURANCE', ['US', 'PH']],
    );
    assert.deepEqual(proposed('The two Ministers welcomed the decision to upgrade U.S. Forces Japan to a joint force headquarters.'), [
      'Upgrade of U.S. Forces Japan to a joint force headquarters',
      'FORCE_POSTURE',
      ['US', 'JP'],
    ]);
    // A recorded commitment wins; a treaty article is proposed as such, never as something else.
    assert.equal(proposed('the U.S. commitment to the defense of Japan'), null);
    assert.deepEqual(proposed('Article IV of the U.S.-Philippines Mutual Defense Treaty covers coast guard vessels.'), [
      'Article IV of the U.S.-Philippines Mutual Defense Treaty',
      'MUTUAL_DEFENSE',
      ['US', 'PH'],
    ]);
    // No second country: nothing to propose.
    assert.equal(proposed('They discussed freedom of navigation in the South China Sea.'), null);
  });

  it('takes "the new headquarters" for the one the document proposed before', () => {
    const [first] = commitmentsIn(lex, 'They agreed to upgrade U.S. Forces Japan to a joint force headquarters.', none).proposed;
    const [later] = commitmentsIn(lex, 'The new headquarters will stand up this summer.', { countries: [], proposals: [first] }).proposed;
    assert.equal(later.key, first.key);
    assert.deepEqual(commitmentsIn(lex, 'The new headquarters will stand up this summer.', none).proposed, []);
  });

  it('proposes each commitment a compound sentence names', () => {
    const text =
      'They would deepen their commitment to freedom of navigation in the South China Sea, and Secretary Hegseth reaffirmed the U.S. commitment to the defense of Australia.';
    assert.deepEqual(
      commitmentsIn(lex, text, none).proposed.map((p) => [p.title, p.countryCodes]),
      [
        ['U.S. commitment to the defense of Australia', ['US', 'AU']],
        ['Freedom of navigation in the South China Sea', ['US', 'AU']],
      ],
    );
  });

  it('does not read "if confirmed" as a reaffirmation, and reads "only as long as" as a hedge', () => {
    assert.equal(stanceOf('he would make extended deterrence his first priority if confirmed'), 'AFFIRMS');
    assert.equal(stanceOf('the commitment would hold only as long as Seoul kept raising its spending'), 'QUALIFIES');
  });
});
