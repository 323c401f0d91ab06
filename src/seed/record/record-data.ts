/**
 * The record dataset (README.md, "The record"): calls and meetings between the U.S. Secretary of
 * Defense and Japan's Minister of Defense, and between the U.S. Secretary of Defense and the ROK
 * Minister of National Defense, from January 2021, taken from public accounts.
 *
 * Facts carry over, sentences do not: every statement is a paraphrase in this project's own words
 * (kind PARAPHRASE), pointing at the account it paraphrases, and every account has the URL it was
 * read at. Where the copy read is a republication (a blog or aggregator carrying a Pentagon
 * readout), the source is still the Pentagon's, its URL the copy's, and its notes say so. Where an
 * account carries no date of its own, the notes say which date was used and why.
 *
 * Rows refer to each other by key; the loader (`load-record.ts`) turns keys into ids through the
 * GraphQL API, so the same validation applies as to any client.
 */
import { CallKind } from '../../calls/call.entity';
import { CommitmentKind } from '../../commitments/commitment.entity';
import { Stance } from '../../commitments/statement-commitment.entity';
import { Capacity } from '../../officials/post-holding.entity';
import { OrganizationKind } from '../../organizations/organization.entity';
import { SourceKind } from '../../sources/source.entity';
import { StatementKind } from '../../statements/statement.entity';

export interface RecordOrganization {
  key: string;
  name: string;
  shortName: string | null;
  kind: OrganizationKind;
  country: string | null;
  aliases: string[];
}

export interface RecordOfficial {
  key: string;
  name: string;
  nativeName: string | null;
  country: string;
  aliases: string[];
}

export interface RecordPost {
  key: string;
  title: string;
  organization: string;
}

export interface RecordHolding {
  official: string;
  post: string;
  capacity: Capacity;
  startDate: string;
  endDate: string | null;
  /** Where the dates come from. */
  note: string;
}

export interface RecordCommitment {
  key: string;
  title: string;
  kind: CommitmentKind;
  guarantor: string;
  beneficiary: string;
  /** Treaty name, when it rests on one (must exist: the reference dataset has the two alliance treaties). */
  treaty: string | null;
  article: string | null;
  territory: string | null;
  description: string | null;
}

export interface RecordTopic {
  slug: string;
  name: string;
  description: string;
}

export interface RecordStatement {
  /** The paraphrase, in this project's words. */
  text: string;
  /** Officials the account names as taking the position. */
  parties: string[];
  /** Officials whose own words the account reports (a press conference, remarks); else the source's publisher is the author. */
  speakers?: string[];
  /** The organization whose words these are when it is not the source's publisher (a news report of a ministry's release). */
  attributedTo?: string;
  commitments?: [string, Stance][];
  topics?: string[];
}

export interface RecordSource {
  key: string;
  kind: SourceKind;
  publisher: string;
  title: string;
  url: string;
  publishedOn: string;
  /** Which side's account it is: an official account of the U.S. or the allied side, or an independent report. */
  side: 'US' | 'ALLY' | 'JOINT' | 'INDEPENDENT';
  /**
   * Set when a government's account is not counted as an official one (`check-record.ts`): a reworded
   * republication (the wording is the republisher's, not the government's) or a passing mention (the
   * account only lists the call). Its statements are still recorded, with the source they come from.
   */
  weak?: 'REWORDED_COPY' | 'PASSING_MENTION';
  notes: string | null;
  statements: RecordStatement[];
}

export interface RecordCall {
  key: string;
  title: string;
  kind: CallKind;
  /** Local date in `timeZone`. */
  date: string;
  timeZone: string;
  startedAt: string | null;
  durationMinutes: number | null;
  summary: string;
  participants: { official: string; isInitiator: boolean }[];
  /** Why an account of one side is missing, when it is. */
  missingAccount: string | null;
  sources: RecordSource[];
}

const { PHONE_CALL, MEETING } = CallKind;
const { READOUT, PRESS_RELEASE, TRANSCRIPT, JOINT_STATEMENT, NEWS_ARTICLE } = SourceKind;
const { AFFIRMS, REAFFIRMS } = Stance;

export const PARAPHRASE = StatementKind.PARAPHRASE;

export const organizations: RecordOrganization[] = [
  { key: 'dod', name: 'Department of Defense', shortName: 'DoD', kind: OrganizationKind.MINISTRY, country: 'US', aliases: [] },
  { key: 'mod', name: 'Ministry of Defense', shortName: 'MOD', kind: OrganizationKind.MINISTRY, country: 'JP', aliases: [] },
  { key: 'mnd', name: 'Ministry of National Defense', shortName: 'MND', kind: OrganizationKind.MINISTRY, country: 'KR', aliases: [] },
  { key: 'jiji', name: 'Jiji Press', shortName: null, kind: OrganizationKind.MEDIA, country: 'JP', aliases: [] },
  { key: 'kyodo', name: 'Kyodo News', shortName: null, kind: OrganizationKind.MEDIA, country: 'JP', aliases: [] },
  { key: 'japantimes', name: 'The Japan Times', shortName: null, kind: OrganizationKind.MEDIA, country: 'JP', aliases: ['Japan Times'] },
  { key: 'yomiuri', name: 'The Yomiuri Shimbun', shortName: null, kind: OrganizationKind.MEDIA, country: 'JP', aliases: ['Japan News'] },
  { key: 'yonhap', name: 'Yonhap News Agency', shortName: 'Yonhap', kind: OrganizationKind.MEDIA, country: 'KR', aliases: [] },
  { key: 'koreaherald', name: 'The Korea Herald', shortName: null, kind: OrganizationKind.MEDIA, country: 'KR', aliases: ['Korea Herald'] },
  {
    key: 'joongang',
    name: 'Korea JoongAng Daily',
    shortName: null,
    kind: OrganizationKind.MEDIA,
    country: 'KR',
    aliases: ['JoongAng Daily'],
  },
  { key: 'kbs', name: 'KBS World', shortName: null, kind: OrganizationKind.MEDIA, country: 'KR', aliases: [] },
  { key: 'philstar', name: 'The Philippine Star', shortName: null, kind: OrganizationKind.MEDIA, country: null, aliases: ['Philstar'] },
  {
    key: 'audefence',
    name: 'Department of Defence (Australia)',
    shortName: null,
    kind: OrganizationKind.MINISTRY,
    country: null,
    aliases: [],
  },
  { key: 'state', name: 'Department of State', shortName: null, kind: OrganizationKind.MINISTRY, country: 'US', aliases: [] },
  {
    key: 'mofakr',
    name: 'Ministry of Foreign Affairs (Republic of Korea)',
    shortName: null,
    kind: OrganizationKind.MINISTRY,
    country: 'KR',
    aliases: [],
  },
  { key: 'kuna', name: 'Kuwait News Agency', shortName: 'KUNA', kind: OrganizationKind.MEDIA, country: null, aliases: [] },
  { key: 'fnw', name: 'The Federal Newswire', shortName: null, kind: OrganizationKind.MEDIA, country: 'US', aliases: [] },
  {
    key: 'dvids',
    name: 'Defense Visual Information Distribution Service',
    shortName: 'DVIDS',
    kind: OrganizationKind.MEDIA,
    country: 'US',
    aliases: [],
  },
];

export const officials: RecordOfficial[] = [
  { key: 'austin', name: 'Lloyd J. Austin III', nativeName: null, country: 'US', aliases: ['Lloyd Austin', 'Lloyd James Austin III'] },
  { key: 'hegseth', name: 'Pete Hegseth', nativeName: null, country: 'US', aliases: ['Peter Hegseth', 'Peter Brian Hegseth'] },
  { key: 'kishi', name: 'Nobuo Kishi', nativeName: '岸信夫', country: 'JP', aliases: ['Kishi Nobuo'] },
  { key: 'hamada', name: 'Yasukazu Hamada', nativeName: '浜田靖一', country: 'JP', aliases: ['Hamada Yasukazu'] },
  { key: 'kihara', name: 'Minoru Kihara', nativeName: '木原稔', country: 'JP', aliases: ['Kihara Minoru'] },
  { key: 'nakatani', name: 'Gen Nakatani', nativeName: '中谷元', country: 'JP', aliases: ['Nakatani Gen', '中谷 元'] },
  { key: 'koizumi', name: 'Shinjiro Koizumi', nativeName: '小泉進次郎', country: 'JP', aliases: ['Koizumi Shinjiro'] },
  { key: 'suh', name: 'Suh Wook', nativeName: '서욱', country: 'KR', aliases: ['Suh Uk'] },
  { key: 'lee', name: 'Lee Jong-sup', nativeName: '이종섭', country: 'KR', aliases: ['Lee Jong-Sup', 'Lee Jong Sup'] },
  { key: 'shin', name: 'Shin Won-sik', nativeName: '신원식', country: 'KR', aliases: ['Shin Wonsik', 'Shin Won Sik'] },
  { key: 'kimyh', name: 'Kim Yong-hyun', nativeName: '김용현', country: 'KR', aliases: ['Kim Yong Hyun'] },
  { key: 'kimsh', name: 'Kim Seon-ho', nativeName: '김선호', country: 'KR', aliases: ['Kim Seon Ho', 'Kim Sun-ho'] },
  { key: 'ahn', name: 'Ahn Gyu-back', nativeName: '안규백', country: 'KR', aliases: ['Ahn Gyu Back'] },
];

export const posts: RecordPost[] = [
  { key: 'secdef', title: 'Secretary of Defense', organization: 'dod' },
  { key: 'jpmin', title: 'Minister of Defense', organization: 'mod' },
  { key: 'rokmin', title: 'Minister of National Defense', organization: 'mnd' },
];

const TERMS =
  'Start and end days as announced publicly at the change of office; the accounts in this record confirm the holder on each call date.';

const HANDOVER =
  'As the API reads holdings (both dates inclusive, the end being the day before a successor took over), a handover day belongs to the successor.';

export const holdings: RecordHolding[] = [
  {
    official: 'austin',
    post: 'secdef',
    capacity: Capacity.SUBSTANTIVE,
    startDate: '2021-01-22',
    endDate: '2025-01-20',
    note: `${TERMS} Start: sworn in at the Pentagon on Friday 22 January 2021 (The Hill, digital-stage.thehill.com/policy/defense/535426-austin-sworn-in-as-nations-first-black-pentagon-chief). End: the change of administration on 20 January 2025; no stored page gives that day for Austin himself.`,
  },
  // The reference dataset's holding (same start), reused when it is loaded.
  {
    official: 'hegseth',
    post: 'secdef',
    capacity: Capacity.SUBSTANTIVE,
    startDate: '2025-01-25',
    endDate: null,
    note: `${TERMS} Sworn in by the Vice President on Saturday 25 January 2025 (AP via halifax.citynews.ca/2025/01/25/hegseth-is-quickly-sworn-in-as-defense-secretary-after-dramatic-senate-vote-2).`,
  },
  {
    official: 'kishi',
    post: 'jpmin',
    capacity: Capacity.SUBSTANTIVE,
    startDate: '2020-09-16',
    endDate: '2022-08-09',
    note: `${TERMS} Start: Suga's cabinet, announced 16 September 2020 (TASS, tass.com/world/1201377/amp). End: replaced by Hamada in the reshuffle of 10 August 2022. ${HANDOVER}`,
  },
  {
    official: 'hamada',
    post: 'jpmin',
    capacity: Capacity.SUBSTANTIVE,
    startDate: '2022-08-10',
    endDate: '2023-09-12',
    note: `${TERMS} Start: Kishida's reshuffle of Wednesday 10 August 2022 (The Japan Times, japantimes.co.jp/news/2022/08/10/national/kishida-first-cabinet-ldp-reshuffle); Austin's remarks of 14 September 2022 say Hamada was appointed the month before. End: replaced by Kihara on 13 September 2023. ${HANDOVER}`,
  },
  {
    official: 'kihara',
    post: 'jpmin',
    capacity: Capacity.SUBSTANTIVE,
    startDate: '2023-09-13',
    endDate: '2024-09-30',
    note: `${TERMS} Start: Kishida's reshuffle of 13 September 2023 (CNA via newsonjapan.com/html/newsdesk/article/138575.php); Jiji Press, 28 September 2023: Kihara took office earlier that month. End: the Ishiba cabinet took office on 1 October 2024. ${HANDOVER}`,
  },
  {
    official: 'nakatani',
    post: 'jpmin',
    capacity: Capacity.SUBSTANTIVE,
    startDate: '2024-10-01',
    endDate: '2025-10-20',
    note: `${TERMS} Start: Ishiba took office on 1 October 2024 with Nakatani as defense minister (Kyodo via sunnyoption.club/2024/10/24/new-defense-chief-nakatani-austin-vow-to-enhance-japan-us-alliance). End: Koizumi was appointed in the Takaichi cabinet of 21 October 2025; the record had 21 October until December 2026. ${HANDOVER}`,
  },
  {
    official: 'koizumi',
    post: 'jpmin',
    capacity: Capacity.SUBSTANTIVE,
    startDate: '2025-10-21',
    endDate: null,
    note: `${TERMS} Takaichi became prime minister on 21 October 2025 (Anadolu, anews.com.tr/asia/2025/10/27/japanese-us-defense-chiefs-to-meet-in-tokyo-defense-ministry); Jiji Press, 29 October 2025: Koizumi was appointed in the cabinet inaugurated the week before.`,
  },
  {
    official: 'suh',
    post: 'rokmin',
    capacity: Capacity.SUBSTANTIVE,
    startDate: '2020-09-18',
    endDate: '2022-05-09',
    note: `${TERMS} Start: President Moon gave Suh his certificate of appointment on Friday 18 September 2020 (KBS World, world.kbs.co.kr/service/news_view.htm?lang=g&Seq_Code=82738). End: Lee Jong-sup was appointed on 10 May 2022. ${HANDOVER}`,
  },
  {
    official: 'lee',
    post: 'rokmin',
    capacity: Capacity.SUBSTANTIVE,
    startDate: '2022-05-10',
    endDate: '2023-10-06',
    note: `${TERMS} Start: formally appointed by Yoon on his first day in office, 10 May 2022 (Yonhap, en.yna.co.kr/view/AEN20220510009200315). End: Shin Won-sik was appointed on 7 October 2023. ${HANDOVER}`,
  },
  {
    official: 'shin',
    post: 'rokmin',
    capacity: Capacity.SUBSTANTIVE,
    startDate: '2023-10-07',
    endDate: '2024-09-05',
    note: `${TERMS} Start: Yoon approved the appointment on Saturday 7 October 2023 (The Korea Herald, koreaherald.com/view.php?ud=20231007000083); Yonhap, 20 October 2023: Shin took office earlier that month. End: Kim Yong-hyun was appointed on 6 September 2024. ${HANDOVER}`,
  },
  {
    official: 'kimyh',
    post: 'rokmin',
    capacity: Capacity.SUBSTANTIVE,
    startDate: '2024-09-06',
    endDate: '2024-12-04',
    note: `${TERMS} Start: Yoon approved the appointment on Friday 6 September 2024 (The Korea Herald, www01.koreaherald.com/view.php?mp=2&np=19&ud=20240906050398). End: Kim offered his resignation on 4 December 2024 and Yoon's acceptance was announced on the morning of Thursday 5 December (The Korea Herald, koreaherald.com/view.php?ud=20241205050006), from when the vice minister acted as minister. ${HANDOVER}`,
  },
  // The reference dataset's acting holding (same start), reused when it is loaded.
  {
    official: 'kimsh',
    post: 'rokmin',
    capacity: Capacity.ACTING,
    startDate: '2024-12-05',
    endDate: '2025-06-25',
    note: `${TERMS} Korea Herald, 20 December 2024: the vice minister became acting minister after Kim Yong-hyun resigned earlier that month. End: President Lee named a new vice defense minister, Lee Doo-hee, on Thursday 26 June 2025 (KBS World, world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=194091).`,
  },
  {
    official: 'ahn',
    post: 'rokmin',
    capacity: Capacity.SUBSTANTIVE,
    startDate: '2025-07-25',
    endDate: null,
    note: `${TERMS} Korea Herald, 31 July 2025 (koreaherald.com/article/10544054): Ahn took office on 25 July.`,
  },
];

export const topics: RecordTopic[] = [
  { slug: 'taiwan-strait', name: 'Taiwan Strait', description: 'Peace and stability across the Taiwan Strait.' },
  {
    slug: 'east-and-south-china-seas',
    name: 'East and South China Seas',
    description: 'Unilateral attempts to change the status quo at sea.',
  },
  {
    slug: 'counterstrike-capabilities',
    name: 'Counterstrike capabilities',
    description: "Japan's decision to acquire counterstrike capabilities.",
  },
  {
    slug: 'australia-japan-us',
    name: 'Australia-Japan-U.S. cooperation',
    description: 'Trilateral defense cooperation among Australia, Japan and the United States.',
  },
  { slug: 'ukraine', name: 'Russia’s war against Ukraine', description: 'Support for Ukraine and the war’s consequences for Asia.' },
  {
    slug: 'alliance-modernization',
    name: 'Alliance modernization',
    description: "Adapting an alliance's roles, missions and forces to a changing security environment.",
  },
  {
    slug: 'global-comprehensive-strategic-alliance',
    name: 'Global comprehensive strategic alliance',
    description: 'The U.S.-ROK alliance described as global, comprehensive and strategic.',
  },
];

export const commitments: RecordCommitment[] = [
  // Three of the reference dataset's commitments, reused by title when it is loaded.
  {
    key: 'senkaku',
    title: 'Article V of the U.S.-Japan security treaty applies to the Senkaku Islands',
    kind: CommitmentKind.MUTUAL_DEFENSE,
    guarantor: 'US',
    beneficiary: 'JP',
    treaty: 'Treaty of Mutual Cooperation and Security between Japan and the United States of America',
    article: 'V',
    territory: 'Senkaku Islands',
    description: null,
  },
  {
    key: 'defjp',
    title: 'U.S. commitment to the defense of Japan',
    kind: CommitmentKind.MUTUAL_DEFENSE,
    guarantor: 'US',
    beneficiary: 'JP',
    treaty: 'Treaty of Mutual Cooperation and Security between Japan and the United States of America',
    article: null,
    territory: null,
    description: null,
  },
  {
    key: 'defkr',
    title: 'U.S. commitment to the defense of the Republic of Korea',
    kind: CommitmentKind.MUTUAL_DEFENSE,
    guarantor: 'US',
    beneficiary: 'KR',
    treaty: 'Mutual Defense Treaty between the United States and the Republic of Korea',
    article: null,
    territory: null,
    description: null,
  },
  {
    key: 'tri',
    title: 'ROK-US-Japan security cooperation',
    kind: CommitmentKind.COOPERATION,
    guarantor: 'US',
    beneficiary: 'KR',
    treaty: null,
    article: null,
    territory: null,
    description: null,
  },
  {
    key: 'southwest',
    title: "Expanded bilateral presence in Japan's southwest islands",
    kind: CommitmentKind.FORCE_POSTURE,
    guarantor: 'US',
    beneficiary: 'JP',
    treaty: null,
    article: null,
    territory: null,
    description: null,
  },
  {
    key: 'c2',
    title: 'Modernization of U.S.-Japan Alliance command and control',
    kind: CommitmentKind.COOPERATION,
    guarantor: 'US',
    beneficiary: 'JP',
    treaty: null,
    article: null,
    territory: null,
    description: null,
  },
  // New in the record.
  {
    key: 'edkr',
    title: 'U.S. extended deterrence commitment to the Republic of Korea',
    kind: CommitmentKind.EXTENDED_DETERRENCE,
    guarantor: 'US',
    beneficiary: 'KR',
    treaty: 'Mutual Defense Treaty between the United States and the Republic of Korea',
    article: null,
    territory: null,
    description: 'Deterrence of attack on the ROK backed by the full range of U.S. capabilities, nuclear included.',
  },
  {
    key: 'edjp',
    title: 'U.S. extended deterrence commitment to Japan',
    kind: CommitmentKind.EXTENDED_DETERRENCE,
    guarantor: 'US',
    beneficiary: 'JP',
    treaty: 'Treaty of Mutual Cooperation and Security between Japan and the United States of America',
    article: null,
    territory: null,
    description: 'Deterrence of attack on Japan backed by the full range of U.S. capabilities, nuclear included.',
  },
];

/** Notes shared by several sources. */
const MIRROR = (where: string) =>
  `The Pentagon's text as republished by ${where}; the copy read is the one at this URL, the department's own page is not in the stored record.`;
const NO_DATE_ON_COPY = "The copy shows no publication date; the call's date is used.";
const NO_ALLY_ACCOUNT = (ally: string) => `No account by ${ally} of this call is in the stored public record this dataset was built from.`;
const NO_US_ACCOUNT = 'No Pentagon account of this call is in the stored public record this dataset was built from.';

const TDMM =
  "Australia's defence minister also took part; the record has only the U.S. and Japanese ministers as participants, as for the 2+2 meetings.";

