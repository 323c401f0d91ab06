/**
 * The reference dataset (README.md, "The data"): Secretary of Defense Pete Hegseth's introductory telephone
 * calls of 31 January 2025 (Tokyo and Seoul time) with Japan's Minister of Defense Gen Nakatani
 * and South Korea's Acting Minister of National Defense Kim Seon-ho, as reported by one news
 * article (data/source-article.txt).
 *
 * Plain data keyed by natural keys; rows refer to each other by object reference, and the seed
 * turns those into ids. The article copy was reworded by a synonym spinner ("Secretary of
 * Protection", "dedication", "imaginative and prescient"…); every statement text here restores
 * the real terms. No URL is recorded anywhere: none is known from the sources, and none is made up.
 */
import path from 'node:path';
import { CallKind } from '../calls/call.entity';
import { CommitmentKind } from '../commitments/commitment.entity';
import { Stance } from '../commitments/statement-commitment.entity';
import { Capacity } from '../officials/post-holding.entity';
import { OrganizationKind } from '../organizations/organization.entity';
import { DeploymentStatus } from '../posture/deployment.entity';
import { SourceKind } from '../sources/source.entity';
import { StatementKind } from '../statements/statement.entity';

export type CountryCode = 'US' | 'JP' | 'KR' | 'CN' | 'TW' | 'KP' | 'RU';

export interface CountryData {
  code: CountryCode;
  name: string;
  timeZone: string;
}

export interface OrganizationData {
  name: string;
  shortName: string | null;
  kind: OrganizationKind;
  aliases: string[];
  country: CountryCode | null;
  parent: OrganizationData | null;
}

export interface OfficialData {
  name: string;
  nativeName: string | null;
  aliases: string[];
  country: CountryCode;
}

export interface PostData {
  title: string;
  organization: OrganizationData;
}

export interface PostHoldingData {
  official: OfficialData;
  post: PostData;
  capacity: Capacity;
  startDate: string;
  /** Last day in the post, inclusive (the convention of every holding); null while held. */
  endDate: string | null;
  note: string | null;
}

export interface TreatyData {
  name: string;
  shortName: string | null;
  signedOn: string | null;
  inForceOn: string | null;
  parties: CountryCode[];
  notes: string | null;
}

export interface TerritoryData {
  name: string;
  aliases: string[];
  region: string | null;
  description: string | null;
  administeredBy: CountryCode | null;
  claimants: CountryCode[];
}

export interface TopicData {
  slug: string;
  name: string;
  description: string | null;
}

export interface CommitmentData {
  title: string;
  kind: CommitmentKind;
  description: string | null;
  guarantor: CountryCode;
  beneficiary: CountryCode;
  treaty: TreatyData | null;
  article: string | null;
  territory: TerritoryData | null;
  notes: string | null;
}

export interface CallData {
  title: string;
  kind: CallKind;
  /** Date in `timeZone`. */
  date: string;
  timeZone: string;
  /** ISO 8601 with offset. */
  startedAt: string | null;
  earliestStart: string | null;
  latestStart: string | null;
  durationMinutes: number | null;
  summary: string | null;
  participants: { official: OfficialData; isInitiator: boolean }[];
}

export interface SourceData {
  kind: SourceKind;
  title: string;
  publisher: OrganizationData | null;
  publishedOn: string;
  publishedAt: string | null;
  language: string;
  call: CallData | null;
  notes: string | null;
  /** A local copy whose SHA-256 the seed records as `content_hash`. */
  contentFile: string | null;
}

export interface StatementData {
  text: string;
  kind: StatementKind;
  date: string;
  source: SourceData;
  call: CallData | null;
  /** Authors who are officials (who spoke or wrote the words), in the order the source names them. */
  speakers: OfficialData[];
  /** The organization that authored the words: the publisher of a readout or release written in the third person. */
  attributedOrganization: OrganizationData | null;
  /** Officials the text says took a position, in the order it names them. */
  parties: OfficialData[];
  reportedBy: SourceData[];
  commitments: { commitment: CommitmentData; stance: Stance }[];
  topics: TopicSlug[];
}

/** A source that runs "along similar lines" to another: the other source's statements it echoes. */
export interface SourceEchoData {
  source: SourceData;
  statements: StatementData[];
}

export interface DeploymentData {
  platform: string;
  count: number | null;
  base: string;
  mission: string | null;
  status: DeploymentStatus;
  /** The day the status was reported true (the date of the report). */
  statusRecordedOn: string | null;
  indefinite: boolean;
  expectedEndMonth: string | null;
  operator: OrganizationData;
  hostCountry: CountryCode;
  source: SourceData | null;
}

