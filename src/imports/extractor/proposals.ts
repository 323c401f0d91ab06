/**
 * Proposals: the officials, bodies and commitments the text names that are not on record, and the people it last named.
 */

import { type Mention } from '../lexicon';
import { REPORTER_STAYS_CENTRE } from '../pipeline/frames';
import { appointmentAfter, nameStyleCountry, personNames, postForRole, titledPeople } from '../pipeline/people';
import { nameCore, titleCase } from '../pipeline/speakers';
import { turnLabel } from '../pipeline/turns';
import { type Span } from '../text';
import type { Extractor } from './extractor';
import { publisherOwnTitle } from './publisher';
import { insideQuote, mentionsIn, orig } from './reading';
import { capitalize, ORG_PROPOSAL, proposedBodyLength } from './rules';
import type { ProposedOfficial, ProposedOrganization } from './types';

/**
 * A group of the talks' people as a subject; "both" ending a subject span (", and both agreed …" cut before its verb) too,
 * also where the span ends with the opening mark of a quoted predicate ('said the two had “highlighted …”').
 */
// BARE_GROUP (round 15): a group with no article, as ministries' lists and joint statements write it ("- Ministers confirmed …",
// "During the meeting, three leaders discussed …"), at the start of the sentence or after a comma, colon or dash.
// COUNTED_GROUP_MODIFIER: "the two government officials", "both senior defense officials", "the two top diplomats".
// COUNTED_COUNTRIES_POSSESSIVE (round 16): "the two countries' defense chiefs", "both nations' ministers": the group of the talks.
/** PLACE_NAME_COUNTRY (round 17): a country's name inside a place's ("the South China Sea", "the Korean Peninsula") qualifies no one. */
const PLACE_AFTER_COUNTRY = /^\s*(?:Sea|Ocean|Strait|Straits|Peninsula|Shoal|Gulf|Bay|Coast)\b/;
/**
 * COUNTRY_NOT_QUALIFYING: whether a country ending at `end` qualifies what begins at `at`: no preposition or bracket between
 * ("the visit to Japan of President X"), nor a preposition before it ("envoy to Japan X", a destination).
 */
const qualifies = (end: number, at: number, text: string, start = end) =>
  !/(?:^|\s)(?:of|to|in|at|from|with|for|by|on|into|toward|towards)\s|[()[\];:!?]/u.test(text.slice(end, at)) &&
  !/(?:^|\s)(?:to|into|toward|towards|from|in)\s+(?:the\s+)?$/u.test(text.slice(Math.max(0, start - 12), start));

const STATEMENT_TEXT_BEGINS = /\bBegin\s+Text\b|\btext\s+of\s+the\s+following\s+(?:joint\s+)?statement\b/i;

/**
 * PROPOSED_BODY_SPEAKS: the body not on record the document names (proposed once, `ORG_PROPOSAL` or its own publisher line)
 * named again in a span as the one that speaks ("the Department of X said", "according to the DX", "the DX statement"): by
 * its name, or by its acronym (the one the text brackets after its name, else its initials). Its key; null when none or
 * more than one.
 */
export function proposedBodyIn(ex: Extractor, from: number, to: number): string | null {
  const words = ex.text.slice(from, to);
  const hits = [...ex.proposedOrganizations.values()].filter((o) => {
    if (words.includes(o.name)) return true;
    const acronym = acronymOf(ex, o);
    return acronym != null && acronym.test(words);
  });
  return hits.length === 1 ? hits[0].key : null;
}

export function statementTextBegins(ex: Extractor): RegExpExecArray | null {
  if (ex.statementTextStart === undefined) ex.statementTextStart = STATEMENT_TEXT_BEGINS.exec(ex.text);
  return ex.statementTextStart;
}

export function acronymOf(ex: Extractor, o: ProposedOrganization): RegExp | null {
  if (ex.acronyms.has(o.key)) return ex.acronyms.get(o.key)!;
  const bracketed = new RegExp(`${o.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\((\\p{Lu}{2,6})\\)`, 'u').exec(ex.text)?.[1];
  const initials = o.name
    .split(/\s+/)
    .filter((w) => !/^(?:of|the|and|for)$/i.test(w))
    .map((w) => w[0])
    .join('')
    .toUpperCase()
    .replace(/[^\p{Lu}]/gu, '');
  const acronym = bracketed ?? (initials.length >= 2 ? initials : null);
  const pattern = acronym === null ? null : new RegExp(`(?<![\\p{L}])${acronym}(?![\\p{L}])`, 'u');
  ex.acronyms.set(o.key, pattern);
  return pattern;
}

