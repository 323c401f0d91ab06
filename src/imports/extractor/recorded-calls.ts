/**
 * The call on record a text reports: candidate calls near the document's date, calls named by an earlier date or
 * period, the people and countries a first engagement names.
 */

import { dateIn } from '../../common/time-zones';
import { type LexCall } from '../lexicon';
import { intendedEngagement } from '../pipeline/proposed-call';
import { pastPeriodEngagement } from '../pipeline/dates';
import { type Sentence } from '../pipeline/segment';
import { type Span } from '../text';
import type { ProposedCall } from './types';
import type { Extractor } from './extractor';
import { orig } from './reading';
import {
  COUNTRY_PERSON_AFTER,
  daysBetween,
  ENGAGEMENT_CLAUSE_END,
  reportsEngagement,
  SEPARATE_ENGAGEMENTS,
  titleCased,
  uniq,
} from './rules';

/** COUNTERPART_COUNTRY: the verbs of an engagement held (past or perfect), not one planned or travelled to. */
const ENGAGEMENT_HELD = /\b(?:met|held|had|hosted|received|spoke|talked|conducted|(?:has|have|had)\s+(?:met|held|spoken|talked|had))\b/i;

/**
 * DATE_OF_SUBORDINATE_CLAUSE (round 10): a clause of time or cause after the main verb dates its own event, not the
 * sentence's ("The two agreed to speed up the work after the countries in March confirmed its start": the agreement is of
 * the talks reported, March of the earlier confirmation). The words before such a clause.
 */
export const mainClause = (clause: string): string => {
  const cut = ENGAGEMENT_CLAUSE_END.exec(clause);
  return cut && cut.index > 0 ? clause.slice(0, cut.index) : clause;
};

