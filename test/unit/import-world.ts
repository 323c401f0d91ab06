/** A small world for the import's unit tests (shared by the attribution and generalisation tests). */
import { extract, type Extraction } from '../../src/imports/extract';
import { Lexicon, type LexiconData } from '../../src/imports/lexicon';

/** Two allies and a third country, three officials, no call on record. */
/** An official of the test world holding one post from 2030 on. */
export const official = (id: number, name: string, countryCode: string, title: string, organizationId: number) => ({
  id,
  name,
  nativeName: null,
  aliases: [] as string[],
  countryCode,
  holdings: [{ title, capacity: 'SUBSTANTIVE' as const, startDate: '2030-01-01', endDate: null, organizationId }],
});

export function world(): LexiconData {
  return {
    countries: [
      { code: 'US', name: 'United States', aliases: ['U.S.', 'American'], timeZone: 'America/New_York' },
      { code: 'JP', name: 'Japan', aliases: ['Japanese'], timeZone: 'Asia/Tokyo' },
      { code: 'KR', name: 'Republic of Korea', aliases: ['South Korea', 'ROK'], timeZone: 'Asia/Seoul' },
    ],
    organizations: [
      { id: 1, name: 'Department of Defense', shortName: 'DoD', aliases: ['Pentagon'], countryCode: 'US' },
      { id: 2, name: 'Ministry of Defense', shortName: 'MOD', aliases: [], countryCode: 'JP' },
      { id: 3, name: 'Ministry of National Defense', shortName: 'MND', aliases: [], countryCode: 'KR' },
      { id: 4, name: 'Harbor Times', shortName: null, aliases: [], countryCode: 'JP' },
    ],
    officials: [
      official(10, 'Harold Brennan', 'US', 'Secretary of Defense', 1),
      official(11, 'Kenta Morishima', 'JP', 'Minister of Defense', 2),
      official(12, 'Lee Do-yun', 'KR', 'Minister of National Defense', 3),
    ],
    commitments: [],
    topics: [],
    calls: [],
    variants: [],
  } as LexiconData;
}

/** The test world with a call between the U.S. secretary (10) and the Korean minister (12) on 2 March 2031. */
export function withLeeCall(): LexiconData {
  const w = world();
  w.calls.push({ id: 50, title: 'Brennan–Lee telephone call, March 2031', date: '2031-03-02', participantIds: [10, 12] });
  return w;
}

/** `w` (the test world by default) with a Pentagon spokesperson on record: Nora Pell (13), Press Secretary of the Department. */
export function withSpokesperson(w: LexiconData = world()): LexiconData {
  w.officials.push({
    id: 13,
    name: 'Nora Pell',
    nativeName: null,
    aliases: [],
    countryCode: 'US',
    holdings: [{ title: 'Press Secretary', capacity: 'SUBSTANTIVE' as const, startDate: '2030-01-01', endDate: null, organizationId: 1 }],
  } as LexiconData['officials'][number]);
  return w;
}

/** That world with an earlier call of the same two, on 20 January 2031 (id 51): a story's "in January" is that call. */
export function withLeeCallAndJanuaryCall(): LexiconData {
  const w = withLeeCall();
  w.calls.push({ id: 51, title: 'Brennan–Lee telephone call, January 2031', date: '2031-01-20', participantIds: [10, 12] });
  return w;
}

/** The dateline lead of a wire story about that call. */
export const LEE_CALL_LEAD = 'SEOUL, March 2 (Harbor) - Lee Do-yun and Harold Brennan spoke by phone on Sunday, officials said.';

/** A wire story (publisher 4) of 2 March 2031 about that call: its dateline lead, then these paragraphs, every draft kept. */
export function leeCallStory(...paragraphs: string[]): Extraction {
  return leeStory(LEE_CALL_LEAD, ...paragraphs);
}

/** A wire story (publisher 4, not a government) of 2 March 2031 in the world given, its paragraphs as given, every draft kept. */
export function wireStory(data: LexiconData, ...paragraphs: string[]): Extraction {
  return wireStoryOn('2031-03-02', data, ...paragraphs);
}

/** A wire story (publisher 4, not a government) published on the day given, its paragraphs as given, every draft kept. */
export function wireStoryOn(publishedOn: string, data: LexiconData, ...paragraphs: string[]): Extraction {
  return extract(new Lexicon(data), paragraphs.join('\n\n'), { kind: 'NEWS_ARTICLE', publisherId: 4, publishedOn, keepAll: true });
}

/** A transcript of 3 March 2031 in the world given: its title, then these paragraphs, every draft kept. */
export function transcript(data: LexiconData, title: string, publisherId: number | null, ...paragraphs: string[]): Extraction {
  return extract(new Lexicon(data), [title, ...paragraphs].join('\n\n'), {
    kind: 'TRANSCRIPT',
    publisherId,
    publishedOn: '2031-03-03',
    title,
    keepAll: true,
  });
}

/** A wire story (publisher 4, not a government) of 2 March 2031 in the world with the Brennan–Lee call, its paragraphs as given. */
export function leeStory(...paragraphs: string[]): Extraction {
  return wireStory(withLeeCall(), ...paragraphs);
}

/** The first draft whose text matches `words`. */
export const passageWith = (r: Extraction, words: RegExp) => r.passages.find((p) => words.test(p.text));

/** Ids in ascending order (an absent list is empty). */
export const sortedIds = (ids: number[] | undefined) => [...(ids ?? [])].sort((a, b) => a - b);

/** A transcript of 3 March 2031 in the world with the Brennan–Lee call, its title the first paragraph, every draft kept. */
export function leeTranscript(title: string, publisherId: number | null, ...paragraphs: string[]): Extraction {
  return extract(new Lexicon(withLeeCall()), [title, ...paragraphs].join('\n\n'), {
    kind: 'TRANSCRIPT',
    publisherId,
    publishedOn: '2031-03-03',
    title,
    keepAll: true,
  });
}

/** A release imported with no publisher on record, its first paragraph the title, every draft kept. */
export function releaseWithoutPublisher(text: string, publishedOn: string, timeZone: string, data: LexiconData = world()): Extraction {
  return extract(new Lexicon(data), text, {
    kind: 'PRESS_RELEASE',
    publisherId: null,
    publishedOn,
    title: text.split('\n')[0],
    timeZone,
    keepAll: true,
  });
}

/**
 * A Department of Defense readout (publisher 1 of the test world) extracted with every draft kept: its first paragraph
 * is the title, as the API passes it.
 */
export function pentagonReadout(text: string, publishedOn: string, data: LexiconData = world()): Extraction {
  return extract(new Lexicon(data), text, {
    kind: 'READOUT',
    publisherId: 1,
    publishedOn,
    title: text.split('\n')[0],
    keepAll: true,
  });
}
