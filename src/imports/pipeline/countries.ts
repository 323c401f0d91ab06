/**
 * Country adjectives and other forms the text uses for a country ("Philippine", "Filipino",
 * "Japan's"): data, added to every country the lexicon knows by its code, so that new officials
 * and organizations take their country from the text.
 */
export const COUNTRY_FORMS: Record<string, string[]> = {
  US: ['U.S.', 'US', 'American', 'United States'],
  JP: ['Japan', 'Japanese'],
  KR: ['South Korea', 'South Korean', 'ROK', 'Korean'],
  KP: ['North Korea', 'North Korean', 'DPRK'],
  CN: ['China', 'Chinese', 'PRC'],
  TW: ['Taiwan', 'Taiwanese'],
  RU: ['Russia', 'Russian'],
  PH: ['Philippines', 'Philippine', 'Filipino', 'the Philippines'],
  AU: ['Australia', 'Australian'],
  GB: ['United Kingdom', 'British', 'U.K.', 'UK', 'Britain'],
  FR: ['France', 'French'],
  DE: ['Germany', 'German'],
  IN: ['India', 'Indian'],
  VN: ['Vietnam', 'Vietnamese', 'Viet Nam'],
  ID: ['Indonesia', 'Indonesian'],
  SG: ['Singapore', 'Singaporean'],
  MY: ['Malaysia', 'Malaysian'],
  TH: ['Thailand', 'Thai'],
  NZ: ['New Zealand'],
  CA: ['Canada', 'Canadian'],
  UA: ['Ukraine', 'Ukrainian'],
  PL: ['Poland', 'Polish'],
  IT: ['Italy', 'Italian'],
  MN: ['Mongolia', 'Mongolian'],
};

/** Time zone of the capital, for a country the text names that is not on record yet (created with an official it names). */
export const COUNTRY_ZONES: Record<string, string> = {
  PH: 'Asia/Manila',
  AU: 'Australia/Sydney',
  GB: 'Europe/London',
  FR: 'Europe/Paris',
  DE: 'Europe/Berlin',
  IN: 'Asia/Kolkata',
  VN: 'Asia/Ho_Chi_Minh',
  ID: 'Asia/Jakarta',
  SG: 'Asia/Singapore',
  MY: 'Asia/Kuala_Lumpur',
  TH: 'Asia/Bangkok',
  NZ: 'Pacific/Auckland',
  CA: 'America/Toronto',
  UA: 'Europe/Kyiv',
  PL: 'Europe/Warsaw',
  IT: 'Europe/Rome',
  MN: 'Asia/Ulaanbaatar',
};