/** LEAD_DATED_TALKS (round 17): how many opening sentences are read, how many days before publication the talks' day may be. */
export const LEAD_DATED_TALKS = {
  name: 'LEAD_DATED_TALKS',
  sentences: 12,
  days: 92,
  /** Talks held, the countries' names with dots between verb and noun ("held the Japan-U.S. Defense Ministerial meeting"). */
  held: /\b(?:held|had|conducted|convened)\s+(?:[\w.'’-]+\s+){0,5}?(?:talks|meeting|call|conference|teleconference|dialogue)\b/i,
};

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/**
 * A month opening a sentence or a clause after a semicolon: "In January, …", "Back in March, …", "…; in February they
 * agreed …" (the clause's subject follows the month, with or without a comma).
 */
const EARLIER_MONTH =
  /(?:^|;\s+)(?:(?:[Bb]ack|[Ee]arlier)\s+)?[Ii]n\s+(January|February|March|April|May|June|July|August|September|October|November|December)(?:,|\s+(?=(?:the|they|he|she|both|[A-Z][\w-]+)\s))/;
/**
 * A month in a sentence's first clause dating what it reports: "At their meeting in Tokyo on July 28, …", "The two met in
 * Seoul in November for …", "In February, the two agreed over the phone …": an account of that earlier engagement.
 */
const EARLIER_ENGAGEMENT_MONTH =
  /\b(?:[Ii]n|[Oo]n)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/**
 * MONTH_THEN_RELATIVE: a month followed by a relative clause that tells what happened then ("since February, when they
 * agreed …", "after a June meeting at which the two signed …", "following a January phone call in which they …"): the
 * clause is an account of that month's engagement, wherever the month stands in the sentence. Its subject must be the
 * people ("they", "the two", a name): "in February, when the ministry was reorganized" dates no engagement.
 */
const MONTH_THEN_RELATIVE =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?:\d{1,2}\s+)?(?:(?:tele)?phone\s+|video\s+)?(?:call|meeting|talks|conversation|visit|session)s?)?(?:,\s+when|,?\s+(?:in|at|during)\s+which|,\s+where)\s+(?:they|the\s+two|both|he|she|the\s+(?:two\s+)?(?:ministers|leaders|officials|sides|secretaries)|\p{Lu}[\p{L}'’-]+\s+(?:and|had|also|agreed|said|told|met|spoke))\b/u;
/**
 * LAST_MONTH_ENGAGEMENT: an engagement dated "last month" ("their call last month", "last month's meeting", "when they met
 * last month", "last month, when they agreed …"): the month before the story's, as a named month would be.
 */
const LAST_MONTH_ENGAGEMENT =
  /\b(?:(?:call|meeting|talks|conversation|spoke|met|talked)\s+(?:[\w-]+\s+){0,3}?last\s+month\b|last\s+month['’]s\s+(?:(?:tele)?phone\s+|video\s+)?(?:call|meeting|talks|conversation)|last\s+month,\s+when\b)/i;

/**
 * The call on record an account in the past dates before the story's: by a day it gives ("Hegseth's April 17 call with
 * …", "their March 3 meeting": the one call within a day of it) or by a month ("In January, the two ministers had
 * agreed …", "At their meeting in Tokyo on July 28, …": the one call of that month), between the people of the call
 * the story reports or the two or more officials on record the sentence names ("In February, Hegseth had told Ahn …").
 */
export function earlierCall(ex: Extractor, s: Span, current: LexCall | null): LexCall | null {
  const published = documentDate(ex);
  if (!current || !published) return null;
  const text = ex.text.slice(s.start, s.end);
  // The officials on record the sentence names, two or more: an earlier call between them, whoever the story's call is with.
  const named = uniq(
    ex.lex
      .mentions(ex.text, s.start, s.end)
      .filter((x) => x.kind === 'official' && x.ids.length === 1)
      .map((x) => x.ids[0]),
  );
  const between = (c: LexCall) =>
    current.participantIds.every((p) => c.participantIds.includes(p)) ||
    (named.length >= 2 && named.every((p) => c.participantIds.includes(p)));
  // "Hegseth's April 17 call with …": a day the sentence gives, days before the story's call, and one call on record that day.
  const onDay = ex.dates
    .filter((d) => d.start >= s.start && d.end <= s.end && daysBetween(d.date, current.date) < -1)
    .flatMap((d) => ex.lex.data.calls.filter((c) => c.id !== current.id && Math.abs(daysBetween(c.date, d.date)) <= 1 && between(c)));
  if (uniq(onDay.map((c) => c.id)).length === 1 && /\b(?:call|talks|meeting|met|spoke)\b/i.test(text)) return onDay[0];
  const m =
    EARLIER_MONTH.exec(text) ??
    EARLIER_ENGAGEMENT_MONTH.exec(mainClause(text.split(/[,;]/)[0])) ??
    MONTH_THEN_RELATIVE.exec(text) ??
    (LAST_MONTH_ENGAGEMENT.test(text) ? ['', MONTHS[(Number(published.split('-')[1]) + 10) % 12]] : null);
  // The past perfect of any verb ("had told", "had sent"), a past tense, or a past meeting or reporting verb.
  if (!m || !/\b(?:had\s+(?:(?:also|already|first|earlier)\s+)?\p{Ll}{3,}|\p{Ll}{3,}ed|met|held|spoke|took|made|told|said)\b/u.test(text))
    return null;
  if (/\b(?:will|would|shall|plans?|is to|are to)\b/i.test(text.split(/[,;]/)[0])) return null;
  const month = MONTHS.indexOf(m[1].toLowerCase()) + 1;
  const [py, pm] = published.split('-').map(Number);
  if (month === pm) return null;
  const year = month < pm ? py : py - 1;
  const prefix = `${year}-${String(month).padStart(2, '0')}`;
  const found = ex.lex.data.calls.filter((c) => c.date.startsWith(prefix) && between(c));
  return found.length === 1 ? found[0] : null;
}

/**
 * PAST_PERIOD_ENGAGEMENT: a speaker's "Last month I hosted Minister X, and we agreed …" with no call near the document's
 * date: the one recorded engagement in that period between the speaker and the officials the sentence names.
 */
export function periodEngagement(ex: Extractor, s: Span, speakerId: number | undefined): LexCall | null {
  const published = documentDate(ex);
  if (speakerId == null || !published) return null;
  const period = pastPeriodEngagement(ex.text.slice(s.start, s.end), published);
  if (!period) return null;
  const named = ex.lex
    .mentions(titleCased(ex.text.slice(s.start, s.end)))
    .filter((x) => x.kind === 'official' && x.ids.length === 1)
    .map((x) => x.ids[0]);
  const people = uniq([speakerId, ...named]);
  if (people.length < 2) return null;
  const found = ex.lex.data.calls.filter(
    (c) => c.date >= period.from && c.date <= period.to && people.every((p) => c.participantIds.includes(p)),
  );
  if (found.length !== 1) return null;
  if (!ex.callHits.has(found[0].id))
    ex.callHits.set(found[0].id, {
      span: orig(ex, s.start, Math.min(s.end, s.start + 160)),
      rule: 'a past period the speaker names ("last month I hosted …") and the people of a recorded engagement then',
      confidence: 0.7,
    });
  return found[0];
}

export function documentDate(ex: Extractor): string | null {
  if (ex.documentDay !== undefined) return ex.documentDay;
  ex.documentDay = computeDocumentDate(ex);
  return ex.documentDay;
}

export function computeDocumentDate(ex: Extractor): string | null {
  const published = ex.options.publishedOn;
  const near = ex.dates.filter((d) => !published || (d.date <= published && d.date >= addDays(published, -14)));
  return near[0]?.date ?? published ?? ex.dates[0]?.date ?? null;
}

export function candidateCalls(ex: Extractor, sentences: Sentence[]): LexCall[] {
  const date = documentDate(ex);
  const published = ex.options.publishedOn;
  const near = ex.lex.data.calls.filter((c) => {
    if (date && Math.abs(daysBetween(c.date, date)) <= 2) return true;
    return published != null && c.date <= addDays(published, 1) && c.date >= addDays(published, -10);
  });
  if (near.length === 0) {
    const lead = leadDatedTalks(ex, sentences);
    if (lead.length) {
      ex.callsByDate = true;
      return lead;
    }
  }
  // Several calls on record: the one on a date the text gives (the call's day on the publisher's side, one day either side).
  const given = ex.dates.filter((d) => !published || (d.date >= addDays(published, -30) && d.date <= addDays(published, 1)));
  // One call on record near the date is chosen up front too when the text gives its date ("held phone talks Tuesday morning").
  if (near.length === 0 || given.length === 0) return near;
  const dated = near.filter((c) => {
    const day = sideDateOf(ex, c, ex.options.publisherId, undefined) ?? c.date;
    return given.some((d) => Math.abs(daysBetween(day, d.date)) <= 1);
  });
  if (dated.length) ex.callsByDate = true;
  return dated.length ? dated : near;
}

/**
 * LEAD_DATED_TALKS (round 17): with no call on record near the publication, the first sentence of the opening that reports
 * talks gives their day, weeks before (a monthly bulletin's "On June 29th, Minister A and Secretary B held …"): the calls on
 * record that day (one day either side) between the people that sentence names, two or more, all of them.
 */
export function leadDatedTalks(ex: Extractor, sentences: Sentence[]): LexCall[] {
  const published = ex.options.publishedOn;
  if (!published) return [];
  for (const s of sentences.slice(0, LEAD_DATED_TALKS.sentences)) {
    const text = ex.text.slice(s.start, s.end);
    if (!reportsEngagement(text) && !LEAD_DATED_TALKS.held.test(text)) continue;
    const days = ex.dates
      .filter((d) => d.start >= s.start && d.end <= s.end && d.date <= published && d.date >= addDays(published, -LEAD_DATED_TALKS.days))
      .map((d) => d.date);
    const named = officialsNamedIn(ex, s);
    // (A heading naming the talks by their countries names no one: the sentence that names them is read.)
    if (named.length < 2) continue;
    return ex.lex.data.calls.filter(
      (c) =>
        days.some((d) => Math.abs(daysBetween(c.date, d)) <= 1) &&
        c.participantIds.length === named.length &&
        c.participantIds.every((p) => named.includes(p)),
    );
  }
  return [];
}

/**
 * The officials on record a sentence names by one name each (up to where it runs into the next one's words), each once;
 * with `onDay`, only those holding a post that day (OUT_OF_OFFICE_NAME).
 */
export function officialsNamedIn(ex: Extractor, s: Sentence, onDay?: string | null): number[] {
  return uniq(
    ex.lex
      .mentions(ex.text, s.start, apartFrom(ex, s))
      .filter((m) => m.kind === 'official' && m.ids.length === 1 && (!onDay || ex.lex.holding(m.ids[0], onDay) != null))
      .map((m) => m.ids[0]),
  );
}

/** SEPARATE_ENGAGEMENTS: where a sentence's engagement ends before others held apart (their people name no call), else its end. */
export function apartFrom(ex: Extractor, s: Span): number {
  const apart = SEPARATE_ENGAGEMENTS.pattern.exec(ex.text.slice(s.start, s.end));
  return apart && reportsEngagement(ex.text.slice(s.start, s.start + apart.index)) ? s.start + apart.index : s.end;
}

/**
 * Recorded calls that can be the one the text reports: where its first sentence reporting a call or meeting names two
 * officials or more, a call that leaves one of them out is another engagement (a call with Tokyo is not a call with Seoul).
 */
export function withReportedPeople(ex: Extractor, calls: LexCall[], sentences: Sentence[]): LexCall[] {
  // A news article can report several engagements; a readout, release or transcript reports one.
  if (calls.length === 0 || ex.options.kind === 'NEWS_ARTICLE') return calls;
  for (const s of sentences.slice(0, 20)) {
    const text = ex.text.slice(s.start, s.end);
    if (!reportsEngagement(text) && !/\b(?:held|had)\s+(?:[\w-]+\s+){0,4}?(?:talks|meeting|call|conference|teleconference)\b/i.test(text))
      continue;
    // OUT_OF_OFFICE_NAME (round 17): a name of someone on record who held no post that day ("Chairman Kim", the family
    // name of a minister of later years) is someone else, no participant of a call on record.
    const named = officialsNamedIn(ex, s, documentDate(ex));
    if (named.length < 2) continue;
    return calls.filter((c) => named.every((id) => c.participantIds.includes(id)));
  }
  return calls;
}

/**
 * COUNTERPART_COUNTRY (round 12): the first engagement the text reports names the other side by its country ("met
 * Chile's defense minister", "held talks with his Chilean counterpart", "spoke with the Chilean minister"): a call on
 * record is that engagement only if someone of each country so named took part (not the same official's call with a
 * third country that week).
 */
export function withCounterpartCountry(ex: Extractor, calls: LexCall[], sentences: Sentence[]): LexCall[] {
  if (calls.length === 0) return calls;
  for (const s of sentences.slice(0, 12)) {
    const text = ex.text.slice(s.start, s.end);
    // (Talks held, not talks to come: "headed to X for talks with his Japanese counterpart", "plans to meet".)
    if (!reportsEngagement(text) || !ENGAGEMENT_HELD.test(text) || intendedEngagement(text)) continue;
    const codes = uniq(
      ex.lex
        .mentions(ex.text, s.start, apartFrom(ex, s))
        .filter((m) => m.kind === 'country' && m.countryCode && COUNTRY_PERSON_AFTER.test(ex.text.slice(m.end, m.end + 50)))
        .map((m) => m.countryCode!),
    );
    if (!codes.length) return calls;
    return calls.filter((c) => codes.every((code) => c.participantIds.some((p) => ex.lex.officials.get(p)?.countryCode === code)));
  }
  return calls;
}

/**
 * A statement is dated in its originating source's time zone: the Pentagon's readout of a call
 * that began at 07:00 in Tokyo on 31 January is dated 30 January. Needs the call's start (or a
 * window of it that falls on one day there) and the publisher's (else the speaker's) country;
 * undefined when either is unknown.
 */
export function sideDateOf(ex: Extractor, call: LexCall, organizationId: number | null, speakerId: number | undefined): string | undefined {
  if (!call.earliestStart || !call.latestStart) return undefined;
  const code =
    (organizationId != null ? ex.lex.organizations.get(organizationId)?.countryCode : undefined) ??
    (speakerId != null ? ex.lex.officials.get(speakerId)?.countryCode : undefined);
  const ownZone = organizationId != null && organizationId === ex.options.publisherId ? ex.options.timeZone : null;
  const timeZone = ownZone ?? (code ? ex.lex.data.countries.find((c) => c.code === code)?.timeZone : undefined);
  if (!timeZone) return undefined;
  const [from, to] = [dateIn(new Date(call.earliestStart), timeZone), dateIn(new Date(call.latestStart), timeZone)];
  return from === to ? from : undefined;
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * RECORDED_SAME_PEOPLE (stop 40): the call the rules would propose is on record already when every one of its people is on
 * record and exactly one call on record is between exactly them, on the day the proposal gives (one day either side) or,
 * when it gives none, in the `days` before publication (to the day after). A story or release about talks a few weeks old
 * gives no date near its publication, so the calls near it (`candidateCalls`) miss them, and a second, proposed call of the
 * same people would be created on acceptance.
 */
export const RECORDED_SAME_PEOPLE = { name: 'RECORDED_SAME_PEOPLE', days: 60 };

export function recordedSamePeople(ex: Extractor, proposed: ProposedCall): LexCall | null {
  const ids = proposed.participantIds;
  if (proposed.proposedParticipants.length > 0 || ids.length < 2) return null;
  const published = ex.options.publishedOn;
  const same = ex.lex.data.calls.filter(
    (c) =>
      c.participantIds.length === ids.length &&
      ids.every((id) => c.participantIds.includes(id)) &&
      (proposed.date
        ? Math.abs(daysBetween(c.date, proposed.date)) <= 1
        : published != null && c.date <= addDays(published, 1) && c.date >= addDays(published, -RECORDED_SAME_PEOPLE.days)),
  );
  return same.length === 1 ? same[0] : null;
}