export interface ExerciseData {
  name: string;
  area: string | null;
  description: string | null;
  organization: OrganizationData | null;
  source: SourceData | null;
}

/** The copy of the news article, resolved from the compiled file in dist/src/seed/. */
export const SOURCE_ARTICLE_PATH = path.join(__dirname, '..', '..', '..', 'data', 'source-article.txt');

const PUBLIC_RECORD = "Dates from the public record, not from this dataset's sources.";

// ---------------------------------------------------------------------------------------------
// Places, organizations, people

const countries: CountryData[] = [
  { code: 'US', name: 'United States', timeZone: 'America/New_York' },
  { code: 'JP', name: 'Japan', timeZone: 'Asia/Tokyo' },
  { code: 'KR', name: 'South Korea', timeZone: 'Asia/Seoul' },
  { code: 'CN', name: 'China', timeZone: 'Asia/Shanghai' },
  { code: 'TW', name: 'Taiwan', timeZone: 'Asia/Taipei' },
  { code: 'KP', name: 'North Korea', timeZone: 'Asia/Pyongyang' },
  { code: 'RU', name: 'Russia', timeZone: 'Europe/Moscow' },
];

const dod: OrganizationData = {
  name: 'Department of Defense',
  shortName: 'DoD',
  kind: OrganizationKind.MINISTRY,
  aliases: ['U.S. Department of Defense', 'Pentagon', 'Department of War'],
  country: 'US',
  parent: null,
};
const usaf: OrganizationData = {
  name: 'United States Air Force',
  shortName: 'USAF',
  kind: OrganizationKind.MILITARY_SERVICE,
  aliases: ['U.S. Air Force', 'Air Force'],
  country: 'US',
  parent: dod,
};
const usmc: OrganizationData = {
  name: 'United States Marine Corps',
  shortName: 'USMC',
  kind: OrganizationKind.MILITARY_SERVICE,
  aliases: ['U.S. Marine Corps', 'Marine Corps'],
  country: 'US',
  parent: dod,
};
const japanMod: OrganizationData = {
  name: 'Ministry of Defense',
  shortName: 'MOD',
  kind: OrganizationKind.MINISTRY,
  // "Ministry of Defence" is the spelling of the news article.
  aliases: ['Japan Ministry of Defense', 'Ministry of Defence', '防衛省'],
  country: 'JP',
  parent: null,
};
const rokMnd: OrganizationData = {
  name: 'Ministry of National Defense',
  shortName: 'MND',
  kind: OrganizationKind.MINISTRY,
  aliases: ['ROK Ministry of National Defense', '국방부'],
  country: 'KR',
  parent: null,
};

const hegseth: OfficialData = { name: 'Pete Hegseth', nativeName: null, aliases: ['Peter Hegseth', 'Peter Brian Hegseth'], country: 'US' };
const nakatani: OfficialData = { name: 'Gen Nakatani', nativeName: '中谷元', aliases: ['Nakatani Gen', '中谷 元'], country: 'JP' };
const kim: OfficialData = { name: 'Kim Seon-ho', nativeName: '김선호', aliases: ['Kim Seon Ho', 'Kim Sun-ho'], country: 'KR' };

const secDef: PostData = { title: 'Secretary of Defense', organization: dod };
const japanMinister: PostData = { title: 'Minister of Defense', organization: japanMod };
const rokMinister: PostData = { title: 'Minister of National Defense', organization: rokMnd };
const rokViceMinister: PostData = { title: 'Vice Minister of National Defense', organization: rokMnd };

