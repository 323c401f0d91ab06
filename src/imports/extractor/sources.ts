/**
 * Sources: the document or account words come from, spokespeople, bodies of a side not on record, other settings.
 */

import { type LexOrganization, type Mention } from '../lexicon';
import {
  BODY_DOCUMENT_NOUNS,
  bodySourceKind,
  bodyDocument,
  DEFINITE_BODY_DOCUMENT,
  BODY_OF_A_SIDE_NOT_ON_RECORD,
  PROPOSED_BODY_AS_REPORTER,
  OPENING_PHRASE_BEFORE_REPORTER,
  talksGroupSubject,
  OTHER_OUTLET_REPORT,
  GENERIC_STATEMENT,
  namesKind,
  REMOTE_CALL,
  openingAdjunct,
  familyNameAtEnd,
  SPOKESPERSON_NAMED_BEFORE_TITLE,
} from '../pipeline/attribution';
import { OTHER_SETTING, OTHER_SIDE_AS_PARTY } from '../pipeline/proposed-call';
import { CAPITAL_GOVERNMENTS, countriesNamed } from '../pipeline/countries';
import { SERVICE_BEFORE_RANK } from '../pipeline/people';
import { type Sentence } from '../pipeline/segment';
import { type Quote, type Span } from '../text';
import type { Extractor } from './extractor';
import { proposedPublisherKey } from './publisher';
import { documentDate } from './recorded-calls';
import { personSubject, proposedBodyIn, proposedIn, qualifier } from './proposals';
import { insideQuote, mentionsIn, orig } from './reading';
import { partiesOf } from './parties';
import { NATIONAL_OFFICIAL, reportsEngagement, sourceReporter, SPOKESPERSON_OF_BODY, titleCased } from './rules';
import type { Ctx, DocumentKind, Reporter, SourceGuess } from './types';

/** A sentence opening on the statement a body named after it issued: "In a statement released Monday, the ministry said …". */
const STATEMENT_SETTING_BEFORE_BODY = /(?:^|[.!?]\s+|^\W*)[Ii]n\s+(?:a|an)\s+(?:[\w-]+\s+)?$/;

const SOURCE_NOUN =
  /\b(read-?out|press release|news release|release|statement|joint statement|press conference|news conference|press briefing|briefing|transcript)s?\b/gi;

/**
 * People outside the governments whose words a story reports (not an audience: "told lawmakers"); ACADEMIC_DESCRIBED: a
 * speaker described by academic work ("…, who teaches security studies at a university", "a lecturer at …").
 */
const NON_OFFICIAL_SPEAKER =
  /(?<!\b(?:told|to|before|with|by)\s+(?:\w+\s+)?)\b(?:critics?|analysts?|experts?|lawmakers?|legislators?|opposition|professors?|researchers?|commentators?|observers?|residents?|activists?|scholars?|specialists?|(?:senior|research|visiting|nonresident|non-resident)\s+fellows?|former\s+(?:[\w.-]+\s+){0,3}?(?:officials?|diplomats?|ambassadors?|officers?|negotiators?|advisers?|advisors?|aides?)|lecturers?|academics?|economists?|pollsters?|who\s+(?:teaches|lectures|studies|researches|specializes|specialises|writes)\b|(?:teaches|lectures|works)\s+(?:[\w-]+\s+){0,3}?at\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:university|institute|think[-\s]tank|college|academy))\b/iu;

/**
 * OTHER_SETTING: an official's remarks in another setting (to lawmakers, at a hearing) that neither report an
 * engagement nor name anyone or any country of the call's other side are not the call's words.
 */
