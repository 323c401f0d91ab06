/**
 * Relays: accounts that go on over the sentences after them (a joint statement relayed, a statement or content going on).
 */

import { unquoted } from '../pipeline/publisher';
import {
  talksGroupSubject,
  ATTRIBUTION_RUNS_ON,
  type RelaySubject,
  openingAdjunct,
  outerAttribution,
  RELAYED_ACCOUNT,
  THIRD_COUNTRY_SUBJECT,
  subjectLength,
} from '../pipeline/attribution';
import { countriesNamed } from '../pipeline/countries';
import { type Span } from '../text';
import type { Extractor } from './extractor';
import { documentDate } from './recorded-calls';
import { mentionsIn, orig } from './reading';
import { namesReporter } from './sources';
import { partiesOf } from './parties';
import { firstBoundary, trimPassage } from './passage';
import { JOINT_DOCUMENT, JOINT_STATEMENT_SETTING } from './rules';
import type { Ctx, Passage, Reporter, SourceGuess } from './types';

const CONTENT_GOES_ON_RULE = 'CONTENT_GOES_ON: "This includes …", "It calls for …" right after a draft of the same paragraph: its parties';

const JOINT_STATEMENT_RELAYED = 'JOINT_STATEMENT_RELAYED: a joint statement the story relays, of the participants of its talks';

/**
 * THIRD_COUNTRY_SUBJECT: a news sentence whose subject is an official of a country that is no side of the talks, named by
 * nationality ("Chinese defense spokesperson X warned …", after an opening phrase too), none of them on record: that
 * country's reaction, the story's background, not a position of the talks.
 */
export function thirdCountrySubject(ex: Extractor, start: number, end: number, ids: number[], ctx: Ctx): boolean {
  if (ids.length) return false;
  const words = ex.text.slice(start, end);
  const m = THIRD_COUNTRY_SUBJECT.exec(words.slice(openingAdjunct(words)));
  const code = m ? countriesNamed(m[1])[0] : undefined;
  if (!code) return false;
  const sides = new Set((ctx.call?.participantIds ?? ex.recent.flatMap((r) => r.ids)).map((id) => ex.lex.officials.get(id)?.countryCode));
  return sides.size > 0 && !sides.has(code);
}

/**
 * RELAYED_ACCOUNT: after a news sentence, the account the sentences after it may go on relaying: a joint statement the
 * story reports (its signatories the subject of the clause after it), a spokesperson's account ("<spokesperson X> said
 * in a written briefing that …", "… was quoted as saying by <spokesperson X>"). Any other attribution of the
 * sentence's own ends it.
 */
export function updateRelay(
  ex: Extractor,
  s: Span,
  frames: { verbStart: number; clauseStart: number; reporter: Reporter }[],
  attributed: boolean,
  quoted: boolean,
  passages: Passage[],
  ctx: Ctx,
  reporterAt: (from: number, to: number) => Reporter,
): void {
  const words = unquoted(ex.text.slice(s.start, s.end));
  const keys = (r: { officialIds: number[]; proposed: string[] }) => [...r.officialIds.map(String), ...r.proposed];
  const reported = new Set(passages.flatMap((p) => [...p.partyIds.map(String), ...p.proposedParties]));
  // A joint statement the sentence names as its setting or its reporter: its signatories, the subject after the setting.
  const setting = JOINT_STATEMENT_SETTING.exec(ex.text.slice(s.start, s.end));
  if (setting || (JOINT_DOCUMENT.test(words) && (attributed || quoted || frames.length > 0))) {
    // The subject after the setting, else the reporter after the last quotation ('"…," the ministers said in a joint statement').
    const lastQuote = ex.quotesAll.filter((q) => q.start >= s.start && q.end <= s.end).pop();
    const from = setting ? s.start + setting[0].length : lastQuote ? lastQuote.end : s.start;
    const subject = partiesOf(ex, from, from + subjectLength(ex.text.slice(from, s.end)), ctx, []);
    const signatories = subject.ids.length + subject.proposed.length >= 2 ? subject : partiesOf(ex, from, s.end, ctx, []);
    if (signatories.ids.length + signatories.proposed.length >= 2) {
      ex.relay = {
        account: 'joint',
        reporter: {
          kind: 'official',
          officialIds: signatories.ids,
          proposed: signatories.proposed,
          source: null,
          span: ex.text.slice(s.start, s.end).slice(0, 60),
          rule: 'a joint statement the story reports: its signatories, the subject',
          confidence: 0.6,
          documentKind: 'JOINT_STATEMENT',
        },
        parties: new Set([...signatories.ids.map(String), ...signatories.proposed]),
        block: ex.blockIndex,
      };
      return;
    }
  }
  // A spokesperson's account: the reporter of the sentence's frame, or the one who quoted ("… quoted as saying by X").
  const by = RELAYED_ACCOUNT.quotedBy.exec(ex.text.slice(s.start, s.end));
  const spokesperson = by
    ? reporterAt(s.start + by.index + by[0].indexOf(by[1]), s.start + by.index + by[0].indexOf(by[1]) + by[1].length)
    : frames.find(
        (f) =>
          f.reporter.kind === 'official' &&
          RELAYED_ACCOUNT.spokesperson.test(ex.text.slice(Math.max(s.start, f.verbStart - 80), f.verbStart)),
      )?.reporter;
  if (by && !(spokesperson?.kind === 'official' && RELAYED_ACCOUNT.spokesperson.test(by[1]))) {
    ex.relay = null;
    return;
  }
  if (spokesperson?.kind === 'official' && spokesperson.officialIds.length + spokesperson.proposed.length === 1) {
    for (const k of keys(spokesperson)) reported.delete(k);
    ex.relay = { account: 'person', reporter: spokesperson, parties: reported, block: ex.blockIndex };
    return;
  }
  // "X reportedly said …" relays the account (read with it); any other attribution of its own ends it.
  if (frames.some((f) => f.reporter.rule.includes(RELAYED_ACCOUNT.name))) return;
  if (attributed || quoted || frames.some((f) => f.reporter.kind !== 'none')) ex.relay = null;
}

