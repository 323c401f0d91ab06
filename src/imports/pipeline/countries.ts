/**
 * Every country the text may name, so that new officials and organizations take their country
 * from the text ("Philippine Secretary of National Defense …", "Australia's Deputy Prime
 * Minister", "the Polish minister"). The names are ISO 3166-1's, in English, from
 * `Intl.DisplayNames` (no dependency); the adjectival and demonym forms, the usual other names
 * and the time zone of each capital are data below.
 */

/** Codes `Intl.DisplayNames` names that are not current ISO 3166-1 countries (deprecated, exceptional or user-assigned, except Kosovo). */
const NOT_COUNTRIES = new Set('AC AN BU CP CQ CS DD DG DY EA EU EZ FX HV IC NH QO RH SU TA TP UK UN VD XA XB YD YU ZR ZZ'.split(' '));

/** Names `Intl.DisplayNames` writes for a menu ("Congo - Kinshasa", "Myanmar (Burma)"), as running text writes them. */
const NAME_OVERRIDES: Record<string, string> = {
  CD: 'Democratic Republic of the Congo',
  CG: 'Republic of the Congo',
  HK: 'Hong Kong',
  MO: 'Macao',
  MM: 'Myanmar',
  PS: 'Palestine',
  CI: "Côte d'Ivoire",
  TR: 'Türkiye',
  FM: 'Micronesia',
  VA: 'Vatican City',
};

/** Other names and short forms running text uses, first the one a treaty's title uses ("U.S.-Philippines"). */
const OTHER_NAMES: Record<string, string[]> = {
  US: ['U.S.', 'US', 'United States', 'the United States', 'United States of America', 'USA', 'America'],
  GB: ['United Kingdom', 'U.K.', 'UK', 'Britain', 'Great Britain'],
  KR: ['South Korea', 'ROK', 'Republic of Korea', 'Korea'],
  KP: ['North Korea', 'DPRK'],
  CN: ['China', 'PRC', "People's Republic of China"],
  TW: ['Taiwan', 'ROC'],
  RU: ['Russia', 'Russian Federation'],
  PH: ['Philippines', 'the Philippines'],
  VN: ['Vietnam', 'Viet Nam'],
  CZ: ['Czechia', 'Czech Republic'],
  TR: ['Türkiye', 'Turkey', 'Turkiye'],
  NL: ['Netherlands', 'the Netherlands', 'Holland'],
  AE: ['United Arab Emirates', 'UAE', 'U.A.E.'],
  CI: ["Côte d'Ivoire", 'Ivory Coast'],
  CV: ['Cabo Verde', 'Cape Verde'],
  SZ: ['Eswatini', 'Swaziland'],
  MK: ['North Macedonia'],
  TL: ['Timor-Leste', 'East Timor'],
  LA: ['Laos', 'Lao PDR'],
  IR: ['Iran'],
  SY: ['Syria'],
  BN: ['Brunei', 'Brunei Darussalam'],
  VA: ['Vatican City', 'Holy See'],
  BA: ['Bosnia and Herzegovina', 'Bosnia'],
  MM: ['Myanmar', 'Burma'],
  CD: ['Democratic Republic of the Congo', 'DRC', 'DR Congo'],
  CG: ['Republic of the Congo', 'Congo-Brazzaville'],
  KN: ['Saint Kitts and Nevis'],
  VC: ['Saint Vincent and the Grenadines'],
  LC: ['Saint Lucia'],
  ST: ['São Tomé and Príncipe', 'Sao Tome and Principe'],
  FM: ['Micronesia', 'Federated States of Micronesia'],
  NZ: ['New Zealand'],
};