export function saidElsewhere(ex: Extractor, s: Span, participantIds: number[]): boolean {
  if (!participantIds.length) return false;
  const text = ex.text.slice(s.start, s.end);
  if (!OTHER_SETTING.pattern.test(text) || reportsEngagement(text) || /\b(?:call|talks|meeting|counterpart)\b/i.test(text)) return false;
  const mentions = ex.lex.mentions(ex.text, s.start, s.end);
  const ids = new Set(mentions.filter((m) => m.kind === 'official' && m.ids.length === 1).map((m) => m.ids[0]));
  // A country of the other side counts as its side ("asked the U.S. side"), not as the topic of the remarks ("said South Korea should …").
  const codes = new Set(
    mentions
      .filter((m) => m.countryCode && (m.kind !== 'country' || OTHER_SIDE_AS_PARTY.test(ex.text.slice(m.end, m.end + 40))))
      .map((m) => m.countryCode),
  );
  const sides = participantIds.filter((p) => ids.has(p) || codes.has(ex.lex.officials.get(p)?.countryCode ?? ''));
  // (A participant not on record named there counts as a side too: "X said he and Y discussed …", Y proposed.)
  const proposedNamed = proposedIn(ex, s.start, s.end).filter((p) => ex.reported?.proposedParticipants.includes(p.key));
  if (proposedNamed.length && sides.length + proposedNamed.length >= 2) return false;
  // The speaker's own side may be named; the other side must not be.
  return sides.length <= 1;
}

/**
 * SETTING_CARRIES: the words after remarks made in another setting, by the same speaker, were said there too: a quotation
 * that goes on in the same paragraph ('… Park said at the hearing. "I will not …"'), or a quotation attributed to the
 * person the sentences before named ('"If confirmed, I will …," Park said.'), or that person going on ("Park, a retired
 * general, also said …", "… added"), unless it reports the engagement.
 */