const postHoldings: PostHoldingData[] = [
  {
    official: hegseth,
    post: secDef,
    capacity: Capacity.SUBSTANTIVE,
    startDate: '2025-01-25',
    endDate: null,
    note: `${PUBLIC_RECORD} Sworn in on 25 January 2025. Since September 2025 the post also carries the secondary title Secretary of War.`,
  },
  {
    official: nakatani,
    post: japanMinister,
    capacity: Capacity.SUBSTANTIVE,
    startDate: '2024-10-01',
    endDate: '2025-10-21',
    note: `${PUBLIC_RECORD} Appointed with the Ishiba Cabinet on 1 October 2024; succeeded by Shinjiro Koizumi on 21 October 2025.`,
  },
  {
    official: kim,
    post: rokMinister,
    capacity: Capacity.ACTING,
    startDate: '2024-12-05',
    endDate: '2025-06-25',
    note:
      `${PUBLIC_RECORD} As Vice Minister, acting minister from the resignation of Kim Yong-hyun (5 December 2024) until Lee Doo-hee became ` +
      'vice minister and took over the acting role on 26 June 2025 (Ahn Gyu-back took office as minister on 25 July 2025). ' +
      'The end date is the last day held, as for every holding.',
  },
  {
    official: kim,
    post: rokViceMinister,
    capacity: Capacity.SUBSTANTIVE,
    startDate: '2023-10-20',
    endDate: '2025-06-25',
    note:
      `${PUBLIC_RECORD} Named by President Yoon Suk Yeol on 19 October 2023, in office from 20 October 2023 until Lee Doo-hee was appointed ` +
      'vice minister on 26 June 2025. The end date is the last day held, as for every holding.',
  },
];

const usJapanTreaty: TreatyData = {
  name: 'Treaty of Mutual Cooperation and Security between Japan and the United States of America',
  shortName: 'U.S.-Japan Security Treaty',
  signedOn: '1960-01-19',
  inForceOn: '1960-06-23',
  parties: ['US', 'JP'],
  notes: 'Name, parties and dates from the public record, not from a source recorded here.',
};
const usRokTreaty: TreatyData = {
  name: 'Mutual Defense Treaty between the United States and the Republic of Korea',
  shortName: 'U.S.-ROK Mutual Defense Treaty',
  signedOn: '1953-10-01',
  inForceOn: '1954-11-17',
  parties: ['US', 'KR'],
  notes: 'Name, parties and dates from the public record, not from a source recorded here.',
};

const senkaku: TerritoryData = {
  name: 'Senkaku Islands',
  aliases: ['Diaoyu Islands', 'Diaoyutai Islands', '尖閣諸島', '钓鱼岛', '釣魚臺'],
  region: 'East China Sea',
  description: 'An uninhabited group of islands in the East China Sea, administered by Japan and claimed by China and Taiwan.',
  administeredBy: 'JP',
  claimants: ['CN', 'TW'],
};

const topics = [
  { slug: 'deterrence', name: 'Deterrence', description: 'Deterring aggression and threats, and the capabilities to respond.' },
  { slug: 'defense-cooperation', name: 'Defense cooperation', description: 'Deepening bilateral defense cooperation between allies.' },
  {
    slug: 'free-and-open-indo-pacific',
    name: 'Free and open Indo-Pacific',
    description: 'The shared vision of a free and open Indo-Pacific region.',
  },
  {
    slug: 'indo-pacific-security-environment',
    name: 'Indo-Pacific security environment',
    description: 'The security environment of the Indo-Pacific region.',
  },
  { slug: 'us-japan-alliance', name: 'U.S.-Japan Alliance', description: 'The alliance between the United States and Japan.' },
  { slug: 'us-rok-alliance', name: 'U.S.-ROK Alliance', description: 'The alliance between the United States and the Republic of Korea.' },
  {
    slug: 'alliance-command-and-control',
    name: 'Alliance command and control',
    description: 'Modernizing the command and control of the U.S.-Japan Alliance.',
  },
  {
    slug: 'southwest-islands',
    name: "Japan's southwest islands",
    description: "Japan's southwest (Nansei) islands and the bilateral presence there.",
  },
  {
    slug: 'senkaku-islands',
    name: 'Senkaku Islands',
    description: 'The Senkaku Islands and the application of Article V of the U.S.-Japan treaty to them.',
  },
  { slug: 'korean-peninsula-security', name: 'Korean Peninsula security', description: 'The security situation on the Korean Peninsula.' },
  { slug: 'combined-defense-posture', name: 'Combined defense posture', description: 'The combined U.S.-ROK defense posture.' },
  {
    slug: 'north-korea-nuclear-missile-threats',
    name: "North Korea's nuclear and missile threats",
    description: "North Korea's evolving nuclear and missile threats.",
  },
  {
    slug: 'russia-north-korea-cooperation',
    name: 'Russia-North Korea military cooperation',
    description: 'Military cooperation between Russia and North Korea.',
  },
  {
    slug: 'trilateral-cooperation',
    name: 'ROK-U.S.-Japan cooperation',
    description: 'Trilateral security cooperation among the Republic of Korea, the United States and Japan.',
  },
  { slug: 'defense-dialogue', name: 'Defense dialogue', description: 'Keeping in close contact, communicating and meeting in person.' },
  { slug: 'personal-rapport', name: 'Personal rapport', description: 'The tone of a conversation and what the officials have in common.' },
  { slug: 'meeting-in-person', name: 'Meeting in person', description: 'Meeting face to face, beyond calls.' },
  {
    slug: 'global-comprehensive-strategic-alliance',
    name: 'Global comprehensive strategic alliance',
    description: 'The development of the U.S.-ROK alliance into a "global comprehensive strategic alliance".',
  },
] as const satisfies readonly TopicData[];