/** Adjectival and demonym forms ("Philippine", "Filipino"), by country code. */
export const DEMONYMS: Record<string, string[]> = {
  AI: ['Anguillan'],
  AS: ['American Samoan'],
  AW: ['Aruban'],
  BM: ['Bermudian'],
  CW: ['Curaçaoan'],
  EH: ['Sahrawi'],
  GI: ['Gibraltarian'],
  GL: ['Greenlandic'],
  GP: ['Guadeloupean'],
  GU: ['Guamanian'],
  IM: ['Manx'],
  MO: ['Macanese'],
  MQ: ['Martinican'],
  MS: ['Montserratian'],
  NU: ['Niuean'],
  PR: ['Puerto Rican'],
  RE: ['Réunionese'],
  SX: ['Sint Maartener'],
  TK: ['Tokelauan'],
  WF: ['Wallisian'],
  YT: ['Mahoran'],
  AD: ['Andorran'],
  AE: ['Emirati'],
  AF: ['Afghan'],
  AG: ['Antiguan'],
  AL: ['Albanian'],
  AM: ['Armenian'],
  AO: ['Angolan'],
  AR: ['Argentine', 'Argentinian'],
  AT: ['Austrian'],
  AU: ['Australian'],
  AZ: ['Azerbaijani', 'Azeri'],
  BA: ['Bosnian'],
  BB: ['Barbadian'],
  BD: ['Bangladeshi'],
  BE: ['Belgian'],
  BF: ['Burkinabe', 'Burkinabè'],
  BG: ['Bulgarian'],
  BH: ['Bahraini'],
  BI: ['Burundian'],
  BJ: ['Beninese'],
  BN: ['Bruneian'],
  BO: ['Bolivian'],
  BR: ['Brazilian'],
  BS: ['Bahamian'],
  BT: ['Bhutanese'],
  BW: ['Botswanan', 'Motswana'],
  BY: ['Belarusian'],
  BZ: ['Belizean'],
  CA: ['Canadian'],
  CD: ['Congolese'],
  CF: ['Central African'],
  CG: ['Congolese'],
  CH: ['Swiss'],
  CI: ['Ivorian'],
  CL: ['Chilean'],
  CM: ['Cameroonian'],
  CN: ['Chinese'],
  CO: ['Colombian'],
  CR: ['Costa Rican'],
  CU: ['Cuban'],
  CV: ['Cape Verdean', 'Cabo Verdean'],
  CY: ['Cypriot'],
  CZ: ['Czech'],
  DE: ['German'],
  DJ: ['Djiboutian'],
  DK: ['Danish'],
  DM: ['Dominican'],
  DO: ['Dominican'],
  DZ: ['Algerian'],
  EC: ['Ecuadorian'],
  EE: ['Estonian'],
  EG: ['Egyptian'],
  ER: ['Eritrean'],
  ES: ['Spanish'],
  ET: ['Ethiopian'],
  FI: ['Finnish'],
  FJ: ['Fijian'],
  FM: ['Micronesian'],
  FR: ['French'],
  GA: ['Gabonese'],
  GB: ['British'],
  GD: ['Grenadian'],
  GE: ['Georgian'],
  GH: ['Ghanaian'],
  GM: ['Gambian'],
  GN: ['Guinean'],
  GQ: ['Equatorial Guinean', 'Equatoguinean'],
  GR: ['Greek', 'Hellenic'],
  GT: ['Guatemalan'],
  GW: ['Bissau-Guinean'],
  GY: ['Guyanese'],
  HK: ['Hong Konger'],
  HN: ['Honduran'],
  HR: ['Croatian'],
  HT: ['Haitian'],
  HU: ['Hungarian'],
  ID: ['Indonesian'],
  IE: ['Irish'],
  IL: ['Israeli'],
  IN: ['Indian'],
  IQ: ['Iraqi'],
  IR: ['Iranian'],
  IS: ['Icelandic'],
  IT: ['Italian'],
  JM: ['Jamaican'],
  JO: ['Jordanian'],
  JP: ['Japanese'],
  KE: ['Kenyan'],
  KG: ['Kyrgyz', 'Kyrgyzstani'],
  KH: ['Cambodian'],
  KI: ['I-Kiribati'],
  KM: ['Comorian'],
  KN: ['Kittitian', 'Nevisian'],
  KP: ['North Korean'],
  KR: ['South Korean', 'Korean'],
  KW: ['Kuwaiti'],
  KZ: ['Kazakh', 'Kazakhstani'],
  LA: ['Lao', 'Laotian'],
  LB: ['Lebanese'],
  LC: ['Saint Lucian'],
  LI: ['Liechtensteiner'],
  LK: ['Sri Lankan'],
  LR: ['Liberian'],
  LS: ['Basotho', 'Mosotho'],
  LT: ['Lithuanian'],
  LU: ['Luxembourgish', 'Luxembourger'],
  LV: ['Latvian'],
  LY: ['Libyan'],
  MA: ['Moroccan'],
  MC: ['Monegasque', 'Monacan'],
  MD: ['Moldovan'],
  ME: ['Montenegrin'],
  MG: ['Malagasy'],
  MH: ['Marshallese'],
  MK: ['North Macedonian', 'Macedonian'],
  ML: ['Malian'],
  MM: ['Myanmar', 'Burmese'],
  MN: ['Mongolian'],
  MR: ['Mauritanian'],
  MT: ['Maltese'],
  MU: ['Mauritian'],
  MV: ['Maldivian'],
  MW: ['Malawian'],
  MX: ['Mexican'],
  MY: ['Malaysian'],
  MZ: ['Mozambican'],
  NA: ['Namibian'],
  NE: ['Nigerien'],
  NG: ['Nigerian'],
  NI: ['Nicaraguan'],
  NL: ['Dutch'],
  NO: ['Norwegian'],
  NP: ['Nepali', 'Nepalese'],
  NR: ['Nauruan'],
  NZ: ['New Zealand'],
  OM: ['Omani'],
  PA: ['Panamanian'],
  PE: ['Peruvian'],
  PG: ['Papua New Guinean'],
  PH: ['Philippine', 'Filipino'],
  PK: ['Pakistani'],
  PL: ['Polish'],
  PS: ['Palestinian'],
  PT: ['Portuguese'],
  PW: ['Palauan'],
  PY: ['Paraguayan'],
  QA: ['Qatari'],
  RO: ['Romanian'],
  RS: ['Serbian'],
  RU: ['Russian'],
  RW: ['Rwandan'],
  SA: ['Saudi', 'Saudi Arabian'],
  SB: ['Solomon Islander'],
  SC: ['Seychellois'],
  SD: ['Sudanese'],
  SE: ['Swedish'],
  SG: ['Singaporean'],
  SI: ['Slovenian', 'Slovene'],
  SK: ['Slovak'],
  SL: ['Sierra Leonean'],
  SM: ['Sammarinese'],
  SN: ['Senegalese'],
  SO: ['Somali'],
  SR: ['Surinamese'],
  SS: ['South Sudanese'],
  ST: ['Santomean'],
  SV: ['Salvadoran'],
  SY: ['Syrian'],
  SZ: ['Swazi', 'Eswatini'],
  TD: ['Chadian'],
  TG: ['Togolese'],
  TH: ['Thai'],
  TJ: ['Tajik', 'Tajikistani'],
  TL: ['Timorese'],
  TM: ['Turkmen'],
  TN: ['Tunisian'],
  TO: ['Tongan'],
  TR: ['Turkish'],
  TT: ['Trinidadian', 'Tobagonian'],
  TV: ['Tuvaluan'],
  TW: ['Taiwanese'],
  TZ: ['Tanzanian'],
  UA: ['Ukrainian'],
  UG: ['Ugandan'],
  US: ['American'],
  UY: ['Uruguayan'],
  UZ: ['Uzbek', 'Uzbekistani'],
  VA: ['Vatican'],
  VC: ['Vincentian'],
  VE: ['Venezuelan'],
  VN: ['Vietnamese'],
  VU: ['Ni-Vanuatu'],
  WS: ['Samoan'],
  XK: ['Kosovar', 'Kosovan'],
  YE: ['Yemeni'],
  ZA: ['South African'],
  ZM: ['Zambian'],
  ZW: ['Zimbabwean'],
};

