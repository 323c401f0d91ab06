/**
 * What the resolver knows, as plain data loaded from the database (names, native-script names,
 * aliases, titles held, calls, variants), and how it finds mentions of it in text. Free of the
 * database, so it is unit-tested on its own.
 */
import { AMBIGUOUS_FORMS, COUNTRY_FORMS } from './pipeline/countries';
import { phrasePattern, type TextVariant } from './text';

export interface LexHolding {
  title: string;
  capacity: string;
  startDate: string;
  endDate: string | null;
  organizationId: number;
}
export interface LexOfficial {
  id: number;
  name: string;
  nativeName: string | null;
  aliases: string[];
  countryCode: string;
  holdings: LexHolding[];
}
export interface LexOrganization {
  id: number;
  name: string;
  shortName: string | null;
  aliases: string[];
  countryCode: string | null;
}
export interface LexCountry {
  code: string;
  name: string;
  aliases: string[];
  /** IANA time zone of the capital: a side's date of a call that began at a known instant. */
  timeZone?: string | null;
}
export interface LexCommitment {
  id: number;
  title: string;
  /** Phrases; "A + B" needs every part in the passage. */
  aliases: string[];
  /** What it promises (CommitmentKind) and its description, when loaded: stage 6a matches by meaning with them. */
  kind?: string | null;
  description?: string | null;
}
export interface LexTopic {
  id: number;
  slug: string;
  name: string;
  aliases: string[];
}
export interface LexCall {
  id: number;
  title: string;
  /** Date of the call in its own time zone. */
  date: string;
  /** When it began, as far as recorded (ISO 8601; equal when exact): each side dates the call in its own zone. */
  earliestStart?: string | null;
  latestStart?: string | null;
  participantIds: number[];
}
export interface LexiconData {
  officials: LexOfficial[];
  organizations: LexOrganization[];
  countries: LexCountry[];
  commitments: LexCommitment[];
  topics: LexTopic[];
  calls: LexCall[];
  variants: TextVariant[];
}

export type MentionKind = 'official' | 'organization' | 'country' | 'title';

export interface Mention {
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
  /** Officials or organizations (by row id) the words may name; countries by code. */
  ids: number[];
  countryCode: string | null;
  rule: string;
  confidence: number;
  /** For a title: its wording, and the holders that matched it. */
  title?: string;
}

interface Phrase {
  phrase: string;
  kind: MentionKind;
  ids: number[];
  countryCode: string | null;
  rule: string;
  confidence: number;
  caseSensitive: boolean;
  title?: string;
}

/** Characters of searched words whose mentions a Lexicon keeps (about four 20,000-word documents). */
const MENTION_MEMO_CHARS = 500_000;
/** Countries whose names are written family name first (Korean, Chinese). */
const FAMILY_FIRST = ['KR', 'KP', 'CN', 'TW'];
const CALENDAR_WORD =
  /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Family name: first for names written family-name first (Korean, Chinese), else last. */
export function surname(official: Pick<LexOfficial, 'name' | 'countryCode'>): string | null {
  const parts = official.name
    .trim()
    .split(/\s+/)
    .filter((w) => !/^(?:\p{Lu}\.|Jr\.?|Sr\.?|II|III|IV)$/u.test(w));
  if (parts.length < 2) return null;
  return FAMILY_FIRST.includes(official.countryCode) ? parts[0] : parts[parts.length - 1];
}

/** "Minister of Defense" is also written "Defense Minister"; "Secretary of Defense", "Defense Secretary". */
export function titleForms(title: string): string[] {
  const forms = new Set([title]);
  const m = /^((?:Vice |Deputy |State |Acting )?)(Minister|Secretary|Chief|Director)\s+(?:of|for)\s+(?:the\s+)?(.+)$/i.exec(title);
  if (m) forms.add(`${m[1]}${m[3]} ${m[2]}`);
  // "Minister of National Defense" is "the defense minister" in news copy: the short form drops "National".
  if (m && /^National\s+\S+$/i.test(m[3])) forms.add(`${m[1]}${m[3].replace(/^National\s+/i, '')} ${m[2]}`);
  // SECONDARY_TITLE: since September 2025 the U.S. Secretary of Defense is also styled "Secretary of War" ("War Secretary").
  if (m && /^Secretary$/i.test(m[2]) && /^Defense$/i.test(m[3])) forms.add(`${m[1]}Secretary of War`).add(`${m[1]}War Secretary`);
  return [...forms];
}

/** "ROK", "U.S.": matched with their capitals only, so that "us" or "rok" in running text is not. */
const isAcronym = (s: string) => s.length <= 6 && s === s.toUpperCase() && /\p{Lu}/u.test(s);

export class Lexicon {
  readonly officials = new Map<number, LexOfficial>();
  readonly organizations = new Map<number, LexOrganization>();
  private readonly phrases: Phrase[] = [];
  private readonly pattern: RegExp | null;
  private readonly byKey = new Map<string, Phrase[]>();