export type TopicSlug = (typeof topics)[number]['slug'];

// ---------------------------------------------------------------------------------------------
// Commitments

const articleVSenkaku: CommitmentData = {
  title: 'Article V of the U.S.-Japan security treaty applies to the Senkaku Islands',
  kind: CommitmentKind.MUTUAL_DEFENSE,
  description:
    'The U.S. obligation under Article V, to act to meet an armed attack in the territories under the administration of Japan, covers the Senkaku Islands.',
  guarantor: 'US',
  beneficiary: 'JP',
  treaty: usJapanTreaty,
  article: 'Article V',
  territory: senkaku,
  notes:
    'The treaty article (Article V) is named by the Japanese release and press conference as the news article reports them; the treaty itself from the public record.',
};
const defenseOfJapan: CommitmentData = {
  title: 'U.S. commitment to the defense of Japan',
  kind: CommitmentKind.MUTUAL_DEFENSE,
  description: 'The United States is committed to the defense of Japan under the Treaty of Mutual Cooperation and Security.',
  guarantor: 'US',
  beneficiary: 'JP',
  treaty: usJapanTreaty,
  article: 'Article V',
  territory: null,
  notes:
    'The treaty and its article (Article V, the defense of the territories under Japan\'s administration) from the public record; the sources recorded here speak of "the defense of Japan" without naming an article.',
};
const defenseOfRok: CommitmentData = {
  title: 'U.S. commitment to the defense of the Republic of Korea',
  kind: CommitmentKind.MUTUAL_DEFENSE,
  description: 'The United States is committed to the defense of the Republic of Korea under the Mutual Defense Treaty.',
  guarantor: 'US',
  beneficiary: 'KR',
  treaty: usRokTreaty,
  article: 'Article III',
  territory: null,
  notes:
    'The treaty and its article (Article III, on an armed attack in the Pacific area) from the public record; the sources recorded here name neither.',
};
const commandAndControl: CommitmentData = {
  title: 'Modernization of U.S.-Japan Alliance command and control',
  kind: CommitmentKind.FORCE_POSTURE,
  description: 'Ongoing work to modernize the command and control of the U.S.-Japan Alliance.',
  guarantor: 'US',
  beneficiary: 'JP',
  treaty: null,
  article: null,
  territory: null,
  notes: null,
};
const southwestPresence: CommitmentData = {
  title: "Expanded bilateral presence in Japan's southwest islands",
  kind: CommitmentKind.FORCE_POSTURE,
  description: "Expanding the bilateral U.S.-Japan presence in Japan's southwest islands.",
  guarantor: 'US',
  beneficiary: 'JP',
  treaty: null,
  article: null,
  territory: null,
  notes: null,
};
const trilateralCooperation: CommitmentData = {
  title: 'ROK-US-Japan security cooperation',
  kind: CommitmentKind.COOPERATION,
  description: 'Maintaining and developing trilateral ROK-US-Japan security cooperation, based on the ROK-US alliance.',
  guarantor: 'US',
  beneficiary: 'KR',
  treaty: null,
  article: null,
  territory: null,
  notes: null,
};

// ---------------------------------------------------------------------------------------------
// Calls

const nakataniCall: CallData = {
  title: 'Hegseth–Nakatani introductory telephone call',
  kind: CallKind.PHONE_CALL,
  date: '2025-01-31',
  timeZone: 'Asia/Tokyo',
  // Nakatani at his press conference: the call began at 7:00 that morning and lasted about 40 minutes.
  startedAt: '2025-01-31T07:00:00+09:00',
  earliestStart: null,
  latestStart: null,
  durationMinutes: 40,
  summary:
    "Hegseth's first call with Japan's Minister of Defense: deterrence, a free and open Indo-Pacific, Alliance command and control, the bilateral presence in Japan's southwest islands, and Article V of the security treaty and the Senkaku Islands.",
  participants: [
    { official: hegseth, isInitiator: true },
    { official: nakatani, isInitiator: false },
  ],
};

