/**
 * Stage 2b, who speaks in a transcript: the principal (named in the title, "Press Conference by
 * Defense Minister NAKATANI Gen", or by title alone, "… by the Defense Minister") and the speaker of
 * each turn's label ("SECRETARY HEGSETH", "Minister KOIZUMI", "MINISTER OF NATIONAL DEFENSE AHN
 * GYU-BACK (THROUGH INTERPRETER)", a bare "Minister" or "A" for the principal). Pure: the lexicon is
 * reached through the lookups given.
 */
import type { Mention } from '../lexicon';

export interface SpeakerLookups {
  /** Mentions of known officials, titles and countries in a text. */
  mentions: (text: string) => Mention[];
  /** Holders of a title on the document's day, optionally in one country. */
  holders: (title: string, countryCode: string | null) => number[];
  /** Country of an official. */
  countryOf: (id: number) => string | null;
  /** Country of the publisher, if known. */
  publisherCountry: string | null;
  /** Name of an official (LABEL_OTHER_NAME); without it a title's holder is taken whatever name the label gives. */
  nameOf?: (id: number) => string | null;
}

/** Words of a label that are no name: courtesy, posts, their connectors. */
const NOT_NAME_WORD =
  /^(?:of|the|and|for|mr|mrs|ms|dr|hon|honorable|honourable|minister|secretary|defen[cs]e|national|federal|foreign|affairs|deputy|vice|state|prime|general|admiral|ambassador|acting|senior|parliamentary|under|assistant|chief|director|spokesperson|press|staff|army|navy|air|force|joint|chiefs|minister's|jr|sr|ii|iii|iv)$/i;

/**
 * LABEL_OTHER_NAME (round 13): a label that gives a post and a personal name ("MINISTER OF DEFENSE JANE ROE") names that
 * person, not whoever holds the post on record: a holder none of whose name's words the label has is someone else (a guest
 * not on record, or the name misspelled), not resolved by the post.
 */
export function labelGivesOtherName(label: string, holderName: string | null | undefined, countryWords: string[] = []): boolean {
  if (!holderName) return false;
  const skip = new Set(countryWords.flatMap((c) => c.toLowerCase().split(/\s+/)));
  const words = label
    .replace(/[().,[\]]/g, ' ')
    .split(/\s+/)
    .filter((w) => /^\p{Lu}[\p{L}'’-]+$/u.test(w) && !NOT_NAME_WORD.test(w) && !skip.has(w.toLowerCase()));
  if (words.length === 0) return false;
  const holder = new Set(
    holderName
      .toLowerCase()
      .split(/[\s-]+/)
      .filter(Boolean),
  );
  return !words.some((w) =>
    w
      .toLowerCase()
      .split('-')
      .some((part) => holder.has(part)),
  );
}

/** Labels in capitals ("STATE MINISTER TSUKISHIMA") written as names are, for matching. */
export const titleCase = (s: string) =>
  s.replace(/[\p{L}’'-]+/gu, (w) => (w === w.toUpperCase() && w.length > 1 ? w[0] + w.slice(1).toLowerCase() : w));

/** A label that names no one but the principal's role: "A", "Minister", "The Secretary", "Defense Minister". */
export const PRINCIPAL_LABEL =
  /^(?:A|Answer|(?:the\s+)?(?:(?:Defen[cs]e|Foreign|Prime)\s+)?(?:Minister|Secretary|Spokesperson|Press Secretary|Chairman|Ambassador|Vice Minister|State Minister))$/i;

/** Notes in a label that are not part of the name: "(THROUGH INTERPRETER)", "(via translator)", "[as interpreted]". */
const LABEL_NOTE = /\s*(?:\((?:through|via|in|by|as)\b[^)]*\)|\[(?:through|via|in|by|as)\b[^\]]*\])\s*/gi;

/** The one official the words name: by name first, then by title (in the country named with it, else among `among`, else the publisher's). */
export function officialNamed(
  words: string,
  look: SpeakerLookups,
  among: number[] = [],
  asLabel = false,
): { id: number; rule: string } | null {
  const text = titleCase(words.replace(LABEL_NOTE, ' ').trim());
  const mentions = look.mentions(text);
  for (const m of mentions) {
    if (m.kind !== 'official') continue;
    const ids = m.ids.length === 1 ? m.ids : m.ids.filter((id) => among.includes(id));
    if (ids.length === 1) return { id: ids[0], rule: `name: ${m.rule}` };
  }
  if (mentions.some((m) => m.kind === 'official')) return null;
  // LABEL_NAME_NOT_HOLDER (round 13): a label that names a person beside the title ("MINISTER OF DEFENSE JANE ROE") whom no
  // official on record bears is that person, not whoever holds a like-named post on record (another country's minister).
  // (It reads the words left when the title and country are taken out, for every caller; LABEL_OTHER_NAME below, for turn
  // labels only, also catches one misspelt word of a name: the two were written side by side in round 13.)
  const rest = mentions
    .filter((m) => m.kind === 'title' || m.kind === 'country')
    .reduce((t, m) => t.replace(m.text, ' '), text)
    .trim();
  if (/^(?:\p{Lu}[\p{Ll}'’-]+\s+){1,2}\p{Lu}[\p{Ll}'’-]+$/u.test(rest)) return null;
  const country = mentions.find((m) => m.kind === 'country')?.countryCode ?? null;
  for (const m of mentions) {
    if (m.kind !== 'title' || !m.title) continue;
    let ids = look.holders(m.title, country);
    if (ids.length > 1 && among.length) {
      const narrowed = ids.filter((id) => among.includes(id));
      if (narrowed.length) ids = narrowed;
    }
    if (ids.length > 1 && look.publisherCountry) ids = ids.filter((id) => look.countryOf(id) === look.publisherCountry);
    const countryWords = mentions.filter((x) => x.kind === 'country').map((x) => x.text);
    if (
      ids.length === 1 &&
      asLabel &&
      look.nameOf &&
      labelGivesOtherName(text.slice(0, m.start) + ' ' + text.slice(m.end), look.nameOf(ids[0]), countryWords)
    )
      return null;
    if (ids.length === 1) return { id: ids[0], rule: `title "${m.text}" held on the day` };
  }
  return null;
}

/**
 * COUNTERPART_IN_TITLE: the engagement a transcript follows, named with the speaker's possessive ("after his call with …",
 * "Following Her Meeting With …"): the one met is the counterpart, not the principal. ("A Conversation with X", no
 * possessive, is X's own event.)
 */
export const COUNTERPART_IN_TITLE =
  /\s*\b(?:after|following|on|about|from)\s+(?:his|her|their|the)\s+(?:[\w-]+\s+){0,3}?(?:call|meeting|talks|conversation|visit|discussions?)\s+with\b.*$/i;

/** The principal of a press conference or transcript: the one official its title names (by name or by title). */
export function principalOf(title: string | null | undefined, look: SpeakerLookups): { id: number; rule: string } | null {
  if (!title) return null;
  // "… after his telephone call with <counterpart>": the one met is not the one speaking.
  title = title.replace(COUNTERPART_IN_TITLE, '').trim();
  const text = titleCase(title);
  const named = new Set(
    look
      .mentions(text)
      .filter((m) => m.kind === 'official' && m.ids.length === 1)
      .map((m) => m.ids[0]),
  );
  if (named.size === 1) return { id: [...named][0], rule: 'the one official the title names' };
  if (named.size > 1) return null;
  // "Press Conference by the Defense Minister": the holder of the title, in the publisher's country.
  const by = /\b(?:by|of|with)\s+(?:the\s+)?(.+)$/i.exec(title);
  return by ? officialNamed(by[1], look) : null;
}

/**
 * The speaker of a turn label: the principal for "A:" and bare titles ("Minister:"), else the
 * official the label names (among the call's participants when a name is ambiguous).
 */
export function labelSpeaker(
  label: string,
  look: SpeakerLookups,
  principal: number | null,
  participants: number[],
): { id: number; rule: string } | null {
  const bare = label.replace(LABEL_NOTE, ' ').trim();
  if (PRINCIPAL_LABEL.test(bare)) {
    if (principal != null) return { id: principal, rule: `"${bare}": the principal speaker` };
    return officialNamed(bare, look, participants, true);
  }
  return officialNamed(bare, look, participants, true);
}

/** A name without its middle initials and suffixes, lowercased: "Ramon T. Andres" and "Ramon Andres" are one person. */
export const nameCore = (name: string) =>
  name
    .split(/\s+/)
    .filter((w) => !/^(?:\p{Lu}\.|Jr\.?|Sr\.?|II|III|IV)$/u.test(w))
    .join(' ')
    .toLowerCase();

/**
 * The one person among the officials proposed for a label, when they are one person written twice (a host's "Undersecretary
 * Ramon Andres" and the label's "RAMON T. ANDRES"): the fullest spelling. Else the list as it is.
 */
export function onePersonProposed<T extends { name: string }>(found: T[]): T[] {
  if (found.length < 2 || new Set(found.map((p) => nameCore(p.name))).size > 1) return found;
  return [found.reduce((a, b) => (b.name.split(/\s+/).length > a.name.split(/\s+/).length ? b : a))];
}