export const calls: RecordCall[] = [
  // ------------------------------------------------------------------------------------------
  // 2021
  {
    key: 'austin-kishi-2021-01',
    title: 'Austin–Kishi telephone call',
    kind: PHONE_CALL,
    date: '2021-01-24',
    timeZone: 'Asia/Tokyo',
    startedAt: null,
    durationMinutes: null,
    summary: "Austin's first call with Japan's defense minister after taking office: the alliance, the Senkaku Islands, North Korea.",
    participants: [
      { official: 'austin', isInitiator: false },
      { official: 'kishi', isInitiator: false },
    ],
    missingAccount: null,
    sources: [
      {
        key: 'dod-2021-01-23-kishi',
        kind: READOUT,
        publisher: 'dod',
        title: "Readout of Secretary of Defense Lloyd Austin's call with Japanese Defense Minister Nobuo Kishi",
        url: 'https://www.defense.gov/News/Releases/Release/Article/2480919/readout-of-secretary-of-defense-lloyd-austins-call-with-japanese-defense-minist/',
        publishedOn: '2021-01-23',
        side: 'US',
        notes:
          "The stored copy shows no date; 23 January is the call's date in Washington (Stars and Stripes reported the Pentagon's statements on calls held that Saturday).",
        statements: [
          {
            text: 'According to the Pentagon, Austin stated that Article V of the U.S.-Japan Security Treaty covers the Senkaku Islands and that Washington stands against any unilateral move to alter the status quo in the East China Sea.',
            parties: ['austin'],
            commitments: [['senkaku', AFFIRMS]],
            topics: ['east-and-south-china-seas'],
          },
          {
            text: 'The Pentagon says the two discussed keeping the alliance ready during the pandemic and continuing U.S. force realignment, including the Futenma replacement facility at Henoko.',
            parties: ['austin', 'kishi'],
            topics: ['us-japan-alliance'],
          },
        ],
      },
      {
        key: 'mod-2021-01-24-austin',
        kind: PRESS_RELEASE,
        publisher: 'mod',
        title: 'Japan-U.S. Defense Ministerial Telephone Conference (summary), 24 January 2021',
        url: 'https://www.mod.go.jp/en/d_act/us/docs/20210124_e-usa.html',
        publishedOn: '2021-01-24',
        side: 'ALLY',
        notes: null,
        statements: [
          {
            text: "Japan's ministry says both ministers confirmed again that Article V of the security treaty applies to the Senkaku Islands and that both countries oppose unilateral action undermining Japan's administration of them.",
            parties: ['kishi', 'austin'],
            commitments: [['senkaku', REAFFIRMS]],
          },
          {
            text: "Japan's ministry says the ministers agreed to work together toward the complete, verifiable and irreversible dismantlement of North Korea's weapons of mass destruction and ballistic missiles of every range.",
            parties: ['kishi', 'austin'],
            topics: ['north-korea-nuclear-missile-threats'],
          },
        ],
      },
    ],
  },
  {
    key: 'austin-suh-2021-01',
    title: 'Austin–Suh telephone call',
    kind: PHONE_CALL,
    date: '2021-01-24',
    timeZone: 'Asia/Seoul',
    startedAt: null,
    durationMinutes: null,
    summary: "Austin's first call with the ROK defense minister after taking office, on a Sunday morning in Seoul.",
    participants: [
      { official: 'austin', isInitiator: true },
      { official: 'suh', isInitiator: false },
    ],
    missingAccount: null,
    sources: [
      {
        key: 'dod-2021-01-23-suh',
        kind: READOUT,
        publisher: 'dod',
        title: "Readout of Secretary of Defense Lloyd Austin's call with Republic of Korea Minister of National Defense Suh Wook",
        url: 'http://military-online.blogspot.com/2021_01_23_archive.html',
        publishedOn: '2021-01-23',
        side: 'US',
        notes: `${MIRROR('a blog archive')} Dated in Washington, where the call fell on 23 January.`,
        statements: [
          {
            text: 'The Pentagon says Austin stressed the U.S. commitment to defend the ROK both through the combined defense posture and through the U.S. extended deterrent.',
            parties: ['austin'],
            commitments: [
              ['defkr', REAFFIRMS],
              ['edkr', REAFFIRMS],
            ],
          },
          {
            text: 'The Pentagon says both sides saw a need to keep the combined forces ready and agreed to cooperate more on shared threats.',
            parties: ['austin', 'suh'],
            topics: ['combined-defense-posture'],
          },
        ],
      },
      {
        key: 'mnd-2021-01-24-austin',
        kind: PRESS_RELEASE,
        publisher: 'mnd',
        title: 'Minister of National Defense Suh Wook holds phone talks with US Defense Secretary Lloyd Austin',
        url: 'https://www.mnd.go.kr/user/boardList.action?command=view&page=29&boardId=I_8576246&boardSeq=O_269451&titleId=null&siteId=mndEN&id=mndEN_020600000000&column=null&search=null',
        publishedOn: '2021-01-24',
        side: 'ALLY',
        notes: 'The ministry says the call was held at the U.S. request.',
        statements: [
          {
            text: 'The ROK ministry says Austin called the alliance a linchpin of Northeast Asian peace and security and a model alliance, and urged closer cooperation to strengthen it.',
            parties: ['austin'],
            topics: ['us-rok-alliance'],
          },
          {
            text: 'The ROK ministry says the two ministers agreed to meet in person as soon as possible to take up pending alliance issues.',
            parties: ['suh', 'austin'],
            topics: ['defense-dialogue'],
          },
        ],
      },
    ],
  },
  {
    key: 'austin-kishi-2021-03',
    title: 'Austin–Kishi meeting in Tokyo, March 2021',
    kind: MEETING,
    date: '2021-03-16',
    timeZone: 'Asia/Tokyo',
    startedAt: '2021-03-16T12:50:00+09:00',
    durationMinutes: 90,
    summary: "Austin's first trip abroad as Secretary: talks at Japan's Ministry of Defense on the day of the Tokyo 2+2.",
    participants: [
      { official: 'austin', isInitiator: false },
      { official: 'kishi', isInitiator: false },
    ],
    missingAccount: null,
    sources: [
      {
        key: 'mod-2021-03-16-austin',
        kind: PRESS_RELEASE,
        publisher: 'mod',
        title: 'Japan-U.S. Defense Ministerial Meeting (summary), 16 March 2021',
        url: 'https://www.mod.go.jp/en/d_act/us/docs/20210316a_e-usa.html',
        publishedOn: '2021-03-16',
        side: 'ALLY',
        notes: 'The ministry gives the start (12:50) and length (90 minutes) of the meeting.',
        statements: [
          {
            text: "Japan's ministry says Austin welcomed Kishi's stated resolve to defend Japan and confirmed that the U.S. commitment to Japan's defense is unwavering.",
            parties: ['austin'],
            commitments: [['defjp', AFFIRMS]],
          },
          {
            text: "Japan's ministry says Kishi called it unacceptable that China's Coast Guard Law raises tension in the East and South China Seas, both ministers voiced serious concern, and both recognized the importance of peace and stability in the Taiwan Strait.",
            parties: ['kishi', 'austin'],
            topics: ['east-and-south-china-seas', 'taiwan-strait'],
          },
        ],
      },
      {
        key: 'dod-2021-03-16-remarks',
        kind: TRANSCRIPT,
        publisher: 'dod',
        title: 'Secretary of Defense Lloyd J. Austin III remarks with Japanese Defense Minister Nobuo Kishi in Tokyo, Japan',
        url: 'https://www.defense.gov/Newsroom/Transcripts/Transcript/Article/2538530/secretary-of-defense-lloyd-j-austin-iii-remarks-with-japanese-defense-minister/',
        publishedOn: '2021-03-16',
        side: 'US',
        notes: null,
        statements: [
          {
            text: 'Austin said the alliance remains a cornerstone for meeting present and future challenges as the two countries work to keep the Indo-Pacific free and open.',
            parties: ['austin'],
            speakers: ['austin'],
            topics: ['free-and-open-indo-pacific'],
          },
        ],
      },
    ],
  },
  {
    key: 'twoplustwo-jp-2021-03',
    title: 'U.S.-Japan Security Consultative Committee (2+2), Tokyo, March 2021',
    kind: MEETING,
    date: '2021-03-16',
    timeZone: 'Asia/Tokyo',
    startedAt: null,
    durationMinutes: null,
    summary:
      'The foreign and defense ministers of both countries (Blinken, Austin, Motegi, Kishi); the first 2+2 of the Biden administration.',
    participants: [
      { official: 'austin', isInitiator: false },
      { official: 'kishi', isInitiator: false },
    ],
    missingAccount: null,
    sources: [
      {
        key: 'joint-2021-03-16-scc',
        kind: JOINT_STATEMENT,
        publisher: 'dod',
        title: 'U.S.-Japan Joint Press Statement (Security Consultative Committee), 16 March 2021',
        url: 'https://china.usembassy-china.org.cn/u-s-japan-joint-press-statement/',
        publishedOn: '2021-03-17',
        side: 'JOINT',
        notes:
          "Released by the Security Consultative Committee, that is by both governments; the copy read is a U.S. embassy's, dated 17 March 2021.",
        statements: [
          {
            text: 'The joint statement says the United States underscored its unwavering commitment to defend Japan with the full range of its capabilities, nuclear included.',
            parties: ['austin'],
            speakers: ['austin', 'kishi'],
            commitments: [
              ['defjp', AFFIRMS],
              ['edjp', AFFIRMS],
            ],
          },
          {
            text: 'The joint statement says the ministers discussed the unwavering U.S. commitment under Article V, which covers the Senkaku Islands, and that both oppose any unilateral move to change the status quo or undermine Japan’s administration of the islands.',
            parties: ['austin', 'kishi'],
            speakers: ['austin', 'kishi'],
            commitments: [['senkaku', AFFIRMS]],
            topics: ['east-and-south-china-seas'],
          },
          {
            text: 'The joint statement voices serious concern about disruptive developments in the region such as China’s Coast Guard law.',
            parties: ['austin', 'kishi'],
            speakers: ['austin', 'kishi'],
            topics: ['east-and-south-china-seas'],
          },
        ],
      },
      {
        key: 'jiji-2021-03-16-scc',
        kind: NEWS_ARTICLE,
        publisher: 'jiji',
        title: 'Japan, U.S. share serious concerns over China',
        url: 'https://www.nippon.com/en/news/yjj2021031600816/japan-u-s-share-serious-concerns-over-china.html',
        publishedOn: '2021-03-16',
        side: 'INDEPENDENT',
        notes: 'Jiji Press, as carried by nippon.com; datelined Tokyo, 16 March.',
        statements: [
          {
            text: 'Jiji notes that, unlike the 2019 2+2 document, this joint statement names China in connection with the Senkaku Islands.',
            parties: ['austin', 'kishi'],
            topics: ['east-and-south-china-seas'],
          },
        ],
      },
    ],
  },
  {
    key: 'austin-suh-2021-03',
    title: 'Austin–Suh meeting in Seoul, March 2021',
    kind: MEETING,
    date: '2021-03-17',
    timeZone: 'Asia/Seoul',
    startedAt: null,
    durationMinutes: null,
    summary: "The two ministers' first meeting in person, at the ROK Ministry of National Defense, the day before the Seoul 2+2.",
    participants: [
      { official: 'austin', isInitiator: false },
      { official: 'suh', isInitiator: false },
    ],
    missingAccount: null,
    sources: [
      {
        key: 'dod-2021-03-17-remarks',
        kind: TRANSCRIPT,
        publisher: 'dod',
        title: 'Secretary of Defense Lloyd J. Austin III remarks with Defense Minister Suh Wook of the Republic of Korea in Seoul, Korea',
        url: 'https://military-online.blogspot.com/2021/03/secretary-of-defense-lloyd-j-austin-iii.html?m=1',
        publishedOn: '2021-03-17',
        side: 'JOINT',
        notes: MIRROR('a blog'),
        statements: [
          {
            text: 'Suh said this was the first meeting of the two ministers under the Biden administration and that Austin had kept the promise, made in their first phone call, to meet soon.',
            parties: ['suh'],
            speakers: ['suh'],
            topics: ['us-rok-alliance'],
          },
        ],
      },
      {
        key: 'mnd-2021-03-17-austin',
        kind: PRESS_RELEASE,
        publisher: 'mnd',
        title: 'Republic of Korea, United States work "to take the ROK-US alliance to the next level"',
        url: 'https://www.mnd.go.kr/user/boardList.action?command=view&siteId=mndEN&boardId=O_47261&page=19&boardSeq=O_272945&search=null&column=&categoryId=&categoryDepth=&id=mndEN_020100000000&parent=',
        publishedOn: '2021-03-17',
        side: 'ALLY',
        notes: `A news item of the ministry's own "Recent News" page, not a formal release. ${NO_DATE_ON_COPY}`,
        statements: [
          {
            text: 'The ROK ministry says the two ministers reaffirmed their strong will to keep the combined defense posture ironclad, and the U.S. commitment to defend the ROK.',
            parties: ['suh', 'austin'],
            commitments: [['defkr', REAFFIRMS]],
            topics: ['combined-defense-posture'],
          },
          {
            text: 'The ROK ministry says the two discussed moving toward a complementary, forward-looking and global alliance.',
            parties: ['suh', 'austin'],
            topics: ['us-rok-alliance'],
          },
        ],
      },
      {
        key: 'koreaherald-2021-03-17',
        kind: NEWS_ARTICLE,
        publisher: 'koreaherald',
        title: 'US reels in S. Korea to push back against N. Korea, China',
        url: 'http://www.koreaherald.com/view.php?ud=20210317001133',
        publishedOn: '2021-03-17',
        side: 'INDEPENDENT',
        notes: null,
        statements: [
          {
            text: 'The Korea Herald reports Austin saying the challenges posed by North Korea and China make the alliance more important than ever, while Suh stressed deterrence of the North and the combat readiness of the combined forces.',
            parties: ['austin', 'suh'],
            topics: ['us-rok-alliance', 'deterrence'],
          },
        ],
      },
    ],
  },
  {
    key: 'twoplustwo-kr-2021-03',
    title: 'U.S.-ROK Foreign and Defense Ministerial Meeting (2+2), Seoul, March 2021',
    kind: MEETING,
    date: '2021-03-18',
    timeZone: 'Asia/Seoul',
    startedAt: null,
    durationMinutes: null,
    summary: 'The foreign and defense ministers of both countries (Blinken, Austin, Chung Eui-yong, Suh) at the ROK Foreign Ministry.',
    participants: [
      { official: 'austin', isInitiator: false },
      { official: 'suh', isInitiator: false },
    ],
    missingAccount:
      "No account by the ROK Ministry of National Defense is in the stored record; the Pentagon's transcript of the joint press conference is, but its stored text shows only the ROK foreign minister's opening.",
    sources: [
      {
        key: 'dod-2021-03-18-presser',
        kind: TRANSCRIPT,
        publisher: 'dod',
        title:
          'Secretary of Defense Lloyd J. Austin III and Secretary of State Antony Blinken Conduct Press Conference With Their Counterparts After a U.S.-ROK Foreign and Defense Ministerial ("2+2")',
        url: 'https://www.defense.gov/News/Transcripts/Transcript/Article/2541299/secretary-of-defense-lloyd-j-austin-iii-and-secretary-of-state-antony-blinken-c/',
        publishedOn: '2021-03-18',
        side: 'JOINT',
        notes:
          "The Pentagon's transcript of the four ministers' joint press conference in Seoul; the stored copy shows no date, so the meeting's date is used. Only its opening (the ROK foreign minister's remarks) is in the stored text.",
        statements: [
          {
            text: 'Opening the joint press conference, ROK Foreign Minister Chung welcomes the two Secretaries and Minister Suh and sends condolences over the shooting in Atlanta the night before, in which Korean Americans were among the victims.',
            parties: [],
            attributedTo: 'mofakr',
            topics: ['us-rok-alliance'],
          },
        ],
      },
      {
        key: 'dodnews-2021-03-18',
        kind: NEWS_ARTICLE,
        publisher: 'dod',
        title: 'U.S.-Korean alliance is key to peace, stability in Northeast Asia',
        url: 'https://www.pacom.mil/Media/News/News-Article-View/Article/2542511/us-korean-alliance-is-key-to-peace-stability-in-northeast-asia/',
        publishedOn: '2021-03-18',
        side: 'US',
        notes: 'A DOD News story as carried by U.S. Indo-Pacific Command, dated 18 March 2021.',
        statements: [
          {
            text: 'DOD News reports Austin saying after the 2+2 that the American treaty commitment to the ROK remains ironclad and covers the full range of U.S. capabilities.',
            parties: ['austin'],
            speakers: ['austin'],
            commitments: [
              ['defkr', REAFFIRMS],
              ['edkr', REAFFIRMS],
            ],
          },
        ],
      },
    ],
  },
  {
    key: 'austin-suh-2021-07',
    title: 'Austin–Suh telephone call, July 2021',
    kind: PHONE_CALL,
    date: '2021-07-30',
    timeZone: 'America/New_York',
    startedAt: null,
    durationMinutes: null,
    summary: 'A call on the Korean Peninsula security environment and the run-up to the 53rd Security Consultative Meeting.',
    participants: [
      { official: 'austin', isInitiator: false },
      { official: 'suh', isInitiator: false },
    ],
    missingAccount: null,
    sources: [
      {
        key: 'dod-2021-07-30-suh',
        kind: READOUT,
        publisher: 'dod',
        title: "Readout of Secretary of Defense Lloyd J. Austin III's phone call with Republic of Korea Minister of Defense Suh Wook",
        url: 'https://military-online.blogspot.com/2021/07/readout-of-secretary-of-defense-lloyd-j_30.html?m=1',
        publishedOn: '2021-07-30',
        side: 'US',
        notes: MIRROR('a blog'),
        statements: [
          {
            text: 'The Pentagon says both sides stressed keeping a strong combined U.S.-ROK defense posture so that the alliance stays the linchpin of peace on the peninsula and in the Indo-Pacific.',
            parties: ['austin', 'suh'],
            commitments: [['defkr', AFFIRMS]],
            topics: ['combined-defense-posture'],
          },
          {
            text: "The Pentagon says the two noted how the ROK's New Southern Policy lines up with the U.S. Indo-Pacific strategy.",
            parties: ['austin', 'suh'],
            topics: ['free-and-open-indo-pacific'],
          },
        ],
      },
      {
        key: 'mnd-2021-07-30-austin',
        kind: PRESS_RELEASE,
        publisher: 'mnd',
        title: 'Telephone conversation between South Korea and US Defense Ministers',
        url: 'https://www.mnd.go.kr/user/boardList.action?command=view&siteId=mndEN&boardId=I_8576246&page=25&boardSeq=I_9117717&search=null&column=&categoryId=&categoryDepth=&id=mndEN_020600000000&parent=',
        publishedOn: '2021-07-30',
        side: 'ALLY',
        notes: `The ministry's English release; it dates the call Friday, 30 July 2021. ${NO_DATE_ON_COPY}`,
        statements: [
          {
            text: 'In the ROK ministry’s account it is Suh who reaffirmed the ironclad alliance and stressed close cooperation between the two countries (the Pentagon’s readout gives the same words to Austin).',
            parties: ['suh'],
            topics: ['us-rok-alliance'],
          },
          {
            text: 'The ROK ministry says both agreed that a strong combined defense posture and steady communication are needed for the alliance to remain a key pillar of peace on the peninsula and in the Indo-Pacific.',
            parties: ['suh', 'austin'],
            commitments: [['defkr', AFFIRMS]],
            topics: ['combined-defense-posture'],
          },
        ],
      },
    ],
  },
  {
    key: 'scm-53',
    title: '53rd U.S.-ROK Security Consultative Meeting',
    kind: MEETING,
    date: '2021-12-02',
    timeZone: 'Asia/Seoul',
    startedAt: null,
    durationMinutes: null,
    summary: 'The annual Security Consultative Meeting in Seoul, the first under the Biden administration.',
    participants: [
      { official: 'austin', isInitiator: false },
      { official: 'suh', isInitiator: false },
    ],
    missingAccount: null,
    sources: [
      {
        key: 'news-2021-12-scm53',
        kind: TRANSCRIPT,
        publisher: 'dod',
        title: 'U.S., South Korean defense leaders assess state of alliance (joint press conference after the 53rd SCM)',
        url: 'https://www.newsbreak.com/news/2450917021462/u-s-south-korean-defense-leaders-assess-state-of-alliance',
        publishedOn: '2021-12-02',
        side: 'JOINT',
        notes: `A news aggregator's copy of the press conference transcript, dated December 2021 on the copy. ${NO_DATE_ON_COPY}`,
        statements: [
          {
            text: 'Suh said the meeting, the first SCM of the Biden administration, reaffirmed the solidarity the alliance has kept for 68 years.',
            parties: ['suh', 'austin'],
            speakers: ['suh'],
            topics: ['us-rok-alliance'],
          },
        ],
      },
      {
        key: 'dod-2021-12-02-presser',
        kind: TRANSCRIPT,
        publisher: 'dod',
        title:
          'Secretary of Defense Lloyd J. Austin III and South Korean Defense Minister Suh Wook hold a press conference following the 53rd U.S.-ROK Security Consultative Meeting in Seoul',
        url: 'https://www.defense.gov/News/Transcripts/Transcript/Article/2859519/secretary-of-defense-lloyd-j-austin-iii-and-south-korean-defense-minister-suh-w/',
        publishedOn: '2021-12-02',
        side: 'JOINT',
        notes: `The department's own page of the transcript that the news aggregator above republished. ${NO_DATE_ON_COPY}`,
        statements: [
          {
            text: 'Suh said he and Austin took stock of the conclusion of the 11th Special Measures Agreement talks and judged that the groundwork is laid to lift the alliance to a new level.',
            parties: ['suh', 'austin'],
            speakers: ['suh'],
            topics: ['us-rok-alliance'],
          },
        ],
      },
      {
        key: 'communique-scm53',
        kind: JOINT_STATEMENT,
        publisher: 'dod',
        title: '53rd Security Consultative Meeting Joint Communique',
        url: 'https://www.miragenews.com/53rd-security-consultative-meeting-joint-685761/',
        publishedOn: '2021-12-02',
        side: 'JOINT',
        notes: `${MIRROR('Mirage News')} ${NO_DATE_ON_COPY}`,
        statements: [
          {
            text: 'The communiqué says the two judged the alliance strong and reaffirmed both nations’ mutual commitment to combined defense of the ROK as agreed in the Mutual Defense Treaty.',
            parties: ['austin', 'suh'],
            speakers: ['austin', 'suh'],
            commitments: [['defkr', REAFFIRMS]],
          },
          {
            text: 'The communiqué describes the alliance as the anchor of peace on the peninsula and in the Indo-Pacific, and both promised to keep building it up in a way that benefits both and looks ahead.',
            parties: ['austin', 'suh'],
            speakers: ['austin', 'suh'],
            topics: ['us-rok-alliance'],
          },
        ],
      },
    ],
  },
  // ------------------------------------------------------------------------------------------
  // 2022
  {
    key: 'austin-kishi-2021-12',
    title: 'Austin–Kishi telephone call, December 2021',
    kind: PHONE_CALL,
    date: '2021-12-03',
    timeZone: 'Asia/Tokyo',
    startedAt: null,
    durationMinutes: null,
    summary: 'A call on deterrence, the coming 2+2, and a U.S. F-16 that had jettisoned its fuel tanks in Japan.',
    participants: [
      { official: 'austin', isInitiator: false },
      { official: 'kishi', isInitiator: false },
    ],
    missingAccount: NO_US_ACCOUNT,
    sources: [
      {
        key: 'mod-2021-12-03-austin',
        kind: PRESS_RELEASE,
        publisher: 'mod',
        title: 'Japan-U.S. Defense Ministerial Telephone Conference, 3 December 2021',
        url: 'https://www.mod.go.jp/en/article/2021/12/89554126ab74b3d2880389cfc7ad8c6b6fd01f5b.html',
        publishedOn: '2021-12-03',
        side: 'ALLY',
        notes: null,
        statements: [
          {
            text: "Japan's ministry says the two agreed to keep strengthening the alliance's ability to deter and respond, and to hold a 2+2 as soon as possible.",
            parties: ['kishi', 'austin'],
            topics: ['deterrence'],
          },
          {
            text: "Japan's ministry says Kishi pressed for safe operation of U.S. forces in Japan, and a smooth response to accidents, after a U.S. F-16 dropped its fuel tanks.",
            parties: ['kishi'],
            topics: ['us-japan-alliance'],
          },
        ],
      },
    ],
  },
  {
    key: 'twoplustwo-jp-2022-01',
    title: 'U.S.-Japan Security Consultative Committee (2+2), virtual, January 2022',
    kind: MEETING,
    date: '2022-01-06',
    timeZone: 'America/New_York',
    startedAt: null,
    durationMinutes: null,
    summary: 'The 2+2 held by video (Blinken, Austin, Hayashi, Kishi) while Austin had COVID-19; the date is the U.S. one, from DOD News.',
    participants: [
      { official: 'austin', isInitiator: false },
      { official: 'kishi', isInitiator: false },
    ],
    missingAccount: NO_ALLY_ACCOUNT("Japan's Ministry of Defense"),
    sources: [
      {
        key: 'dod-2022-01-06-scc-remarks',
        kind: TRANSCRIPT,
        publisher: 'dod',
        title:
          'Remarks by Secretary of Defense Lloyd J. Austin III at U.S.-Japan Security Consultative Committee ("2+2") Meeting (As Prepared)',
        url: 'https://www.defense.gov/News/Speeches/Speech/Article/2891186/remarks-by-secretary-of-defense-lloyd-j-austin-iii-at-us-japan-security-consult/',
        publishedOn: '2022-01-06',
        side: 'US',
        notes:
          "Austin's remarks as prepared for delivery. The stored copy shows no publication date; the meeting's date (6 January, from the DOD News preview of 5 January 2022) is used.",
        statements: [
          {
            text: 'Austin, speaking remotely after testing positive for COVID-19, called the alliance the cornerstone of peace and prosperity in the region, resting on shared values as well as shared interests.',
            parties: ['austin'],
            speakers: ['austin'],
            topics: ['us-japan-alliance'],
          },
          {
            text: 'Austin said the ministers met amid rising tension in the Indo-Pacific, with North Korea’s nuclear ambitions among the challenges to the free and secure region both countries want.',
            parties: ['austin'],
            speakers: ['austin'],
            topics: ['north-korea-nuclear-missile-threats', 'free-and-open-indo-pacific'],
          },
        ],
      },
    ],
  },
  {
    key: 'austin-suh-2022-03',
    title: 'Austin–Suh secure call after a North Korean ICBM launch',
    kind: PHONE_CALL,
    date: '2022-03-24',
    timeZone: 'America/New_York',
    startedAt: null,
    durationMinutes: null,
    summary:
      "A secure call on North Korea's ICBM launches, the day of the launch that ended its self-declared moratorium (the date is the Pentagon's, U.S. time).",
    participants: [
      { official: 'austin', isInitiator: false },
      { official: 'suh', isInitiator: false },
    ],
    missingAccount: NO_ALLY_ACCOUNT('the ROK Ministry of National Defense'),
    sources: [
      {
        key: 'dod-2022-03-24-suh',
        kind: READOUT,
        publisher: 'dod',
        title: 'Readout of Secretary of Defense Lloyd J. Austin III’s secure call with ROK Minister of National Defense Suh Wook',
        url: 'https://thefrontierpost.com/austin-suh-wook-condemn-dprks-missile-launch/?utm_source=rss&utm_medium=rss&utm_campaign=austin-suh-wook-condemn-dprks-missile-launch',
        publishedOn: '2022-03-25',
        side: 'US',
        notes: `${MIRROR('The Frontier Post')} The copy is dated 25 March 2022; the readout itself dates the call 24 March.`,
        statements: [
          {
            text: 'The Pentagon says Austin affirmed that the U.S. commitment to defend the ROK is still ironclad.',
            parties: ['austin'],
            commitments: [['defkr', AFFIRMS]],
          },
          {
            text: "The Pentagon says the two condemned the day's launch, judged North Korea's launches a clear breach of Security Council resolutions and the end of its own ICBM moratorium, and called for firm responses, the Security Council included.",
            parties: ['austin', 'suh'],
            topics: ['north-korea-nuclear-missile-threats'],
          },
          {
            text: 'The Pentagon says the two agreed to keep a robust combined defense posture and to talk further about trilateral security cooperation.',
            parties: ['austin', 'suh'],
            commitments: [['tri', AFFIRMS]],
            topics: ['combined-defense-posture'],
          },
        ],
      },
      {
        key: 'yonhap-2022-03-25',
        kind: NEWS_ARTICLE,
        publisher: 'yonhap',
        title: "Defense chiefs of S. Korea, U.S. agree on 'firm responses' to N. Korean ICBM test",
        url: 'https://en.yna.co.kr/view/AEN20220325000400325?section=national/defense',
        publishedOn: '2022-03-25',
        side: 'INDEPENDENT',
        notes: 'Filed from Washington on 24 March (U.S. time), published 25 March (Seoul time).',
        statements: [
          {
            text: 'Per the Pentagon release Yonhap quotes, Austin and Suh agreed firm action against the launch is needed and that it ended the North’s moratorium on ICBM tests.',
            parties: ['austin', 'suh'],
            attributedTo: 'dod',
            topics: ['north-korea-nuclear-missile-threats'],
          },
        ],
      },
    ],
  },
  {
    key: 'austin-kishi-2022-05-04',
    title: 'Austin–Kishi meeting at the Pentagon',
    kind: MEETING,
    date: '2022-05-04',
    timeZone: 'America/New_York',
    startedAt: '2022-05-04T11:10:00-04:00',
    durationMinutes: 75,
    summary: "Kishi's visit to the Pentagon: Russia's invasion of Ukraine, China, the Senkaku Islands, the Taiwan Strait.",
    participants: [
      { official: 'austin', isInitiator: false },
      { official: 'kishi', isInitiator: false },
    ],
    missingAccount: null,
    sources: [
      {
        key: 'dod-2022-05-04-remarks',
        kind: TRANSCRIPT,
        publisher: 'dod',
        title: 'Secretary of Defense Lloyd J. Austin III Remarks Welcoming Japanese Defense Minister Kishi Nobuo to the Pentagon',
        url: 'https://www.globalsecurity.org/wmd/library/news/japan/2022/japan-220504-dod02.htm',
        publishedOn: '2022-05-04',
        side: 'US',
        notes:
          "The Pentagon's transcript as republished by GlobalSecurity.org (the copy carries the date 4 May 2022); the department's own page is not in the stored record.",
        statements: [
          {
            text: 'Austin called the alliance the cornerstone of peace and prosperity in the Indo-Pacific and thanked Japan for its leading part in the response to Russia’s invasion of Ukraine.',
            parties: ['austin'],
            speakers: ['austin'],
            topics: ['ukraine'],
          },
          {
            text: 'Austin said China’s recent conduct deeply challenges the shared norms and institutions behind a free and open regional order.',
            parties: ['austin'],
            speakers: ['austin'],
            topics: ['free-and-open-indo-pacific'],
          },
          {
            text: 'Austin restated an unwavering U.S. commitment to defend Japan, extended deterrence included, drawing on the full range of U.S. capabilities.',
            parties: ['austin'],
            speakers: ['austin'],
            commitments: [
              ['defjp', REAFFIRMS],
              ['edjp', REAFFIRMS],
            ],
          },
        ],
      },
      {
        key: 'mod-2022-05-kishi-visit',
        kind: PRESS_RELEASE,
        publisher: 'mod',
        title: 'Visit to the U.S. by Defense Minister Kishi',
        url: 'https://www.mod.go.jp/en/article/2022/05/d5cdd23bba809a26fdc7804b825c8fb78a5b7987.html',
        publishedOn: '2022-05-04',
        side: 'ALLY',
        notes:
          "The ministry's page on Kishi's 3–5 May visit, the meeting with Austin on 4 May among its stops. The stored copy shows no publication date; the meeting's date is used.",
        statements: [
          {
            text: "Japan's ministry says the two went over North Korea's ballistic missile launch of the day before and Russia's aggression against Ukraine.",
            parties: ['kishi', 'austin'],
            topics: ['north-korea-nuclear-missile-threats', 'ukraine'],
          },
          {
            text: "Japan's ministry says the two agreed to turn quickly to concrete steps that raise the alliance's ability to deter and respond, as Japan drafts its National Security Strategy.",
            parties: ['kishi', 'austin'],
            topics: ['deterrence'],
          },
        ],
      },
      {
        key: 'mod-2022-05-05-austin',
        kind: PRESS_RELEASE,
        publisher: 'mod',
        title: 'Japan-U.S. Defense Ministerial Meeting (summary), 4 May 2022',
        url: 'https://www.mod.go.jp/en/article/2022/05/a857233f38c7b2e733ad50bf391d394e59339d4a.html',
        publishedOn: '2022-05-05',
        side: 'ALLY',
        notes: 'The ministry gives 11:10 local time and 75 minutes, a tête-à-tête included.',
        statements: [
          {
            text: "Japan's ministry says Austin affirmed that the Senkaku Islands are under Japan's administration, that Article V applies to them, and that he opposes any unilateral attempt to undermine that administration.",
            parties: ['austin'],
            commitments: [['senkaku', AFFIRMS]],
          },
          {
            text: "Japan's ministry says the ministers again stressed the importance of peace and stability across the Taiwan Strait.",
            parties: ['kishi', 'austin'],
            topics: ['taiwan-strait'],
          },
          {
            text: "Japan's ministry says the ministers condemned Russia's aggression against Ukraine as a forcible change of the status quo and agreed to keep supporting Ukraine.",
            parties: ['kishi', 'austin'],
            topics: ['ukraine'],
          },
        ],
      },
    ],
  },
  {
    key: 'austin-lee-2022-05',
    title: 'Austin–Lee Jong-sup telephone call',
    kind: PHONE_CALL,
    date: '2022-05-18',
    timeZone: 'America/New_York',
    startedAt: null,
    durationMinutes: null,
    summary: "Austin's first call with Lee Jong-sup after his appointment.",
    participants: [
      { official: 'austin', isInitiator: false },
      { official: 'lee', isInitiator: false },
    ],
    missingAccount: NO_ALLY_ACCOUNT('the ROK Ministry of National Defense'),
    sources: [
      {
        key: 'dod-2022-05-18-lee',
        kind: READOUT,
        publisher: 'dod',
        title:
          "Readout of Secretary of Defense Lloyd J. Austin III's call with Republic of Korea Minister of National Defense Lee Jong-sup",
        url: 'https://thefrontierpost.com/austin-calls-with-s-korean-minister-of-defense/?utm_source=rss&utm_medium=rss&utm_campaign=austin-calls-with-s-korean-minister-of-defense',
        publishedOn: '2022-05-18',
        side: 'US',
        notes: MIRROR('The Frontier Post'),
        statements: [
          {
            text: 'The Pentagon says Austin called the U.S. commitment to defend the ROK ironclad, resting on both the combined defense posture and the U.S. extended deterrent.',
            parties: ['austin'],
            commitments: [
              ['defkr', REAFFIRMS],
              ['edkr', REAFFIRMS],
            ],
          },
          {
            text: 'The Pentagon says both sides agreed to strengthen trilateral cooperation with Japan and wider regional cooperation.',
            parties: ['austin', 'lee'],
            commitments: [['tri', AFFIRMS]],
          },
        ],
      },
    ],
  },
  {
    key: 'austin-kishi-2022-05-26',
    title: 'Austin–Kishi secure call on DPRK missile launches',
    kind: PHONE_CALL,
    date: '2022-05-26',
    timeZone: 'America/New_York',
    startedAt: null,
    durationMinutes: null,
    summary: "A secure call to assess North Korea's ballistic missile launches and consult on responses.",
    participants: [
      { official: 'austin', isInitiator: false },
      { official: 'kishi', isInitiator: false },
    ],
    missingAccount: NO_ALLY_ACCOUNT("Japan's Ministry of Defense"),
    sources: [
      {
        key: 'dod-2022-05-26-kishi',
        kind: READOUT,
        publisher: 'dod',
        title: "Readout of Secretary of Defense Lloyd J. Austin III's secure call with Japan Minister of Defense Kishi Nobuo",
        url: 'https://thefrontierpost.com/austin-calls-japan-minister-of-defense/?utm_source=rss&utm_medium=rss&utm_campaign=austin-calls-japan-minister-of-defense',
        publishedOn: '2022-05-26',
        side: 'US',
        notes: MIRROR('The Frontier Post'),
        statements: [
          {
            text: 'The Pentagon says Austin confirmed the unshakeable U.S. commitment to defend Japan, and both said the alliance stands ready to respond to any North Korean aggression.',
            parties: ['austin', 'kishi'],
            commitments: [['defjp', REAFFIRMS]],
            topics: ['north-korea-nuclear-missile-threats'],
          },
          {
            text: "The Pentagon says the two committed to address North Korea's provocations together, bilaterally and trilaterally with the ROK.",
            parties: ['austin', 'kishi'],
            commitments: [['tri', AFFIRMS]],
          },
        ],
      },
    ],
  },
  {
    key: 'austin-lee-2022-06',
    title: 'Austin–Lee Jong-sup meeting in Singapore',
    kind: MEETING,
    date: '2022-06-11',
    timeZone: 'Asia/Singapore',
    startedAt: null,
    durationMinutes: null,
    summary: 'A bilateral meeting at the Shangri-La Dialogue after North Korean missile launches.',
    participants: [
      { official: 'austin', isInitiator: false },
      { official: 'lee', isInitiator: false },
    ],
    missingAccount: NO_ALLY_ACCOUNT('the ROK Ministry of National Defense'),
    sources: [
      {
        key: 'dod-2022-06-11-lee',
        kind: READOUT,
        publisher: 'dod',
        title: "Readout of Secretary Lloyd J. Austin III's meeting with Republic of Korea Minister of National Defense Lee Jong-sup",
        url: 'http://www.publicnow.com/view/18C621E086D9E2D87D35E5918AB247BE6F42B5FC?1655142852',
        publishedOn: '2022-06-11',
        side: 'US',
        notes: MIRROR('an archive of government press releases'),
        statements: [
          {
            text: 'The Pentagon says Austin called the commitment to defend the ROK ironclad and backed by every U.S. capability, nuclear included.',
            parties: ['austin'],
            commitments: [
              ['defkr', REAFFIRMS],
              ['edkr', REAFFIRMS],
            ],
          },
          {
            text: 'The Pentagon says the two agreed that cooperation with Japan sends a strong deterrent signal, and to keep talking about extended deterrence and trilateral cooperation.',
            parties: ['austin', 'lee'],
            commitments: [['tri', REAFFIRMS]],
          },
          {
            text: 'The Pentagon says both confirmed the importance of peace and stability in the Taiwan Strait.',
            parties: ['austin', 'lee'],
            topics: ['taiwan-strait'],
          },
        ],
      },
    ],
  },
  {
    key: 'trilateral-2022-06',
    title: 'U.S.-Japan-ROK trilateral defense ministerial meeting in Singapore, 2022',
    kind: MEETING,
    date: '2022-06-11',
    timeZone: 'Asia/Singapore',
    startedAt: null,
    durationMinutes: null,
    summary: 'The three defense ministers at the Shangri-La Dialogue.',
    participants: [
      { official: 'austin', isInitiator: false },
      { official: 'lee', isInitiator: false },
      { official: 'kishi', isInitiator: false },
    ],
    missingAccount: null,
    sources: [
      {
        key: 'tmm-2022-06-11',
        kind: JOINT_STATEMENT,
        publisher: 'dod',
        title: 'United States-Japan-Republic of Korea Trilateral Ministerial Meeting Joint Press Statement, 2022',
        url: 'https://miragenews.com/united-states-japan-republic-of-korea-799218',
        publishedOn: '2022-06-11',
        side: 'JOINT',
        notes: `${MIRROR('Mirage News')} ${NO_DATE_ON_COPY}`,
        statements: [
          {
            text: 'The three ministers pledged close cooperation toward the complete denuclearization of the Korean Peninsula and committed to trilateral missile warning and ballistic missile search and tracking exercises.',
            parties: ['austin', 'lee', 'kishi'],
            speakers: ['austin', 'lee', 'kishi'],
            commitments: [['tri', AFFIRMS]],
            topics: ['north-korea-nuclear-missile-threats'],
          },
        ],
      },
    ],
  },
  {
    key: 'tdmm-2022-06',
    title: 'U.S.-Japan-Australia trilateral defense ministers’ meeting in Singapore, 2022',
    kind: MEETING,
    date: '2022-06-11',
    timeZone: 'Asia/Singapore',
    startedAt: null,
    durationMinutes: null,
    summary: `The tenth trilateral defense ministers' meeting (TDMM), at the Shangri-La Dialogue. ${TDMM}`,
    participants: [
      { official: 'austin', isInitiator: false },
      { official: 'kishi', isInitiator: false },
    ],
    missingAccount: null,
    sources: [
      {
        key: 'joint-2022-06-11-tdmm',
        kind: JOINT_STATEMENT,
        publisher: 'dod',
        title: 'Australia-Japan-United States Trilateral Defense Ministers’ Meeting joint statement, June 2022',
        url: 'https://asiapacificsecuritymagazine.com/?p=19124',
        publishedOn: '2022-06-11',
        side: 'JOINT',
        notes: `The three governments' joint statement as carried in full by Asia Pacific Security Magazine; the copy names no issuing department (its U.S. spellings match the Pentagon's release) and shows no date, so the meeting's date is used.`,
        statements: [
          {
            text: 'The joint statement says the three ministers, at their tenth meeting, committed to take concrete and practical steps together for the security, stability and prosperity of the Indo-Pacific.',
            parties: ['austin', 'kishi'],
            speakers: ['austin', 'kishi'],
            topics: ['australia-japan-us', 'free-and-open-indo-pacific'],
          },
          {
            text: 'The ministers say they stand against changing the status quo by force, pointing to the united response to Russia’s aggression against Ukraine, and call on Russia to withdraw its forces.',
            parties: ['austin', 'kishi'],
            speakers: ['austin', 'kishi'],
            topics: ['ukraine'],
          },
          {
            text: 'The ministers strongly oppose destabilizing or coercive unilateral actions that seek to change the status quo and raise tensions in the East China Sea.',
            parties: ['austin', 'kishi'],
            speakers: ['austin', 'kishi'],
            topics: ['east-and-south-china-seas'],
          },
        ],
      },
    ],
  },
  {
    key: 'austin-kishi-2022-07',
    title: 'Austin–Kishi condolence call after the killing of Abe Shinzo',
    kind: PHONE_CALL,
    date: '2022-07-09',
    timeZone: 'America/New_York',
    startedAt: null,
    durationMinutes: null,
    summary: "Austin's call to offer the Department of Defense's condolences after former Prime Minister Abe was killed.",
    participants: [
      { official: 'austin', isInitiator: true },
      { official: 'kishi', isInitiator: false },
    ],
    missingAccount: NO_ALLY_ACCOUNT("Japan's Ministry of Defense"),
    sources: [
      {
        key: 'dod-2022-07-kishi',
        kind: READOUT,
        publisher: 'dod',
        title: "Readout of Secretary of Defense Lloyd J. Austin III's call with Japanese Minister of Defense Kishi Nobuo",
        url: 'https://radioallen.cl/defense-readout-of-secretary-of-defense-lloyd-j-austin-iiis-call-with-japanese-minister-of-defense-kishi-nobuo/',
        publishedOn: '2022-07-11',
        side: 'US',
        notes: `${MIRROR('a Chilean news site')} The copy is datelined Washington, 11 July.`,
        statements: [
          {
            text: 'The Pentagon says the two recalled how Abe raised the alliance to new heights and confirmed their shared dedication to a free and open Indo-Pacific.',
            parties: ['austin', 'kishi'],
            topics: ['free-and-open-indo-pacific'],
          },
        ],
      },
    ],
  },
  {
    key: 'austin-lee-2022-07',
    title: 'Austin–Lee Jong-sup meeting at the Pentagon',
    kind: MEETING,
    date: '2022-07-29',
    timeZone: 'America/New_York',
    startedAt: null,
    durationMinutes: null,
    summary: "Lee's talks at the Pentagon after the dedication of the Korean War Veterans Memorial's Wall of Remembrance.",
    participants: [
      { official: 'austin', isInitiator: false },
      { official: 'lee', isInitiator: false },
    ],
    missingAccount: NO_ALLY_ACCOUNT('the ROK Ministry of National Defense'),
    sources: [
      {
        key: 'dod-2022-07-29-remarks',
        kind: TRANSCRIPT,
        publisher: 'dod',
        title:
          "Secretary of Defense Lloyd J. Austin III Remarks Welcoming the Republic of Korea's Minister of National Defense, Lee Jong-Sup, to the Pentagon",
        url: 'https://www.defense.gov/News/Transcripts/Transcript/Article/3110757/secretary-of-defense-lloyd-j-austin-iii-remarks-welcoming-the-republic-of-korea/',
        publishedOn: '2022-07-29',
        side: 'US',
        notes: "The stored copy shows no publication date; the meeting's date (29 July 2022, from the DOD News story on it) is used.",
        statements: [
          {
            text: 'Austin said the U.S. commitment to the ROK is ironclad, as President Biden has said, and that the alliance stays ready in the face of the North’s record pace of missile tests.',
            parties: ['austin'],
            speakers: ['austin'],
            commitments: [['defkr', REAFFIRMS]],
            topics: ['north-korea-nuclear-missile-threats'],
          },
          {
            text: 'Austin recalled that the two presidents’ joint statement affirmed U.S. extended deterrence for the ROK with every kind of defense capability: nuclear, conventional and missile defense.',
            parties: ['austin'],
            speakers: ['austin'],
            commitments: [['edkr', REAFFIRMS]],
          },
        ],
      },
      {
        key: 'dodnews-2022-07-29',
        kind: NEWS_ARTICLE,
        publisher: 'dod',
        title: 'Austin, Lee Discuss State of U.S.-South Korea Alliance',
        url: 'https://www.defense.gov/News/News-Stories/Article/Article/3110742/austin-lee-discuss-state-of-us-south-korea-alliance/',
        publishedOn: '2022-07-29',
        side: 'US',
        notes: "A DOD News story on the meeting, from the department's own news service; its photo captions date the talks 29 July 2022.",
        statements: [
          {
            text: 'DOD News reports that Austin stressed the history the two countries share as he received Lee, who had come from the dedication of the Wall of Remembrance at the Korean War Veterans Memorial.',
            parties: ['austin'],
            topics: ['us-rok-alliance'],
          },
        ],
      },
    ],
  },
  {
    key: 'austin-hamada-2022-08',
    title: 'Austin–Hamada telephone call',
    kind: PHONE_CALL,
    date: '2022-08-16',
    timeZone: 'Asia/Tokyo',
    startedAt: null,
    durationMinutes: null,
    summary: "Hamada's first call with Austin after his appointment.",
    participants: [
      { official: 'austin', isInitiator: false },
      { official: 'hamada', isInitiator: false },
    ],
    missingAccount: NO_US_ACCOUNT,
    sources: [
      {
        key: 'mod-2022-08-16-austin',
        kind: PRESS_RELEASE,
        publisher: 'mod',
        title: 'Japan-U.S. Defense Ministerial Telephone Conference, 16 August 2022',
        url: 'https://www.mod.go.jp/en/article/2022/08/ee0a35a453d631a3913702081bf0f10fe653fb32.html',
        publishedOn: '2022-08-16',
        side: 'ALLY',
        notes: null,
        statements: [
          {
            text: "Japan's ministry says Hamada resolved to reinforce Japan's defense capabilities fundamentally through new strategy documents, and Austin welcomed it.",
            parties: ['hamada', 'austin'],
            topics: ['deterrence'],
          },
          {
            text: "Japan's ministry says the ministers strongly condemned China's ballistic missile launches earlier that month and agreed to cooperate closely and seamlessly in any situation.",
            parties: ['hamada', 'austin'],
            topics: ['indo-pacific-security-environment'],
          },
        ],
      },
    ],
  },
  {
    key: 'austin-hamada-2022-09',
    title: 'Austin–Hamada meeting at the Pentagon',
    kind: MEETING,
    date: '2022-09-14',
    timeZone: 'America/New_York',
    startedAt: null,
    durationMinutes: null,
    summary: "Hamada's first visit to Washington as minister.",
    participants: [
      { official: 'austin', isInitiator: false },
      { official: 'hamada', isInitiator: false },
    ],
    missingAccount: NO_ALLY_ACCOUNT("Japan's Ministry of Defense"),
    sources: [
      {
        key: 'dod-2022-09-14-remarks',
        kind: TRANSCRIPT,
        publisher: 'dod',
        title: 'Secretary of Defense Lloyd J. Austin III remarks welcoming Japanese Minister of Defense Yasukazu Hamada to the Pentagon',
        url: 'https://www.defense.gov/News/Transcripts/Transcript/Article/3158265/secretary-of-defense-lloyd-j-austin-iii-remarks-welcoming-japanese-minister-of/',
        publishedOn: '2022-09-14',
        side: 'US',
        notes: null,
        statements: [
          {
            text: "Austin said the U.S. commitment to Japan's defense is unwavering and includes credible, resilient extended deterrence drawing on all U.S. conventional and nuclear capabilities.",
            parties: ['austin'],
            speakers: ['austin'],
            commitments: [
              ['defjp', REAFFIRMS],
              ['edjp', REAFFIRMS],
            ],
          },
          {
            text: "Austin called China's coercive actions in the Taiwan Strait and around Japan provocative and destabilizing.",
            parties: ['austin'],
            speakers: ['austin'],
            topics: ['taiwan-strait'],
          },
        ],
      },
      {
        key: 'dodnews-2022-09-14',
        kind: NEWS_ARTICLE,
        publisher: 'dod',
        title: 'U.S.-Japan defense leaders look to strengthen rules-based order',
        url: 'https://www.defense.gov/News/News-Stories/Article/Article/3158446/us-japan-defense-leaders-look-to-strengthen-rules-based-order/',
        publishedOn: '2022-09-14',
        side: 'US',
        notes: "A DOD News story on the meeting, from the department's own news service.",
        statements: [
          {
            text: 'DOD News reports that Hamada, speaking through a translator, said no country may change the rules-based order unilaterally and that he wants to modernize the alliance with the United States.',
            parties: ['hamada'],
            speakers: ['hamada'],
            topics: ['alliance-modernization'],
          },
        ],
      },
    ],
  },
  {
    key: 'tdmm-2022-10',
    title: 'U.S.-Japan-Australia trilateral defense ministers’ meeting in Hawaii, 2022',
    kind: MEETING,
    date: '2022-10-01',
    timeZone: 'Pacific/Honolulu',
    startedAt: null,
    durationMinutes: null,
    summary: `Austin hosted the trilateral defense ministers' meeting at U.S. Indo-Pacific Command headquarters. ${TDMM}`,
    participants: [
      { official: 'austin', isInitiator: true },
      { official: 'hamada', isInitiator: false },
    ],
    missingAccount: NO_ALLY_ACCOUNT("Japan's Ministry of Defense"),
    sources: [
      {
        key: 'dodnews-2022-10-01-tdmm',
        kind: NEWS_ARTICLE,
        publisher: 'dod',
        title: 'Defense Leaders Look to Strengthen Rules-Based Order',
        url: 'https://www.defense.gov/News/News-Stories/Article/Article/3176899/defense-leaders-look-to-strengthen-rules-based-order/',
        publishedOn: '2022-10-01',
        side: 'US',
        notes: 'A DOD News story on the department’s site; its photo caption dates the meeting 1 October 2022 in Hawaii.',
        statements: [
          {
            text: 'DOD News reports Austin opening the meeting by counting Australia and Japan among America’s very closest allies and calling the three democracies an anchor of stability in the Indo-Pacific.',
            parties: ['austin'],
            speakers: ['austin'],
            topics: ['australia-japan-us'],
          },
          {
            text: 'DOD News reports Austin saying the three will defend an order in which every nation can go about its business without bullying, a vision he says autocracies that spread disinformation and rely on coercion now threaten.',
            parties: ['austin'],
            speakers: ['austin'],
            topics: ['indo-pacific-security-environment'],
          },
        ],
      },
    ],
  },
  {
    key: 'austin-hamada-2022-10',
    title: 'Austin–Hamada telephone call after a North Korean missile overflew Japan',
    kind: PHONE_CALL,
    date: '2022-10-04',
    timeZone: 'Asia/Tokyo',
    startedAt: null,
    durationMinutes: null,
    summary: 'A call the day a North Korean ballistic missile flew over Japan.',
    participants: [
      { official: 'austin', isInitiator: false },
      { official: 'hamada', isInitiator: false },
    ],
    missingAccount: NO_US_ACCOUNT,
    sources: [
      {
        key: 'mod-2022-10-04-austin',
        kind: PRESS_RELEASE,
        publisher: 'mod',
        title: 'Japan-U.S. Defense Ministerial Telephone Conference, 4 October 2022',
        url: 'https://www.mod.go.jp/en/article/2022/10/8751440398d695220b83a7bf145c73214338d451.html',
        publishedOn: '2022-10-04',
        side: 'ALLY',
        notes: null,
        statements: [
          {
            text: "Japan's ministry says Hamada called the launch over Japan a grave and imminent threat and wholly unacceptable.",
            parties: ['hamada'],
            topics: ['north-korea-nuclear-missile-threats'],
          },
          {
            text: "Japan's ministry says the two agreed their defense authorities would keep cooperating closely in response and would advance close trilateral cooperation with the ROK.",
            parties: ['hamada', 'austin'],
            commitments: [['tri', AFFIRMS]],
          },
        ],
      },
    ],
  },
  {
    key: 'scm-54',
    title: '54th U.S.-ROK Security Consultative Meeting',
    kind: MEETING,
    date: '2022-11-03',
    timeZone: 'America/New_York',
    startedAt: null,
    durationMinutes: null,
    summary: 'The annual Security Consultative Meeting at the Pentagon, the day after a North Korean ICBM launch.',
    participants: [
      { official: 'austin', isInitiator: false },
      { official: 'lee', isInitiator: false },
    ],
    missingAccount: null,
    sources: [
      {
        key: 'communique-scm54',
        kind: JOINT_STATEMENT,
        publisher: 'dod',
        title: 'Joint communique of the 54th U.S.-ROK Security Consultative Meeting (full text)',
        url: 'https://en.yna.co.kr/view/AEN20221104001000325',
        publishedOn: '2022-11-04',
        side: 'JOINT',
        notes:
          "The joint communiqué issued by the Secretary and the Minister, read in the full text Yonhap carried on 4 November 2022 (Seoul time); the Pentagon's own page is not in the stored record. Until December 2026 the record gave Yonhap as its publisher; the text is the two governments'.",
        statements: [
          {
            text: 'The communiqué says the Secretary and the Minister reaffirmed both nations’ mutual commitment to a combined defense posture under the Mutual Defense Treaty to defend the ROK.',
            parties: ['austin', 'lee'],
            speakers: ['austin', 'lee'],
            commitments: [['defkr', REAFFIRMS]],
          },
          {
            text: 'The communiqué says both reaffirmed the shared vision of a global comprehensive strategic alliance set at the May 2022 summit.',
            parties: ['austin', 'lee'],
            speakers: ['austin', 'lee'],
            topics: ['global-comprehensive-strategic-alliance'],
          },
        ],
      },
      {
        key: 'dod-2022-11-03-presser',
        kind: TRANSCRIPT,
        publisher: 'dod',
        title: 'Joint press conference of Secretary Austin and Minister Lee Jong-sup after the 54th SCM (captions)',
        url: 'https://www.defense.gov/desktopmodules/sharedlibrary/handlers/dvidscaption.ashx?PortalId=1&AssetId=video:863057&Format=webvtt',
        publishedOn: '2022-11-03',
        side: 'US',
        notes: "The video's caption file on the department's site; the captions are machine-made and misspell names.",
        statements: [
          {
            text: "Austin offered condolences for the weekend's crowd disaster in Seoul and called North Korea's ICBM launch of the previous night illegal and destabilizing.",
            parties: ['austin'],
            speakers: ['austin'],
            topics: ['north-korea-nuclear-missile-threats'],
          },
        ],
      },
      {
        key: 'dod-2022-11-03-transcript',
        kind: TRANSCRIPT,
        publisher: 'dod',
        title: 'Secretary of Defense Lloyd J. Austin III and South Korean Minister of National Defense Lee Jong-sup Hold a News Conference',
        url: 'https://www.defense.gov/News/Transcripts/Transcript/Article/3209711/secretary-of-defense-lloyd-j-austin-iii-and-south-korean-minister-of-national-d/',
        publishedOn: '2022-11-03',
        side: 'JOINT',
        notes:
          "The department's transcript of the joint news conference (the same event as the caption file). The stored copy shows no publication date; the meeting's date is used.",
        statements: [
          {
            text: 'Austin said that, after consulting Lee, the two had decided to prolong Vigilant Storm, their long-planned combined exercise, for more readiness and interoperability, and would keep working on options to protect the United States and its allies.',
            parties: ['austin', 'lee'],
            speakers: ['austin'],
            topics: ['combined-defense-posture', 'north-korea-nuclear-missile-threats'],
          },
        ],
      },
      {
        key: 'dodnews-2022-11-03-scm54',
        kind: NEWS_ARTICLE,
        publisher: 'dod',
        title: 'U.S.-South Korea Take Stock of Alliance, Pledge More Cooperation',
        url: 'https://www.pacom.mil/Media/News/News-Article-View/Article/3209715/us-south-korea-take-stock-of-alliance-pledge-more-cooperation/',
        publishedOn: '2022-11-03',
        side: 'US',
        notes: 'A DOD News story (Jim Garamone) as carried by U.S. Indo-Pacific Command, dated 3 November 2022.',
        statements: [
          {
            text: 'DOD News reports that Austin and Lee affirmed an alliance proven in war and in peace and still rock-solid, and looked at ways to make it more interoperable and better at deterring North Korea.',
            parties: ['austin', 'lee'],
            topics: ['us-rok-alliance', 'deterrence'],
          },
        ],
      },
    ],
  },
  // ------------------------------------------------------------------------------------------
  // 2023
  {
    key: 'twoplustwo-jp-2023-01',
    title: 'U.S.-Japan Security Consultative Committee (2+2), Washington, January 2023',
    kind: MEETING,
    date: '2023-01-11',
    timeZone: 'America/New_York',
    startedAt: null,
    durationMinutes: null,
    summary: 'The foreign and defense ministers of both countries (Blinken, Austin, Hayashi, Hamada) at the State Department.',
    participants: [
      { official: 'austin', isInitiator: false },
      { official: 'hamada', isInitiator: false },
    ],
    missingAccount: null,
    sources: [
      {
        key: 'joint-2023-01-11-scc',
        kind: JOINT_STATEMENT,
        publisher: 'dod',
        title: 'Joint Statement of the Security Consultative Committee ("2+2"), 11 January 2023',
        url: 'https://thefederalnewswire.com/stories/638887268-joint-statement-of-the-security-consultative-committee-2-2',
        publishedOn: '2023-01-11',
        side: 'JOINT',
        notes: `Released by both governments (the copy credits the Secretary of State); the copy read is a news site's republication. ${NO_DATE_ON_COPY}`,
        statements: [
          {
            text: 'The joint statement says Japan restated its resolve, under its new strategies, to fundamentally reinforce its defense, counterstrike included, with a substantially larger defense budget.',
            parties: ['hamada'],
            speakers: ['austin', 'hamada'],
            topics: ['counterstrike-capabilities'],
          },
          {
            text: 'The joint statement says the ministers renewed their commitment to oppose any unilateral change to the status quo by force, wherever in the world.',
            parties: ['austin', 'hamada'],
            speakers: ['austin', 'hamada'],
            topics: ['indo-pacific-security-environment'],
          },
        ],
      },
      {
        key: 'dod-2023-01-11-presser',
        kind: TRANSCRIPT,
        publisher: 'dod',
        title:
          'Secretary of State Antony J. Blinken, Secretary of Defense Lloyd J. Austin III, Japanese Foreign Minister Hayashi Yoshimasa and Japanese Defense Minister Hamada Yasukazu at a Joint Press Availability',
        url: 'https://www.defense.gov/News/Transcripts/Transcript/Article/3265802/secretary-of-state-antony-j-blinken-secretary-of-defense-lloyd-j-austin-iii-jap/',
        publishedOn: '2023-01-11',
        side: 'JOINT',
        notes:
          "The Pentagon's transcript of the four ministers' press availability after the 2+2; the stored copy shows no date, so the meeting's date is used. Only its opening (Blinken's remarks) is in the stored text.",
        statements: [
          {
            text: 'Opening the press availability, Blinken says he and Austin have just held a productive, wide-ranging discussion with Hayashi and Hamada, calls the alliance the cornerstone of Indo-Pacific peace and stability for more than seventy years, and applauds Japan’s pledge to double its defense spending by 2027.',
            parties: ['austin', 'hamada'],
            attributedTo: 'state',
            topics: ['us-japan-alliance'],
          },
        ],
      },
    ],
  },
  {
    key: 'austin-hamada-2023-01',
    title: 'Austin–Hamada meeting at the Pentagon, January 2023',
    kind: MEETING,
    date: '2023-01-12',
    timeZone: 'America/New_York',
    startedAt: '2023-01-12T16:00:00-05:00',
    durationMinutes: 60,
    summary: 'Talks at the Pentagon the day after the Washington 2+2 of 11 January 2023.',
    participants: [
      { official: 'austin', isInitiator: false },
      { official: 'hamada', isInitiator: false },
    ],
    missingAccount: null,
    sources: [
      {
        key: 'mod-2023-01-13-austin',
        kind: PRESS_RELEASE,
        publisher: 'mod',
        title: 'Japan-U.S. Defense Ministerial Meeting (Summary), 12 January 2023',
        url: 'https://www.mod.go.jp/en/article/2023/01/c8a6fa2896a7a19b759cf13642963b1533fa6a18.html',
        publishedOn: '2023-01-13',
        side: 'ALLY',
        notes: 'Dated 13 January (Tokyo); the ministry gives the start (16:00 local time) and length (60 minutes) of the talks.',
        statements: [
          {
            text: "Japan's ministry says Hamada set out Japan's resolve to fundamentally reinforce its defense, counterstrike included, with a much larger budget, and Austin strongly supported it.",
            parties: ['hamada', 'austin'],
            topics: ['counterstrike-capabilities'],
          },
          {
            text: "Japan's ministry says Austin restated that U.S. extended deterrence to Japan, nuclear capabilities included, remains unwavering, and both agreed to work to keep it credible and resilient.",
            parties: ['austin'],
            commitments: [['edjp', REAFFIRMS]],
          },
        ],
      },
      {
        key: 'dod-2023-01-12-remarks',
        kind: TRANSCRIPT,
        publisher: 'dod',
        title: 'Secretary of Defense Lloyd J. Austin III remarks welcoming Japanese Minister of Defense Yasukazu Hamada to the Pentagon',
        url: 'https://www.defense.gov/News/Transcripts/Transcript/Article/3267576/secretary-of-defense-lloyd-j-austin-iii-remarks-welcoming-japanese-minister-of/',
        publishedOn: '2023-01-12',
        side: 'US',
        notes: `Austin refers to the 2+2 of the day before. ${NO_DATE_ON_COPY}`,
        statements: [
          {
            text: "Austin said he strongly backs Japan's decisions to spend more on defense and to acquire counterstrike capabilities.",
            parties: ['austin'],
            speakers: ['austin'],
            topics: ['counterstrike-capabilities'],
          },
          {
            text: "Austin reaffirmed the unwavering U.S. commitment to Japan's defense, including extended deterrence backed by the full range of U.S. capabilities.",
            parties: ['austin'],
            speakers: ['austin'],
            commitments: [
              ['defjp', REAFFIRMS],
              ['edjp', REAFFIRMS],
            ],
          },
        ],
      },
    ],
  },
  {
    key: 'austin-lee-2023-01',
    title: 'Austin–Lee Jong-sup defense ministerial meeting in Seoul',
    kind: MEETING,
    date: '2023-01-31',
    timeZone: 'Asia/Seoul',
    startedAt: null,
    durationMinutes: null,
    summary: 'The fourth meeting of the two ministers, at the start of the alliance’s 70th anniversary year.',
    participants: [
      { official: 'austin', isInitiator: false },
      { official: 'lee', isInitiator: false },
    ],
    missingAccount: null,
    sources: [
      {
        key: 'dodnews-2023-01-31-lee',
        kind: NEWS_ARTICLE,
        publisher: 'dod',
        title: 'DOD News story on Austin and Lee in Seoul, 31 January 2023 (republished copy; its own headline is not shown)',
        url: 'https://exbulletin.com/world/international/2032536/',
        publishedOn: '2023-02-01',
        side: 'US',
        weak: 'REWORDED_COPY',
        notes:
          "A DOD News story on Austin's press conference with Lee in Seoul, as republished (lightly reworded) by ExBulletin, dated 1 February 2023; the department's own page is not in the stored record.",
        statements: [
          {
            text: 'DOD News reports Austin as saying, after meeting Lee, that the alliance aims at peace, not conflict, and that the U.S. commitment to defend the ROK stays rock-solid.',
            parties: ['austin'],
            speakers: ['austin'],
            commitments: [['defkr', REAFFIRMS]],
          },
          {
            text: 'DOD News reports Austin restating the U.S. extended deterrence commitment with the full range of U.S. capabilities: conventional, nuclear and missile defense.',
            parties: ['austin'],
            speakers: ['austin'],
            commitments: [['edkr', REAFFIRMS]],
          },
        ],
      },
      {
        key: 'dod-2023-01-31-presser',
        kind: TRANSCRIPT,
        publisher: 'dod',
        title: 'Secretary of Defense Lloyd J. Austin III joint press briefing with South Korean Defense Minister Lee Jong-sup',
        url: 'https://www.defense.gov/News/Transcripts/Transcript/Article/3283687/secretary-of-defense-lloyd-j-austin-iii-joint-press-briefing-with-south-korean/',
        publishedOn: '2023-01-31',
        side: 'JOINT',
        notes: null,
        statements: [
          {
            text: 'Lee said he and Austin agreed to look for ways to make extended deterrence more effective so as to guarantee the U.S. commitment to defend the ROK.',
            parties: ['lee', 'austin'],
            speakers: ['lee'],
            commitments: [
              ['edkr', REAFFIRMS],
              ['defkr', REAFFIRMS],
            ],
          },
          {
            text: "Lee said both condemned North Korea's missile launches and recent drone incursions and would answer further provocations more resolutely.",
            parties: ['lee', 'austin'],
            speakers: ['lee'],
            topics: ['north-korea-nuclear-missile-threats'],
          },
        ],
      },
      {
        key: 'joint-2023-01-31',
        kind: JOINT_STATEMENT,
        publisher: 'dod',
        title: 'Joint Statement: Minister of National Defense Lee Jong-Sup and U.S. Secretary of Defense Lloyd J. Austin III',
        url: 'https://ozardiplo.blogspot.com/2023/02/joint-statement-minister-of-national.html',
        publishedOn: '2023-01-31',
        side: 'JOINT',
        notes:
          "The two ministers' joint statement as distributed by the Pentagon's mailing list and republished by a blog; the copy read is the blog's.",
        statements: [
          {
            text: 'The joint statement says the two ministers jointly reaffirmed steps to strengthen the implementation of U.S. extended deterrence as a sign of the U.S. security commitment to the ROK.',
            parties: ['lee', 'austin'],
            speakers: ['lee', 'austin'],
            commitments: [['edkr', REAFFIRMS]],
          },
          {
            text: 'The joint statement says the two sides aim to complete the revision of the Tailored Deterrence Strategy before that year’s SCM and to hold a deterrence table-top exercise in February.',
            parties: ['lee', 'austin'],
            speakers: ['lee', 'austin'],
            topics: ['deterrence'],
          },
        ],
      },
    ],
  },
  {
    key: 'austin-lee-2023-04',
    title: 'Austin–Lee Jong-sup telephone call on leaked U.S. documents',
    kind: PHONE_CALL,
    date: '2023-04-11',
    timeZone: 'Asia/Seoul',
    startedAt: null,
    durationMinutes: null,
    summary: 'A morning call, at Austin’s request, about media reports of leaked U.S. military documents.',
    participants: [
      { official: 'austin', isInitiator: true },
      { official: 'lee', isInitiator: false },
    ],
    missingAccount: NO_US_ACCOUNT,
    sources: [
      {
        key: 'mnd-2023-04-11-austin',
        kind: PRESS_RELEASE,
        publisher: 'mnd',
        title: 'ROK/US defense officials talk over the phone',
        url: 'https://www.mnd.go.kr/user/boardList.action?command=view&page=5&boardId=I_8576246&boardSeq=I_10566718&titleId=null&siteId=mndEN&id=mndEN_020600000000&column=null&search=null',
        publishedOn: '2023-04-11',
        side: 'ALLY',
        notes: null,
        statements: [
          {
            text: 'The ROK ministry says Austin promised that Washington would cooperate with Seoul and keep in close contact about the reports of leaked U.S. military secrets.',
            parties: ['austin'],
            topics: ['defense-dialogue'],
          },
        ],
      },
    ],
  },
  {
    key: 'austin-hamada-2023-06',
    title: 'Austin–Hamada meeting in Tokyo',
    kind: MEETING,
    date: '2023-06-01',
    timeZone: 'Asia/Tokyo',
    startedAt: '2023-06-01T09:20:00+09:00',
    durationMinutes: 75,
    summary: 'Austin’s visit to Tokyo to follow up the January 2023 2+2 and the President’s May visit to Japan.',
    participants: [
      { official: 'austin', isInitiator: false },
      { official: 'hamada', isInitiator: false },
    ],
    missingAccount: null,
    sources: [
      {
        key: 'dod-2023-06-01-hamada',
        kind: READOUT,
        publisher: 'dod',
        title: "Readout of Secretary of Defense Lloyd J. Austin III's meeting with Japanese Minister of Defense Hamada Yasukazu",
        url: 'https://nims360.blogspot.com/search?max-results=10&reverse-paginate=true&updated-max=2023-06-01T05%3A52%3A00-07%3A00',
        publishedOn: '2023-06-01',
        side: 'US',
        notes: MIRROR('a blog'),
        statements: [
          {
            text: "The Pentagon says Austin praised Hamada's stewardship of Japan's decision to acquire counterstrike capabilities.",
            parties: ['austin'],
            topics: ['counterstrike-capabilities'],
          },
          {
            text: "The Pentagon says the two discussed doing more bilateral exercises and training, including in Japan's southwest islands.",
            parties: ['austin', 'hamada'],
            commitments: [['southwest', AFFIRMS]],
            topics: ['southwest-islands'],
          },
        ],
      },
      {
        key: 'mod-2023-06-01-austin',
        kind: PRESS_RELEASE,
        publisher: 'mod',
        title: 'Japan-U.S. Defense Ministerial Meeting (Summary), 1 June 2023',
        url: 'https://www.mod.go.jp/en/article/2023/06/64e28ea86671d5d4feddce01dd14d833d3857213.html',
        publishedOn: '2023-06-01',
        side: 'ALLY',
        notes: 'The ministry gives the start (09:20) and length (about 75 minutes) of the talks at its Tokyo headquarters.',
        statements: [
          {
            text: "Japan's ministry says the two agreed not to accept any unilateral attempt to change the status quo by force in the Indo-Pacific and to work together more closely than ever against it.",
            parties: ['hamada', 'austin'],
            topics: ['indo-pacific-security-environment'],
          },
          {
            text: "Japan's ministry says the two restated the importance of peace and stability across the Taiwan Strait and encouraged a peaceful settlement of cross-Strait issues.",
            parties: ['hamada', 'austin'],
            topics: ['taiwan-strait'],
          },
        ],
      },
      {
        key: 'dod-2023-06-01-presser',
        kind: TRANSCRIPT,
        publisher: 'dod',
        title: 'Secretary of Defense Lloyd J. Austin III joint press conference with Japanese Minister of Defense Hamada Yasukazu in Tokyo',
        url: 'https://www.defense.gov/News/Transcripts/Transcript/Article/3413243/secretary-of-defense-lloyd-j-austin-iii-joint-press-conference-with-japanese-mi/',
        publishedOn: '2023-06-01',
        side: 'JOINT',
        notes: NO_DATE_ON_COPY,
        statements: [
          {
            text: 'Hamada said the two confirmed that unilateral changes to the status quo cannot be tolerated, and welcomed progress in the talks on the alliance’s roles, missions and capabilities, including how counterstrike capabilities would be used.',
            parties: ['hamada', 'austin'],
            speakers: ['hamada'],
            topics: ['counterstrike-capabilities', 'alliance-modernization'],
          },
        ],
      },
    ],
  },
  {
    key: 'trilateral-2023-06',
    title: 'U.S.-Japan-ROK trilateral defense ministerial meeting in Singapore, 2023',
    kind: MEETING,
    date: '2023-06-03',
    timeZone: 'Asia/Singapore',
    startedAt: null,
    durationMinutes: null,
    summary: 'The three defense ministers at the Shangri-La Dialogue, days after a North Korean launch it called a satellite launch.',
    participants: [
      { official: 'austin', isInitiator: false },
      { official: 'hamada', isInitiator: false },
      { official: 'lee', isInitiator: false },
    ],
    missingAccount: null,
    sources: [
      {
        key: 'dod-2023-06-03-tmm',
        kind: JOINT_STATEMENT,
        publisher: 'dod',
        title: 'United States-Japan-Republic of Korea Trilateral Ministerial Meeting (TMM) Joint Press Statement',
        url: 'https://www.pacom.mil/Media/News/News-Article-View/Article/3417478/united-states-japan-republic-of-korea-trilateral-ministerial-meeting-tmm-joint/',
        publishedOn: '2023-06-05',
        side: 'JOINT',
        notes:
          "The Pentagon's release of the joint press statement as U.S. Indo-Pacific Command posted it on its own site, dated 5 June 2023. Until December 2026 the record read it in a reworded republication (exbulletin.com/world/2184537); the facts are the same.",
        statements: [
          {
            text: 'The three ministers committed to close cooperation toward the complete denuclearization of the Korean Peninsula under Security Council resolutions, and condemned the North’s claimed space launch as a serious breach of them.',
            parties: ['austin', 'hamada', 'lee'],
            speakers: ['austin', 'hamada', 'lee'],
            commitments: [['tri', AFFIRMS]],
            topics: ['north-korea-nuclear-missile-threats'],
          },
        ],
      },
      {
        key: 'mnd-2023-06-03-tmm',
        kind: JOINT_STATEMENT,
        publisher: 'mnd',
        title: "Joint press release issued regarding Korea-US-Japan Defense Ministers' Meeting at the 20th Shangri-La Dialogue",
        url: 'https://www.mnd.go.kr/user/boardList.action?command=view&page=3&boardId=I_8576246&boardSeq=I_10744173&titleId=null&siteId=mndEN&id=mndEN_020600000000&column=null&search=null',
        publishedOn: '2023-06-03',
        side: 'JOINT',
        notes: "The three ministers' joint release as the ROK ministry published it.",
        statements: [
          {
            text: "The joint release says the ministers condemned North Korea's 31 May launch of a long-range ballistic missile it called a satellite launch, a serious breach of Security Council resolutions.",
            parties: ['lee', 'austin', 'hamada'],
            speakers: ['lee', 'austin', 'hamada'],
            topics: ['north-korea-nuclear-missile-threats'],
          },
          {
            text: 'The joint release says the three would put a system for sharing North Korean missile warning data in real time into operation within the year and resume a trilateral exercise on a regular basis.',
            parties: ['lee', 'austin', 'hamada'],
            speakers: ['lee', 'austin', 'hamada'],
            commitments: [['tri', AFFIRMS]],
          },
        ],
      },
      {
        key: 'mod-2023-06-03-tmm',
        kind: JOINT_STATEMENT,
        publisher: 'mod',
        title: 'United States-Japan-Republic of Korea Trilateral Ministerial Meeting (TMM) Joint Press Statement, 3 June 2023',
        url: 'https://www.mod.go.jp/en/article/2023/06/3d261b6bcd4d9b867653a23762afc40f0bb5bf0c.html',
        publishedOn: '2023-06-03',
        side: 'JOINT',
        notes: "The same joint statement as published by Japan's Ministry of Defense.",
        statements: [
          {
            text: 'In the joint statement the three condemn North Korea’s claimed space launch using ballistic missile technology as a serious breach of Security Council resolutions and pledge a firm trilateral response.',
            parties: ['austin', 'hamada', 'lee'],
            speakers: ['austin', 'hamada', 'lee'],
            commitments: [['tri', AFFIRMS]],
            topics: ['north-korea-nuclear-missile-threats'],
          },
        ],
      },
      {
        key: 'fnw-2023-06-03-tmm',
        kind: NEWS_ARTICLE,
        publisher: 'fnw',
        title: 'U.S., Japan, South Korea defense chiefs meet to strengthen regional peace, stability',
        url: 'https://thefederalnewswire.com/stories/643574577-u-s-japan-south-korea-defense-chiefs-meet-to-strengthen-regional-peace-stability',
        publishedOn: '2023-06-03',
        side: 'INDEPENDENT',
        notes: `A news report of the Defense Department's release. ${NO_DATE_ON_COPY}`,
        statements: [
          {
            text: 'The report, citing the Pentagon, says the three affirmed their support for Ukraine and stressed peace and stability across the Taiwan Strait.',
            parties: ['austin', 'hamada', 'lee'],
            attributedTo: 'dod',
            topics: ['ukraine', 'taiwan-strait'],
          },
        ],
      },
    ],
  },
  {
    key: 'tdmm-2023-06',
    title: 'U.S.-Japan-Australia trilateral defense ministers’ meeting in Singapore, 2023',
    kind: MEETING,
    date: '2023-06-03',
    timeZone: 'Asia/Singapore',
    startedAt: null,
    durationMinutes: null,
    summary: `The twelfth trilateral defense ministers' meeting, at the Shangri-La Dialogue. ${TDMM}`,
    participants: [
      { official: 'austin', isInitiator: false },
      { official: 'hamada', isInitiator: false },
    ],
    missingAccount: null,
    sources: [
      {
        key: 'joint-2023-06-03-tdmm',
        kind: JOINT_STATEMENT,
        publisher: 'dod',
        title: 'United States-Japan-Australia Trilateral Defense Ministers’ Meeting (TDMM) 2023 Joint Statement',
        url: 'http://www.pacom.mil/Media/News/News-Article-View/Article/3419037/united-states-japan-australia-trilateral-defense-ministers-meeting-tdmm-2023-jo/',
        publishedOn: '2023-06-06',
        side: 'JOINT',
        notes: "The Pentagon's release of the joint statement as U.S. Indo-Pacific Command posted it on its own site, dated 6 June 2023.",
        statements: [
          {
            text: 'The joint statement says the ministers welcomed the strategy documents each country issued in the past year as confirming that their strategies align, and the trilateral partnership’s role in a free and open Indo-Pacific.',
            parties: ['austin', 'hamada'],
            speakers: ['austin', 'hamada'],
            topics: ['australia-japan-us', 'free-and-open-indo-pacific'],
          },
          {
            text: 'The ministers voiced serious concern about the security environment in the East China Sea and strongly opposed destabilizing or coercive unilateral actions there that could raise tensions.',
            parties: ['austin', 'hamada'],
            speakers: ['austin', 'hamada'],
            topics: ['east-and-south-china-seas'],
          },
          {
            text: 'On the South China Sea the ministers opposed any unilateral attempt to change the status quo by force or coercion.',
            parties: ['austin', 'hamada'],
            speakers: ['austin', 'hamada'],
            topics: ['east-and-south-china-seas'],
          },
        ],
      },
    ],
  },
  {
    key: 'austin-kihara-2023-09',
    title: 'Austin–Kihara telephone call',
    kind: PHONE_CALL,
    date: '2023-09-28',
    timeZone: 'Asia/Tokyo',
    startedAt: null,
    durationMinutes: null,
    summary: "Kihara's first call with Austin after taking office that month, ahead of his visit to Washington.",
    participants: [
      { official: 'austin', isInitiator: false },
      { official: 'kihara', isInitiator: false },
    ],
    missingAccount: 'Neither ministry’s own account is in the stored record; two Japanese wire reports quote both.',
    sources: [
      {
        key: 'jiji-2023-09-28',
        kind: NEWS_ARTICLE,
        publisher: 'jiji',
        title: 'Japan, U.S. defense chiefs agree to bolster alliance',
        url: 'https://www.nippon.com/en/news/yjj2023092801041/japan-u-s-defense-chiefs-agree-to-bolster-alliance.html',
        publishedOn: '2023-09-28',
        side: 'INDEPENDENT',
        notes: 'Jiji Press, as carried by nippon.com.',
        statements: [
          {
            text: "Jiji reports the two agreed to push talks on the alliance's roles, missions and capabilities with a view to using counterstrike capabilities effectively, and to strengthen deterrence and response.",
            parties: ['kihara', 'austin'],
            topics: ['counterstrike-capabilities', 'deterrence'],
          },
        ],
      },
      {
        key: 'kyodo-2023-09-28',
        kind: NEWS_ARTICLE,
        publisher: 'kyodo',
        title: "Japan's new defense chief agrees with U.S. to step up deterrence",
        url: 'https://japantoday.com/category/politics/update1-japan%27s-new-defense-chief-agrees-with-u.s.-to-step-up-deterrence',
        publishedOn: '2023-09-28',
        side: 'INDEPENDENT',
        notes: 'Kyodo News, as carried by Japan Today.',
        statements: [
          {
            text: "Kyodo reports, citing the Pentagon, that Austin congratulated Kihara and reaffirmed Washington's ironclad commitment to Japan's defense.",
            parties: ['austin'],
            attributedTo: 'dod',
            commitments: [['defjp', REAFFIRMS]],
          },
          {
            text: 'Kyodo reports Kihara as saying they agreed to deepen trilateral cooperation with South Korea as North Korea develops its missiles and nuclear weapons.',
            parties: ['kihara', 'austin'],
            speakers: ['kihara'],
            commitments: [['tri', AFFIRMS]],
          },
        ],
      },
    ],
  },
  {
    key: 'austin-kihara-2023-10',
    title: 'Austin–Kihara meeting at the Pentagon',
    kind: MEETING,
    date: '2023-10-04',
    timeZone: 'America/New_York',
    startedAt: '2023-10-04T13:10:00-04:00',
    durationMinutes: 55,
    summary: "Kihara's first visit to Washington as minister.",
    participants: [
      { official: 'austin', isInitiator: false },
      { official: 'kihara', isInitiator: false },
    ],
    missingAccount: null,
    sources: [
      {
        key: 'dodnews-2023-10-04-kihara',
        kind: NEWS_ARTICLE,
        publisher: 'dod',
        title: 'Austin Says U.S. Committed to Defending Japan, Including Senkaku Islands',
        url: 'https://www.defense.gov/News/News-Stories/Article/Article/3548692/austin-says-us-committed-to-defending-japan-including-senkaku-islands/',
        publishedOn: '2023-10-04',
        side: 'US',
        notes:
          "A DOD News story on the meeting, from the department's own news service; its photo caption dates the talks 4 October 2023. The stored copy shows no publication date; the meeting's date is used.",
        statements: [
          {
            text: 'DOD News reports Austin as saying the Article V treaty commitment to defend all of Japan, the Senkaku Islands included, is ironclad.',
            parties: ['austin'],
            speakers: ['austin'],
            commitments: [
              ['defjp', REAFFIRMS],
              ['senkaku', REAFFIRMS],
            ],
          },
          {
            text: 'DOD News reports Austin backing Japan’s choices to acquire counterstrike capabilities and lift defense spending to 2% of GDP by 2027.',
            parties: ['austin'],
            speakers: ['austin'],
            topics: ['counterstrike-capabilities'],
          },
        ],
      },
      {
        key: 'dod-2023-10-04-remarks',
        kind: TRANSCRIPT,
        publisher: 'dod',
        title: 'Secretary of Defense Lloyd J. Austin III remarks welcoming Japanese Defense Minister Kihara Minoru to the Pentagon',
        url: 'https://www.defense.gov/News/Transcripts/Transcript/Article/3548356/secretary-of-defense-lloyd-j-austin-iii-remarks-welcoming-japanese-defense-mini/',
        publishedOn: '2023-10-04',
        side: 'US',
        notes: null,
        statements: [
          {
            text: "Austin said America's Article 5 commitment to defend Japan remains ironclad and extends to every territory Japan administers, the Senkaku Islands among them.",
            parties: ['austin'],
            speakers: ['austin'],
            commitments: [
              ['defjp', REAFFIRMS],
              ['senkaku', REAFFIRMS],
            ],
          },
          {
            text: 'Austin said the United States is committed to the ambitious trilateral course set at Camp David, including exercises under a multi-year framework and real-time missile warning data sharing.',
            parties: ['austin'],
            speakers: ['austin'],
            commitments: [['tri', REAFFIRMS]],
          },
        ],
      },
      {
        key: 'mod-2023-10-05-austin',
        kind: PRESS_RELEASE,
        publisher: 'mod',
        title: 'Japan-U.S. Defense Ministerial Meeting (summary), 4 October 2023',
        url: 'https://www.mod.go.jp/en/article/2023/10/41f53aa84afe7d9b1e12f41fe7e3e8de59df8aa7.html',
        publishedOn: '2023-10-05',
        side: 'ALLY',
        notes: 'The ministry gives 13:10 local time and about 55 minutes.',
        statements: [
          {
            text: 'Japan’s ministry says the ministers noted the importance of the U.S. stating that Article V of the security treaty applies to the Senkaku Islands.',
            parties: ['kihara', 'austin'],
            commitments: [['senkaku', AFFIRMS]],
          },
          {
            text: 'Japan’s ministry says the ministers confirmed that trilateral cooperation with the ROK matters for regional security, including real-time sharing of North Korean missile warning data by the end of the year.',
            parties: ['kihara', 'austin'],
            commitments: [['tri', REAFFIRMS]],
          },
          {
            text: 'Japan’s ministry says the ministers again stressed peace and stability across the Taiwan Strait.',
            parties: ['kihara', 'austin'],
            topics: ['taiwan-strait'],
          },
        ],
      },
    ],
  },
  {
    key: 'austin-shin-2023-10',
    title: 'Austin–Shin telephone call',
    kind: PHONE_CALL,
    date: '2023-10-20',
    timeZone: 'Asia/Seoul',
    startedAt: null,
    durationMinutes: null,
    summary: "Shin's first call with Austin after taking office that month, ahead of the SCM in Seoul.",
    participants: [
      { official: 'austin', isInitiator: false },
      { official: 'shin', isInitiator: false },
    ],
    missingAccount: "The ROK ministry's own release is not in the stored record; Yonhap reports it.",
    sources: [
      {
        key: 'dod-2023-10-austin-shin',
        kind: READOUT,
        publisher: 'dod',
        title: "Readout of Secretary of Defense Lloyd J. Austin III's Call With Republic of Korea Minister of National Defense Shin Wonsik",
        url: 'https://thefrontierpost.com/lloyd-j-austin-iiis-calls-republic-of-korea-minister-of-national-defense-shin-wonsik/',
        publishedOn: '2023-10-20',
        side: 'US',
        notes: `${MIRROR('The Frontier Post')} The copy is dated 1 January 2024, which is the republication, not the call: the readout's content matches the Pentagon release Yonhap quotes on 20 October 2023 (ironclad extended deterrence, frequent communication), so the call's date is used.`,
        statements: [
          {
            text: 'The Pentagon says the two went over shared defense priorities on the Korean Peninsula and stressed how strong the alliance is and how much it matters to Indo-Pacific stability.',
            parties: ['austin', 'shin'],
            topics: ['us-rok-alliance'],
          },
          {
            text: 'The Pentagon says Austin reaffirmed that the U.S. extended deterrence commitment to the defense of the ROK is ironclad.',
            parties: ['austin'],
            commitments: [['edkr', REAFFIRMS]],
            topics: ['deterrence'],
          },
          {
            text: 'The Pentagon says the two praised the progress of U.S.-ROK-Japan security cooperation and agreed their departments would keep talking often about key security issues.',
            parties: ['austin', 'shin'],
            commitments: [['tri', AFFIRMS]],
          },
        ],
      },
      {
        key: 'yonhap-2023-10-20',
        kind: NEWS_ARTICLE,
        publisher: 'koreaherald',
        title: 'New defense chief holds first phone talks with US counterpart',
        url: 'https://m.koreaherald.com/view.php?mp=4&np=40&ud=20231020000212',
        publishedOn: '2023-10-20',
        side: 'INDEPENDENT',
        notes: 'A Yonhap report carried by The Korea Herald.',
        statements: [
          {
            text: 'Per the ROK ministry, the two stressed keeping a strong combined defense posture to deter and answer North Korean nuclear and missile threats.',
            parties: ['shin', 'austin'],
            attributedTo: 'mnd',
            commitments: [['defkr', AFFIRMS]],
          },
          {
            text: 'Per the ROK ministry, the two saw a need to keep expanding cooperation among the ROK, the United States and Japan on the basis of the Camp David agreement.',
            parties: ['shin', 'austin'],
            attributedTo: 'mnd',
            commitments: [['tri', AFFIRMS]],
          },
          {
            text: 'Per a Pentagon release, Austin reaffirmed the ironclad U.S. extended deterrence commitment to the ROK, and the two agreed to communicate often on key security issues.',
            parties: ['austin'],
            attributedTo: 'dod',
            commitments: [['edkr', REAFFIRMS]],
          },
        ],
      },
    ],
  },
  {
    key: 'trilateral-2023-11',
    title: 'U.S.-Japan-ROK trilateral defense ministerial meeting in Seoul',
    kind: MEETING,
    date: '2023-11-12',
    timeZone: 'Asia/Seoul',
    startedAt: null,
    durationMinutes: null,
    summary:
      'The three defense ministers, the day before the 55th SCM: Austin and Shin met in Seoul, Kihara joined by video link (per the Pentagon’s statement).',
    participants: [
      { official: 'austin', isInitiator: false },
      { official: 'shin', isInitiator: false },
      { official: 'kihara', isInitiator: false },
    ],
    missingAccount:
      'Neither ally’s own account of the meeting day is in the stored record: the Pentagon’s statement and photo caption are, and the three ministries’ joint statement of December on what the meeting agreed.',
    sources: [
      {
        key: 'dvids-2023-11-12',
        kind: NEWS_ARTICLE,
        publisher: 'dvids',
        title: 'SecDef visit Seoul (photo and caption)',
        url: 'https://www.dvidshub.net/image/8119644/secdef-visit-seoul',
        publishedOn: '2023-11-12',
        side: 'US',
        notes:
          'A Defense Department photo caption. The photo is dated 12 November 2023; the caption shows no publication date, so the photo date is used.',
        statements: [
          {
            text: 'The caption says the three ministers discussed shared regional security concerns and reviewed how trilateral security cooperation is being carried out and could be strengthened.',
            parties: ['austin', 'shin', 'kihara'],
            commitments: [['tri', REAFFIRMS]],
          },
        ],
      },
      {
        key: 'dod-2023-11-12-tmm',
        kind: PRESS_RELEASE,
        publisher: 'dod',
        title: 'United States-Japan-Republic of Korea Trilateral Ministerial Meeting Unilateral Press Statement',
        url: 'http://www.kirtland.af.mil/News/Article/3592544/united-states-japan-republic-of-korea-trilateral-ministerial-meeting-unilateral/',
        publishedOn: '2023-11-12',
        side: 'US',
        notes: `The Pentagon's statement as republished on a U.S. Air Force base's site; a unilateral statement, not a joint one. ${NO_DATE_ON_COPY}`,
        statements: [
          {
            text: 'The Pentagon says the three condemned North Korea’s space launch vehicle tests as violations of Security Council resolutions and discussed strengthening trilateral security cooperation against such threats.',
            parties: ['austin', 'shin', 'kihara'],
            commitments: [['tri', AFFIRMS]],
            topics: ['north-korea-nuclear-missile-threats'],
          },
          {
            text: 'The Pentagon says the three opposed any unilateral attempt to change the status quo by force or coercion and called peace and stability across the Taiwan Strait indispensable.',
            parties: ['austin', 'shin', 'kihara'],
            topics: ['taiwan-strait'],
          },
        ],
      },
      {
        key: 'joint-2023-12-19-tmm',
        kind: JOINT_STATEMENT,
        publisher: 'dod',
        title: 'United States-Japan-Republic of Korea Trilateral Ministerial Joint Press Statement',
        url: 'https://www.einpresswire.com/article/676291959/united-states-japan-republic-of-korea-trilateral-ministerial-joint-press-statement',
        publishedOn: '2023-12-19',
        side: 'JOINT',
        notes:
          'The three defense ministers’ joint press statement of 19 December 2023, read in a verbatim copy on EIN Presswire under the Pentagon release’s title; it reports the follow-through on what the ministers agreed at this meeting, so it is recorded as an account of it (dated the day it was issued).',
        statements: [
          {
            text: 'The three ministries announce that the real-time sharing of North Korean missile warning data is now fully running and that a trilateral exercise plan covering several years, starting early 2024, is in place, both as the three ministers had agreed at their November meeting.',
            parties: ['austin', 'kihara', 'shin'],
            commitments: [['tri', AFFIRMS]],
            topics: ['north-korea-nuclear-missile-threats'],
          },
        ],
      },
    ],
  },
  {
    key: 'scm-55',
    title: '55th U.S.-ROK Security Consultative Meeting',
    kind: MEETING,
    date: '2023-11-13',
    timeZone: 'Asia/Seoul',
    startedAt: null,
    durationMinutes: null,
    summary: "The annual Security Consultative Meeting in Seoul, the two ministers' first meeting in person.",
    participants: [
      { official: 'austin', isInitiator: false },
      { official: 'shin', isInitiator: false },
    ],
    missingAccount: null,
    sources: [
      {
        key: 'dod-2023-11-13-presser',
        kind: TRANSCRIPT,
        publisher: 'dod',
        title:
          'Secretary of Defense Lloyd J. Austin III joint press conference with Republic of Korea Minister of National Defense Shin Won-sik',
        url: 'https://www.defense.gov/News/Transcripts/Transcript/Article/3587394/secretary-of-defense-lloyd-j-austin-iii-joint-press-conference-with-republic-of/',
        publishedOn: '2023-11-13',
        side: 'JOINT',
        notes: 'The transcript of the joint press conference, as published by the Department of Defense.',
        statements: [
          {
            text: 'Shin said that at the meeting he and Austin affirmed how robust the alliance and its combined defense posture are.',
            parties: ['shin', 'austin'],
            speakers: ['shin'],
            commitments: [['defkr', REAFFIRMS]],
          },
          {
            text: 'Shin said the meeting turned defense agreements into steps that develop the alliance into a global comprehensive strategic alliance.',
            parties: ['shin', 'austin'],
            speakers: ['shin'],
            topics: ['global-comprehensive-strategic-alliance'],
          },
        ],
      },
      {
        key: 'communique-scm55',
        kind: JOINT_STATEMENT,
        publisher: 'dod',
        title: '55th Security Consultative Meeting Joint Communique',
        url: 'https://businesstelegraph.co.uk/55th-security-consultative-meeting-joint-communique-u-s-department-of-defense',
        publishedOn: '2023-11-13',
        side: 'JOINT',
        notes: `${MIRROR('a news site')} ${NO_DATE_ON_COPY}`,
        statements: [
          {
            text: 'The communiqué restates that the alliance anchors peace and stability on the peninsula and further afield, and repeats the goal the two presidents set in April 2023 of growing it into a global comprehensive strategic alliance.',
            parties: ['austin', 'shin'],
            speakers: ['austin', 'shin'],
            topics: ['global-comprehensive-strategic-alliance'],
          },
        ],
      },
      {
        key: 'yonhap-2023-11-09',
        kind: NEWS_ARTICLE,
        publisher: 'yonhap',
        title: 'S. Korea, U.S. defense chiefs to hold annual security talks in Seoul next week',
        url: 'https://m.korean-vibe.com/news/newsview.php?ncode=179560651281566',
        publishedOn: '2023-11-09',
        side: 'INDEPENDENT',
        notes: 'A Yonhap preview, as carried by Korean Vibe; it reports the agenda, not the outcome.',
        statements: [
          {
            text: "Yonhap reports, citing the ROK ministry, that the meeting would take up ways to strengthen U.S. extended deterrence against North Korea's threats.",
            parties: ['shin', 'austin'],
            attributedTo: 'mnd',
            topics: ['deterrence'],
          },
        ],
      },
    ],
  },
  // ------------------------------------------------------------------------------------------
  // 2024
  {
    key: 'austin-kihara-2024-05',
    title: 'Austin–Kihara meeting in Hawaii',
    kind: MEETING,
    date: '2024-05-02',
    timeZone: 'Pacific/Honolulu',
    startedAt: '2024-05-02T11:53:00-10:00',
    durationMinutes: 45,
    summary: 'Talks in Hawaii after the April 2024 U.S.-Japan summit.',
    participants: [
      { official: 'austin', isInitiator: false },
      { official: 'kihara', isInitiator: false },
    ],
    missingAccount: null,
    sources: [
      {
        key: 'dod-2024-05-austin-hawaii',
        kind: PRESS_RELEASE,
        publisher: 'dod',
        title: 'Secretary Austin Concludes Trip to Hawaii',
        url: 'https://www.defense.gov/News/Releases/Release/Article/3765360/secretary-austin-concludes-trip-to-hawaii/',
        publishedOn: '2024-05-02',
        side: 'US',
        notes:
          "A Pentagon release on the whole Hawaii trip; its part on Thursday, 2 May covers the meeting with Kihara at Camp Smith. The stored copy shows no publication date; the meeting's date is used.",
        statements: [
          {
            text: 'The Pentagon says the two met at Camp Smith to carry forward the momentum of the alliance, and went over how to put into effect what was agreed during Prime Minister Kishida’s official visit to Washington.',
            parties: ['austin', 'kihara'],
            topics: ['us-japan-alliance'],
          },
          {
            text: 'The Pentagon says the two looked at ways to make the alliance stronger through closer cooperation with partners in the Indo-Pacific.',
            parties: ['austin', 'kihara'],
            topics: ['free-and-open-indo-pacific'],
          },
        ],
      },
      {
        key: 'mod-2024-05-03-austin',
        kind: PRESS_RELEASE,
        publisher: 'mod',
        title: 'Japan-U.S. Defense Ministerial Meeting (Summary), 2 May 2024',
        url: 'http://www.mod.go.jp/en/article/2024/05/cc97a978d551395bb4fc46753beec10f25d64703.html',
        publishedOn: '2024-05-03',
        side: 'ALLY',
        notes: 'Dated 3 May (Tokyo); the ministry gives the start (11:53 local time) and length (about 45 minutes) of the talks.',
        statements: [
          {
            text: "Japan's ministry says the two agreed that unilateral changes to the status quo by force must not be tolerated anywhere, the Indo-Pacific included, and that the alliance's ability to deter and respond must grow.",
            parties: ['kihara', 'austin'],
            topics: ['deterrence'],
          },
          {
            text: "Japan's ministry says the two will keep discussing how to upgrade their command and control frameworks for better interoperability.",
            parties: ['kihara', 'austin'],
            commitments: [['c2', AFFIRMS]],
            topics: ['alliance-command-and-control'],
          },
          {
            text: "Japan's ministry says the two agreed once more that steadily expanding the allies' presence in Japan's southwestern region matters.",
            parties: ['kihara', 'austin'],
            commitments: [['southwest', REAFFIRMS]],
            topics: ['southwest-islands'],
          },
        ],
      },
    ],
  },
  {
    key: 'tdmm-2024-05',
    title: 'U.S.-Japan-Australia trilateral defense ministers’ meeting in Hawaii, 2024',
    kind: MEETING,
    date: '2024-05-02',
    timeZone: 'Pacific/Honolulu',
    startedAt: null,
    durationMinutes: null,
    summary: `The thirteenth trilateral defense ministers' meeting, at Camp Smith after the Austin–Kihara bilateral. ${TDMM}`,
    participants: [
      { official: 'austin', isInitiator: true },
      { official: 'kihara', isInitiator: false },
    ],
    missingAccount: null,
    sources: [
      {
        key: 'joint-2024-05-02-tdmm',
        kind: JOINT_STATEMENT,
        publisher: 'dod',
        title: 'United States-Japan-Australia Trilateral Defense Ministers’ Meeting (TDMM) 2024 Joint Statement, May 2, 2024',
        url: 'https://gino.khan.kr/m/1647',
        publishedOn: '2024-05-03',
        side: 'JOINT',
        notes:
          "The Pentagon's release of the joint statement, dated 3 May 2024, as copied in full on a Korean blog on 4 May 2024; the department's own page (defense.gov release 3764063) is not in the stored record.",
        statements: [
          {
            text: 'The joint statement from the thirteenth meeting says the ministers found deep strategic alignment in each country’s recent strategy documents and growing trilateral coordination at every level and in every domain.',
            parties: ['austin', 'kihara'],
            speakers: ['austin', 'kihara'],
            topics: ['australia-japan-us', 'free-and-open-indo-pacific'],
          },
          {
            text: 'The ministers restated strong opposition to any PRC attempt to change the status quo by force or coercion in the South and East China Seas, naming unsafe encounters, militarized features and the use of coast guard and maritime militia vessels.',
            parties: ['austin', 'kihara'],
            speakers: ['austin', 'kihara'],
            topics: ['east-and-south-china-seas'],
          },
        ],
      },
    ],
  },
  {
    key: 'austin-kihara-2024-06',
    title: 'Austin–Kihara meeting in Singapore, 2024',
    kind: MEETING,
    date: '2024-06-02',
    timeZone: 'Asia/Singapore',
    startedAt: '2024-06-02T13:15:00+08:00',
    durationMinutes: 30,
    summary: 'A meeting at the Shangri-La Dialogue, before the trilateral meeting with the ROK.',
    participants: [
      { official: 'austin', isInitiator: false },
      { official: 'kihara', isInitiator: false },
    ],
    missingAccount: NO_US_ACCOUNT,
    sources: [
      {
        key: 'mod-2024-06-kihara-report',
        kind: TRANSCRIPT,
        publisher: 'mod',
        title: "Defense Minister Kihara's report on his meetings in Singapore (provisional translation)",
        url: 'https://www.mod.go.jp/en/article/2024/06/2828a59ac1a6dff5892fb3815498a675dd5ef56e.html',
        publishedOn: '2024-06-02',
        side: 'ALLY',
        notes:
          "The ministry's provisional English translation (by an outside company) of Kihara's own account of his bilateral and trilateral meetings at the Shangri-La Dialogue. The stored copy shows no date; the meeting's date is used.",
        statements: [
          {
            text: 'Kihara said he and Austin reaffirmed they would work closely on the initiatives that strengthen deterrence and response, naming upgraded command and control, extended deterrence and defense industrial cooperation, and would keep widening cooperation with regional partners.',
            parties: ['kihara', 'austin'],
            speakers: ['kihara'],
            commitments: [['c2', REAFFIRMS]],
            topics: ['alliance-command-and-control', 'deterrence'],
          },
        ],
      },
      {
        key: 'mod-2024-06-02-austin',
        kind: PRESS_RELEASE,
        publisher: 'mod',
        title: 'Japan-U.S. Defense Ministerial Meeting (Summary), 2 June 2024',
        url: 'https://www.mod.go.jp/en/article/2024/06/7b95cd4853e215b57b87baaba256c7ba464e97f1.html',
        publishedOn: '2024-06-02',
        side: 'ALLY',
        notes: 'The ministry gives the start (13:15 local time) and length (about 30 minutes) of the talks.',
        statements: [
          {
            text: "Japan's ministry says the two reaffirmed they will work together to carry out the April summit's initiatives: upgraded command and control, extended deterrence and defense industrial cooperation.",
            parties: ['kihara', 'austin'],
            commitments: [['c2', REAFFIRMS]],
            topics: ['alliance-command-and-control'],
          },
          {
            text: "Japan's ministry says the two again agreed on steadily expanding the allies' presence in Japan's southwestern region.",
            parties: ['kihara', 'austin'],
            commitments: [['southwest', REAFFIRMS]],
            topics: ['southwest-islands'],
          },
        ],
      },
    ],
  },
  {
    key: 'austin-shin-2024-06',
    title: 'Austin–Shin meeting in Singapore',
    kind: MEETING,
    date: '2024-06-02',
    timeZone: 'Asia/Singapore',
    startedAt: null,
    durationMinutes: null,
    summary: 'A bilateral meeting on the sidelines of the Shangri-La Dialogue.',
    participants: [
      { official: 'austin', isInitiator: false },
      { official: 'shin', isInitiator: false },
    ],
    missingAccount: NO_US_ACCOUNT,
    sources: [
      {
        key: 'mnd-2024-06-02-austin',
        kind: PRESS_RELEASE,
        publisher: 'mnd',
        title: 'Results of Korea-U.S. Defense Ministerial Meeting Held on Sidelines of Shangri-La Dialogue',
        url: 'https://mnd.go.kr/user/boardList.action?boardId=I_8576246&boardSeq=O_364286&column=null&command=view&id=mndEN_020600000000&page=1&search=null&siteId=mndEN&titleId=null',
        publishedOn: '2024-06-02',
        side: 'ALLY',
        notes: null,
        statements: [
          {
            text: "The ROK ministry says both condemned North Korea's reconnaissance satellite launches as a flagrant breach of Security Council resolutions.",
            parties: ['shin', 'austin'],
            topics: ['north-korea-nuclear-missile-threats'],
          },
          {
            text: "The ROK ministry says Shin called North Korea's trash balloons a clear and serious violation of the Armistice Agreement.",
            parties: ['shin'],
            topics: ['korean-peninsula-security'],
          },
          {
            text: "The ROK ministry says both sides reaffirmed a close, coordinated response to any North Korean threat, drawing on the alliance's joint defense posture.",
            parties: ['shin', 'austin'],
            commitments: [['defkr', REAFFIRMS]],
          },
        ],
      },
    ],
  },
  {
    key: 'trilateral-2024-06',
    title: 'U.S.-Japan-ROK trilateral defense ministerial meeting in Singapore, 2024',
    kind: MEETING,
    date: '2024-06-02',
    timeZone: 'Asia/Singapore',
    startedAt: null,
    durationMinutes: null,
    summary: 'The three defense ministers at the Shangri-La Dialogue.',
    participants: [
      { official: 'austin', isInitiator: false },
      { official: 'kihara', isInitiator: false },
      { official: 'shin', isInitiator: false },
    ],
    missingAccount: null,
    sources: [
      {
        key: 'dodnews-2024-06-03-singapore',
        kind: NEWS_ARTICLE,
        publisher: 'dod',
        title: 'Indo-Pacific Visit Is an Opportunity to Engage With Partners',
        url: 'https://www.defense.gov/News/News-Stories/Article/Article/3794029/indo-pacific-visit-is-an-opportunity-to-engage-with-partners/',
        publishedOn: '2024-06-03',
        side: 'US',
        weak: 'PASSING_MENTION',
        notes:
          'A DOD News story (David Vergun) dated 3 June 2024 on Austin’s briefing in Singapore; it lists the trilateral meeting among his meetings there.',
        statements: [
          {
            text: 'DOD News lists a trilateral meeting with Shin and Kihara among Austin’s Singapore meetings, and reports him saying such visits are meant to reassure allies and partners that they share a vision of a free and open Indo-Pacific.',
            parties: ['austin'],
            speakers: ['austin'],
            topics: ['free-and-open-indo-pacific'],
          },
        ],
      },
      {
        key: 'joint-2024-06-02-tmm',
        kind: JOINT_STATEMENT,
        publisher: 'dod',
        title: 'United States-Japan-Republic of Korea Trilateral Ministerial Meeting Joint Statement, 2 June 2024',
        url: 'https://miragenews.com/us-japan-korea-trilateral-ministerial-meeting-1247667',
        publishedOn: '2024-06-02',
        side: 'JOINT',
        notes: `${MIRROR('Mirage News')} ${NO_DATE_ON_COPY}`,
        statements: [
          {
            text: 'In the joint statement the United States reaffirms its ironclad commitment to defend Japan and the ROK, backed by the full range of its capabilities, conventional and nuclear.',
            parties: ['austin'],
            speakers: ['austin', 'kihara', 'shin'],
            commitments: [
              ['defjp', REAFFIRMS],
              ['defkr', REAFFIRMS],
            ],
          },
          {
            text: 'In the joint statement the three decide to take turns hosting the trilateral ministerial meeting, the chiefs of defense meeting and the Defense Trilateral Talks, starting this year.',
            parties: ['austin', 'kihara', 'shin'],
            speakers: ['austin', 'kihara', 'shin'],
            commitments: [['tri', AFFIRMS]],
          },
        ],
      },
      {
        key: 'mnd-2024-06-02-tmm',
        kind: PRESS_RELEASE,
        publisher: 'mnd',
        title:
          'Trilateral Defense Ministerial Meeting between South Korea, the United States, and Japan held on sidelines of Shangri-La Dialogue',
        url: 'https://mnd.go.kr/user/boardList.action?boardId=I_8576246&boardSeq=O_364288&column=null&command=view&id=mndEN_020600000000&page=1&search=null&siteId=mndEN&titleId=null',
        publishedOn: '2024-06-02',
        side: 'ALLY',
        notes: `The ROK ministry's English release on the meeting. ${NO_DATE_ON_COPY}`,
        statements: [
          {
            text: 'The ROK ministry says the United States reaffirmed its ironclad defense commitments to South Korea and Japan, backed by every category of U.S. capability, conventional and nuclear.',
            parties: ['austin'],
            commitments: [
              ['defkr', REAFFIRMS],
              ['defjp', REAFFIRMS],
            ],
          },
        ],
      },
      {
        key: 'fnw-2024-06-02-tmm',
        kind: NEWS_ARTICLE,
        publisher: 'fnw',
        title: 'United States, Japan, Republic of Korea meet for high-level defense talks in Singapore',
        url: 'https://thefederalnewswire.com/stories/660277589-united-states-japan-republic-of-korea-meet-for-high-level-defense-talks-in-singapore',
        publishedOn: '2024-06-02',
        side: 'INDEPENDENT',
        notes: `A news report of the Defense Department's release. ${NO_DATE_ON_COPY}`,
        statements: [
          {
            text: "Per the Pentagon's release, the United States reaffirmed its ironclad commitment to defend Japan and the ROK, backed by the full range of U.S. capabilities, conventional and nuclear.",
            parties: ['austin'],
            attributedTo: 'dod',
            commitments: [
              ['defjp', REAFFIRMS],
              ['defkr', REAFFIRMS],
              ['edjp', REAFFIRMS],
              ['edkr', REAFFIRMS],
            ],
          },
          {
            text: 'Per the release, the three decided to hold their trilateral ministerial, chiefs-of-defense and defense talks meetings with rotating hosts, to institutionalize trilateral cooperation.',
            parties: ['austin', 'kihara', 'shin'],
            attributedTo: 'dod',
            commitments: [['tri', REAFFIRMS]],
          },
        ],
      },
    ],
  },
  {
    key: 'twoplustwo-jp-2024-07',
    title: 'U.S.-Japan Security Consultative Committee (2+2), Tokyo, July 2024',
    kind: MEETING,
    date: '2024-07-28',
    timeZone: 'Asia/Tokyo',
    startedAt: null,
    durationMinutes: null,
    summary:
      'The foreign and defense ministers of both countries (Blinken, Austin, Kamikawa, Kihara), with an extended deterrence ministerial.',
    participants: [
      { official: 'austin', isInitiator: false },
      { official: 'kihara', isInitiator: false },
    ],
    missingAccount: null,
    sources: [
      {
        key: 'mod-2024-07-28-scc',
        kind: PRESS_RELEASE,
        publisher: 'mod',
        title: 'Japan-U.S. Security Consultative Committee ("2+2"), 28 July 2024',
        url: 'https://www.mod.go.jp/en/article/2024/07/c11d4b86153aa309ebba4717f43490430d31343c.html',
        publishedOn: '2024-07-28',
        side: 'ALLY',
        notes: `The ministry's short note on the meeting, linking the joint statement. ${NO_DATE_ON_COPY}`,
        statements: [
          {
            text: "Japan's ministry says the four ministers discussed strengthening the alliance's ability to deter and respond and agreed on more concrete cooperation toward a free and open Indo-Pacific.",
            parties: ['kihara', 'austin'],
            topics: ['deterrence', 'free-and-open-indo-pacific'],
          },
        ],
      },
      {
        key: 'joint-2024-07-28-scc',
        kind: JOINT_STATEMENT,
        publisher: 'dod',
        title: 'Joint Statement of the Security Consultative Committee ("2+2"), 28 July 2024',
        url: 'https://securengin.fifthestate.nz/category/us-indo-pacific-command/page/85',
        publishedOn: '2024-07-28',
        side: 'JOINT',
        notes: `Released by both governments; the copy read is an aggregator's listing of U.S. Indo-Pacific Command's republication, which opens with the statement's first paragraphs. ${NO_DATE_ON_COPY}`,
        statements: [
          {
            text: 'The joint statement names the alliance as the foundation of regional peace and prosperity and says the two countries will stand side by side in defending an open international order governed by law.',
            parties: ['austin', 'kihara'],
            speakers: ['austin', 'kihara'],
            topics: ['us-japan-alliance'],
          },
        ],
      },
    ],
  },
  {
    key: 'trilateral-2024-07',
    title: 'U.S.-Japan-ROK trilateral defense ministerial meeting in Tokyo',
    kind: MEETING,
    date: '2024-07-28',
    timeZone: 'Asia/Tokyo',
    startedAt: null,
    durationMinutes: null,
    summary:
      'The first trilateral defense ministerial meeting held in Japan; the three signed a memorandum on institutionalizing trilateral security cooperation.',
    participants: [
      { official: 'austin', isInitiator: false },
      { official: 'kihara', isInitiator: false },
      { official: 'shin', isInitiator: false },
    ],
    missingAccount: null,
    sources: [
      {
        key: 'joint-2024-07-28-tmm',
        kind: JOINT_STATEMENT,
        publisher: 'dod',
        title: 'Japan-United States-Republic of Korea Trilateral Ministerial Meeting Joint Statement, 28 July 2024',
        url: 'https://miragenews.com/japan-us-s-korea-trilateral-ministerial-joint-1284500',
        publishedOn: '2024-07-28',
        side: 'JOINT',
        notes: `${MIRROR('Mirage News')} ${NO_DATE_ON_COPY}`,
        statements: [
          {
            text: 'In the joint statement the three voice grave concern at deepening Russia-North Korea military and economic cooperation, marked by their comprehensive strategic partnership treaty, as contrary to Security Council resolutions.',
            parties: ['kihara', 'austin', 'shin'],
            speakers: ['kihara', 'austin', 'shin'],
            topics: ['russia-north-korea-cooperation'],
          },
          {
            text: 'In the joint statement the three say again that they remain committed to deeper three-way security cooperation as a deterrent to North Korean nuclear weapons and missiles.',
            parties: ['kihara', 'austin', 'shin'],
            speakers: ['kihara', 'austin', 'shin'],
            commitments: [['tri', REAFFIRMS]],
          },
        ],
      },
      {
        key: 'jiji-2024-07-28-tmm',
        kind: NEWS_ARTICLE,
        publisher: 'jiji',
        title: 'Japan, U.S., S. Korea reaffirm unity over N. Korea',
        url: 'https://www.nippon.com/en/news/yjj2024072800104/japan-u-s-s-korea-reaffirm-unity-over-n-korea.html',
        publishedOn: '2024-07-28',
        side: 'INDEPENDENT',
        notes: 'Jiji Press, as carried by nippon.com.',
        statements: [
          {
            text: 'Jiji reports the three signed a memorandum institutionalizing trilateral security cooperation, with rotating annual ministerial meetings, real-time sharing of North Korean missile data and joint exercises.',
            parties: ['kihara', 'austin', 'shin'],
            commitments: [['tri', AFFIRMS]],
          },
        ],
      },
    ],
  },
  {
    key: 'austin-shin-2024-07',
    title: 'Austin–Shin defense ministerial meeting in Tokyo',
    kind: MEETING,
    date: '2024-07-28',
    timeZone: 'Asia/Tokyo',
    startedAt: null,
    durationMinutes: null,
    summary: 'A U.S.-ROK ministerial held in Tokyo, the day of the first trilateral ministerial hosted in Japan.',
    participants: [
      { official: 'austin', isInitiator: false },
      { official: 'shin', isInitiator: false },
    ],
    missingAccount: null,
    sources: [
      {
        key: 'joint-2024-07-28',
        kind: JOINT_STATEMENT,
        publisher: 'dod',
        title: 'Joint Press Release for the ROK-U.S. Defense Ministerial Meeting',
        url: 'https://creativenewsandviews.blogspot.com/2024/07/joint-press-release-for-rok-us-defense.html',
        publishedOn: '2024-07-27',
        side: 'JOINT',
        notes: `${MIRROR('a blog')} Dated 27 July in Washington.`,
        statements: [
          {
            text: 'The joint release says the two reaffirmed their resolve to deter and answer North Korean threats on the strength of the combined defense posture.',
            parties: ['shin', 'austin'],
            speakers: ['shin', 'austin'],
            commitments: [['defkr', REAFFIRMS]],
          },
          {
            text: 'The joint release says arms trade and technology transfer between Russia and North Korea clearly violate Security Council resolutions.',
            parties: ['shin', 'austin'],
            speakers: ['shin', 'austin'],
            topics: ['russia-north-korea-cooperation'],
          },
          {
            text: 'The joint release says the nuclear deterrence guidelines signed in the Nuclear Consultative Group’s first year give extended deterrence cooperation a solid foundation.',
            parties: ['shin', 'austin'],
            speakers: ['shin', 'austin'],
            commitments: [['edkr', REAFFIRMS]],
          },
        ],
      },
    ],
  },
  {
    key: 'austin-kihara-2024-07',
    title: 'Austin–Kihara meeting in Tokyo',
    kind: MEETING,
    date: '2024-07-29',
    timeZone: 'Asia/Tokyo',
    startedAt: null,
    durationMinutes: null,
    summary: 'A bilateral meeting the day after the U.S.-Japan 2+2 and the trilateral ministerial in Tokyo.',
    participants: [
      { official: 'austin', isInitiator: false },
      { official: 'kihara', isInitiator: false },
    ],
    missingAccount: NO_ALLY_ACCOUNT("Japan's Ministry of Defense"),
    sources: [
      {
        key: 'dod-2024-07-29-kihara',
        kind: READOUT,
        publisher: 'dod',
        title: "Readout of Secretary of Defense Lloyd J. Austin III's Meeting With Japanese Minister of Defense Kihara Minoru",
        url: 'https://creativenewsandviews.blogspot.com/2024/07/readout-of-secretary-of-defense-lloyd-j_29.html',
        publishedOn: '2024-07-29',
        side: 'US',
        notes: MIRROR('a blog'),
        statements: [
          {
            text: "The Pentagon says Austin reaffirmed the unwavering, ironclad U.S. commitment to Japan's defense, the cornerstone of Indo-Pacific peace.",
            parties: ['austin'],
            commitments: [['defjp', REAFFIRMS]],
          },
          {
            text: 'The Pentagon says the two welcomed the 2+2 announcements on defense industrial cooperation and alliance command and control.',
            parties: ['austin', 'kihara'],
            commitments: [['c2', REAFFIRMS]],
            topics: ['alliance-command-and-control'],
          },
          {
            text: 'The Pentagon says both welcomed the trilateral ministerial held with Shin the day before, the first ever in Japan or the ROK.',
            parties: ['austin', 'kihara'],
            commitments: [['tri', REAFFIRMS]],
          },
        ],
      },
    ],
  },
  {
    key: 'austin-nakatani-2024-10',
    title: 'Austin–Nakatani telephone call',
    kind: PHONE_CALL,
    date: '2024-10-08',
    timeZone: 'Asia/Tokyo',
    startedAt: null,
    durationMinutes: null,
    summary: "Nakatani's first talks with Austin after taking office, late on a Tuesday in Tokyo.",
    participants: [
      { official: 'austin', isInitiator: false },
      { official: 'nakatani', isInitiator: false },
    ],
    missingAccount: 'Neither ministry’s own account is in the stored record; The Japan Times quotes Japan’s.',
    sources: [
      {
        key: 'japantimes-2024-10-09',
        kind: NEWS_ARTICLE,
        publisher: 'japantimes',
        title: 'Nakatani and Austin agree to expand U.S.-Japan presence in Nansei Islands',
        url: 'https://www.japantimes.co.jp/news/2024/10/09/japan/politics/nakatani-austin-us-japan-defense/',
        publishedOn: '2024-10-09',
        side: 'INDEPENDENT',
        notes: "The Japan Times' report of the ministry's statement; the headline is this dataset's summary of it.",
        statements: [
          {
            text: "Per Japan's ministry, the two agreed to keep expanding the bilateral presence in the Nansei Islands.",
            parties: ['nakatani', 'austin'],
            attributedTo: 'mod',
            commitments: [['southwest', REAFFIRMS]],
            topics: ['southwest-islands'],
          },
          {
            text: "Per Japan's ministry, modernizing the alliance's command and control was another focus of the talks.",
            parties: ['nakatani', 'austin'],
            attributedTo: 'mod',
            commitments: [['c2', AFFIRMS]],
          },
        ],
      },
    ],
  },
  {
    key: 'austin-nakatani-2024-10-naples',
    title: 'Austin–Nakatani meeting in Naples',
    kind: MEETING,
    date: '2024-10-19',
    timeZone: 'Europe/Rome',
    startedAt: null,
    durationMinutes: null,
    summary: "The two ministers' first meeting in person, in Naples during the G7 defense ministers' meeting.",
    participants: [
      { official: 'austin', isInitiator: false },
      { official: 'nakatani', isInitiator: false },
    ],
    missingAccount: 'Neither ministry’s own account is in the stored record; The Japan Times reports Japan’s.',
    sources: [
      {
        key: 'japantimes-2024-10-20',
        kind: NEWS_ARTICLE,
        publisher: 'japantimes',
        title: 'The Japan Times report on the Nakatani–Austin talks in Naples',
        url: 'https://japantimes.co.jp/news/2024/10/20/japan/politics/japan-us-defense-chiefs-meeting',
        publishedOn: '2024-10-20',
        side: 'INDEPENDENT',
        notes:
          'The copy is dated by its address (20 October 2024) and says the talks were held on Saturday, that is 19 October. The stored copy shows no headline; the title here is a description.',
        statements: [
          {
            text: 'The Japan Times, citing Japan’s ministry, reports the two shared a strong sense of crisis over recent military moves around Japan and agreed to strengthen the alliance’s deterrence and response, including the effective use of Japan’s counterstrike capability and better command and control.',
            parties: ['nakatani', 'austin'],
            attributedTo: 'mod',
            commitments: [['c2', AFFIRMS]],
            topics: ['counterstrike-capabilities', 'alliance-command-and-control'],
          },
        ],
      },
    ],
  },
  {
    key: 'scm-56',
    title: '56th U.S.-ROK Security Consultative Meeting',
    kind: MEETING,
    date: '2024-10-30',
    timeZone: 'America/New_York',
    startedAt: null,
    durationMinutes: null,
    summary: 'The annual Security Consultative Meeting in Washington.',
    participants: [
      { official: 'austin', isInitiator: false },
      { official: 'kimyh', isInitiator: false },
    ],
    missingAccount: null,
    sources: [
      {
        key: 'dod-2024-10-30-presser',
        kind: TRANSCRIPT,
        publisher: 'dod',
        title: 'Defense Secretary Lloyd J. Austin III and South Korean Defense Minister Kim Yong Hyun Hold a Press Conference',
        url: 'https://worldofsoftware.org/defense-secretary-lloyd-j-austin-iii-and-south-korean-defense-minister-kim-yong-hyun-hold',
        publishedOn: '2024-10-30',
        side: 'JOINT',
        notes:
          "The Pentagon's transcript of the two ministers' press conference after the 56th SCM, as republished in full by World of Software; the department's own page is not in the stored record. The copy shows no date; the meeting's date is used. The stored text holds Austin's opening remarks.",
        statements: [
          {
            text: 'Austin calls the SCM the alliance’s yearly capstone and says the two voiced deep concern in their meetings about North Korea sending troops to Russia, some 10,000 of them by the evidence, and discussed a response with allies and partners.',
            parties: ['austin', 'kimyh'],
            speakers: ['austin'],
            topics: ['russia-north-korea-cooperation'],
          },
        ],
      },
      {
        key: 'communique-scm56',
        kind: JOINT_STATEMENT,
        publisher: 'dod',
        title: '56th Security Consultative Meeting Joint Communique',
        url: 'https://pulsewaveglobal.com/news/56th-security-consultative-meeting-joint-communique',
        publishedOn: '2024-10-30',
        side: 'JOINT',
        notes: "The two governments' joint communiqué as republished by a news site; the copy read is the site's.",
        statements: [
          {
            text: 'The communiqué says both reaffirmed their unwavering mutual commitment to a combined defense posture to defend the ROK, as in the Mutual Defense Treaty and the Washington Declaration.',
            parties: ['austin', 'kimyh'],
            speakers: ['austin', 'kimyh'],
            commitments: [['defkr', REAFFIRMS]],
          },
          {
            text: 'The communiqué says the SCM helped make the alliance a Global Comprehensive Strategic Alliance.',
            parties: ['austin', 'kimyh'],
            speakers: ['austin', 'kimyh'],
            topics: ['global-comprehensive-strategic-alliance'],
          },
        ],
      },
      {
        key: 'factsheet-scm56',
        kind: PRESS_RELEASE,
        publisher: 'dod',
        title: 'U.S.-Republic of Korea Security Consultative Meeting and 2+2 Ministerial Dialogue Fact Sheet',
        url: 'https://armyranger.com/2024/10/u-s-republic-of-korea-security-consultative-meeting-and-22-ministerial-dialogue-fact-sheet/',
        publishedOn: '2024-10-30',
        side: 'US',
        notes: MIRROR('a veterans’ site'),
        statements: [
          {
            text: 'The fact sheet says the United States reaffirmed that its extended deterrence commitment to the ROK is ironclad, carried out through the Nuclear Consultative Group.',
            parties: ['austin'],
            commitments: [['edkr', REAFFIRMS]],
          },
        ],
      },
    ],
  },
  {
    key: 'twoplustwo-2024-10',
    title: '2024 U.S.-ROK Foreign and Defense Ministerial Meeting (2+2)',
    kind: MEETING,
    date: '2024-10-31',
    timeZone: 'America/New_York',
    startedAt: null,
    durationMinutes: null,
    summary:
      'The 2+2 at the State Department; the foreign ministers, Blinken and Cho Tae-yul, also took part (only the defense ministers are recorded as participants here).',
    participants: [
      { official: 'austin', isInitiator: false },
      { official: 'kimyh', isInitiator: false },
    ],
    missingAccount: null,
    sources: [
      {
        key: 'joint-2024-10-31',
        kind: JOINT_STATEMENT,
        publisher: 'dod',
        title: 'Joint Statement of the 2024 United States-Republic of Korea Foreign and Defense Ministerial Meeting (2+2)',
        url: 'https://fb-ytvideodownloder.online/joint-statement-of-the-2024-united-states-republic-of-korea-foreign-and-defense-ministerial-meeting-22-united-states-department-of-state',
        publishedOn: '2024-10-31',
        side: 'JOINT',
        notes: 'Released by both governments (the copy names the State Department); the copy read is a republication.',
        statements: [
          {
            text: 'The 2+2 statement says the United States reaffirmed its commitment to the defense of the ROK.',
            parties: ['austin'],
            speakers: ['austin', 'kimyh'],
            commitments: [['defkr', REAFFIRMS]],
          },
          {
            text: 'The 2+2 statement says the alliance has grown into a global comprehensive strategic alliance.',
            parties: ['austin', 'kimyh'],
            speakers: ['austin', 'kimyh'],
            topics: ['global-comprehensive-strategic-alliance'],
          },
        ],
      },
      {
        key: 'mnd-2024-2plus2',
        kind: PRESS_RELEASE,
        publisher: 'mnd',
        title: 'Joint statement made following the sixth Foreign and Defense Ministerial Meeting (2+2)',
        url: 'https://publicnow.com/view/D88C77B16D4D60F1B5C20C24F1A2EA37E846E3C9',
        publishedOn: '2024-11-14',
        side: 'ALLY',
        notes: 'The ROK ministry’s release as archived by a press-release aggregator, which dates its copy 14 November 2024.',
        statements: [
          {
            text: 'The ROK ministry says both sides strongly condemned the deepening military ties between Russia and North Korea and pledged to monitor Russian support to the North.',
            parties: ['kimyh', 'austin'],
            topics: ['russia-north-korea-cooperation'],
          },
          {
            text: 'The ROK ministry says Kim Yong-hyun strongly called for the North Korean troops sent to Russia to be withdrawn.',
            parties: ['kimyh'],
            topics: ['russia-north-korea-cooperation'],
          },
        ],
      },
    ],
  },
  {
    key: 'tdmm-2024-11',
    title: 'U.S.-Japan-Australia trilateral defense ministers’ meeting in Darwin, 2024',
    kind: MEETING,
    date: '2024-11-17',
    timeZone: 'Australia/Darwin',
    startedAt: null,
    durationMinutes: null,
    summary: `The fourteenth trilateral defense ministers' meeting, in Darwin. ${TDMM}`,
    participants: [
      { official: 'austin', isInitiator: false },
      { official: 'nakatani', isInitiator: false },
    ],
    missingAccount: null,
    sources: [
      {
        key: 'joint-2024-11-17-tdmm',
        kind: JOINT_STATEMENT,
        publisher: 'dod',
        title: 'Australia-Japan-United States Trilateral Defense Ministers’ Meeting November 2024 Joint Statement',
        url: 'https://www.pacom.mil/Media/NEWS/News-Article-View/Article/3970598/australia-japan-united-states-trilateral-defense-ministers-meeting-november-202',
        publishedOn: '2024-11-17',
        side: 'JOINT',
        notes:
          "The joint statement as U.S. Indo-Pacific Command posted it on its own site; the stored copy shows no date, so the meeting's date is used.",
        statements: [
          {
            text: 'The joint statement from the fourteenth meeting commits the three to a peaceful, stable and prosperous Indo-Pacific in which sovereignty is respected and nations decide free of coercion or threats of force.',
            parties: ['austin', 'nakatani'],
            speakers: ['austin', 'nakatani'],
            topics: ['australia-japan-us', 'free-and-open-indo-pacific'],
          },
          {
            text: 'The ministers reaffirmed their support for ASEAN centrality and committed to back Pacific-led responses to the Pacific’s security challenges.',
            parties: ['austin', 'nakatani'],
            speakers: ['austin', 'nakatani'],
            topics: ['australia-japan-us'],
          },
        ],
      },
      {
        key: 'dodnews-2024-11-17-tdmm',
        kind: NEWS_ARTICLE,
        publisher: 'dod',
        title: 'Austin Meets With Japanese, Australian Counterparts to Advance Defense Ties',
        url: 'https://pulsewaveglobal.com/news/austin-meets-with-japanese-australian-counterparts-to-advance-defense-ties',
        publishedOn: '2024-11-17',
        side: 'US',
        notes:
          "A DOD News story as republished in full (its photo description included) by PulseWave Global; the department's own page is not in the stored record. The copy shows no date; the meeting's date is used.",
        statements: [
          {
            text: 'DOD News reports Austin saying after the meeting that the three are taking concrete steps to deepen their cooperation and that Darwin is a focal point of a bond that delivers security, deterrence and interoperability.',
            parties: ['austin'],
            speakers: ['austin'],
            topics: ['australia-japan-us', 'deterrence'],
          },
          {
            text: 'DOD News reports that, under the joint statement, Japan will take a larger part in Australia-U.S. force posture activities, including yearly trilateral amphibious training in Darwin, and in exercises held in Australia.',
            parties: ['austin', 'nakatani'],
            topics: ['australia-japan-us'],
          },
        ],
      },
      {
        key: 'dod-2024-11-17-presser',
        kind: TRANSCRIPT,
        publisher: 'dod',
        title:
          'Secretary of Defense Lloyd J. Austin III holds a press conference following a U.S., Australia and Japan Trilateral Defense Ministerial Meeting in Darwin, Australia',
        url: 'https://publicnow.com/view/912B26DB8F2CA9BDDF84B51BA1C99AD2EB17FA3A',
        publishedOn: '2024-11-18',
        side: 'JOINT',
        notes:
          "The Pentagon's transcript of the three ministers' joint press conference, as distributed by Public (publicnow.com) on 18 November 2024; the department's own page is not in the stored record. The stored text opens with the Australian minister's remarks.",
        statements: [
          {
            text: 'Opening the joint press conference, Australia’s minister announces for the three that Japan’s Amphibious Rapid Deployment Brigade will deploy to Australia regularly to work with the Australian forces and the rotating U.S. Marines.',
            parties: ['austin', 'nakatani'],
            topics: ['australia-japan-us'],
          },
        ],
      },
      {
        key: 'jiji-2024-11-17-tdmm',
        kind: NEWS_ARTICLE,
        publisher: 'jiji',
        title: 'Japan, U.S., Australia to Step Up Defense Consultation',
        url: 'https://www.nippon.com/en/news/yjj2024111700407/japan-u-s-australia-to-step-up-defense-consultation.html',
        publishedOn: '2024-11-17',
        side: 'INDEPENDENT',
        notes: null,
        statements: [
          {
            text: 'Jiji Press, citing the joint statement, reports that the three will set up Trilateral Defense Consultations to align policy and operational objectives of their forces from peacetime to contingency.',
            parties: ['austin', 'nakatani'],
            topics: ['australia-japan-us'],
          },
        ],
      },
    ],
  },
  {
    key: 'five-way-2024-11',
    title: 'Australia-Japan-Philippines-ROK-U.S. defense ministers’ meeting in Vientiane, 2024',
    kind: MEETING,
    date: '2024-11-21',
    timeZone: 'Asia/Vientiane',
    startedAt: null,
    durationMinutes: null,
    summary:
      "The first meeting of the five countries' defense ministers, on the sidelines of the ADMM-Plus in Laos. Australia's and the Philippines' ministers also took part; the record has only the U.S., Japanese and ROK ministers as participants.",
    participants: [
      { official: 'austin', isInitiator: false },
      { official: 'nakatani', isInitiator: false },
      { official: 'kimyh', isInitiator: false },
    ],
    missingAccount:
      "Neither the Pentagon's nor the ROK ministry's own account is in the stored record; The Philippine Star quotes the five countries' short joint readout.",
    sources: [
      {
        key: 'mod-2024-11-21-presser',
        kind: TRANSCRIPT,
        publisher: 'mod',
        title: 'Press conference by Defense Minister Nakatani after the ADMM-Plus (provisional translation)',
        url: 'https://www.mod.go.jp/en/article/2024/11/221556f7cbb90e5b0c00688da803cb1d081c2c82.html',
        publishedOn: '2024-11-21',
        side: 'ALLY',
        notes:
          "The ministry's English provisional translation of Nakatani's press conference on the day of the ADMM-Plus (21 November 2024, per The Philippine Star); the stored copy shows no date of its own.",
        statements: [
          {
            text: 'Nakatani says the five countries shared their view of the security environment of the Indo-Pacific, the East and South China Seas and the Korean Peninsula included, and reaffirmed that their cooperation matters more and more.',
            parties: ['nakatani', 'austin', 'kimyh'],
            speakers: ['nakatani'],
            topics: ['indo-pacific-security-environment', 'east-and-south-china-seas'],
          },
          {
            text: 'Nakatani calls it the first defense ministers’ meeting ever held among the five countries and says they will keep strengthening concrete cooperation.',
            parties: ['nakatani', 'austin', 'kimyh'],
            speakers: ['nakatani'],
            topics: ['defense-cooperation'],
          },
        ],
      },
      {
        key: 'philstar-2024-11-22',
        kind: NEWS_ARTICLE,
        publisher: 'philstar',
        title: "Defense chiefs of Philippines, US, Japan, Australia, South Korea hold 'historic' first meeting",
        url: 'https://qa.philstar.com/palaro/2024/11/22/2402190/defense-chiefs-philippines-us-japan-australia-south-korea-hold-historic-first-meeting',
        publishedOn: '2024-11-22',
        side: 'INDEPENDENT',
        notes: null,
        statements: [
          {
            text: 'The Philippine Star, quoting the joint readout, reports that the five ministers stressed close multilateral cooperation for regional stability, ASEAN centrality, and a free and open Indo-Pacific where international law and sovereignty are respected.',
            parties: ['austin', 'nakatani', 'kimyh'],
            topics: ['free-and-open-indo-pacific'],
          },
        ],
      },
    ],
  },
  {
    key: 'austin-nakatani-2024-12',
    title: 'Austin–Nakatani meeting in Tokyo',
    kind: MEETING,
    date: '2024-12-10',
    timeZone: 'Asia/Tokyo',
    startedAt: null,
    durationMinutes: null,
    summary: "Austin's last visit to Tokyo as Secretary.",
    participants: [
      { official: 'austin', isInitiator: false },
      { official: 'nakatani', isInitiator: false },
    ],
    missingAccount: NO_ALLY_ACCOUNT("Japan's Ministry of Defense"),
    sources: [
      {
        key: 'dod-2024-12-trip-statement',
        kind: PRESS_RELEASE,
        publisher: 'dod',
        title: 'Secretary of Defense Lloyd J. Austin III Concludes Thirteenth Visit to the Indo-Pacific',
        url: 'https://worldofsoftware.org/secretary-of-defense-lloyd-j-austin-iii-concludes-thirteenth-visit-to-the-indo-pacific',
        publishedOn: '2024-12-10',
        side: 'US',
        notes: `${MIRROR('World of Software')} A statement on the whole trip; its entry for 10 December names the meeting with Nakatani. The copy shows no publication date; the meeting's date is used.`,
        statements: [
          {
            text: 'The Pentagon says that on 10 December Austin met Prime Minister Ishiba and Minister Nakatani to thank them for the Japanese government’s strong partnership with the Biden administration.',
            parties: ['austin'],
            topics: ['us-japan-alliance'],
          },
        ],
      },
      {
        key: 'dodnews-2024-12-10',
        kind: NEWS_ARTICLE,
        publisher: 'dod',
        title: 'Regional alliances strengthen Indo-Pacific security',
        url: 'https://militaryspot.com/news/regional-alliances-strengthen-indo-pacific-security',
        publishedOn: '2024-12-11',
        side: 'US',
        notes:
          "A DOD News story as republished by a news site; the copy is dated 11 December 2024 and says the meeting was 'today'. The department's own page is not in the stored record.",
        statements: [
          {
            text: "DOD News reports Austin saying America's extended deterrence commitment to Japan and to the ROK is ironclad.",
            parties: ['austin'],
            speakers: ['austin'],
            commitments: [
              ['edjp', AFFIRMS],
              ['edkr', AFFIRMS],
            ],
          },
          {
            text: 'DOD News reports Austin naming Chinese coercion in the East and South China Seas among the challenges and saying the historic trilateral cooperation with the ROK will go on.',
            parties: ['austin'],
            speakers: ['austin'],
            commitments: [['tri', AFFIRMS]],
            topics: ['east-and-south-china-seas'],
          },
        ],
      },
      {
        key: 'jiji-2024-12-10',
        kind: NEWS_ARTICLE,
        publisher: 'jiji',
        title: 'Japan, U.S. defense chiefs vow to bolster multilateral cooperation',
        url: 'https://www.nippon.com/en/news/yjj2024121000896/japan-u-s-defense-chiefs-vow-to-bolster-multilateral-cooperation.html',
        publishedOn: '2024-12-10',
        side: 'INDEPENDENT',
        notes: 'Jiji Press, as carried by nippon.com.',
        statements: [
          {
            text: 'Jiji reports the two agreed to strengthen multilateral cooperation, the ROK included, and to deepen the alliance.',
            parties: ['nakatani', 'austin'],
            commitments: [['tri', AFFIRMS]],
          },
        ],
      },
    ],
  },
  {
    key: 'austin-kimsh-2024-12',
    title: 'Austin–Kim Seon-ho telephone call',
    kind: PHONE_CALL,
    date: '2024-12-20',
    timeZone: 'Asia/Seoul',
    startedAt: null,
    durationMinutes: null,
    summary: 'A call after the 3 December martial law declaration, with Kim as acting minister.',
    participants: [
      { official: 'austin', isInitiator: false },
      { official: 'kimsh', isInitiator: false },
    ],
    missingAccount: "The ROK ministry's own release is not in the stored record; two news reports quote it.",
    sources: [
      {
        key: 'dod-2024-12-kimsh',
        kind: READOUT,
        publisher: 'dod',
        title:
          "Readout of Secretary of Defense Lloyd J. Austin III's call with Republic of Korea Acting Minister of National Defense Kim Seon-ho",
        url: 'https://miragenews.com/austin-kim-discuss-defense-in-key-call-1382698',
        publishedOn: '2024-12-20',
        side: 'US',
        notes: `${MIRROR('Mirage News')} ${NO_DATE_ON_COPY}`,
        statements: [
          {
            text: 'The Pentagon says Austin stressed that the U.S. commitment to the security of the ROK is ironclad.',
            parties: ['austin'],
            commitments: [['defkr', REAFFIRMS]],
          },
          {
            text: 'The Pentagon says the two discussed the work to enhance extended deterrence and agreed to stay in close contact, stressing their commitment to the ROK’s democratic institutions.',
            parties: ['austin', 'kimsh'],
            commitments: [['edkr', AFFIRMS]],
          },
        ],
      },
      {
        key: 'koreaherald-2024-12-20',
        kind: NEWS_ARTICLE,
        publisher: 'koreaherald',
        title: "Acting minister, US defense chief reaffirm 'ironclad' alliance regardless of politics",
        url: 'https://khnews.heraldcorp.com/view.php?ud=20241220050022',
        publishedOn: '2024-12-20',
        side: 'INDEPENDENT',
        notes: null,
        statements: [
          {
            text: "Per the ROK ministry, Kim thanked Washington for backing the alliance despite the domestic situation, and Austin called the U.S. commitment to the peninsula's security watertight.",
            parties: ['austin', 'kimsh'],
            attributedTo: 'mnd',
            commitments: [['defkr', REAFFIRMS]],
          },
          {
            text: 'Per the ROK ministry, the two agreed on extended deterrence through the Nuclear Consultative Group and on trilateral security cooperation with Japan.',
            parties: ['kimsh', 'austin'],
            attributedTo: 'mnd',
            commitments: [
              ['edkr', REAFFIRMS],
              ['tri', REAFFIRMS],
            ],
          },
        ],
      },
      {
        key: 'kuna-2024-12-20',
        kind: NEWS_ARTICLE,
        publisher: 'kuna',
        title: 'S. Korea, US DMs reaffirm alliance regardless of politics',
        url: 'https://menafn.com/1109016016/S-Korea-US-Dms-Reaffirm-Alliance-Regardless-Of-Politics',
        publishedOn: '2024-12-20',
        side: 'INDEPENDENT',
        notes: 'KUNA, citing Yonhap, as carried by MENAFN.',
        statements: [
          {
            text: 'KUNA reports, citing the ROK ministry, that the two reaffirmed the alliance as a linchpin of peace and stability on the peninsula.',
            parties: ['kimsh', 'austin'],
            attributedTo: 'mnd',
            topics: ['us-rok-alliance'],
          },
        ],
      },
    ],
  },
  // ------------------------------------------------------------------------------------------
  // 2025
  {
    // The reference dataset's call: same title and date, so both datasets share it.
    key: 'hegseth-kimsh-2025-01',
    title: 'Hegseth–Kim Seon-ho introductory telephone call',
    kind: PHONE_CALL,
    date: '2025-01-31',
    timeZone: 'Asia/Seoul',
    startedAt: null,
    durationMinutes: null,
    summary:
      "Hegseth's first call with South Korea's Acting Minister of National Defense: the Korean Peninsula, the U.S. commitment to the defense of the ROK, the combined defense posture, Russia-North Korea military cooperation and ROK-US-Japan security cooperation.",
    participants: [
      { official: 'hegseth', isInitiator: true },
      { official: 'kimsh', isInitiator: false },
    ],
    missingAccount: 'The two official accounts are in the reference dataset (no URL known); the record adds a wire report.',
    sources: [
      {
        key: 'yonhap-2025-01-31',
        kind: NEWS_ARTICLE,
        publisher: 'yonhap',
        title: "Hegseth reaffirms strong alliance with S. Korea during 1st phone talks with Seoul's defense chief",
        url: 'http://koreatimesus.com/hegseth-reaffirms-strong-alliance-with-s-korea-during-1st-phone-talks-with-seouls-defense-chief',
        publishedOn: '2025-01-31',
        side: 'INDEPENDENT',
        notes: `A Yonhap report as carried by The Korea Times US. ${NO_DATE_ON_COPY}`,
        statements: [
          {
            text: 'Per the ROK ministry, Hegseth reaffirmed the ironclad U.S. commitment to defend South Korea.',
            parties: ['hegseth'],
            attributedTo: 'mnd',
            commitments: [['defkr', REAFFIRMS]],
          },
          {
            text: 'Per the ROK ministry, the two agreed to keep up and advance trilateral security cooperation with Japan, and voiced concern over the deepening military alignment of North Korea and Russia.',
            parties: ['kimsh', 'hegseth'],
            attributedTo: 'mnd',
            commitments: [['tri', REAFFIRMS]],
            topics: ['russia-north-korea-cooperation'],
          },
        ],
      },
    ],
  },
  {
    key: 'hegseth-nakatani-2025-03',
    title: 'Hegseth–Nakatani meeting in Tokyo',
    kind: MEETING,
    date: '2025-03-30',
    timeZone: 'Asia/Tokyo',
    startedAt: null,
    durationMinutes: 85,
    summary: "Hegseth's first visit to Japan as Secretary: command and control, the southwest region, China.",
    participants: [
      { official: 'hegseth', isInitiator: false },
      { official: 'nakatani', isInitiator: false },
    ],
    missingAccount: null,
    sources: [
      {
        key: 'dod-2025-03-30-presser',
        kind: TRANSCRIPT,
        publisher: 'dod',
        title: 'Secretary of Defense Pete Hegseth joint press conference with Japanese Defense Minister Gen Nakatani in Tokyo',
        url: 'https://nims360.blogspot.com/2025/03/secretary-of-defense-pete-hegseth-joint.html',
        publishedOn: '2025-03-30',
        side: 'JOINT',
        notes: `${MIRROR('a blog')} The department dates the transcript 29 March (Washington); the blog, 30 March.`,
        statements: [
          {
            text: "Nakatani said the meeting lasted about 85 minutes and that expanding the bilateral presence in Japan's southwestern region is one of the alliance's top priorities.",
            parties: ['nakatani'],
            speakers: ['nakatani'],
            commitments: [['southwest', REAFFIRMS]],
            topics: ['southwest-islands'],
          },
          {
            text: "Nakatani said the two welcomed progress on their command and control structures, including the new Joint Operations Command of Japan's Self-Defense Forces.",
            parties: ['nakatani', 'hegseth'],
            speakers: ['nakatani'],
            commitments: [['c2', REAFFIRMS]],
            topics: ['alliance-command-and-control'],
          },
        ],
      },
      {
        key: 'yomiuri-2025-03-30',
        kind: NEWS_ARTICLE,
        publisher: 'yomiuri',
        title: 'Nakatani, Hegseth Agree to Strengthen Deterrence, Response; Confirm U.S. Forces Japan Starting Transition to Joint HQ',
        url: 'https://japannews.yomiuri.co.jp/politics/defense-security/20250330-246176',
        publishedOn: '2025-03-30',
        side: 'INDEPENDENT',
        notes: null,
        statements: [
          {
            text: 'Yomiuri reports the two confirmed that U.S. Forces Japan had begun its transition into a joint force headquarters to improve command and control with the Self-Defense Forces.',
            parties: ['nakatani', 'hegseth'],
            commitments: [['c2', REAFFIRMS]],
          },
          {
            text: 'Yomiuri reports the two confirmed their opposition to any unilateral attempt by China to change the status quo by force or coercion in the East and South China Seas.',
            parties: ['nakatani', 'hegseth'],
            topics: ['east-and-south-china-seas'],
          },
        ],
      },
    ],
  },
  {
    key: 'tdmm-2025-05',
    title: 'U.S.-Japan-Australia trilateral defense ministers’ meeting in Singapore, 2025',
    kind: MEETING,
    date: '2025-05-31',
    timeZone: 'Asia/Singapore',
    startedAt: null,
    durationMinutes: null,
    summary: `The fifteenth trilateral defense ministers' meeting, at the Shangri-La Dialogue; Hegseth's first with Nakatani in this format. ${TDMM}`,
    participants: [
      { official: 'hegseth', isInitiator: false },
      { official: 'nakatani', isInitiator: false },
    ],
    missingAccount:
      "Only Australia's release of the three ministers' joint statement is in the stored record; neither the Pentagon's nor Japan's Ministry of Defense's own copy is, so the record counts no official account from either side.",
    sources: [
      {
        key: 'joint-2025-05-31-tdmm',
        kind: JOINT_STATEMENT,
        publisher: 'audefence',
        title: 'Australia-Japan-United States Trilateral Defence Ministers’ Meeting 2025 joint statement',
        url: 'https://www.miragenews.com/trilateral-ministers-vow-to-deepen-defense-ties-1470056',
        publishedOn: '2025-05-31',
        side: 'JOINT',
        notes:
          "The three ministers' joint statement in the Australian Department of Defence's release (Australian spellings), as republished by Mirage News; the copy shows no date, so the meeting's date is used. Not counted as an official account of the U.S. or Japanese side: the publisher is neither's ministry.",
        statements: [
          {
            text: 'The joint statement, from the fifteenth meeting and the first ministerial session of the Trilateral Defence Consultations set up in November 2024, says the three are bound by a shared commitment to collective deterrence and will deepen their practical cooperation.',
            parties: ['hegseth', 'nakatani'],
            speakers: ['hegseth', 'nakatani'],
            topics: ['australia-japan-us', 'deterrence'],
          },
          {
            text: 'The ministers say they are stepping up activities around Japan and Japan’s part in Australia-U.S. force posture activities, and will coordinate regional activities and strategic messaging, including tabletop exercises on responses to regional contingencies.',
            parties: ['hegseth', 'nakatani'],
            speakers: ['hegseth', 'nakatani'],
            topics: ['australia-japan-us'],
          },
        ],
      },
    ],
  },
  {
    key: 'hegseth-ahn-2025-07',
    title: 'Hegseth–Ahn telephone call',
    kind: PHONE_CALL,
    date: '2025-07-31',
    timeZone: 'Asia/Seoul',
    startedAt: null,
    durationMinutes: null,
    summary: "Ahn's first call with Hegseth, a Thursday morning in Seoul, days after he took office.",
    participants: [
      { official: 'hegseth', isInitiator: false },
      { official: 'ahn', isInitiator: false },
    ],
    missingAccount: 'Neither ministry’s own account is in the stored record; Korean papers report the ROK ministry’s.',
    sources: [
      {
        key: 'koreaherald-2025-07-31',
        kind: NEWS_ARTICLE,
        publisher: 'koreaherald',
        title: 'Defense minister holds first phone call with US counterpart',
        url: 'https://www.koreaherald.com/article/10544054',
        publishedOn: '2025-07-31',
        side: 'INDEPENDENT',
        notes: "The headline is this dataset's summary of the report.",
        statements: [
          {
            text: 'Per the ROK ministry, Hegseth reaffirmed the ironclad U.S. commitment to the defense of South Korea.',
            parties: ['hegseth'],
            attributedTo: 'mnd',
            commitments: [['defkr', REAFFIRMS]],
          },
          {
            text: 'Per the ROK ministry, the two agreed to coordinate closely and deepen extended deterrence cooperation against North Korea’s evolving threats, its military ties with Russia included.',
            parties: ['ahn', 'hegseth'],
            attributedTo: 'mnd',
            commitments: [['edkr', AFFIRMS]],
            topics: ['russia-north-korea-cooperation'],
          },
          {
            text: 'Per the ROK ministry, the two agreed to keep discussing a mutually beneficial modernization of the alliance and to widen cooperation in shipbuilding and equipment maintenance.',
            parties: ['ahn', 'hegseth'],
            attributedTo: 'mnd',
            topics: ['alliance-modernization'],
          },
        ],
      },
      {
        key: 'joongang-2025-07-31',
        kind: NEWS_ARTICLE,
        publisher: 'joongang',
        title: "Korea, U.S. defense chiefs agree on 'modernization of alliance' in first phone call",
        url: 'https://koreajoongangdaily.joins.com/news/2025-07-31/national/defense/Korea-US-defense-chiefs-agree-on-modernization-of-alliance-in-first-phone-call/2365871',
        publishedOn: '2025-07-31',
        side: 'INDEPENDENT',
        notes: null,
        statements: [
          {
            text: 'JoongAng notes that the ministry’s release was in effect the first time the Korean government formally used the phrase “modernization of the alliance”.',
            parties: [],
            topics: ['alliance-modernization'],
          },
        ],
      },
    ],
  },
  {
    key: 'hegseth-koizumi-2025-10',
    title: 'Hegseth–Koizumi meeting in Tokyo',
    kind: MEETING,
    date: '2025-10-29',
    timeZone: 'Asia/Tokyo',
    startedAt: null,
    durationMinutes: null,
    summary:
      "Koizumi's first formal talks with Hegseth, a Wednesday morning at the Defense Ministry, a week after the Takaichi cabinet took office.",
    participants: [
      { official: 'hegseth', isInitiator: false },
      { official: 'koizumi', isInitiator: false },
    ],
    missingAccount: 'Neither ministry’s own account is in the stored record; two Japanese news reports are.',
    sources: [
      {
        key: 'jiji-2025-10-29',
        kind: NEWS_ARTICLE,
        publisher: 'jiji',
        title: 'Japan, U.S. confirm cooperation to enhance deterrence',
        url: 'https://www.nippon.com/en/news/yjj2025102900137/japan-u-s-confirm-cooperation-to-enhance-deterrence.html',
        publishedOn: '2025-10-29',
        side: 'INDEPENDENT',
        notes: 'Jiji Press, as carried by nippon.com.',
        statements: [
          {
            text: "Jiji reports the two confirmed they would work to strengthen the alliance's deterrence and response capabilities.",
            parties: ['koizumi', 'hegseth'],
            topics: ['deterrence'],
          },
          {
            text: 'Jiji reports Koizumi told Hegseth Japan would lift defense spending to 2 percent of GDP by the end of the fiscal year, two years early, and had begun reviewing its three security documents.',
            parties: ['koizumi'],
            speakers: ['koizumi'],
            topics: ['alliance-modernization'],
          },
        ],
      },
      {
        key: 'yomiuri-2025-10-29',
        kind: NEWS_ARTICLE,
        publisher: 'yomiuri',
        title: 'Koizumi holds first formal talks with Hegseth',
        url: 'https://japannews.yomiuri.co.jp/politics/defense-security/20251029-289687/',
        publishedOn: '2025-10-29',
        side: 'INDEPENDENT',
        notes: "The headline is this dataset's summary of the report.",
        statements: [
          {
            text: "Yomiuri reports the two discussed strengthening the alliance's deterrent power as the Indo-Pacific security environment grows more severe, after first meeting the day before aboard a U.S. carrier at Yokosuka.",
            parties: ['koizumi', 'hegseth'],
            topics: ['deterrence', 'indo-pacific-security-environment'],
          },
        ],
      },
    ],
  },
  {
    key: 'scm-57',
    title: '57th U.S.-ROK Security Consultative Meeting',
    kind: MEETING,
    date: '2025-11-04',
    timeZone: 'Asia/Seoul',
    startedAt: null,
    durationMinutes: null,
    summary: "The annual Security Consultative Meeting in Seoul, the two ministers' first meeting in person.",
    participants: [
      { official: 'hegseth', isInitiator: false },
      { official: 'ahn', isInitiator: false },
    ],
    missingAccount: 'Only previews of the meeting are in the stored record; no account of its outcome from either side is.',
    sources: [
      {
        key: 'joongang-2025-10-27',
        kind: NEWS_ARTICLE,
        publisher: 'joongang',
        title: 'Defense chiefs of Korea, U.S. to hold annual security talks',
        url: 'https://koreajoongangdaily.joins.com/news/2025-10-27/national/defense/Defense-chiefs-of-Korea-US-to-hold-annual-security-talks/2429276',
        publishedOn: '2025-10-27',
        side: 'INDEPENDENT',
        notes: 'A preview: it reports the agenda both ministries announced, not the outcome.',
        statements: [
          {
            text: "Per a Pentagon release, Hegseth would use the meeting to applaud Seoul's readiness to raise defense spending and take more responsibility for the alliance's deterrence and defense.",
            parties: ['hegseth'],
            attributedTo: 'dod',
            topics: ['alliance-modernization'],
          },
        ],
      },
    ],
  },
  // ------------------------------------------------------------------------------------------
  // 2026
  {
    key: 'hegseth-koizumi-2026-01',
    title: 'Hegseth–Koizumi meeting at the Pentagon',
    kind: MEETING,
    date: '2026-01-15',
    timeZone: 'America/New_York',
    startedAt: null,
    durationMinutes: 50,
    summary: "Koizumi's visit to Washington: a morning workout with the Old Guard, then talks at the Pentagon in the afternoon.",
    participants: [
      { official: 'hegseth', isInitiator: false },
      { official: 'koizumi', isInitiator: false },
    ],
    missingAccount: NO_ALLY_ACCOUNT("Japan's Ministry of Defense"),
    sources: [
      {
        key: 'dow-2026-01-15-transcript',
        kind: TRANSCRIPT,
        publisher: 'dod',
        title:
          'Secretary of War Pete Hegseth Hosted Enhanced Honor Cordon and Bilateral Meeting With Japanese Defense Minister Shinjirō Koizumi',
        url: 'https://creativenewsandviews.blogspot.com/2026/01/secretary-of-war-pete-hegseth-hosted.html',
        publishedOn: '2026-01-15',
        side: 'US',
        notes:
          "The department's transcript (issued as the Department of War, dated 15 January 2026) as republished by a blog that carries its e-mail releases; the department's own page is not in the stored record.",
        statements: [
          {
            text: 'Hegseth welcomed the Japanese prime minister’s pledge of the previous year to raise defense spending, calling it an important step the United States appreciates.',
            parties: ['hegseth'],
            speakers: ['hegseth'],
          },
          {
            text: 'Hegseth said realistic training and exercises in Japan and along the first island chain are the kind of demonstration needed for peace through strength.',
            parties: ['hegseth'],
            speakers: ['hegseth'],
            topics: ['deterrence'],
          },
        ],
      },
      {
        key: 'dodnews-2026-01-15',
        kind: NEWS_ARTICLE,
        publisher: 'dod',
        title: 'Hegseth hosts Japanese counterpart at Pentagon',
        url: 'https://cdn2.el-balad.com/?p=262006',
        publishedOn: '2026-01-15',
        side: 'US',
        notes: `The department's news story (it styles Hegseth Secretary of War) as republished by a news site; the department's own page is not in the stored record. ${NO_DATE_ON_COPY}`,
        statements: [
          {
            text: "The Pentagon's story reports Hegseth praising Japan's pledge to raise defense spending and saying realistic training with the Self-Defense Forces helps restore deterrence.",
            parties: ['hegseth'],
            speakers: ['hegseth'],
            topics: ['deterrence'],
          },
        ],
      },
      {
        key: 'jiji-2026-01-15',
        kind: NEWS_ARTICLE,
        publisher: 'jiji',
        title: 'Japan, U.S. defense chiefs agree to boost deterrence',
        url: 'https://www.nippon.com/en/news/yjj2026011600236/japan-u-s-defense-chiefs-reaffirm-close-cooperation.html',
        publishedOn: '2026-01-15',
        side: 'INDEPENDENT',
        notes:
          'Jiji Press, as carried by nippon.com; datelined Washington, 15 January. Jiji gives the length of the talks (about 50 minutes).',
        statements: [
          {
            text: 'Jiji reports the two agreed that expanding the allies’ presence in the Nansei southwestern region is among the alliance’s top priorities, and confirmed plans for more high-level joint exercises.',
            parties: ['koizumi', 'hegseth'],
            commitments: [['southwest', AFFIRMS]],
            topics: ['southwest-islands'],
          },
          {
            text: 'Jiji reports the two agreed to strengthen the alliance’s deterrence and response capabilities and to talk further about sharply raising production of the SM-3 Block IIA interceptor.',
            parties: ['koizumi', 'hegseth'],
            topics: ['deterrence'],
          },
        ],
      },
    ],
  },
];