const kimCall: CallData = {
  title: 'Hegseth–Kim Seon-ho introductory telephone call',
  kind: CallKind.PHONE_CALL,
  date: '2025-01-31',
  timeZone: 'Asia/Seoul',
  // Morning in Seoul: reported as "that morning" by Korean media online at 09:34 KST (see the ROK release's notes).
  startedAt: null,
  earliestStart: '2025-01-31T00:00:00+09:00',
  latestStart: '2025-01-31T09:34:00+09:00',
  durationMinutes: null,
  summary:
    "Hegseth's first call with South Korea's Acting Minister of National Defense: the Korean Peninsula, the U.S. commitment to the defense of the ROK, the combined defense posture, Russia-North Korea military cooperation and ROK-US-Japan security cooperation.",
  participants: [
    { official: hegseth, isInitiator: true },
    { official: kim, isInitiator: false },
  ],
};

// ---------------------------------------------------------------------------------------------
// Sources

const KNOWN_FROM_ARTICLE =
  "Known here only through the news article's report of it; its own headline, URL and time of publication are not recorded.";

const newsArticle: SourceData = {
  kind: SourceKind.NEWS_ARTICLE,
  title:
    "Unidentified outlet's report on Hegseth's introductory calls with Japan's and South Korea's defense chiefs (machine-reworded copy)",
  publisher: null,
  publishedOn: '2025-02-02',
  publishedAt: null,
  language: 'en',
  call: null,
  notes:
    'A copy machine-reworded by a synonym spinner ("Secretary of Protection" for Secretary of Defense, "dedication" for commitment, ' +
    '"imaginative and prescient" for vision, "launch" for release…); the statement texts recorded from it restore the real terms. ' +
    'The copy names no outlet and carries no date (only a photo caption dated Jan. 31, 2025). Its text matches, once restored, ' +
    'a USNI News article dated 2 February 2025, so it cannot predate that day: published_on is that earliest defensible date. ' +
    'content_hash is the SHA-256 of the copy as stored in data/source-article.txt.',
  contentFile: SOURCE_ARTICLE_PATH,
};

const washingtonDate =
  'Dated in Washington time: the call took place on the evening of 30 January in Washington (the morning of Friday 31 January in Tokyo and Seoul), ' +
  'and the readout dates it 30 January. Its statements carry that date too; the Japanese and Korean documents date the same call 31 January.';

const pentagonNakataniReadout: SourceData = {
  kind: SourceKind.READOUT,
  title: "Pentagon readout of Secretary of Defense Pete Hegseth's call with Japan's Minister of Defense Gen Nakatani",
  publisher: dod,
  publishedOn: '2025-01-30',
  publishedAt: null,
  language: 'en',
  call: nakataniCall,
  notes: `${KNOWN_FROM_ARTICLE} ${washingtonDate}`,
  contentFile: null,
};

const pentagonKimReadout: SourceData = {
  kind: SourceKind.READOUT,
  title: "Pentagon readout of Secretary of Defense Pete Hegseth's call with South Korea's Acting Minister of National Defense Kim Seon-ho",
  publisher: dod,
  publishedOn: '2025-01-30',
  publishedAt: null,
  language: 'en',
  call: kimCall,
  notes: `${KNOWN_FROM_ARTICLE} ${washingtonDate}`,
  contentFile: null,
};

const japanRelease: SourceData = {
  kind: SourceKind.PRESS_RELEASE,
  title: "Ministry of Defense release on Minister Gen Nakatani's telephone talk with U.S. Secretary of Defense Pete Hegseth",
  publisher: japanMod,
  publishedOn: '2025-01-31',
  publishedAt: null,
  // The ministry publishes its release in Japanese and in English; the texts recorded here match the English one.
  language: 'en',
  call: nakataniCall,
  notes:
    `${KNOWN_FROM_ARTICLE} The article says it ran "on similar lines" to the Pentagon readout and records only what it adds. ` +
    "The statement texts are the article's English wording, which matches the ministry's English-language release (public record); hence language en.",
  contentFile: null,
};

const nakataniPressConference: SourceData = {
  kind: SourceKind.PRESS_CONFERENCE,
  title: 'Regular press conference of Minister of Defense Gen Nakatani, 31 January 2025',
  publisher: japanMod,
  publishedOn: '2025-01-31',
  publishedAt: '2025-01-31T08:33:00+09:00',
  language: 'ja',
  call: nakataniCall,
  notes:
    "The regular press conference after the Cabinet meeting, held after the call, from 08:33 to 08:44 Japan time (time from the ministry's " +
    "public record, as is Nakatani's statement there that the call began at 07:00 and lasted about 40 minutes). Held in Japanese; " +
    "the statement texts, quotes included, are the news article's English rendering.",
  contentFile: null,
};