  constructor(readonly data: LexiconData) {
    for (const o of data.officials) this.officials.set(o.id, o);
    for (const o of data.organizations) this.organizations.set(o.id, o);
    const add = (p: Omit<Phrase, 'caseSensitive'> & { caseSensitive?: boolean }) => {
      const phrase = p.phrase.trim();
      if (phrase.length < 2) return;
      this.phrases.push({ ...p, phrase, caseSensitive: p.caseSensitive ?? isAcronym(phrase) });
    };
    const surnames = new Map<string, number[]>();
    for (const o of data.officials) {
      add({ phrase: o.name, kind: 'official', ids: [o.id], countryCode: o.countryCode, rule: 'name', confidence: 1 });
      if (o.nativeName)
        add({ phrase: o.nativeName, kind: 'official', ids: [o.id], countryCode: o.countryCode, rule: 'native-name', confidence: 1 });
      for (const a of o.aliases)
        add({ phrase: a, kind: 'official', ids: [o.id], countryCode: o.countryCode, rule: `alias "${a}"`, confidence: 0.95 });
      // Both name orders ("Nobuo Kishi", "KISHI Nobuo"), and a name written with initials or a suffix dropped.
      const words = o.name.trim().split(/\s+/);
      const core = words.filter((w) => !/^(?:\p{Lu}\.|Jr\.?|Sr\.?|II|III|IV)$/u.test(w));
      if (core.length === 2)
        add({
          phrase: `${core[1]} ${core[0]}`,
          kind: 'official',
          ids: [o.id],
          countryCode: o.countryCode,
          rule: 'name in the other order',
          confidence: 0.9,
        });
      if (core.length >= 2 && core.length < words.length)
        add({
          phrase: core.join(' '),
          kind: 'official',
          ids: [o.id],
          countryCode: o.countryCode,
          rule: 'name without initials or suffix',
          confidence: 0.95,
        });
      const s = surname(o);
      if (s) {
        surnames.set(s, [...(surnames.get(s) ?? []), o.id]);
        surnames.set(s.toUpperCase(), [...(surnames.get(s.toUpperCase()) ?? []), o.id]);
      }
    }
    for (const [s, ids] of surnames) {
      add({
        phrase: s,
        kind: 'official',
        ids,
        countryCode: null,
        rule: `family name "${s}"`,
        confidence: ids.length === 1 ? 0.85 : 0.5,
        caseSensitive: true,
      });
    }
    const titles = new Map<string, Set<number>>();
    for (const o of data.officials) {
      for (const h of o.holdings) for (const f of titleForms(h.title)) titles.set(f, new Set([...(titles.get(f) ?? []), o.id]));
    }
    for (const [t, ids] of titles)
      add({
        phrase: t,
        kind: 'title',
        ids: [...ids],
        countryCode: null,
        rule: `title "${t}"`,
        confidence: 0.75,
        title: t,
        caseSensitive: false,
      });
    for (const o of data.organizations) {
      add({ phrase: o.name, kind: 'organization', ids: [o.id], countryCode: o.countryCode, rule: 'name', confidence: 0.9 });
      if (o.shortName)
        add({
          phrase: o.shortName,
          kind: 'organization',
          ids: [o.id],
          countryCode: o.countryCode,
          rule: `short name "${o.shortName}"`,
          confidence: 0.9,
          caseSensitive: true,
        });
      for (const a of o.aliases)
        add({ phrase: a, kind: 'organization', ids: [o.id], countryCode: o.countryCode, rule: `alias "${a}"`, confidence: 0.9 });
    }
    for (const c of data.countries) {
      add({ phrase: c.name, kind: 'country', ids: [], countryCode: c.code, rule: 'name', confidence: 1 });
      for (const a of c.aliases) add({ phrase: a, kind: 'country', ids: [], countryCode: c.code, rule: `alias "${a}"`, confidence: 0.95 });
      for (const f of COUNTRY_FORMS[c.code] ?? [])
        if (f !== c.name && !c.aliases.includes(f))
          add({ phrase: f, kind: 'country', ids: [], countryCode: c.code, rule: `country form "${f}"`, confidence: 0.9 });
    }
    // Every other country is still recognised by its usual forms ("Philippine", "Polish"), written with
    // their capitals: new officials take their country from the text.
    const recorded = new Set(data.countries.map((c) => c.code));
    for (const [code, forms] of Object.entries(COUNTRY_FORMS)) {
      if (recorded.has(code)) continue;
      for (const f of forms)
        add({
          phrase: f,
          kind: 'country',
          ids: [],
          countryCode: code,
          rule: `country form "${f}" (not on record)`,
          confidence: 0.85,
          caseSensitive: true,
        });
    }
    // Merge phrases that are spelled alike (e.g. two organizations called "Ministry of Defense").
    for (const p of this.phrases) {
      const key = this.key(p.phrase);
      this.byKey.set(key, [...(this.byKey.get(key) ?? []), p]);
    }
    const sorted = [...this.byKey.keys()].sort((a, b) => b.length - a.length);
    this.pattern = sorted.length
      ? new RegExp(
          `(?<![\\p{L}\\p{N}])(?:${sorted.map((k) => phrasePattern(this.byKey.get(k)![0].phrase)).join('|')})(?![\\p{L}\\p{N}])`,
          'giu',
        )
      : null;
  }

  private key(s: string): string {
    return s.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
  }

  /**
   * Mentions by the words searched, positions from their start: an import searches the same words again and again (a
   * block at each stage, a speaker's label at each turn, a commitment's title at each passage, the whole text), and what
   * is found depends on those words alone. Emptied past MENTION_MEMO_CHARS; the Lexicon lives for one import.
   */
  private readonly mentionMemo = new Map<string, Mention[]>();
  private mentionMemoChars = 0;

  /** Every mention of a known official, organization, country or title in `text[start, end)`. */
  mentions(text: string, start = 0, end = text.length): Mention[] {
    if (!this.pattern) return [];
    const slice = text.slice(start, end);
    let found = this.mentionMemo.get(slice);
    if (!found) {
      found = this.search(slice);
      if (this.mentionMemoChars + slice.length > MENTION_MEMO_CHARS) {
        this.mentionMemo.clear();
        this.mentionMemoChars = 0;
      }
      this.mentionMemo.set(slice, found);
      this.mentionMemoChars += slice.length;
    }
    // Copies, placed in `text`: callers may change what they are given.
    return found.map((m) => ({
      start: start + m.start,
      end: start + m.end,
      text: m.text,
      kind: m.kind,
      ids: [...m.ids],
      countryCode: m.countryCode,
      rule: m.rule,
      confidence: m.confidence,
      title: m.title,
    }));
  }