/**
 * ATTRIBUTION_RUNS_ON: who a paragraph that may relay a body's document is about: the talks' people together, the body's own
 * side (its people, or officials of its country, on record or proposed), or the other side's official alone.
 */
export function relaySubject(ex: Extractor, source: SourceGuess, subjectWords: string, ids: number[], proposed: string[]): RelaySubject {
  if (talksGroupSubject(subjectWords, ids.length + proposed.length)) return 'group';
  const body = source.publisherId;
  const country =
    body != null
      ? ex.lex.organizations.get(body)?.countryCode
      : source.proposedPublisher != null
        ? ex.proposedOrganizations.get(source.proposedPublisher)?.countryCode
        : null;
  const own = (id: number) =>
    (body != null && ex.lex.holding(id, documentDate(ex))?.organizationId === body) ||
    (country != null && ex.lex.officials.get(id)?.countryCode === country);
  const ownProposed = (k: string) => country != null && ex.proposedOfficials.get(k)?.countryCode === country;
  return ids.length + proposed.length > 0 && ids.every(own) && proposed.every(ownProposed) ? 'same-side' : 'other-side';
}

/** ATTRIBUTION_RUNS_ON: the body whose document a sentence's trailing attribution names ("…, the ministry said in a statement"). */
export function trailingDocument(ex: Extractor, s: Span, reporterAt: (from: number, to: number) => Reporter): Reporter | null {
  const oa = outerAttribution(ex.text.slice(s.start, s.end), (a, b) => namesReporter(ex, s.start + a, s.start + b));
  if (!oa) return null;
  const reporter = reporterAt(s.start + oa.reporter[0], s.start + oa.reporter[1]);
  // BODY_SAID_RUNS_ON (round 15): a body's bare "…, the ministry said" / "…, according to the ministry" is its document too
  // (a body speaks through a release): not a person's bare "said" (remarks, not a document).
  const body = reporter.source != null && reporter.source.speakerId == null && !reporter.source.proposedSpeaker;
  if (!oa.documentKind && !body) return null;
  return reporter.kind === 'source' && reporter.source && !reporter.source.isDocument
    ? { ...reporter, rule: `${reporter.rule}; ${ATTRIBUTION_RUNS_ON.name}` }
    : null;
}

/** BODY_ACCOUNT_OF_TALKS: the sentence names two or more people (on record or proposed): the talks' people, not a body's own news. */
export function namesTalksPeople(ex: Extractor, s: Span, ctx: Ctx): boolean {
  const { ids, proposed } = partiesOf(ex, s.start, s.end, ctx, []);
  return new Set(ids).size + new Set(proposed).size >= 2;
}

/** NEXT_PARAGRAPH_BOTH_SIDES: the sentence opens on the talks' people together ("They …", "X and Y …": the words before the first lower-case word). */
export function talksGroupAtStart(ex: Extractor, s: Span, ctx: Ctx): boolean {
  const text = ex.text.slice(s.start, s.end);
  const cut = /\s(?!(?:and|of|the|de|van|von|bin|al)\b)\p{Ll}/u.exec(text)?.index ?? 0;
  const { ids, proposed } = cut > 0 ? partiesOf(ex, s.start, s.start + cut, ctx, []) : { ids: [], proposed: [] };
  return talksGroupSubject(text, ids.length + proposed.length);
}