const rokRelease: SourceData = {
  kind: SourceKind.PRESS_RELEASE,
  title: "Ministry of National Defense release on Acting Minister Kim Seon-ho's telephone call with U.S. Secretary of Defense Pete Hegseth",
  publisher: rokMnd,
  publishedOn: '2025-01-31',
  publishedAt: null,
  language: 'ko',
  call: kimCall,
  notes:
    `${KNOWN_FROM_ARTICLE} The statement texts, quotes included, are the news article's English wording. ` +
    'Korean news reports of this release were online by 09:34 Korea time on 31 January and place the call that morning (public record): ' +
    "hence the call's start window.",
  contentFile: null,
};

// ---------------------------------------------------------------------------------------------
// Statements: every one the news article reports, grouped by the source that originates it.

type StatementFields = Pick<StatementData, 'text' | 'kind' | 'topics'> &
  Partial<Pick<StatementData, 'commitments' | 'speakers' | 'parties'>>;

/**
 * Statements of one source: its call, the given date, reported by the news article. The words of
 * a readout or release are the publisher's (its attributed organization), whoever they name; the
 * words of a press conference are the speaker's.
 */
function from(source: SourceData, date: string, items: StatementFields[]): StatementData[] {
  const byOrganization = source.kind === SourceKind.READOUT || source.kind === SourceKind.PRESS_RELEASE;
  return items.map((item) => ({
    commitments: [],
    speakers: [],
    parties: [],
    ...item,
    date,
    source,
    call: source.call,
    attributedOrganization: byOrganization ? source.publisher : null,
    reportedBy: [newsArticle],
  }));
}

const { DIRECT_QUOTE, PARAPHRASE } = StatementKind;
const { REAFFIRMS } = Stance;

const pentagonNakataniStatements = from(pentagonNakataniReadout, '2025-01-30', [
  {
    text: 'reiterated the importance of deepening defense cooperation to strengthen deterrence and to advance a shared vision for a free and open Indo-Pacific region.',
    kind: DIRECT_QUOTE,
    parties: [hegseth, nakatani],
    topics: ['defense-cooperation', 'deterrence', 'free-and-open-indo-pacific', 'us-japan-alliance'],
  },
  {
    text: "The two defense chiefs reaffirmed their commitment to advance ongoing work to modernize Alliance command and control and expand bilateral presence in Japan's southwest islands.",
    kind: PARAPHRASE,
    parties: [hegseth, nakatani],
    commitments: [
      { commitment: commandAndControl, stance: REAFFIRMS },
      { commitment: southwestPresence, stance: REAFFIRMS },
    ],
    topics: ['alliance-command-and-control', 'southwest-islands', 'us-japan-alliance'],
  },
  {
    text: 'The Secretary and the Minister agreed to remain in close contact on areas of mutual security interest.',
    kind: PARAPHRASE,
    parties: [hegseth, nakatani],
    topics: ['defense-dialogue'],
  },
]);

