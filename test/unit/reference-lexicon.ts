/** The reference dataset as the import's lexicon, with made-up row ids: unit tests need no database. */
import {
  defaultCommitmentAliases,
  defaultCountryAliases,
  defaultTextVariants,
  defaultTopicAliases,
} from '../../src/imports/import-vocabulary';
import { Lexicon, type LexiconData } from '../../src/imports/lexicon';
import { commitmentsIn } from '../../src/imports/pipeline/commitments';
import { referenceDataset as data } from '../../src/seed/reference-dataset';
import { testDocumentWorld } from '../fixtures/import-expectations';

/** The id of the commitment of a lexicon's data whose title starts with these words. */
export const commitmentIdByTitle = (lexicon: LexiconData, start: string): number =>
  lexicon.commitments.find((c) => c.title.startsWith(start))!.id;

/** The reference dataset's commitments the import's unit tests name, by the words their titles start with. */
export const REFERENCE_COMMITMENT_TITLES = [
  'Article V of',
  'U.S. commitment to the defense of Japan',
  'U.S. commitment to the defense of the Republic',
  'ROK-US-Japan',
  'Modernization of U.S.-Japan',
  'Expanded bilateral presence',
] as const;

/**
 * The reference lexicon with the extended deterrence commitments to the ROK (id 103) and to Japan (104) added, as the
 * corpus's world records them, and the ids of the commitments the commitment tests name.
 */
export function extendedDeterrenceWorld() {
  const data = referenceLexiconData();
  data.commitments.push(
    { id: 103, title: 'U.S. extended deterrence commitment to the Republic of Korea', aliases: [] },
    { id: 104, title: 'U.S. extended deterrence commitment to Japan', aliases: [] },
  );
  const lex = new Lexicon(data);
  const [ARTICLE_V, DEFENSE_JP, DEFENSE_KR, TRILATERAL, C2, SOUTHWEST, ED_KR, ED_JP] = [
    ...REFERENCE_COMMITMENT_TITLES,
    'U.S. extended deterrence commitment to the Republic',
    'U.S. extended deterrence commitment to Japan',
  ].map((start) => commitmentIdByTitle(data, start));
  /** The recorded commitments stage 6 matches in a text of talks between these countries, with stances, by id. */
  const found = (text: string, countries: string[], document = text) =>
    commitmentsIn(lex, text, { countries, proposals: [], document })
      .matched.map((m) => [m.commitment.id, m.stance] as [number, string])
      .sort((a, b) => a[0] - b[0]);
  return { data, lex, found, ids: { ARTICLE_V, DEFENSE_JP, DEFENSE_KR, TRILATERAL, C2, SOUTHWEST, ED_KR, ED_JP } };
}

export function referenceLexiconData(): LexiconData {
  const orgId = new Map(data.organizations.map((o, i) => [o, i + 1]));
  const officialId = new Map(data.officials.map((o, i) => [o, i + 1]));
  return {
    countries: data.countries.map((c) => ({ code: c.code, name: c.name, aliases: [...(defaultCountryAliases[c.code] ?? [])] })),
    organizations: data.organizations.map((o) => ({
      id: orgId.get(o)!,
      name: o.name,
      shortName: o.shortName,
      aliases: o.aliases,
      countryCode: o.country,
    })),
    officials: data.officials.map((o) => ({
      id: officialId.get(o)!,
      name: o.name,
      nativeName: o.nativeName,
      aliases: o.aliases,
      countryCode: o.country,
      holdings: data.postHoldings
        .filter((h) => h.official === o)
        .map((h) => ({
          title: h.post.title,
          capacity: h.capacity,
          startDate: h.startDate,
          endDate: h.endDate,
          organizationId: orgId.get(h.post.organization)!,
        })),
    })),
    commitments: data.commitments.map((c, i) => ({
      id: i + 1,
      title: c.title,
      aliases: defaultCommitmentAliases[c.title] ?? [],
      // As the server's lexicon query loads them (stage 6a matches by meaning with them).
      kind: c.kind,
      description: c.description ?? null,
    })),
    topics: data.topics.map((t, i) => ({ id: i + 1, slug: t.slug, name: t.name, aliases: defaultTopicAliases[t.slug] ?? [] })),
    calls: data.calls.map((c, i) => ({
      id: i + 1,
      title: c.title,
      date: c.date,
      participantIds: c.participants.map((p) => officialId.get(p.official)!),
    })),
    variants: defaultTextVariants,
  };
}

/** The reference lexicon plus the fictional officials and engagements of the test documents. */
export function testLexiconData(): LexiconData {
  const data = referenceLexiconData();
  const orgId = (name: string) => data.organizations.find((o) => o.name === name)!.id;
  testDocumentWorld.officials.forEach((o, i) => {
    data.officials.push({
      id: 100 + i,
      name: o.name,
      nativeName: null,
      aliases: [],
      countryCode: o.country,
      holdings: [{ title: o.post, capacity: 'SUBSTANTIVE', startDate: o.start, endDate: null, organizationId: orgId(o.organization) }],
    });
  });
  const officialId = (name: string) => data.officials.find((o) => o.name === name)!.id;
  testDocumentWorld.calls.forEach((c, i) =>
    data.calls.push({ id: 100 + i, title: c.title, date: c.date, participantIds: c.participants.map(officialId) }),
  );
  return data;
}

export const referenceLexicon = () => new Lexicon(referenceLexiconData());
export const testLexicon = () => new Lexicon(testLexiconData());