/**
 * COUNTRY_NOT_QUALIFYING (round 19): the country of a person not on record, named just before their title or name, only where
 * it qualifies them ("Japan's Minister", "the Indian Defence Minister", "U.S. Secretary"): not a country set apart from them by
 * a preposition or a bracket, nor one a preposition governs — the object of another phrase ("the state visit to Japan of President X",
 * "Indian envoy to Japan X", "… (MENAFN - Live Mint) Defence Minister X").
 */
export function personQualifier(ex: Extractor, at: number): string | null {
  const last = countryJustBefore(ex, at);
  return last && qualifies(last.end, at, ex.text, last.start) ? last.countryCode : null;
}

/** Country named just before a title or organization ("Japan", "South Korea’s", "U.S."). */
export function qualifier(ex: Extractor, at: number): string | null {
  return countryJustBefore(ex, at)?.countryCode ?? null;
}

/** The last country mention of the sentence read that ends at most 12 characters before `at`. */
function countryJustBefore(ex: Extractor, at: number): Mention | null {
  const before = ex.mentionCache.filter((m) => m.kind === 'country' && m.end <= at && at - m.end <= 12);
  return before.length ? before[before.length - 1] : null;
}

// ---- proposals --------------------------------------------------------------------------------

export function collectProposals(ex: Extractor, para: Span): void {
  let text = ex.text.slice(para.start, para.end);
  // A transcript label in capitals ("PRESS SECRETARY JANE DOE:") read as names are written (the offsets do not change).
  const label = turnLabel(text);
  if (label?.role === 'SPEAKER') text = titleCase(text.slice(0, label.length)) + text.slice(label.length);
  for (const person of titledPeople(text)) {
    const nameStart = para.start + person.start;
    const nameEnd = para.start + person.end;
    const covered = ex.mentionCache.some(
      (x) => (x.kind === 'official' || x.kind === 'organization' || x.kind === 'country') && x.start < nameEnd && x.end > nameStart,
    );
    if (covered) continue;
    // A person without a title is proposed only when they speak ("Gilberto Teodoro said"), or are appointed ("…, whom X named as the next minister").
    const after = ex.text.slice(nameEnd, nameEnd + 40);
    const appointed = person.title
      ? null
      : appointmentAfter(ex.text.slice(nameEnd, nameEnd + 200), ex.text.slice(Math.max(0, nameStart - 60), nameStart));
    let appointedOrg: number | null = null;
    if (appointed) {
      const country = qualifier(ex, para.start + person.titleStart) ?? nameStyleCountry(person) ?? lastCountry(ex, nameStart);
      const titles = [...ex.lex.officials.values()]
        .filter((o) => !country || o.countryCode === country)
        .flatMap((o) => o.holdings.map((h) => h.title));
      const post = postForRole(appointed.role, titles);
      appointedOrg =
        [...ex.lex.officials.values()].flatMap((o) => o.holdings).find((h) => post != null && h.title === post)?.organizationId ?? null;
      Object.assign(person, {
        title: post ?? capitalize(appointed.role),
        capacity: 'DESIGNATE',
        countryCode: person.countryCode ?? country,
      });
    }
    if (
      !person.title &&
      !person.counterpart &&
      !/^\s*,?\s*(?:(?:also|later|then)\s+)?(?:said|says|told|added|stated|noted|stressed|warned|wrote|announced)\b/.test(after)
    )
      continue;
    const titleStart = para.start + person.titleStart;
    const country =
      person.countryCode ??
      personQualifier(ex, titleStart) ??
      // (A country or a body named just before the title: not another person named there, "Secretary X met with Prime Minister Y".)
      // (PERSON_BETWEEN_QUALIFIER: a country before another official named in between qualifies that official:
      // "US Secretary of Defense X, Defense Secretary Y".)
      mentionsIn(ex, Math.max(para.start, titleStart - 40), nameStart).find(
        (x) =>
          x.countryCode &&
          (x.kind === 'country' || x.kind === 'organization') &&
          !mentionsIn(ex, x.end, titleStart).some((y) => y.kind === 'official') &&
          // PAIR_QUALIFIES_NO_ONE: a country joined to another by a dash ("a ROK-UK meeting") names both sides, no one's.
          !/^[-‑–]\s*\p{Lu}/u.test(ex.text.slice(x.end, x.end + 3)) &&
          // PLACE_NAME_COUNTRY: nor a country inside a place's name ("… in the South China Sea'' in a call to Defense Secretary X").
          !PLACE_AFTER_COUNTRY.test(ex.text.slice(x.end, x.end + 12)) &&
          // COUNTRY_NOT_QUALIFYING (round 19): nor a country set apart from the title (see personQualifier), nor one inside
          // the title's "for …" part, the post's portfolio ("Deputy Assistant Secretary of State for Korea", "Director General
          // for North American Affairs": an American's and a Korean's posts).
          (x.end > titleStart
            ? !/\bfor\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/u.test(ex.text.slice(titleStart, x.start))
            : qualifies(x.end, titleStart, ex.text, x.start)) &&
          !/\p{L}\s*[-‑–]$/u.test(ex.text.slice(Math.max(0, x.start - 3), x.start)),
      )?.countryCode ??
      nameStyleCountry(person) ??
      null;
    // The body they serve: named in the title, or just after the name ("… Han Ji-soo of the Ministry of …").
    const org =
      mentionsIn(ex, titleStart, nameStart).find((x) => x.kind === 'organization') ??
      (/^\s+(?:of|at|from)\s+(?:the\s+)?/.test(after)
        ? mentionsIn(ex, nameEnd, nameEnd + 60).find((x) => x.kind === 'organization')
        : undefined);
    // A title after the publisher's own name ("Deputy Secretary of Defense" in the Department of Defense's readout):
    // one of its officials, of its country.
    const own = country == null && !org ? publisherOwnTitle(ex, person.title) : null;
    // One entry per person: "Ramon Andres" and "RAMON T. ANDRES" (a host's words and a label) are one official, named in full.
    // NAME_ON_RECORD: a name an official on record bears once initials, suffixes and courtesy words are set aside (in
    // either order) is theirs, though the lexicon did not read it here ("Lloyd Austin1 min read", page clutter glued on).
    if (onRecordName(ex, person.name)) continue;
    // FAMILY_NAME_OF_PROPOSED (round 14): a name that is the last words of one official proposed already ("Secretary Del
    // Rosario" after "Secretary Albert F. Del Rosario") is that official, not a second one.
    const core = nameCore(person.name);
    const fuller = ex.proposedOfficials.has(`official:${core}`)
      ? []
      : [...ex.proposedOfficials.values()].filter((p) => nameCore(p.name).endsWith(` ${core}`));
    const key = fuller.length === 1 ? fuller[0].key : `official:${core}`;
    const known = ex.proposedOfficials.get(key);
    if (known && person.name.split(/\s+/).length > known.name.split(/\s+/).length) known.name = person.name;
    if (!known) {
      ex.proposedOfficials.set(key, {
        key,
        name: person.name,
        title: person.title,
        capacity: person.capacity,
        countryCode: country ?? org?.countryCode ?? own?.countryCode ?? null,
        organizationId: org?.ids[0] ?? appointedOrg ?? own?.id ?? null,
        span: orig(ex, titleStart, nameEnd),
      });
    } else if (!known.title && person.title) {
      Object.assign(known, { title: person.title, capacity: person.capacity, span: orig(ex, titleStart, nameEnd) });
      known.countryCode ??= country ?? org?.countryCode ?? null;
    } else {
      // COUNTRY_AT_ANY_MENTION: a later mention that gives the country ("Indian Minister of Defence X" after "Defence
      // Minister X") places the official the first left unplaced. Only a country the words name (a body read as one of
      // the world's, "the Ministry of National Defence", may be another country's of the same name).
      known.countryCode ??= person.countryCode ?? personQualifier(ex, titleStart) ?? null;
    }
  }
  let people: ReturnType<typeof personNames> | null = null;
  for (const m of text.matchAll(ORG_PROPOSAL)) {
    people ??= personNames(text);
    const start = para.start + m.index!;
    if (ex.mentionCache.some((x) => x.kind === 'organization' && x.start <= start && x.end >= start + 10)) continue;
    // The body's name ends where a person's name or a courtesy title begins ("… of National Defense Ramon T. Cruz", "… and The Rt Hon …").
    const cut = Math.min(
      ...people.filter((p) => p.start > m.index! && p.start < m.index! + m[1].length).map((p) => p.start - m.index!),
      /\s+(?:and\s+)?(?:The\s+)?(?:Rt|Hon|Honourable|Honorable)\b/.exec(m[1])?.index ?? m[1].length,
      // BODY_NAME_END: or where a title or another party's possessive begins ("… and Secretary X", "… Director General for …").
      proposedBodyLength(text, m),
    );
    const name = m[1]
      .slice(0, cut)
      .trim()
      .replace(/\s+(?:and|on|in)$/i, '');
    const key = `organization:${name.toLowerCase()}`;
    const known = ex.proposedOrganizations.get(key);
    if (!known) {
      ex.proposedOrganizations.set(key, { key, name, countryCode: qualifier(ex, start), span: orig(ex, start, start + name.length) });
    } else known.countryCode ??= qualifier(ex, start);
  }
}