const statements: StatementData[] = [
  ...pentagonNakataniStatements,
  ...from(japanRelease, '2025-01-31', [
    {
      text: 'The two defense chiefs reaffirmed that Article V of the U.S.-Japan Treaty of Mutual Cooperation and Security applies to the Senkaku Islands.',
      kind: PARAPHRASE,
      parties: [hegseth, nakatani],
      commitments: [{ commitment: articleVSenkaku, stance: REAFFIRMS }],
      topics: ['senkaku-islands', 'us-japan-alliance'],
    },
    {
      text: 'The two defense chiefs expressed their willingness to meet in person at the earliest possible time.',
      kind: PARAPHRASE,
      parties: [hegseth, nakatani],
      topics: ['defense-dialogue', 'meeting-in-person'],
    },
  ]),
  ...from(nakataniPressConference, '2025-01-31', [
    {
      text: 'Nakatani was encouraged by the confirmation that Article V included the Senkaku Islands.',
      kind: PARAPHRASE,
      speakers: [nakatani],
      parties: [nakatani],
      commitments: [{ commitment: articleVSenkaku, stance: REAFFIRMS }],
      topics: ['senkaku-islands', 'us-japan-alliance'],
    },
    {
      text: 'a reaffirmation of the unwavering commitment of the U.S. to the defense of Japan.',
      kind: DIRECT_QUOTE,
      speakers: [nakatani],
      // The commitment reaffirmed is the United States': Nakatani reports Hegseth's position.
      parties: [hegseth],
      commitments: [{ commitment: defenseOfJapan, stance: REAFFIRMS }],
      topics: ['us-japan-alliance', 'senkaku-islands'],
    },
    {
      text: 'The conversation was friendly and constructive.',
      kind: PARAPHRASE,
      speakers: [nakatani],
      topics: ['personal-rapport'],
    },
    {
      text: 'Both of them shared the common experience of having been infantry platoon leaders and of dealing with counterterrorism issues.',
      kind: PARAPHRASE,
      speakers: [nakatani],
      parties: [hegseth, nakatani],
      topics: ['personal-rapport'],
    },
    {
      text: 'Both defense chiefs agreed to work together to further strengthen the deterrence and response capabilities of the Japan-U.S. Alliance amid the increasingly severe security environment in the Indo-Pacific region.',
      kind: PARAPHRASE,
      speakers: [nakatani],
      parties: [hegseth, nakatani],
      topics: ['deterrence', 'us-japan-alliance', 'indo-pacific-security-environment'],
    },
    {
      // Capitalised as quoted: the quote starts mid-sentence ("through today's …") and says "alliance".
      text: "through today's telephone conversation, Secretary Hegseth and I were able to confirm that we share the same views on the significance of the unparalleled Japan-U.S. alliance and that the persistent efforts of both countries to strengthen deterrence are essential for peace and stability in the region.",
      kind: DIRECT_QUOTE,
      speakers: [nakatani],
      parties: [hegseth, nakatani],
      topics: ['deterrence', 'us-japan-alliance'],
    },
  ]),
  ...from(pentagonKimReadout, '2025-01-30', [
    {
      text: 'The two leaders discussed the security situation on the Korean Peninsula and the strength of the U.S.-ROK Alliance.',
      kind: PARAPHRASE,
      parties: [hegseth, kim],
      topics: ['korean-peninsula-security', 'us-rok-alliance'],
    },
    {
      text: "Secretary Hegseth reaffirmed the U.S. commitment to defending the ROK under President Trump's leadership",
      kind: DIRECT_QUOTE,
      parties: [hegseth],
      commitments: [{ commitment: defenseOfRok, stance: REAFFIRMS }],
      topics: ['us-rok-alliance'],
    },
    {
      text: 'both leaders also reiterated their shared focus on maintaining a strong combined U.S.-ROK defense posture.',
      kind: DIRECT_QUOTE,
      parties: [hegseth, kim],
      topics: ['combined-defense-posture', 'us-rok-alliance'],
    },
    {
      text: 'Both leaders agreed to remain in close contact moving forward.',
      kind: PARAPHRASE,
      parties: [hegseth, kim],
      topics: ['defense-dialogue'],
    },
  ]),
  ...from(rokRelease, '2025-01-31', [
    {
      text: 'The two defense chiefs reaffirmed the strength of the U.S.-ROK alliance and agreed to work closely together.',
      kind: PARAPHRASE,
      parties: [hegseth, kim],
      topics: ['us-rok-alliance'],
    },
    {
      text: 'Secretary Hegseth reaffirmed the ironclad commitment of the United States to the defense of the Republic of Korea and pledged to work closely with the ROK to further solidify the ROK-US alliance based on the longstanding trust and friendship between the two countries.',
      kind: DIRECT_QUOTE,
      parties: [hegseth],
      commitments: [{ commitment: defenseOfRok, stance: REAFFIRMS }],
      topics: ['us-rok-alliance'],
    },
    {
      text: "The two defense chiefs shared the view that maintaining the continuity of the alliance through a robust combined defense posture and stable management of alliance issues, to effectively deter and respond to North Korea's evolving nuclear and missile threats, is more important than ever.",
      kind: PARAPHRASE,
      parties: [hegseth, kim],
      topics: ['combined-defense-posture', 'north-korea-nuclear-missile-threats', 'deterrence', 'us-rok-alliance'],
    },
    {
      text: 'Hegseth and Kim expressed grave concerns about the deepening Russia-North Korea military cooperation and agreed to respond through close cooperation with the international community, as it poses a serious threat to security not only on the Korean Peninsula but also around the world.',
      kind: PARAPHRASE,
      parties: [hegseth, kim],
      topics: ['russia-north-korea-cooperation', 'korean-peninsula-security'],
    },
    {
      text: 'The two defense chiefs agreed to continue to maintain and develop ROK-US-Japan security cooperation based on the ROK-US alliance to deter North Korean threats not only on the Korean Peninsula but also in the Indo-Pacific region.',
      kind: PARAPHRASE,
      parties: [hegseth, kim],
      commitments: [{ commitment: trilateralCooperation, stance: REAFFIRMS }],
      topics: ['trilateral-cooperation', 'korean-peninsula-security', 'deterrence'],
    },
    {
      text: 'Hegseth and Kim agreed that close U.S.-ROK cooperation is a key factor in the development of the alliance into a “global comprehensive strategic alliance.”',
      kind: PARAPHRASE,
      parties: [hegseth, kim],
      topics: ['us-rok-alliance', 'global-comprehensive-strategic-alliance'],
    },
    {
      text: 'Hegseth and Kim agreed to communicate frequently on key issues of the alliance.',
      kind: PARAPHRASE,
      parties: [hegseth, kim],
      topics: ['defense-dialogue', 'us-rok-alliance'],
    },
  ]),
];