  /** The mentions in `slice`, positions from its start. */
  private search(slice: string): Mention[] {
    const found: Mention[] = [];
    for (const m of slice.matchAll(this.pattern!)) {
      const candidates = (this.byKey.get(this.key(m[0])) ?? []).filter((p) => !p.caseSensitive || p.phrase === m[0]);
      if (candidates.length === 0) continue;
      // Prefer people over titles over organizations over countries when one spelling is several things.
      const order: MentionKind[] = ['official', 'title', 'organization', 'country'];
      candidates.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || b.confidence - a.confidence);
      const best = candidates[0];
      // "Jordan", "Chad", "Georgia" before a capitalised word are a person's given name, not a country.
      if (
        best.kind === 'country' &&
        AMBIGUOUS_FORMS.has(m[0]) &&
        /^\s+\p{Lu}\p{Ll}/u.test(slice.slice(m.index! + m[0].length, m.index! + m[0].length + 4))
      )
        continue;
      // "Kim Tae-hoon" is not Kim Seon-ho: a family name written first and followed by another given name is someone else.
      if (best.kind === 'official' && best.rule.startsWith('family name') && this.otherGivenName(best.ids, slice, m.index! + m[0].length))
        continue;
      const same = candidates.filter((c) => c.kind === best.kind);
      found.push({
        start: m.index!,
        end: m.index! + m[0].length,
        text: m[0],
        kind: best.kind,
        ids: [...new Set(same.flatMap((c) => c.ids))],
        countryCode: same.length === 1 || same.every((c) => c.countryCode === best.countryCode) ? best.countryCode : null,
        rule: best.rule,
        confidence: same.length > 1 && best.kind !== 'title' ? best.confidence * 0.8 : best.confidence,
        title: best.title,
      });
    }
    return found;
  }

  /**
   * Whether the words after a family name are a given name other than its holders' ("Kim Tae-hoon", "Lee Min-ji"): only
   * for names written family name first, where the given name follows (the full name on record matched first if it were
   * theirs). Days and months are no given names ("Kim Monday").
   */
  private otherGivenName(ids: number[], slice: string, at: number): boolean {
    if (!ids.every((id) => FAMILY_FIRST.includes(this.officials.get(id)?.countryCode ?? ''))) return false;
    const next = /^\s(\p{Lu}\p{Ll}+(?:-\p{Ll}+)?)(?![\p{L}\p{N}])/u.exec(slice.slice(at, at + 30));
    return !!next && !CALENDAR_WORD.test(next[1]);
  }

  /** The holders of a title on a day (any day when `date` is null), optionally in one country. */
  holders(title: string, date: string | null, countryCode: string | null): number[] {
    const forms = new Set(titleForms(title).map((t) => this.key(t)));
    const ids: number[] = [];
    for (const o of this.officials.values()) {
      if (countryCode && o.countryCode !== countryCode) continue;
      const holds = o.holdings.some(
        (h) =>
          titleForms(h.title).some((f) => forms.has(this.key(f))) && (!date || (h.startDate <= date && (!h.endDate || h.endDate >= date))),
      );
      if (holds) ids.push(o.id);
    }
    return ids;
  }

  /** The holding through which an official's title is shown on a day. */
  holding(officialId: number, date: string | null, word?: string): LexHolding | null {
    const o = this.officials.get(officialId);
    if (!o) return null;
    const current = o.holdings.filter((h) => !date || (h.startDate <= date && (!h.endDate || h.endDate >= date)));
    return current.find((h) => !word || new RegExp(`\\b${word}\\b`, 'i').test(h.title)) ?? null;
  }
}

// ---------------------------------------------------------------------------------------------
// How documents name the recorded commitments (used by pipeline/commitment-match.ts)

/**
 * One way real documents name a recorded commitment, as data. `title` picks the recorded
 * commitments it is about (a test on their titles, so a commitment recorded without aliases is
 * still found). In `any`/`all`, `{C}` stands for the commitment's beneficiary, written any way the
 * lexicon knows it (name, alias, adjective, capital), and `{ANY}` for any country.
 */
export interface CommitmentForm {
  name: string;
  title: RegExp;
  /** The passage names the commitment when any of these matches (numerals read first: "Article 5"/"Article Five" is "Article V"). */
  any: string[];
  /** …and every one of these. */
  all?: string[];
  /**
   * Where the beneficiary (the title's countries other than the United States) must be: named in
   * the passage (`{C}` in a pattern already says so), or — when the passage names none of the
   * candidates — the country the passage's parties and call, or else the document, stand for.
   */
  beneficiary?: 'context';
  /** …and none of these: the words name another commitment ("the obligation to defend Japan … extends to the Senkakus" is Article V's). */
  unless?: string[];
  /** The passage may name no other partner country (a U.S.–Japan–Philippines trilateral is not the ROK one). */
  onlyTitleCountries?: boolean;
  /**
   * Where the commitment is named, for its clause's stance: by default the first of its words; 'all' when only the
   * required words are its own and the others may be another commitment's ("reaffirmed the commitment to defend Japan
   * and stated that the Senkakus are covered": the territory's clause is the article's).
   */
  locatedBy?: 'all';
  /** Words that stand for every one of `all` when those are not there (a transcript's gap where the territory was said). */
  orAll?: string[];
  /**
   * A commitment to several countries named by what the talks do WITH its other member: `{C}` stands for a member of the
   * title that is not one of the talks' countries (the passage's parties, else the partner the document names most),
   * and another member must be ("the two sides will keep sharing warning data with <third>" in talks of the other two).
   */
  third?: boolean;
  /**
   * The words speak in the first person plural ("our deterrence"): they name the commitment only when the passage's
   * parties are all of the guarantor (the United States), whose "our" it then is; 'guarantorAmong': the guarantor is one of
   * the parties (the two sides deciding it), not the ally alone (who can only ask for it).
   */
  speaker?: 'guarantor' | 'guarantorAmong';
}

const COMMIT = String.raw`\b(?:commit\w*|obligations?|pledges?|promise|determination|resolve)\b`;
const DEFEND = String.raw`\b(?:defen[cs]e\s+of|defend(?:ing)?|security\s+of|protect(?:ing|ion\s+of)?)\s+(?:all\s+of\s+)?`;
/**
 * Countries listed before the one a pattern names ("the ROK and Japan", "Japan, the ROK"), the preposition repeated or
 * not ("to Japan and to the ROK", "of Japan and of the ROK"): each country of a coordination is the pattern's object.
 */