/**
 * Forms that are also common words or given names ("Chad", "Jordan", "Georgia", "Guinea"): for a
 * country not on record they count only when written with their capitals and not followed by
 * another capitalised word (a person's family name).
 */
export const AMBIGUOUS_FORMS = new Set([
  'Chad',
  'Jordan',
  'Georgia',
  'Guinea',
  'Niger',
  'Jersey',
  'Turkey',
  'Dominica',
  'Georgian',
  'Lao',
  'Vatican',
  'Hellenic',
]);

/** Time zone of the capital (or of the most populous zone), for a country created because the text names it. */
export const COUNTRY_ZONES: Record<string, string> = {
  AD: 'Europe/Andorra',
  AE: 'Asia/Dubai',
  AF: 'Asia/Kabul',
  AG: 'America/Antigua',
  AI: 'America/Anguilla',
  AL: 'Europe/Tirane',
  AM: 'Asia/Yerevan',
  AO: 'Africa/Luanda',
  AQ: 'Antarctica/McMurdo',
  AR: 'America/Argentina/Buenos_Aires',
  AS: 'Pacific/Pago_Pago',
  AT: 'Europe/Vienna',
  AU: 'Australia/Sydney',
  AW: 'America/Aruba',
  AX: 'Europe/Mariehamn',
  AZ: 'Asia/Baku',
  BA: 'Europe/Sarajevo',
  BB: 'America/Barbados',
  BD: 'Asia/Dhaka',
  BE: 'Europe/Brussels',
  BF: 'Africa/Ouagadougou',
  BG: 'Europe/Sofia',
  BH: 'Asia/Bahrain',
  BI: 'Africa/Bujumbura',
  BJ: 'Africa/Porto-Novo',
  BL: 'America/St_Barthelemy',
  BM: 'Atlantic/Bermuda',
  BN: 'Asia/Brunei',
  BO: 'America/La_Paz',
  BQ: 'America/Kralendijk',
  BR: 'America/Sao_Paulo',
  BS: 'America/Nassau',
  BT: 'Asia/Thimphu',
  BW: 'Africa/Gaborone',
  BY: 'Europe/Minsk',
  BZ: 'America/Belize',
  CA: 'America/Toronto',
  CC: 'Indian/Cocos',
  CD: 'Africa/Kinshasa',
  CF: 'Africa/Bangui',
  CG: 'Africa/Brazzaville',
  CH: 'Europe/Zurich',
  CI: 'Africa/Abidjan',
  CK: 'Pacific/Rarotonga',
  CL: 'America/Santiago',
  CM: 'Africa/Douala',
  CN: 'Asia/Shanghai',
  CO: 'America/Bogota',
  CR: 'America/Costa_Rica',
  CU: 'America/Havana',
  CV: 'Atlantic/Cape_Verde',
  CW: 'America/Curacao',
  CX: 'Indian/Christmas',
  CY: 'Asia/Nicosia',
  CZ: 'Europe/Prague',
  DE: 'Europe/Berlin',
  DJ: 'Africa/Djibouti',
  DK: 'Europe/Copenhagen',
  DM: 'America/Dominica',
  DO: 'America/Santo_Domingo',
  DZ: 'Africa/Algiers',
  EC: 'America/Guayaquil',
  EE: 'Europe/Tallinn',
  EG: 'Africa/Cairo',
  EH: 'Africa/El_Aaiun',
  ER: 'Africa/Asmara',
  ES: 'Europe/Madrid',
  ET: 'Africa/Addis_Ababa',
  FI: 'Europe/Helsinki',
  FJ: 'Pacific/Fiji',
  FK: 'Atlantic/Stanley',
  FM: 'Pacific/Pohnpei',
  FO: 'Atlantic/Faroe',
  FR: 'Europe/Paris',
  GA: 'Africa/Libreville',
  GB: 'Europe/London',
  GD: 'America/Grenada',
  GE: 'Asia/Tbilisi',
  GF: 'America/Cayenne',
  GG: 'Europe/Guernsey',
  GH: 'Africa/Accra',
  GI: 'Europe/Gibraltar',
  GL: 'America/Nuuk',
  GM: 'Africa/Banjul',
  GN: 'Africa/Conakry',
  GP: 'America/Guadeloupe',
  GQ: 'Africa/Malabo',
  GR: 'Europe/Athens',
  GS: 'Atlantic/South_Georgia',
  GT: 'America/Guatemala',
  GU: 'Pacific/Guam',
  GW: 'Africa/Bissau',
  GY: 'America/Guyana',
  HK: 'Asia/Hong_Kong',
  HN: 'America/Tegucigalpa',
  HR: 'Europe/Zagreb',
  HT: 'America/Port-au-Prince',
  HU: 'Europe/Budapest',
  ID: 'Asia/Jakarta',
  IE: 'Europe/Dublin',
  IL: 'Asia/Jerusalem',
  IM: 'Europe/Isle_of_Man',
  IN: 'Asia/Kolkata',
  IO: 'Indian/Chagos',
  IQ: 'Asia/Baghdad',
  IR: 'Asia/Tehran',
  IS: 'Atlantic/Reykjavik',
  IT: 'Europe/Rome',
  JE: 'Europe/Jersey',
  JM: 'America/Jamaica',
  JO: 'Asia/Amman',
  JP: 'Asia/Tokyo',
  KE: 'Africa/Nairobi',
  KG: 'Asia/Bishkek',
  KH: 'Asia/Phnom_Penh',
  KI: 'Pacific/Tarawa',
  KM: 'Indian/Comoro',
  KN: 'America/St_Kitts',
  KP: 'Asia/Pyongyang',
  KR: 'Asia/Seoul',
  KW: 'Asia/Kuwait',
  KY: 'America/Cayman',
  KZ: 'Asia/Almaty',
  LA: 'Asia/Vientiane',
  LB: 'Asia/Beirut',
  LC: 'America/St_Lucia',
  LI: 'Europe/Vaduz',
  LK: 'Asia/Colombo',
  LR: 'Africa/Monrovia',
  LS: 'Africa/Maseru',
  LT: 'Europe/Vilnius',
  LU: 'Europe/Luxembourg',
  LV: 'Europe/Riga',
  LY: 'Africa/Tripoli',
  MA: 'Africa/Casablanca',
  MC: 'Europe/Monaco',
  MD: 'Europe/Chisinau',
  ME: 'Europe/Podgorica',
  MF: 'America/Marigot',
  MG: 'Indian/Antananarivo',
  MH: 'Pacific/Majuro',
  MK: 'Europe/Skopje',
  ML: 'Africa/Bamako',
  MM: 'Asia/Yangon',
  MN: 'Asia/Ulaanbaatar',
  MO: 'Asia/Macau',
  MP: 'Pacific/Saipan',
  MQ: 'America/Martinique',
  MR: 'Africa/Nouakchott',
  MS: 'America/Montserrat',
  MT: 'Europe/Malta',
  MU: 'Indian/Mauritius',
  MV: 'Indian/Maldives',
  MW: 'Africa/Blantyre',
  MX: 'America/Mexico_City',
  MY: 'Asia/Kuala_Lumpur',
  MZ: 'Africa/Maputo',
  NA: 'Africa/Windhoek',
  NC: 'Pacific/Noumea',
  NE: 'Africa/Niamey',
  NF: 'Pacific/Norfolk',
  NG: 'Africa/Lagos',
  NI: 'America/Managua',
  NL: 'Europe/Amsterdam',
  NO: 'Europe/Oslo',
  NP: 'Asia/Kathmandu',
  NR: 'Pacific/Nauru',
  NU: 'Pacific/Niue',
  NZ: 'Pacific/Auckland',
  OM: 'Asia/Muscat',
  PA: 'America/Panama',
  PE: 'America/Lima',
  PF: 'Pacific/Tahiti',
  PG: 'Pacific/Port_Moresby',
  PH: 'Asia/Manila',
  PK: 'Asia/Karachi',
  PL: 'Europe/Warsaw',
  PM: 'America/Miquelon',
  PN: 'Pacific/Pitcairn',
  PR: 'America/Puerto_Rico',
  PS: 'Asia/Gaza',
  PT: 'Europe/Lisbon',
  PW: 'Pacific/Palau',
  PY: 'America/Asuncion',
  QA: 'Asia/Qatar',
  RE: 'Indian/Reunion',
  RO: 'Europe/Bucharest',
  RS: 'Europe/Belgrade',
  RU: 'Europe/Moscow',
  RW: 'Africa/Kigali',
  SA: 'Asia/Riyadh',
  SB: 'Pacific/Guadalcanal',
  SC: 'Indian/Mahe',
  SD: 'Africa/Khartoum',
  SE: 'Europe/Stockholm',
  SG: 'Asia/Singapore',
  SH: 'Atlantic/St_Helena',
  SI: 'Europe/Ljubljana',
  SJ: 'Arctic/Longyearbyen',
  SK: 'Europe/Bratislava',
  SL: 'Africa/Freetown',
  SM: 'Europe/San_Marino',
  SN: 'Africa/Dakar',
  SO: 'Africa/Mogadishu',
  SR: 'America/Paramaribo',
  SS: 'Africa/Juba',
  ST: 'Africa/Sao_Tome',
  SV: 'America/El_Salvador',
  SX: 'America/Lower_Princes',
  SY: 'Asia/Damascus',
  SZ: 'Africa/Mbabane',
  TC: 'America/Grand_Turk',
  TD: 'Africa/Ndjamena',
  TF: 'Indian/Kerguelen',
  TG: 'Africa/Lome',
  TH: 'Asia/Bangkok',
  TJ: 'Asia/Dushanbe',
  TK: 'Pacific/Fakaofo',
  TL: 'Asia/Dili',
  TM: 'Asia/Ashgabat',
  TN: 'Africa/Tunis',
  TO: 'Pacific/Tongatapu',
  TR: 'Europe/Istanbul',
  TT: 'America/Port_of_Spain',
  TV: 'Pacific/Funafuti',
  TW: 'Asia/Taipei',
  TZ: 'Africa/Dar_es_Salaam',
  UA: 'Europe/Kyiv',
  UG: 'Africa/Kampala',
  UM: 'Pacific/Wake',
  US: 'America/New_York',
  UY: 'America/Montevideo',
  UZ: 'Asia/Tashkent',
  VA: 'Europe/Vatican',
  VC: 'America/St_Vincent',
  VE: 'America/Caracas',
  VG: 'America/Tortola',
  VI: 'America/St_Thomas',
  VN: 'Asia/Ho_Chi_Minh',
  VU: 'Pacific/Efate',
  WF: 'Pacific/Wallis',
  WS: 'Pacific/Apia',
  YE: 'Asia/Aden',
  YT: 'Indian/Mayotte',
  ZA: 'Africa/Johannesburg',
  ZM: 'Africa/Lusaka',
  ZW: 'Africa/Harare',
};

const displayNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** Every current ISO 3166-1 alpha-2 code (those `Intl.DisplayNames` names, less the non-countries above). */
export const COUNTRY_CODES: string[] = (() => {
  const codes: string[] = [];
  for (let a = 65; a <= 90; a++)
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (NOT_COUNTRIES.has(code)) continue;
      const name = displayNames.of(code);
      if (name && name !== code) codes.push(code);
    }
  return codes;
})();

/** The English name of a country ("Philippines", "Democratic Republic of the Congo"), or null for a code that is not one. */
export function countryName(code: string): string | null {
  if (!/^[A-Z]{2}$/.test(code) || NOT_COUNTRIES.has(code)) return null;
  if (NAME_OVERRIDES[code]) return NAME_OVERRIDES[code];
  const name = displayNames.of(code);
  if (!name || name === code) return null;
  return name
    .replace(/ & /g, ' and ')
    .replace(/^St\. /, 'Saint ')
    .replace(/ SAR China$/, '');
}

/** The form a treaty's or commitment's title uses ("U.S.", "Philippines"). */
export function shortCountryName(code: string): string {
  return OTHER_NAMES[code]?.[0] ?? countryName(code) ?? code;
}

/**
 * The forms the text may use for each country: the ISO name (and `Intl`'s own spelling when
 * different), the usual other names, and the adjectival forms. The first is the title form.
 */