/**
 * The news report: Japan's release ran "on similar lines" to the Pentagon readout, and it records
 * only what the release adds. So the release echoes the readout's points; which of them the
 * report does not say, so all three are recorded as echoed.
 */
const sourceEchoes: SourceEchoData[] = [{ source: japanRelease, statements: pentagonNakataniStatements }];

// ---------------------------------------------------------------------------------------------
// Force-posture context the statements refer to (as the news article reports it)

const kadena = 'Kadena Air Base, Okinawa';
const isr = "Intelligence, surveillance and reconnaissance (ISR) missions around Japan's southwest region";

const deployments: DeploymentData[] = [
  {
    platform: 'MQ-9 Reaper',
    count: 8,
    base: kadena,
    mission: isr,
    status: DeploymentStatus.ACTIVE,
    statusRecordedOn: '2025-02-02',
    indefinite: true,
    expectedEndMonth: null,
    operator: usaf,
    hostCountry: 'JP',
    source: newsArticle,
  },
  {
    platform: 'MQ-9 Reaper',
    count: 6,
    base: kadena,
    mission: isr,
    status: DeploymentStatus.ACTIVE,
    statusRecordedOn: '2025-02-02',
    indefinite: false,
    expectedEndMonth: '2025-08',
    operator: usmc,
    hostCountry: 'JP',
    source: newsArticle,
  },
];

const exercises: ExerciseData[] = [
  {
    name: 'Resolute Dragon',
    area: "Around Japan's southwest islands",
    description:
      'Bilateral exercise of the U.S. Marine Corps and the Japan Ground Self-Defense Force (public record); the news article reports it as held around the southwest islands.',
    organization: usmc,
    source: newsArticle,
  },
  {
    name: 'Iron Fist',
    area: "Around Japan's southwest islands",
    description:
      'Bilateral amphibious exercise of the U.S. Marine Corps and the Japan Ground Self-Defense Force (public record); the news article reports it as held around the southwest islands.',
    organization: usmc,
    source: newsArticle,
  },
];

export interface ReferenceDataset {
  countries: CountryData[];
  organizations: OrganizationData[];
  officials: OfficialData[];
  posts: PostData[];
  postHoldings: PostHoldingData[];
  treaties: TreatyData[];
  territories: TerritoryData[];
  topics: readonly TopicData[];
  commitments: CommitmentData[];
  calls: CallData[];
  sources: SourceData[];
  statements: StatementData[];
  sourceEchoes: SourceEchoData[];
  deployments: DeploymentData[];
  exercises: ExerciseData[];
}

/** Listed in dependency order: a row comes after every row it refers to. */
export const referenceDataset: ReferenceDataset = {
  countries,
  organizations: [dod, usaf, usmc, japanMod, rokMnd],
  officials: [hegseth, nakatani, kim],
  posts: [secDef, japanMinister, rokMinister, rokViceMinister],
  postHoldings,
  treaties: [usJapanTreaty, usRokTreaty],
  territories: [senkaku],
  topics,
  commitments: [articleVSenkaku, defenseOfJapan, defenseOfRok, commandAndControl, southwestPresence, trilateralCooperation],
  calls: [nakataniCall, kimCall],
  sources: [newsArticle, pentagonNakataniReadout, pentagonKimReadout, japanRelease, nakataniPressConference, rokRelease],
  statements,
  sourceEchoes,
  deployments,
  exercises,
};