export function settingCarries(ex: Extractor, s: Span, block: number, blockEnd = s.end): boolean {
  const before = ex.lastElsewhere;
  if (!before) return false;
  const own = ex.text.slice(s.start, s.end).trim();
  if (reportsEngagement(own)) return false;
  // QUOTATION_RUNS_ON (round 13): a quotation opened and not closed in the sentence runs on to its attribution at the end of
  // the paragraph ('"A. B," Park said.'): the speaker named there is the one who goes on.
  const runsOn = /^[“"][^”"]*$/.test(own) && block === before.block + 1;
  const text = runsOn ? ex.text.slice(s.start, blockEnd).trim() : own;
  if (block === before.block && /^[“"]/.test(text) && !/[”"]\s*,?\s+[^“"]*\b(?:said|says|added|told)\b/.test(text)) return true;
  const who =
    /[”"],?\s+(?:\p{Lu}[\p{L}'’-]+\s+)*?(\p{Lu}[\p{L}'’-]+)\s+(?:said|says|added|continued|replied|answered|responded)\b[^“"]*$/u.exec(
      text,
    ) ??
    // "Park, a retired general, also said …": the same speaker going on.
    /^(\p{Lu}[\p{L}'’-]+)\b[^.;“"]{0,80}?\s(?:also\s+(?:said|told)|added|went\s+on\s+to\s+say)\b/u.exec(text);
  // A quotation attributed to "he" or "she" (same or next paragraph): the person the sentence before named, going on there.
  if (
    !who &&
    (block === before.block || block === before.block + 1) &&
    /^[“"][^“”"]+[”"],?\s+(?:he|she)\s+(?:said|added|continued)\b[^“"]*$/.test(text)
  )
    return true;
  return !!who && new RegExp(`\\b${who[1]}\\b`).test(before.text);
}

// ---- sources ----------------------------------------------------------------------------------

export function sourceKind(ex: Extractor, noun: string): DocumentKind {
  const n = noun.toLowerCase();
  if (n.startsWith('read')) return 'READOUT';
  if (n.includes('joint')) return 'JOINT_STATEMENT';
  if (n.includes('conference') || n.includes('briefing')) return 'PRESS_CONFERENCE';
  if (n.includes('transcript')) return 'TRANSCRIPT';
  return 'PRESS_RELEASE';
}

export function sourceOf(
  ex: Extractor,
  kind: DocumentKind,
  publisherId: number | null,
  speakerId: number | null,
  label: string,
  ctx: Ctx,
  proposedPublisher: string | null = null,
  proposedSpeaker: string | null = null,
): SourceGuess {
  // "… provided the following readout", "this release": the document itself.
  if (
    ex.options.kind !== 'NEWS_ARTICLE' &&
    speakerId == null &&
    (kind === ex.options.kind || /\bfollowing\b/i.test(label)) &&
    (publisherId == null || publisherId === ex.options.publisherId)
  ) {
    ctx.sourcesByKind.set(kind, ex.documentSource);
    ctx.source = ex.documentSource;
    return ex.documentSource;
  }
  const callId = ctx.call?.id ?? null;
  const key = `${kind}|${publisherId ?? proposedPublisher ?? '-'}|${speakerId ?? proposedSpeaker ?? '-'}|${callId ?? '-'}`;
  let s = ex.sources.get(key);
  if (!s) {
    s = { key, kind, isDocument: false, publisherId, proposedPublisher, speakerId, proposedSpeaker, callId, label };
    ex.sources.set(key, s);
  }
  ctx.sourcesByKind.set(kind, s);
  ctx.source = s;
  return s;
}

/** Source nouns of a sentence ("A Pentagon readout", "the release", "his press conference"), in order. */
export function sourceMentionsOf(
  ex: Extractor,
  s: Span,
  ctx: Ctx,
  subject: () => number | null,
): { start: number; end: number; source: SourceGuess }[] {
  const out: { start: number; end: number; source: SourceGuess }[] = [];
  const text = ex.text.slice(s.start, s.end);
  for (const m of text.matchAll(SOURCE_NOUN)) {
    const at = s.start + m.index!;
    if (insideQuote(ex, at)) continue;
    const kind = sourceKind(ex, m[1]);
    const before = ex.text.slice(Math.max(s.start, at - 60), at);
    const definite = /\b(?:the|this|that)\s*$/i.test(before) && !/\b(?:issued|released|published)\s+(?:the|a)\s*$/i.test(before);
    // SERVICE_BEFORE_RANK (round 12): a service named in a person's rank ("Press Secretary Air Force Maj. Gen. X provided
    // the following readout") is no body issuing the document.
    const issuer = (x: Mention) => x.kind === 'organization' && !SERVICE_BEFORE_RANK.test(ex.text.slice(x.end, x.end + 40));
    const orgs = mentionsIn(ex, Math.max(s.start, at - 80), at).filter(issuer);
    const adjacent = mentionsIn(ex, Math.max(s.start, at - 25), at).filter(issuer);
    let source: SourceGuess | null = null;
    if (kind === 'PRESS_CONFERENCE') {
      const speaker = subject();
      const publisher = speaker ? (ex.lex.holding(speaker, documentDate(ex))?.organizationId ?? null) : null;
      source = sourceOf(ex, kind, publisher, speaker, m[0], ctx);
    } else if (adjacent.length || (!definite && orgs.length)) {
      const org = (adjacent.length ? adjacent : orgs)[(adjacent.length ? adjacent : orgs).length - 1];
      // BODY_OF_A_SIDE_NOT_ON_RECORD: the like-named body of a side not on record, proposed (after HOME_MINISTRY).
      rehomeMinistry(ex, org);
      const sideBody = bodyOfSideNotOnRecord(ex, org);
      // A body's "statement" in a news story is the kind of document that body issues (a readout of a call, a release).
      const issued =
        ex.options.kind === 'NEWS_ARTICLE' && GENERIC_STATEMENT.test(m[1]) && !namesKind(m[1], ex.remoteCall)
          ? sideBody
            ? 'PRESS_RELEASE'
            : bodyKind(ex, org.ids[0])
          : kind;
      source = sideBody
        ? sourceOf(ex, issued, null, null, ex.text.slice(org.start, at + m[0].length), ctx, sideBody)
        : sourceOf(ex, issued, org.ids[0], null, ex.text.slice(org.start, at + m[0].length), ctx);
      if (GENERIC_STATEMENT.test(m[1])) ex.lastStatement = source;
    } else if (!orgs.length && GENERIC_STATEMENT.test(m[1]) && proposedBodyIn(ex, Math.max(s.start, at - 25), at)) {
      // PROPOSED_BODY_SPEAKS: "the DX statement", the body not on record the document proposed: its release.
      const body = proposedBodyIn(ex, Math.max(s.start, at - 25), at)!;
      source = sourceOf(ex, 'PRESS_RELEASE', null, null, orig(ex, Math.max(s.start, at - 25), at + m[0].length).trim(), ctx, body);
      ex.lastStatement = source;
    } else if (!definite && GENERIC_STATEMENT.test(m[1]) && STATEMENT_SETTING_BEFORE_BODY.test(before)) {
      // STATEMENT_SETTING_BEFORE_BODY: "In a statement issued late Monday in Washington, the Pentagon said …": the body
      // named after the setting, in the same clause, issued it (not a statement named earlier in the story).
      const lead = ex.text.slice(at + m[0].length, Math.min(s.end, at + m[0].length + 90));
      const cut = /[;“”"]|\b(?:said|says|told|stated|added|announced)\b/.exec(lead)?.index ?? lead.length;
      const org = mentionsIn(ex, at + m[0].length, at + m[0].length + cut).find((x) => x.kind === 'organization' && x.ids.length === 1);
      // PROPOSED_BODY_SPEAKS: the body named after the setting is one not on record the document proposed.
      const body = org ? null : proposedBodyIn(ex, at + m[0].length, at + m[0].length + cut);
      if (body) {
        source = sourceOf(ex, 'PRESS_RELEASE', null, null, orig(ex, at, at + m[0].length + cut).trim(), ctx, body);
        ex.lastStatement = source;
        out.push({ start: at + m[0].length, end: at + m[0].length + cut, source });
        continue;
      }
      if (org) {
        const issued = ex.options.kind === 'NEWS_ARTICLE' && !namesKind(m[1], ex.remoteCall) ? bodyKind(ex, org.ids[0]) : kind;
        source = sourceOf(ex, issued, org.ids[0], null, ex.text.slice(at, org.end), ctx);
        ex.lastStatement = source;
        out.push({ start: org.start, end: org.end, source });
        continue;
      }
    } else if (definite && GENERIC_STATEMENT.test(m[1]) && ex.lastStatement) {
      // "according to the statement": the body's statement named before, whatever its kind.
      source = ex.lastStatement;
      ctx.source = source;
    } else if (definite && ctx.sourcesByKind.has(kind)) {
      source = ctx.sourcesByKind.get(kind)!;
      ctx.source = source;
    } else if (
      definite &&
      ex.options.kind === 'NEWS_ARTICLE' &&
      DEFINITE_BODY_DOCUMENT.test(m[1]) &&
      ctx.source &&
      bodyDocument(ctx.source)
    ) {
      // DEFINITE_BODY_DOCUMENT: "…, the release said" with no release named before: the body's document the story relays.
      source = ctx.source;
    } else if (!definite && GENERIC_STATEMENT.test(m[1]) && personSubject(ex, s.start, at)) {
      // "Ana Ruiz said in a written statement": the person's own statement (read with the reporter), no body's.
    } else {
      const proposed = [...ex.proposedOrganizations.values()].find((p) => before.includes(p.name));
      if (proposed) source = sourceOf(ex, kind, null, null, ex.text.slice(Math.max(s.start, at - 60), at + m[0].length), ctx, proposed.key);
      else if (ctx.sourcesByKind.has(kind)) source = ctx.sourcesByKind.get(kind)!;
    }
    if (source) out.push({ start: at, end: at + m[0].length, source });
  }
  return out;
}

/** GROUP_ACCOUNT_NOT_REMARKS: in a story, words before a verb that name the talks' people together, one official's remarks the current source. */
export function groupAfterRemarks(ex: Extractor, words: string, at: number, ctx: Ctx): boolean {
  const source = ctx.source;
  if (ex.options.kind !== 'NEWS_ARTICLE' || !source || source.isDocument) return false;
  if (source.kind !== 'PRESS_CONFERENCE' && source.kind !== 'TRANSCRIPT') return false;
  if (source.speakerId == null && source.proposedSpeaker == null) return false;
  const open = openingAdjunct(words);
  const { ids, proposed } = partiesOf(ex, at + open, at + words.length, ctx, []);
  return talksGroupSubject(words.slice(open), new Set(ids).size + new Set(proposed).size);
}

/**
 * BODY_OF_A_SIDE_NOT_ON_RECORD's test: a news story's generic body name, unqualified, whose match on record is of another
 * country than the paper's and of no side of the talks (the countries of the officials named so far); with that body and
 * the sides, null otherwise.
 */
export function sideNotOnRecord(
  ex: Extractor,
  m: { start: number; end: number; text: string; ids: number[] },
): {
  org: LexOrganization;
  sides: Set<string>;
  publisherCountry: string | null | undefined;
} | null {
  if (ex.options.kind !== 'NEWS_ARTICLE' || m.ids.length !== 1) return null;
  const org = ex.lex.organizations.get(m.ids[0]);
  const publisherCountry = ex.options.publisherId != null ? ex.lex.organizations.get(ex.options.publisherId)?.countryCode : null;
  if (!org?.countryCode || org.countryCode === publisherCountry) return null;
  const qualified =
    qualifier(ex, m.start) != null ||
    countriesNamed(m.text).length > 0 ||
    /\p{Lu}[\p{L}-]*['’]s\s*$/u.test(ex.text.slice(Math.max(0, m.start - 20), m.start));
  const sides = new Set<string>();
  ex.officialMentions ??= ex.lex.mentions(ex.text, 0, ex.text.length).filter((x) => x.kind === 'official');
  for (const x of ex.officialMentions)
    if (x.start < m.end)
      for (const id of x.ids) {
        const code = ex.lex.officials.get(id)?.countryCode;
        if (code) sides.add(code);
      }
  for (const o of ex.proposedOfficials.values()) if (o.countryCode) sides.add(o.countryCode);
  return BODY_OF_A_SIDE_NOT_ON_RECORD.applies(org.countryCode, sides, qualified) ? { org, sides, publisherCountry } : null;
}

/**
 * HOME_MINISTRY (round 17): a paper of one side writes its own country's ministry generically ("according to the Ministry
 * of Defense" in a Seoul paper, on talks of Korea's minister with a minister not on record, matched on record to another
 * country's ministry): that country's one defence body on record. Re-points the mention itself, which is the paragraph's
 * cached mention, so every later reading of it (author, source, BODY_OF_A_SIDE_NOT_ON_RECORD) takes the same body.
 */
export function rehomeMinistry(ex: Extractor, m: { start: number; end: number; text: string; ids: number[] }): void {
  const side = sideNotOnRecord(ex, m);
  if (!side?.publisherCountry || !side.sides.has(side.publisherCountry)) return;
  const home = [...ex.lex.organizations.values()].filter(
    (o) => o.countryCode === side.publisherCountry && /\b(?:Ministry|Department)\b/.test(o.name) && /\bDefen[cs]e\b/.test(o.name),
  );
  if (home.length === 1) m.ids = [home[0].id];
}

export function bodyOfSideNotOnRecord(ex: Extractor, m: { start: number; end: number; text: string; ids: number[] }): string | null {
  const side = sideNotOnRecord(ex, m);
  if (!side) return null;
  const { org } = side;
  const known = ex.sideBodies.get(org.id);
  if (known) return known;
  // Named as written ("Ministry of Defence", "Defence Ministry"); a bare "the ministry" first is too vague to propose.
  const name = ex.text
    .slice(m.start, m.end)
    .replace(/^the\s+/i, '')
    .trim();
  if (!/^\p{Lu}/u.test(name) || name.split(/\s+/).length < 2) return null;
  const place = BODY_OF_A_SIDE_NOT_ON_RECORD.dateline.exec(ex.text.slice(0, 600));
  const datelined = place ? CAPITAL_GOVERNMENTS[titleCased(place[1].trim())] : undefined;
  // Its country: a side with no body on record (a proposed official's, else the dateline's).
  const unrecorded = (c: string | null | undefined): c is string =>
    c != null && ![...ex.lex.organizations.values()].some((o) => o.countryCode === c);
  const country =
    [...ex.proposedOfficials.values()].map((o) => o.countryCode).find(unrecorded) ?? (unrecorded(datelined) ? datelined : null);
  const key = `organization:${name.toLowerCase()}`;
  const proposed = ex.proposedOrganizations.get(key);
  if (!proposed) ex.proposedOrganizations.set(key, { key, name, countryCode: country, span: orig(ex, m.start, m.end) });
  else proposed.countryCode ??= country;
  ex.sideBodies.set(org.id, key);
  return key;
}

export function scanSpokespeople(ex: Extractor, sentences: Sentence[]): void {
  for (const s of sentences) {
    const text = ex.text.slice(s.start, s.end);
    const title = new RegExp(SPOKESPERSON_OF_BODY.source, 'gi');
    for (const m of text.matchAll(title)) {
      const at = s.start + m.index!;
      const body = ex.lex
        .mentions(ex.text, s.start, at)
        .filter((x) => x.kind === 'organization' && x.ids.length === 1 && at - x.end < 30)
        .pop();
      const named = body ? SPOKESPERSON_NAMED_BEFORE_TITLE.name.exec(ex.text.slice(s.start, body.start)) : null;
      if (!body || !named) continue;
      for (const n of [named[1], named[2]])
        if (!ex.namedSpokespeople.has(n))
          ex.namedSpokespeople.set(n, {
            organizationId: body.ids[0],
            span: orig(ex, s.start + named.index + named[0].indexOf(named[1]), at + m[0].length),
          });
    }
  }
}
/** The body a spokesperson named before their title speaks for, when `named` is that name again (see `scanSpokespeople`). */
export function appositiveSpokesperson(ex: Extractor, named: string, ctx: Ctx): Reporter | undefined {
  const entry = ex.namedSpokespeople.get(named) ?? ex.namedSpokespeople.get(familyNameAtEnd(named) ?? '');
  if (!entry) return undefined;
  const org = entry.organizationId;
  return sourceReporter(
    sourceOf(ex, bodyKind(ex, org), org, null, entry.span, ctx),
    entry.span,
    `a spokesperson of the body speaks for it (${SPOKESPERSON_NAMED_BEFORE_TITLE.rule})`,
    0.7,
  );
}

export function scanNamedDocuments(ex: Extractor, sentences: Sentence[]): void {
  ex.reportsCall = reportsEngagement(ex.text) || /\b(?:call|talks|meeting|met)\b/i.test(ex.text);
  ex.remoteCall = REMOTE_CALL.test(ex.text);
  for (const s of sentences) {
    const text = ex.text.slice(s.start, s.end);
    const transcript = /\btranscripts?\b/i.test(text);
    const hasNoun = BODY_DOCUMENT_NOUNS.some((n) => n.pattern.test(text));
    if (!transcript && !hasNoun) continue;
    const mentions = ex.lex.mentions(ex.text, s.start, s.end);
    if (transcript) for (const m of mentions) if (m.kind === 'official' && m.ids.length === 1) ex.transcriptSpeakers.add(m.ids[0]);
    for (const m of mentions) {
      if (m.kind !== 'organization' || m.ids.length !== 1 || ex.namedKinds.has(m.ids[0])) continue;
      const after = ex.text.slice(m.end, Math.min(s.end, m.end + 25));
      const noun = BODY_DOCUMENT_NOUNS.find((n) => new RegExp(`^\\s*(?:[\\w-]+\\s+){0,3}?${n.pattern.source}`, 'i').test(after));
      const named = noun ? new RegExp(noun.pattern.source, 'i').exec(after) : null;
      if (noun && named && namesKind(named[0], ex.remoteCall)) ex.namedKinds.set(m.ids[0], noun.kind);
    }
  }
}

/** The kind of document a body's words come from when the sentence names none. */
export function bodyKind(ex: Extractor, organizationId: number): DocumentKind {
  if (ex.options.kind !== 'NEWS_ARTICLE') return 'PRESS_RELEASE';
  return bodySourceKind(ex.namedKinds, organizationId, ex.lex.organizations.get(organizationId)?.countryCode ?? null, ex.reportsCall);
}

/** The sentence's attribution (its words outside quotations) names only people outside the governments. */
export function outsidersSpeak(ex: Extractor, s: Span, quotes: Quote[]): boolean {
  let outside = '';
  let at = s.start;
  for (const q of quotes.filter((x) => x.start >= s.start && x.end <= s.end)) {
    outside += `${ex.text.slice(at, q.start)} … `;
    at = q.end;
  }
  outside += ex.text.slice(at, s.end);
  if (!NON_OFFICIAL_SPEAKER.test(outside) || !/\b(?:said|says|told|added|argued|according to)\b/i.test(outside)) return false;
  const inQuote = (i: number) => quotes.some((q) => q.start <= i && i < q.end);
  return !mentionsIn(ex, s.start, s.end).some((m) => (m.kind === 'official' || m.kind === 'title') && !inQuote(m.start));
}

/**
 * OPENING_PHRASE_BEFORE_REPORTER: the reporter of the words from..to, looked for after an opening phrase's comma first
 * (in a news story), then in all of them.
 */
export function reporterAfterOpening(
  ex: Extractor,
  from: number,
  to: number,
  reporterAt: (from: number, to: number) => Reporter,
): Reporter {
  const skip = ex.options.kind === 'NEWS_ARTICLE' ? OPENING_PHRASE_BEFORE_REPORTER.start(ex.text.slice(from, to)) : 0;
  if (skip > 0) {
    const after = reporterAt(from + skip, to);
    if (after.kind !== 'none') return { ...after, rule: `${after.rule}; ${OPENING_PHRASE_BEFORE_REPORTER.name}` };
  }
  return reporterAt(from, to);
}

/** PROPOSED_BODY_AS_REPORTER: the key of a proposed body (not the document's publisher) the words name, in a news story, with no person named in them. */
export function proposedBodyNamed(ex: Extractor, from: number, to: number): string | null {
  if (ex.options.kind !== 'NEWS_ARTICLE' || to - from > 90) return null;
  const words = ex.text.slice(from, to);
  if (mentionsIn(ex, from, to).some((m) => m.kind === 'official' || m.kind === 'organization') || proposedIn(ex, from, to).length)
    return null;
  const own = proposedPublisherKey(ex);
  for (const o of ex.proposedOrganizations.values()) if (o.key !== own && PROPOSED_BODY_AS_REPORTER.names(words, o.name)) return o.key;
  return null;
}

/** Words that can name who reports: a person, a title, a body, a document, "he", "she", "it". */
export function namesReporter(ex: Extractor, from: number, to: number): boolean {
  if (mentionsIn(ex, from, to).some((m) => m.kind === 'official' || m.kind === 'title' || m.kind === 'organization')) return true;
  const words = ex.text.slice(from, to);
  return (
    new RegExp(SOURCE_NOUN.source, 'i').test(words) ||
    /\b(?:ministry|pentagon|department|office|spokes(?:person|man|woman)|he|she|it)\b/i.test(words) ||
    NATIONAL_OFFICIAL.test(words.trim()) ||
    (ex.options.kind === 'NEWS_ARTICLE' && OTHER_OUTLET_REPORT.pattern.test(words.trim())) ||
    proposedIn(ex, from, to).length > 0
  );
}