const LISTED = String.raw`(?:(?:the\s+)?{ANY}(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:to|of|for)\s+)?)?`;
/** Words of the two allies together or of the guarantor's forces (a presence that is the alliance's, not one side's own). */
const ALLIED = String.raw`(?:\bU\.S\.|\b(?:American|United\s+States|bilateral|joint|combined|allied|alliance|together|Marines?)\b|\bwith\s+us\b)`;
const THREE = String.raw`(?:ROK|(?:South\s+)?Korea|Republic\s+of\s+Korea|U\.?S\.?|United\s+States|Japan|Seoul|Washington|Tokyo)`;
/** The three members named as a list ("South Korea, the United States and Japan", "Japan, the U.S., and the ROK"). */
const THREE_LISTED = String.raw`\b(?:the\s+)?${THREE}\s*,\s*(?:the\s+)?${THREE}\s*,?\s+and\s+(?:the\s+)?${THREE}(?![\p{L}])`;
/** Working together: the verb or its noun ("agreed to closely cooperate", "pledged close cooperation", "work together"). */
const WORK_TOGETHER = String.raw`\b(?:cooperat\w*|co-operat\w*|collaborat\w*|coordinat\w*|work(?:s|ed|ing)?\s+(?:closely\s+)?together)\b`;
/**
 * …for a diplomatic end ("work closely together to adopt a new Security Council resolution", "coordinate at the United
 * Nations"): diplomacy, not the security cooperation (real-2 y19).
 */
const NOT_DIPLOMATIC = String.raw`(?![^.;]{0,40}?\b(?:to\s+(?:adopt|pass|draft|secure|push\s+for)\b[^.;]{0,60}?(?:resolutions?|sanctions)\b|(?:at|in|within)\s+the\s+(?:United\s+Nations|UN|U\.N\.|Security\s+Council)\b))`;

/**
 * "extended deterrence", "the extended deterrent"; not a body named after it ("the Extended Deterrence Dialogue", "the
 * extended deterrence consultation group"), which is only where it is discussed. The two misspellings real pages print
 * ("detterence", "deterrance") are read too.
 */
export const EXTENDED_DETERRENCE = String.raw`\bextended\s+(?:deterren|detteren|deterran)(?:ce|ts?)\b(?!\s+(?:(?:strategy|policy|consultation|consultative|ministerial|working|steering|planning|and)\s+){0,4}(?:groups?|dialogues?|meetings?|committees?|councils?|mechanisms?|talks|forums?)\b)`;

/**
 * COVERAGE_RELATION: a word of what a treaty does for a territory (applies, covers, extends, its scope, under, within,
 * protects, defends, a commitment or obligation, includes, falls/comes under, reaches). A passage that names a treaty and a
 * territory with none of them ("the treaty was signed before the islands became a dispute") states no coverage.
 */
export const COVERAGE_RELATION = String.raw`\b(?:appl(?:y|ies|ied|ication|icable)|cover\w*|extend\w*|scope|under|within|subject\s+to|protect\w*|defen[cs]\w*|commit\w*|obligat\w*|includ\w*|guarantee\w*|fall\w*|comes?|came|reach\w*|stands?)\b`;