/** NAME_ON_RECORD: whether a name, its initials, suffixes and courtesy words set aside, is one an official on record bears (either order). */
export function onRecordName(ex: Extractor, name: string): boolean {
  const core = (n: string) =>
    n
      .split(/\s+/)
      .filter((w) => w && !/^(?:\p{Lu}\.|Jr\.?|Sr\.?|II|III|IV|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)$/u.test(w))
      .map((w) => w.toLowerCase());
  const words = core(name);
  if (words.length < 2) return false;
  const key = words.join(' ');
  const reversed = [...words].reverse().join(' ');
  return [...ex.lex.officials.values()].some((o) =>
    [o.name, ...o.aliases].some((n) => {
      const k = core(n).join(' ');
      return k === key || k === reversed;
    }),
  );
}

/** The words before a point name a person (on record or proposed) and no body: who "said in a statement". */
export function personSubject(ex: Extractor, start: number, at: number): boolean {
  const named = mentionsIn(ex, start, at);
  if (named.some((m) => m.kind === 'organization')) return false;
  return named.some((m) => m.kind === 'official') || proposedIn(ex, start, at).length > 0;
}

/** The country named last before a point (a country, or a body's country): whose post a designate takes when the text names no other. */
export function lastCountry(ex: Extractor, at: number): string | null {
  const before = ex.seenOrganizations.filter((m) => m.end <= at && m.countryCode);
  return before.length ? before[before.length - 1].countryCode : null;
}