/** CONTENT_GOES_ON: the draft of a sentence that spells out the draft before it: its parties, source, author and call. */
export function contentGoesOn(ex: Extractor, previous: Passage, sentence: Span): Passage {
  const { start, end } = trimPassage(ex, sentence.start, sentence.end, previous.kind);
  const words = ex.text.slice(start, end);
  return {
    ...previous,
    text: words,
    originalText: words,
    start,
    end,
    commitments: [],
    proposedCommitments: [],
    topicIds: [],
    restorations: [],
    evidence: [
      ...previous.evidence.filter((e) => e.field !== 'commitment' && e.field !== 'gate'),
      { field: 'party', value: 'the parties of the draft before', span: words.slice(0, 24), rule: CONTENT_GOES_ON_RULE, confidence: 0.6 },
    ],
  };
}

/**
 * STATEMENT_GOES_ON: "X said in a statement. … “…,” X said.": the same person's words in that paragraph or the next come
 * from the statement named. SPOKESPERSON_STATEMENT_GOES_ON (round 14): one who took no part in the call or meeting (a
 * spokesperson relaying it) speaks through that statement for the rest of the story.
 */
export function statementGoesOn(ex: Extractor, reporter: Reporter, ctx: Ctx): Reporter {
  const statement = ex.statementBy;
  if (reporter.kind !== 'official' || reporter.documentKind || ex.options.kind !== 'NEWS_ARTICLE' || !statement) return reporter;
  const person = [...reporter.officialIds, ...reporter.proposed].join(',');
  if (statement.person !== person) return reporter;
  // (RELAYS_UNRECORDED_TALKS, round 15: so does one who took no part in talks not on record, the ones the story reports.)
  const talks = ctx.call?.participantIds ?? (ex.reported?.participantIds.length ? ex.reported.participantIds : null);
  const relays = reporter.officialIds.length === 1 && reporter.proposed.length === 0 && !!talks && !talks.includes(reporter.officialIds[0]);
  if (ex.blockIndex - statement.block > 1 && !relays) return reporter;
  return { ...reporter, documentKind: statement.kind, rule: `${reporter.rule}; from the statement named before` };
}

/**
 * JOINT_STATEMENT_RELAYED (round 14): in a story, "A joint statement issued by U.S. and Indian officials said …" names no
 * signatory: the joint statement of the talks the story reports is their participants' (two or more), their words, that
 * statement the source. "…, the statement said" after it is that statement again, while no body's statement was named.
 */
export function relayedJointStatement(
  ex: Extractor,
  from: number,
  to: number,
  namesPerson: boolean,
  ctx: Ctx,
  sentenceStart: number,
): Reporter | null {
  if (ex.options.kind !== 'NEWS_ARTICLE') return null;
  const words = ex.text.slice(from, to).trim();
  // (Also where the span runs on to a participle after it: "…, the statement said, noting …".)
  const again = /(?:^|,\s*)((?:the|that|this)\s+(?:joint\s+)?statement)(?:\s+(?:also\s+)?(?:said|says|added|stated|noted))?\s*,?$/i.exec(
    words,
  );
  if (ex.jointStatement && !ex.lastStatement && again) {
    const r = ex.jointStatement.reporter;
    return { ...r, span: again[1], rule: `${r.rule}; ${JOINT_STATEMENT_RELAYED} (named again)` };
  }
  if (namesPerson) return null;
  // (JOINT_RELEASE_CITED: "…, according to their joint press release.": so is a joint release the sentence ends on.)
  if (!/^(?:an?|the|their)\s+joint\s+(?:statement|declaration|communiqu[eé]|press\s+(?:release|statement))\b/i.test(words)) return null;
  if (mentionsIn(ex, from, to).some((m) => m.kind === 'organization')) return null;
  // Its signatories: the two or more the words it is said to report name ("… said Parrikar and Carter discussed …"), or the
  // clause before it names ("the defense chiefs …, according to their joint press release"), else the participants of the talks.
  const after = partiesOf(ex, to, firstBoundary(ex, to, Math.min(ex.text.length, to + 160)), ctx, []);
  const before = sentenceStart < from ? partiesOf(ex, sentenceStart, from, ctx, []) : { ids: [], proposed: [] };
  const named = after.ids.length + after.proposed.length >= 2 ? after : before;
  const talks = named.ids.length + named.proposed.length >= 2 ? null : (ctx.call ?? ex.reported);
  const ids = talks ? talks.participantIds : named.ids;
  const proposed = talks ? (ctx.call ? [] : (ex.reported?.proposedParticipants ?? [])) : named.proposed;
  if (ids.length + proposed.length < 2) return null;
  const reporter: Reporter = {
    kind: 'official',
    officialIds: [...ids],
    proposed: [...proposed],
    source: null,
    span: orig(ex, from, to).trim(),
    rule: JOINT_STATEMENT_RELAYED,
    confidence: 0.6,
    documentKind: 'JOINT_STATEMENT',
  };
  ex.jointStatement = { reporter, subject: { start: from, end: to } };
  return reporter;
}