export const COMMITMENT_FORMS: CommitmentForm[] = [
  {
    name: 'a treaty article, or the treaty, and the territory it covers',
    title: /\bArticle\s+V\b.*\bSenkaku/i,
    any: [
      String.raw`\bArticle\s+V\b`,
      // TREATY_WITH_A_RELATION: the treaty named with a word of what it does for the islands (applies, covers, extends, the
      // scope, under, protects, defends, …), not "the treaty was signed before the islands became a dispute".
      String.raw`^(?=[\s\S]*${COVERAGE_RELATION})[\s\S]*?\b(?:security\s+)?(?:treaty|pact)\b`,
      String.raw`${COMMIT}[^.;]{0,40}?\b(?:defend|defen[cs]e)`,
      String.raw`\bdefen[cs]e\s+commitment\b`,
      // SENKAKU_POSITION: "the long-standing U.S. position on the Senkaku Islands", "America's policy regarding the Senkakus": the
      // treaty's coverage of them, as the guarantor's settled position (not "takes no position on the sovereignty of …").
      String.raw`\b(?:U\.S\.|American|United\s+States[’']?|America[’']s|Washington[’']s|our|its|long[-\s]?standing|consistent|unchanged|unwavering)\s+(?:[\p{L}-]+\s+){0,2}?(?:position|policy|stance)\s+(?:on|regarding|concerning|over|toward|towards)\s+(?:the\s+)?Senkaku`,
    ],
    // (The islands by either name: "Diaoyu" is how Chinese statements and reports of them write them.)
    all: [String.raw`\b(?:Senkaku|Diaoyu)`],
    locatedBy: 'all',
    // TRANSCRIPT_GAP_OBJECT: a transcript that did not catch what Article V of the ally's treaty covers ("… applies to the
    // (inaudible)"): the coverage of a territory by the article is stated, and the treaty's territory is the islands.
    orAll: [
      String.raw`\bArticle\s+V\s+of\s+(?:the\s+)?(?:[^.;]|\.(?=\S)){0,40}?{C}[^.;]{0,60}?\b(?:appl(?:y|ies)|covers?|extends?|includes?)\s+(?:to\s+)?(?:the\s+)?[(\[](?:inaudible|unintelligible|indiscernible)[)\]]`,
    ],
  },
  {
    name: 'a commitment to the defense of a country',
    title: /\bcommitment\s+to\s+the\s+defen[cs]e\s+of\b/i,
    any: [
      // "commitment to the defense of Japan", "commitment to defend the ROK", "commitments to the defense of Japan and the Republic of Korea"
      String.raw`${COMMIT}[^.;:]{0,60}?${DEFEND}${LISTED}(?:the\s+)?{C}`,
      // "the U.S. commitment to the Republic of Korea is ironclad" (not "extended deterrence commitment to …")
      // …and "its treaty obligations to Japan", an obligation of defense owed to the country.
      String.raw`(?<!deterrence\s)\b(?:commit\w*|(?:treaty|defen[cs]e|security|alliance)\s+obligations?)\s+to\s+${LISTED}(?:the\s+)?{C}(?![-–—]\s*(?:U\.?S|Japan|ROK|Korea))`,
      // "Japan's defense" with a word of commitment
      String.raw`${COMMIT}[^.;:]{0,60}?{C}(?:'s|’s)\s+(?:defen[cs]e|security)\b`,
      // The promise as a future act of the United States, with no noun of commitment: "the United States will continue to
      // defend the ROK", "America would always defend Japan" (not the ally's own forces defending it, nor "Japan's islands").
      String.raw`\b(?:U\.S\.?|United\s+States|America|Washington)(?![\p{L}-])[^.;]{0,60}?\b(?:will|would|shall)\s+(?:(?:always|continue\s+to|stand\s+ready\s+to|remain\s+ready\s+to)\s+)?defend\s+${LISTED}(?:the\s+)?{C}\b(?![-–'’])`,
    ],
    unless: [String.raw`${DEFEND}(?:the\s+)?{C}[^,;.]{0,80}?\b(?:extends?|appl(?:y|ies)|covers?|includes?)\s+(?:to\s+)?(?:the\s+)?Senkaku`],
  },
  {
    // GUARANTOR_FIRST_PERSON: the guarantor's own people promising, in the first person, to defend the ally ("these steps will
    // allow us to defend Japan", "we stand ready to defend the ROK"), in words whose parties are all of the guarantor.
    name: "the guarantor's promise to defend an ally, in the first person",
    title: /\bcommitment\s+to\s+the\s+defen[cs]e\s+of\b/i,
    any: [String.raw`\b(?:we|us)\b(?:\s+[\p{L}’'-]+){0,3}?\s+(?:to\s+)?defend\s+${LISTED}(?:the\s+)?{C}\b(?![-–'’])`],
    speaker: 'guarantor',
  },
  {
    name: 'a commitment to defend an ally named elsewhere',
    title: /\bcommitment\s+to\s+the\s+defen[cs]e\s+of\b/i,
    any: [
      String.raw`${COMMIT}[^.;:]{0,60}?${DEFEND}(?:its|our|their|the|an?|this)\s+(?:treaty\s+)?all(?:y|ies)\b`,
      // Said to the ally itself: "our commitment to your defense", "we are committed to defending you".
      String.raw`${COMMIT}[^.;:]{0,60}?(?:\byour\s+(?:defen[cs]e|security)\b|\bdefend(?:ing)?\s+you\b)`,
      // The ally named by where the words are said or to whom: "our commitment to the defense of this country", "…to defend
      // your nation", "…to your country's security".
      String.raw`${COMMIT}[^.;:]{0,60}?(?:${DEFEND}(?:this|your)\s+(?:country|nation)\b|\b(?:this|your)\s+(?:country|nation)[’']s\s+(?:defen[cs]e|security)\b)`,
      // The guarantor's security guarantee: "Washington's security guarantee", "the American defense guarantee" (not the nuclear one).
      String.raw`\b(?:U\.?S\.?|American|America[’']s|Washington[’']s|United\s+States[’']?)\s+(?:security|defen[cs]e)\s+guarantees?\b`,
      // The alliance's treaty said to be kept: "the treaty has been honored by every administration", "we will uphold our security treaty".
      // TREATY_AS_FOUNDATION: the treaty itself as the basis of the ally's security ("our countries' mutual defense treaty has provided
      // a rock solid basis for …", "the security treaty remains the bedrock"; dev r12) — its subject, not an alliance "founded on
      // the treaty" that "remains the linchpin" (dev m13 q17 s18: no comma between).
      String.raw`\b(?:the|our|this|its)\s+(?:(?:two\s+)?(?:countries|nations)[’']\s+)?(?:(?:security|defen[cs]e|alliance|mutual\s+defen[cs]e)\s+)?treaty\s+(?:has|have|had|is|was|remains?|will\s+remain)\s+(?:always\s+)?(?:been\s+|provided\s+|served\s+as\s+)?(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:basis|foundation|bedrock|cornerstone|anchor)\b`,
      String.raw`\b(?:the|our|this|its)\s+(?:(?:security|defen[cs]e|alliance|mutual\s+defen[cs]e)\s+)?treaty\b[^.;]{0,30}?\b(?:has|have|had|is|was|will|would)\s+(?:always\s+)?(?:be(?:en)?\s+)?(?:honou?red|upheld|kept|respected)\b|\b(?:honou?r(?:s|ed|ing)?|uphold(?:s|ing)?|upheld)\s+(?:the|our|this|its)\s+(?:(?:security|defen[cs]e|alliance|mutual\s+defen[cs]e)\s+)?treaty\b`,
    ],
    beneficiary: 'context',
  },
  {
    name: 'extended deterrence, or the full range of capabilities',
    title: /\bextended\s+deterrence\b/i,
    any: [
      EXTENDED_DETERRENCE,
      // The promised answer to a nuclear attack on the ally: "any nuclear attack against X will be met with a swift and
      // overwhelming response", "… would result in the end of the regime".
      // (The end of the attacker promised in any words: "would mean / spell / bring about / lead to / cause the end of", "will
      // end the regime"; an answer promised: "will result in / receive a swift and decisive response".)
      String.raw`\b(?:nuclear\s+(?:attacks?|strikes?|use)|use\s+of\s+nuclear\s+weapons)\b[^.;]{0,100}?\b(?:(?:will|would|shall)\s+be\s+met\s+(?:with|by)|(?:will|would|shall)\s+(?:(?:result|end)\s+in|mean|spell|bring(?:\s+about)?|lead\s+to|cause|be)\s+(?:the\s+)?end\s+(?:of|to)|(?:will|would)\s+end\s+(?:the|that|its|his)\s+(?:[\p{L}-]+\s+){0,3}?(?:regime|rule|government)|(?:will|would|shall)\s+(?:result\s+in|receive|draw|trigger)\s+(?:an?\s+)?(?:[\p{L},-]+\s+){0,4}?response)\b`,
      // …said with the guarantor as subject: "would answer / meet / respond to any nuclear strike … with an overwhelming response".
      String.raw`\b(?:answer|meet|respond\s+to|counter)\s+(?:any|a)\s+(?:[\p{L}-]+\s+){0,3}?(?:nuclear\s+(?:attacks?|strikes?|use)|use\s+of\s+nuclear\s+weapons)\b[^.;]{0,60}?\bwith\b`,
      String.raw`\b(?:full\s+(?:range|spectrum)|all\s+categories|every\s+category)\s+of\s+(?:[\w.’'-]+\s+){0,3}?(?:capabilities|power|forces|means)\b`,
      // The guarantor's capabilities, not the alliance's combined ones made to "work as one" (integration is no promise).
      String.raw`(?<!\b(?:alliance|allies|combined|joint)[’']?s?\s+)\b(?:conventional\s+and\s+nuclear|nuclear\s+and\s+conventional)\s+(?:capabilities|forces)\b`,
      String.raw`\bnuclear\s+umbrella\b`,
    ],
    beneficiary: 'context',
  },
  {
    // STRATEGIC_ASSETS_DEPLOYED: the guarantor's strategic assets sent to the ally ("there will be more frequent deployments of
    // U.S. strategic assets", "strategic assets will be deployed on a rotational basis"), what news pages call extended
    // deterrence itself — in the guarantor's words (the ally asking for them states a need, not the commitment: dev m16
    // "asked for continued rotational deployments", real-2 y04); the two sides deciding it include the guarantor.
    name: "extended deterrence: the guarantor's strategic assets deployed to the ally",
    title: /\bextended\s+deterrence\b/i,
    any: [
      String.raw`\b(?:deploy\w*|rotat\w*|dispatch\w*|visibility|presence)\s+(?:of\s+)?(?:[\p{L}.’'-]+\s+){0,5}?strategic\s+(?:military\s+)?(?:assets|weapons|bombers)\b|\bstrategic\s+(?:military\s+)?assets\b[^.;]{0,40}?\b(?:deploy\w*|rotat\w*|dispatch\w*)`,
    ],
    beneficiary: 'context',
    // Asked for, whoever answers: a request (dev m16 "asked for continued rotational deployments …, adding that X responded positively").
    unless: [
      String.raw`\b(?:ask\w*|call\w*\s+for|request\w*|urg(?:e|es|ed|ing)|need\s+for|seek\w*|sought)\b(?:[^.;]|(?<=\b\p{Lu})\.){0,80}?\bstrategic\s+(?:military\s+)?(?:assets|weapons|bombers)`,
    ],
    speaker: 'guarantorAmong',
  },
  {
    name: "extended deterrence: the guarantor's own deterrence over the ally",
    title: /\bextended\s+deterrence\b/i,
    // "our deterrence on this peninsula", "our deterrent for your country", "our deterrence over Japan" in the guarantor's
    // mouth: its deterrence held over the ally is the extended one (not "our deterrence must keep pace" of the ally).
    any: [
      String.raw`\bour\s+deterren(?:ce|t)\s+(?:on|over|for|of|to|in)\s+(?:(?:this|the|your)\s+(?:peninsula|country|nation|ally|allies)\b|(?:the\s+)?{C}(?![\p{L}-]))`,
    ],
    beneficiary: 'context',
    speaker: 'guarantor',
  },
  {
    name: 'extended deterrence: every capability, nuclear included',
    title: /\bextended\s+deterrence\b/i,
    // "every capability we have, nuclear included", "all of its capabilities, including nuclear"
    any: [
      String.raw`\b(?:every|all)\s+(?:of\s+)?(?:the\s+|its\s+|our\s+|their\s+)?(?:[\w.’'-]+\s+){0,2}?capabilit(?:y|ies)\b[^.;]{0,40}?\bnuclear\b`,
    ],
    // An adversary's capabilities are not a guarantee ("all of the North's capabilities, nuclear ones first").
    unless: [String.raw`\b(?:North\s+Korea|DPRK|Pyongyang|China|Beijing|Russia|Moscow|Iran)\w*[’']?s?\s+(?:[\p{L}-]+\s+){0,4}?capabilit`],
    beneficiary: 'context',
  },
  {
    name: 'trilateral security cooperation',
    title: /\bROK-US-Japan\b|\btrilateral\b/i,
    any: [
      // TRILATERAL_BY_ITS_MEMBERS: the three as the ones who work together ("the three countries will closely cooperate",
      // "the three ministers pledged close coordination", "work together bilaterally and trilaterally with <third>").
      String.raw`\b(?:trilateral(?:ly)?|three-way|three\s+(?:countries|nations|ministers|defen[cs]e\s+(?:chiefs|ministers|leaders)|leaders|sides|allies|governments|militaries))(?:['’]s?|\b)[^.;]{0,50}?(?:\b(?:partnership)\b|${WORK_TOGETHER}${NOT_DIPLOMATIC})`,
      String.raw`(?:${WORK_TOGETHER}[^.;]{0,40}?|\b(?:work|operat|train|exercis|engag)\w*\s+(?:closely\s+)?)\btrilaterally\b`,
      // "The defense chiefs of South Korea, the United States and Japan … agreed to closely cooperate".
      String.raw`${THREE_LISTED}[^.;]{0,80}?${WORK_TOGETHER}${NOT_DIPLOMATIC}`,
      // Agreeing to or praising trilateral exercises or drills: the trilateral security cooperation itself (a meeting is a schedule).
      String.raw`\b(?:trilateral|three-way)\s+(?:[\p{L}-]+\s+){0,4}?(?:exercises?|drills?|training|operations|activities|sharing|exchanges?|coordination)\b`,
      // Two sides agreeing to trilateral talks *with* the third country reach out to it: cooperation, not a schedule of the three.
      String.raw`\btrilateral\s+(?:[\p{L}-]+\s+){0,2}?(?:talks|meetings?|dialogues?|consultations?)\s+with\b`,
      // Any trilateral activity done *with* the third country ("trilateral data sharing with Japan", "trilateral patrols with Korea").
      String.raw`\btrilateral\s+(?:[\p{L}-]+\s+){0,4}?[\p{L}-]+(?:ing|tion|s)\s+with\b`,
      // "U.S.-ROK-Japan cooperation", "Seoul-Washington-Tokyo defense ties", "Japan-U.S.-ROK relations".
      String.raw`\b${THREE}\s*[-–—]\s*${THREE}\s*[-–—]\s*${THREE}(?![\p{L}])\.?\s+(?:[\p{L}-]+\s+){0,4}?(?:cooperation|partnership|sharing|exercises?|drills?|training|ties|relations(?:hip)?|coordination|collaboration)\b`,
      // "cooperation among the ROK, the U.S., and Japan", "coordination between Japan and the U.S. and between Japan, the ROK and the U.S.".
      String.raw`\b(?:cooperation|coordination|collaboration)\b(?:[^.;]|(?<=\b\p{Lu})\.){0,60}?\b(?:among|between)\s+${THREE_LISTED}`,
      // An activity done among "the three countries" (the talks' two and the third named by the context).
      String.raw`\b(?:cooperat\w*|shar(?:e|es|ing)|exchang\w*|exercis\w*|drills?|training|coordination|patrols?)\b[^.;]{0,60}?\b(?:among|between)\s+(?:the\s+|our\s+|all\s+)?(?:three|trilateral)\s+(?:countries|nations|allies|partners|sides|militaries|governments)\b`,
    ],
    beneficiary: 'context',
    onlyTitleCountries: true,
  },
  {
    name: 'trilateral cooperation: the two doing something with the third',
    title: /\bROK-US-Japan\b|\btrilateral\b/i,
    any: [
      // "keep sharing warning data with <third>", "continue exercises with <third>", "<a named exercise> should go ahead with <third>"
      // (…the third listed with the guarantor: "continue close cooperation with the United States and South Korea".)
      String.raw`\b(?:cooperat\w*|collaborat\w*|coordinat\w*|shar(?:e|es|ing)|exchang\w*|exercis\w*|drills?|train(?:s|ing)?|patrols?|go\s+ahead)\b[^.;]{0,60}?\bwith\s+${LISTED}(?:the\s+)?{C}\b`,
      // "keep working with <third> on the sharing of …"
      String.raw`\b(?:work|working|cooperat\w*|partner\w*)\s+(?:closely\s+)?with\s+(?:the\s+)?{C}\s+(?:on|in)\s+(?:[\p{L}-]+\s+){0,3}?(?:sharing|exchang\w*|cooperation|exercises?|drills?|training|coordination)\b`,
    ],
    // What the words say cannot be done with the third ("it is difficult to share intelligence with <third>") is no such cooperation.
    unless: [
      String.raw`\b(?:difficult|hard|impossible|unable|not\s+(?:possible|able))\s+to\s+(?:[\p{L}-]+\s+){0,2}?(?:shar|cooperat|collaborat|exchang|coordinat|train|exercis|work)\w*`,
    ],
    third: true,
    onlyTitleCountries: true,
  },
  {
    // GUARANTOR_WITH_BOTH_ALLIES: the guarantor's own people working with both allies, named together ("we are working more
    // closely than ever with the ROK and Japan"): the trilateral cooperation, in words whose parties are all of the guarantor.
    name: 'trilateral cooperation: the guarantor working with both allies',
    title: /\bROK-US-Japan\b|\btrilateral\b/i,
    any: [
      String.raw`\b(?:cooperat\w*|co-operat\w*|collaborat\w*|coordinat\w*|work(?:s|ed|ing)?)\b[^.;]{0,40}?\bwith\s+(?:both\s+)?(?:the\s+)?(?:(?:ROK|(?:South\s+)?Korea|Republic\s+of\s+Korea|Seoul)\s+and\s+(?:the\s+)?(?:Japan|Tokyo)|(?:Japan|Tokyo)\s+and\s+(?:the\s+)?(?:ROK|(?:South\s+)?Korea|Republic\s+of\s+Korea|Seoul))\b${NOT_DIPLOMATIC}`,
    ],
    beneficiary: 'context',
    onlyTitleCountries: true,
    speaker: 'guarantor',
  },
  {
    name: 'command and control of the alliance',
    title: /\bcommand\s+and\s+control\b/i,
    // "command and control", "the alliance's command structure(s)", "command arrangements".
    any: [
      String.raw`\bcommand(?:[-\s]+and)?[-\s]+control\b|\bcommand\s+(?:structures?|arrangements?|relationships?)\b|\bintegrated\s+command\b`,
    ],
    beneficiary: 'context',
    onlyTitleCountries: true,
  },
  {
    name: 'presence in the southwest islands',
    title: /\bsouthwest\b/i,
    // "Nansei" is the Japanese name of the southwest islands; "farther south, on the islands" in an ally's words says it too.
    any: [String.raw`\bsouth[-\s]?west(?:ern)?\b|\bNansei\b|\b(?:farther|further)\s+south\b[^.;]{0,40}?\bislands?\b`],
    all: [
      // (A country's own posture, "Japan's efforts to strengthen its defense posture", is no bilateral presence.)
      String.raw`\bpresence\b|\bexpan[ds]|\btrain(?:s|ing)?\b|\b(?:exercises?|drills?)\b|\bdeploy|\bstation|\brotation|\bhost(?:s|ed|ing)?\s+(?:more|additional|new)\b|(?<!\b(?:its|their)\s+(?:own\s+)?(?:defen[cs]e\s+)?)\bposture\b|\b(?:bilateral|joint|combined|allied)\s+(?:[\p{L}-]+\s+){0,2}?(?:activit(?:y|ies)|use|operations?)\b`,
    ],
    // The ally's own deployments ("<ally>'s plan / timeline for deploying its missiles to …") with no word of the two
    // together or of the guarantor's forces: its own posture, not the bilateral presence (dev r14 r17 t11 t20).
    unless: [String.raw`^(?![\s\S]*${ALLIED})[\s\S]*{C}[’']s\b`],
    beneficiary: 'context',
  },
  {
    name: 'presence in the southwest islands: a place of the island chain, with more allied forces or sites',
    title: /\bsouthwest\b/i,
    // The southwest (Nansei / Ryukyu) island chain by its places: its prefectures, island groups and islands (geography,
    // so that "additional Marine units in Okinawa" is read as the region the commitment names).
    any: [
      String.raw`\b(?:Okinawa|Kagoshima|Ryukyu|Sakishima|Yaeyama|Miyako(?:jima)?|Ishigaki|Yonaguni|Amami|Tokunoshima|Okinoerabu|Kumejima|Tanegashima|Mageshima|Yakushima)\b`,
    ],
    all: [
      // More of it: a further presence, not forces already there ("the burden of the bases in Okinawa").
      String.raw`\b(?:additional|more|new|further|expan[ds]\w*|increas\w*|open(?:s|ed|ing)?)\b`,
      String.raw`\b(?:station\w*|deploy\w*|rotat\w*|train(?:s|ed|ing)?|exercises?|units?|sites?|facilit(?:y|ies)|presence)\b`,
      // Allied: the guarantor's forces, or the two together (a country's own garrison alone is its own posture).
      String.raw`\b(?:U\.S\.|American|United\s+States|Marines?|bilateral|joint(?!\s+staff)|combined|allied|with\s+us)\b`,
    ],
    beneficiary: 'context',
  },
];