/** Proposed officials whose name (or family name, in any case) appears in a span. */
export function proposedIn(ex: Extractor, start: number, end: number): ProposedOfficial[] {
  const text = ex.text.slice(start, end);
  return [...ex.proposedOfficials.values()].filter((p) => {
    if (text.includes(p.name)) return true;
    const parts = p.name.split(/\s+/).filter((w) => !/^(?:Jr\.|Sr\.|II|III|IV|\p{Lu}\.)$/u.test(w));
    if (parts.length < 2) return false;
    return parts.some(
      (f, i) =>
        (i === parts.length - 1 || i === 0) &&
        f.length > 2 &&
        new RegExp(`(?<![\\p{L}])${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu').test(text) &&
        /\p{Lu}/u.test(text),
    );
  });
}

/**
 * The one proposed official whose title (two words or more) a text uses alone as a name: "The Defence Secretary has
 * met …" after "Defence Secretary Alistair Penrose" (not when a name follows the title).
 */
export function proposedByBareTitle(ex: Extractor, text: string): ProposedOfficial[] {
  const found = [...ex.proposedOfficials.values()].filter((p) => {
    if (!p.title || p.title.split(/\s+/).length < 2) return false;
    const title = p.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`\\b[Tt]he\\s+${title}\\b(?!\\s+\\p{Lu})`, 'u').test(text);
  });
  const titles = new Set(found.map((p) => p.title));
  return found.length === 1 || (found.length > 1 && titles.size === found.length) ? found : [];
}

export function rememberPeople(ex: Extractor, s: Span): void {
  for (const m of mentionsIn(ex, s.start, s.end)) {
    if (insideQuote(ex, m.start)) continue;
    if (m.kind === 'official' && m.ids.length === 1) ex.recent.push({ ids: m.ids, proposed: [], span: m.text });
  }
  for (const p of proposedIn(ex, s.start, s.end)) ex.recent.push({ ids: [], proposed: [p.key], span: p.name });
  if (ex.recent.length > 20) ex.recent.splice(0, ex.recent.length - 20);
}

/** REPORTER_STAYS_CENTRE: the one named as the subject of a reporting verb is the one "he" next refers to (after the party of its clause). */
export function rememberReporter(ex: Extractor, s: Span): void {
  const reporter = mentionsIn(ex, s.start, s.end)
    .filter(
      (m) =>
        m.kind === 'official' &&
        m.ids.length === 1 &&
        !insideQuote(ex, m.start) &&
        REPORTER_STAYS_CENTRE.after.test(ex.text.slice(m.end, Math.min(s.end, m.end + 60))),
    )
    .pop();
  if (reporter) ex.recent.push({ ids: reporter.ids, proposed: [], span: reporter.text });
}