export const COUNTRY_FORMS: Record<string, string[]> = Object.fromEntries(
  COUNTRY_CODES.map((code) => {
    const intl = displayNames.of(code)!;
    const forms = [shortCountryName(code), countryName(code)!, ...(OTHER_NAMES[code] ?? []), ...(DEMONYMS[code] ?? [])];
    if (!/[(&-]|SAR/.test(intl)) forms.push(intl);
    return [code, [...new Set(forms)]];
  }),
);

/** Codes whose forms include `form` exactly (several for "Congolese", "Dominican"). */
export function countriesNamed(form: string): string[] {
  return COUNTRY_CODES.filter((code) => COUNTRY_FORMS[code].includes(form));
}

/** "Government of Poland", "Government of the Philippines": the body a new official of a country not on record serves. */
export function governmentName(code: string): string {
  return `Government of ${countryInText(code)}`;
}

/** A country's name as running text writes it, with "the" where English wants it ("the Philippines", "the United Kingdom"). */
export function countryInText(code: string, name = countryName(code) ?? code): string {
  const the =
    /^(?:United|Central African|Dominican|Czech|Gambia|Bahamas|Maldives|Comoros|Seychelles|Philippines|Netherlands)\b|\b(?:Islands|Republic|Emirates|States)\b/.test(
      name,
    );
  return `${the && !/^the\s/i.test(name) ? 'the ' : ''}${name}`;
}

/**
 * Capitals that news copy uses for their governments ("Washington would keep providing …", "Seoul awaits …"): a
 * metonymy of general English, the capital of each country in the time-zone table and a few more.
 */
export const CAPITAL_GOVERNMENTS: Record<string, string> = {
  Washington: 'US',
  Seoul: 'KR',
  Tokyo: 'JP',
  Beijing: 'CN',
  Pyongyang: 'KP',
  Moscow: 'RU',
  Manila: 'PH',
  Canberra: 'AU',
  London: 'GB',
  Paris: 'FR',
  Berlin: 'DE',
  Warsaw: 'PL',
  Ottawa: 'CA',
  'New Delhi': 'IN',
  Jakarta: 'ID',
  Hanoi: 'VN',
  Taipei: 'TW',
  Wellington: 'NZ',
  Kyiv: 'UA',
  Brussels: 'BE',
  Rome: 'IT',
  Madrid: 'ES',
  Ankara: 'TR',
};

/** The country a subject made of a country's name or its capital alone stands for ("Washington", "the United States", "Japan"), else null. */
export function governmentSubject(words: string): string | null {
  const w = words.trim().replace(/^the\s+/i, (m) => (/^the united|^the philippines|^the netherlands/i.test(words.trim()) ? m : ''));
  if (CAPITAL_GOVERNMENTS[w]) return CAPITAL_GOVERNMENTS[w];
  const named = countriesNamed(w).filter((code) => !(DEMONYMS[code] ?? []).includes(w));
  return named.length === 1 ? named[0] : null;
}

/**
 * The country whose time zone (of its capital, in the table above) a publisher's zone is, when only one country's is
 * ("Pacific/Auckland" → NZ, "Europe/London" → GB): the country of a publisher not on record that the importer gave a time
 * zone for. Null for a zone several countries share or none has.
 */
export function countryOfZone(zone: string | null | undefined): string | null {
  if (!zone) return null;
  const codes = Object.entries(COUNTRY_ZONES)
    .filter(([, z]) => z === zone)
    .map(([code]) => code);
  return codes.length === 1 ? codes[0] : null;
}

/**
 * TALKS_PAIR_COUNTRY (round 12): the pairs of countries a text names together as the two sides of a relation or of talks —
 * "India-US partnership", "U.S.-Chile ties", "the defense ministers of Chile and Japan", "Chilean and Japanese ministers" —
 * each as two codes. A hyphen or dash between two country forms, or "and" between them; forms of one or two words.
 */
export function countryPairs(text: string): [string, string][] {
  const out: [string, string][] = [];
  const FORM = String.raw`(?:U\.S\.|U\.K\.|\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)?)`;
  const pair = new RegExp(String.raw`(?<![\p{L}.])(${FORM})(?:\s*[-–—]\s*|\s+and\s+)(${FORM})(?![\p{L}])`, 'gu');
  const codeOf = (words: string, last: boolean): string | null => {
    const parts = words.split(/\s+/);
    const tries = last ? [parts.slice(-2).join(' '), parts[parts.length - 1]] : [parts.slice(0, 2).join(' '), parts[0]];
    for (const t of tries) {
      const codes = countriesNamed(t);
      if (codes.length === 1) return codes[0];
    }
    return null;
  };
  for (const m of text.matchAll(pair)) {
    const a = codeOf(m[1], true);
    const b = codeOf(m[2], false);
    if (a && b && a !== b) out.push([a, b]);
    // "A and B" may run on into the next pair ("Japan and India and the U.S."): look again from B.
    pair.lastIndex = m.index! + m[0].length - m[2].length;
  }
  return out;
}