/** Capitals and other words standing for a country in a commitment's wording ("Washington's commitment to defend Seoul"). */
export const COUNTRY_STAND_INS: Record<string, string[]> = {
  US: ['Washington'],
  JP: ['Tokyo'],
  KR: ['Seoul', 'Republic of Korea', 'South Korea', 'the ROK'],
  PH: ['Manila'],
  AU: ['Canberra'],
};

/** Numbers written as words in treaty articles ("Article Five"). */
export const ARTICLE_NUMBER_WORDS: Record<string, string> = {
  one: 'I',
  two: 'II',
  three: 'III',
  four: 'IV',
  five: 'V',
  six: 'VI',
  seven: 'VII',
  eight: 'VIII',
  nine: 'IX',
  ten: 'X',
};

/**
 * Stance words, by name, tried in order (README of the import corpus: REAFFIRMS for
 * reaffirm/reiterate/confirm/remain/continue/once more/unwavering/ironclad/unshakable, and the
 * verbs of continuing a thing: maintain/sustain/preserve it, keep it going/intact/on a steady
 * footing/on schedule, keep it running, keep up (the pace), maintain the momentum, go on / carry on (not "go on to"),
 * without interruption, stay committed / stay that way ("stay" is "remain") — continuing what is already in place is reaffirming it, as "continue" is (dev: k01 q19 q26 q31
 * t03 t07 t16 t23 t25); words of repetition and permanence: said many times, repeatedly, time and again, as we
 * have always said, today, tomorrow and always, a commitment "as firm as it has ever been" (not the alliance); AFFIRMS for
 * a commitment stated without them; QUALIFIES for a hedge; WITHDRAWS for a negation). A weakening
 * word under a negation ("did not waver", "no change to", "will not abandon", "not up for
 * negotiation", "has not moved", "will not budge"; not "did not move forward") is a reaffirmation. Advancing a thing
 * ("press ahead with", "accelerate") is no continuation: AFFIRMS (k03 m03 m19 s19). "Not in doubt" / "not in question" deny a doubt, not a change: no weakening word, AFFIRMS.
 */
export const STANCE_WORDS = {
  hedges: String.raw`\b(?:only\s+if|provided\s+that|on\s+(?:the\s+)?condition|conditional|conditioned\s+on|depends?\s+on|depending\s+on|under\s+review|(?:only\s+)?(?:as|so)\s+long\s+as|not\s+a\s+blank\s+check|not\s+unconditional|in\s+exchange\s+for)\b`,
  weakening: String.raw`(?:negotia\w*|withdr[ae]w\w*|abandon\w*|terminat\w*|suspend\w*|end(?:ing|ed)?|waver\w*|chang\w*|weaken\w*|diminish\w*|falter\w*|shift\w*|alter\w*|reduc\w*|retreat\w*|back(?:ing)?\s+away|pull\w*\s+back|budg\w*|mov(?:e|es|ed|ing)(?!\s+(?:forward|ahead|on|to|toward|towards|quickly|fast|closer|past)\b))`,
  negators: String.raw`(?:\b(?:not|never|no|nor|without)|n[’']t)`,
  withdrawal: String.raw`\b(?:withdr[ae]w\w*|no\s+longer|abandon\w*|terminat\w*|suspend\w*|revok\w*|rescind\w*|end(?:s|ed|ing)?\s+(?:its|the|our|their)\s+(?:\w+\s+)?commitment)\b`,
  reaffirming: String.raw`\b(?:(?:said|stated|told|made\s+clear|affirmed|repeated)\s+(?:[\p{L}]+\s+){0,3}?(?:many|several|numerous|countless|multiple|a\s+(?:hundred|thousand))\s+times|repeatedly|time\s+and\s+(?:time\s+)?again|(?:today,?\s+)?tomorrow,?\s+and\s+(?:always|forever)|\b(?:every|each|successive)\s+(?:[\p{L}.]+\s+)?(?:administrations?|governments?|presidents?)\s+since\b|as\s+(?:we|I|it|they|he|she)\s+(?:have|has)\s+(?:always|long|consistently)\s+(?:said|stated|maintained|made\s+clear)|(?:commitments?|pledges?|guarantees?|deterren(?:ce|t)|umbrella|obligations?)\b[^.;]{0,40}?\bas\s+(?:firm|strong|solid|credible|robust|reliable)\s+as\s+(?:it|they)\s+(?:has|have|had)\s+ever\s+been|reaffirm\w*|re-affirm\w*|reiterat\w*|restat\w*|recommit\w*|confirm\w*|re-?confirm\w*|renew\w*|again|once\s+more|remain\w*|continu\w*|unwavering|ironclad|iron-clad|steadfast|unshak\w*|unchang\w*|(?:stand|stands|standing|stood|hold|holds|held)\s+firm\b|(?:commitments?|pledges?|guarantees?|deterrence)\b[^.;]{0,40}?\b(?:rock[-\s]solid|unbreakable)|keep(?:s|ing)?\s+(?:on\s+)?\p{L}+ing|(?:maintain\w*|sustain\w*|preserv\w*)\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:[\p{L}-]+\s+){0,3}?(?:commitments?|cooperation|deterrence|presence|posture|pledges?|guarantees?)|(?:keep|keeps|keeping|kept)\s+(?:[^\s.;,]+\s+){1,6}?(?:going|running|strong|intact|unchanged|alive|in\s+place|on\s+(?:track|course|schedule)|moving\s+forward)|(?:keep|keeps|keeping|kept|maintain\w*|sustain\w*)\s+up\b|(?:maintain\w*|sustain\w*)\s+(?:the\s+|its\s+|their\s+|our\s+)(?:[\p{L}-]+\s+){0,2}?(?:momentum|pace|tempo)|\b(?:go|goes|carry|carries|carrying)\s+on\b(?!\s+to\b)|without\s+(?:any\s+)?(?:interruption|pause|a\s+break)|uninterrupted|stay(?:s|ed|ing)?\s+(?:that\s+way|so|committed|firm|steadfast|strong|intact|unchanged|in\s+place|the\s+course|on\s+(?:track|course))|on\s+(?:a\s+)?(?:steady|firm|solid|stable|sound)\s+footing)\b`,
  /** Words that look like stance words and are not ("if confirmed" of a nominee). */
  notStance: String.raw`\bif\s+confirmed\b`,
} as const;
