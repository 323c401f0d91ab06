/**
 * Talks and the proposed call: the engagement a text reports when no call on record matched, and its updates.
 */

import { type LexCall } from '../lexicon';
import {
  CALL_KIND_RULES,
  HELD_ENGAGEMENT,
  engagementNotHeld,
  intendedEngagement,
  JOINT_DISCUSSION,
  JOINT_POSITION,
  missingCounterpart,
  NAMED_PAIR_MEETING,
  ONE_SIDE_NAMED,
  OPENING_ADDRESS,
  OTHER_SETTING,
  VISIT_ENGAGEMENT,
  RECEIVED_AS_GUEST,
  TALKS_IN_LEAD,
} from '../pipeline/proposed-call';
import { countriesNamed } from '../pipeline/countries';
import { type Sentence } from '../pipeline/segment';
import { nameCore } from '../pipeline/speakers';
import { type Span } from '../text';
import type { Extractor } from './extractor';
import { proposedPublisherKey } from './publisher';
import { apartFrom, documentDate, sideDateOf } from './recorded-calls';
import { widerSignatories } from './signatories';
import { hostedCounterpartMeeting, soleSpeaker, speakersMeeting } from './speakers';
import { proposedByBareTitle, proposedIn, qualifier } from './proposals';
import { mentionsIn, orig } from './reading';
import { groupOfCountries, pairOfCountries } from './parties';
import {
  CALL_WORDS,
  COUNTRY_PERSON_AFTER,
  DATELINE,
  ENGAGEMENT_CLAUSE_END,
  FIRST_PERSON_ENGAGEMENT,
  MULTILATERAL_MEETING,
  namedPairMeeting,
  RECEIVED_VISITOR,
  REPORTING_VERBS,
  reportsEngagement,
  uniq,
} from './rules';
import type { Ctx, ProposedCall } from './types';

export function engagementClause(sentence: string): number {
  const words = CALL_WORDS.exec(sentence) ?? RECEIVED_VISITOR.exec(sentence);
  if (!words) return sentence.length;
  const from = words.index + words[0].length;
  // The people the engagement's words name come first ("between A and B", "with B"): the clause goes on past them.
  const rest = sentence.slice(from);
  const cut = [ENGAGEMENT_CLAUSE_END.exec(rest), ENGAGEMENT_COORDINATED.pattern.exec(rest)]
    .filter((m) => m != null)
    .sort((a, b) => a.index - b.index)[0];
  return cut ? from + cut.index : sentence.length;
}
/**
 * ENGAGEMENT_COORDINATED (round 19): the engagement's clause ends where another is coordinated to it: a second predicate of
 * the same subject ("X met with several ministers and passed on a letter from A"), or a new clause with a subject of its
 * own (", and this follows the accord A and B reached last year"). The people named there are not the engagement's.
 */
export const ENGAGEMENT_COORDINATED = {
  name: "ENGAGEMENT_COORDINATED: a second predicate or clause coordinated to the engagement: its people are not the engagement's",
  pattern:
    /\s+and\s+(?:also\s+|then\s+|later\s+)?(?:\p{Ll}+ed|paid|laid|made|gave|took|went|spoke|told)\b(?!\s+(?:by|to\s+be)\b)|,\s+and\s+(?:this|that|it|which)\s+(?!(?:was|were)\s+(?:held|attended)\b)/u,
};
/**
 * REPORTER_NOT_PARTICIPANT (round 11): the one who reports an engagement is not one of its people ("A spokesperson X said
 * Minister A had a phone call with Secretary B", "During a call between A and B, the two agreed …, spokesperson X said"):
 * the part of the sentence left once a reporting frame at either end is set aside, as [from, to).
 */
// REPORTER_OPENING_ACCORDING (round 12): "According to X, the press secretary, A had a phone call with B": the source that
// opens the sentence, with its appositive, is set aside as the one after it is.
// (How REPORTER_BEFORE differs from signatories.ts's REPORTER_OPENING: see REPORTING_VERBS.)
const REPORTER_BEFORE = new RegExp(
  String.raw`^(?:(?:(?:In|Through)\s+(?:a|an|the|his|her|its)\s+[\w\s-]{1,40},\s+)?[^,;:“”"]{2,90}?\s(?:${REPORTING_VERBS}|announced|confirmed)\s+(?:that\s+|on\s+\w+\s+(?:that\s+)?)?|According\s+to\s+[^,;:“”"]{2,60}?,\s+(?:(?:the|a|an|his|her|its)\s+[^,;:“”"]{2,60}?,\s+)?)(?=\S)`,
);
const REPORTER_AFTER = new RegExp(
  String.raw`,\s*(?:according\s+to\s+[^,;:“”"]{2,90}?|[^,;:“”"]{2,90}?\s(?:${REPORTING_VERBS}|added|announced)(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+|\s+in\s+a\s+(?:statement|release|readout))?)\s*[.!]?\s*$`,
  'u',
);
export function withoutReporter(sentence: string): { from: number; to: number } {
  const before = REPORTER_BEFORE.exec(sentence);
  const after = REPORTER_AFTER.exec(sentence);
  const from = before ? before[0].length : 0;
  return { from, to: after && after.index > from ? after.index : sentence.length };
}

/** A counted group as a subject ("the two officials", "both ministers", "the pair"): see GROUP_OF_THE_LEAD. */
const LEAD_GROUP =
  /\b(?:the\s+two|both|the\s+pair)(?:\s+(?:defen[cs]e|senior|top|foreign)){0,2}\s+(?:officials|ministers|secretaries|leaders|chiefs|sides|men|women)\b/i;
/** TALKS_AS_SETTING (round 20): talks named with the definite article as a sentence's setting, a counted group its subject. */
const TALKS_AS_SETTING =
  /^(?:In|At|During)\s+the\s+(?:[\w-]+\s+){0,3}?(?:meeting|talks)\b[^,;:“”"]{0,60},\s+(?:the\s+two|both)(?:\s+(?:defen[cs]e|senior|top|foreign)){0,2}\s+(?:officials|ministers|secretaries|leaders|chiefs|sides)\b/;
/** COUNTERPART_OF_COUNTRY (round 13): the other side of talks held named by its country and post only, its one holder on record. */
const COUNTERPART_OF_COUNTRY = "talks held with a country's minister named by the post only: its one holder on record that day";

/** The words right before a country named as the partner of an activity ("cooperation with Japan"): see updateCall. */
const COUNTRY_AS_PARTNER = /\bwith\s+(?:the\s+)?$/i;

/** A transcript turn's first sentence, its speaker's label in capitals first ("SECRETARY JANE DOE: …"). */
const TURN_OPENING = /^\p{Lu}[\p{Lu}\s,.'’-]{2,80}:\s/u;

/** COUNTRY_PAIR_AGREED (round 15): a lead whose subject is two countries and nothing else ("Japan and the Philippines"). */
const COUNTRY_PAIR_LEAD =
  /^\s*((?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)\s+and\s+((?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)\s+(?:(?:on\s+)?\p{Lu}\p{Ll}+day\s+)?$/u;
const COUNTRY_PAIR_AGREED = 'two countries the subject of what they agreed: the talks of their people the next sentences name';

/** JOINT_POSITION (round 15): words that date a sentence's event to an earlier month or year than the document's. */
const EARLIER_TIME =
  /\b(?:in|since|during|back\s+in|earlier\s+in)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d)\b|\blast\s+(?:year|month|week|spring|summer|autumn|fall|winter)\b|\b(?:months|years|weeks)\s+ago\b|\bhad\s+(?:agreed|confirmed|reaffirmed|pledged|vowed)\b/;

const GROUP_ENGAGEMENT =
  'GROUP_ENGAGEMENT: officials named as a group of two countries in an engagement: their meeting, none on record near the date';

/**
 * HEAD_OF_BODY: the minister heading a body named by its words: an acronym of a body's name (the proposed publisher's,
 * or one on record), "the ministry" (the publisher), or its name. The one official, proposed or on record, whose title is
 * a minister's of that body's field ("Minister of National Defence" for the "Ministry of National Defence").
 */
export function headOf(ex: Extractor, words: string): { ids: number[]; proposed: string[] } | null {
  const initials = (name: string) =>
    name
      .split(/\s+/)
      .filter((w) => !/^(?:of|the|and|for)$/i.test(w))
      .map((w) => w[0])
      .join('')
      .toUpperCase();
  const publisherKey = proposedPublisherKey(ex);
  const names = [
    ...(publisherKey ? [ex.proposedOrganizations.get(publisherKey)!.name] : []),
    ...(ex.options.publisherId != null ? [ex.lex.organizations.get(ex.options.publisherId)?.name ?? ''] : []),
    ...[...ex.lex.organizations.values()].map((o) => o.name),
  ];
  const body = /^\p{Lu}{2,6}$/u.test(words)
    ? names.find((n) => initials(n) === words)
    : /^(?:ministry|department)$/i.test(words)
      ? names[0]
      : words;
  const field = body ? /\bof\s+(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,3})$/u.exec(body)?.[1] : undefined;
  if (!field) return null;
  const noun = field.split(/\s+/).pop()!;
  const minister = new RegExp(`\\bMinister\\s+(?:of|for)\\s+(?:the\\s+)?${field}\\b|\\b${noun}\\s+Minister\\b`, 'i');
  const proposed = [...ex.proposedOfficials.values()].filter((o) => o.title && minister.test(o.title)).map((o) => o.key);
  const ids = ex.lex.holders(`Minister of ${field}`, documentDate(ex), null);
  return proposed.length + ids.length === 1 ? { ids, proposed } : null;
}

/** ONE_COUNTRY_NO_TALKS: people whose countries are all known and the same. */
export function oneCountry(ex: Extractor, people: (number | string)[]): boolean {
  const countries = people.map((x) => personCountry(ex, x));
  return countries.every((c) => c != null) && new Set(countries).size === 1;
}

/** The country of an official on record (by id) or proposed (by key), null when not known. */
export function personCountry(ex: Extractor, who: number | string): string | null {
  return typeof who === 'number' ? (ex.lex.officials.get(who)?.countryCode ?? null) : (ex.proposedOfficials.get(who)?.countryCode ?? null);
}

/** TALKS_IN_LEAD: the sentences of the opening that report talks held (not to come, not a topic). */
export function leadTalks(ex: Extractor, sentences: Sentence[]): Sentence[] {
  const held = (words: string) => {
    const at = [CALL_WORDS.exec(words), HELD_ENGAGEMENT.pattern.exec(words), TALKS_IN_LEAD.opening.exec(words)].find((m) => m);
    return at != null && !engagementNotHeld(words.slice(0, at.index));
  };
  return sentences.filter((s) => s.start < TALKS_IN_LEAD.reach && held(ex.text.slice(s.start, s.end)));
}

/**
 * TALKS_IN_LEAD: the talks the title or the opening reports, when nothing else proposed a call: the officials the first
 * sentence reporting them names (two countries or more), else none and `missing` says what the editor must add.
 */
export function talksInLead(ex: Extractor, sentences: Sentence[]): ProposedCall | null {
  const title = ex.options.title ?? '';
  const lead = leadTalks(ex, sentences);
  if (!TALKS_IN_LEAD.title.test(title) && lead.length === 0) return null;
  // Where the people are looked for: each sentence that reports the talks, then with the two sentences after it (a lead
  // names the ministers in the next sentence: "During the talks, Minister A and his Polish counterpart, B, …"), then the
  // title, then the whole opening; the first that names two people or more of two countries, four at most.
  const opening = sentences.filter((s) => s.start < TALKS_IN_LEAD.reach);
  const windows = [
    ...lead.map((s) => ex.text.slice(s.start, s.end)),
    ...lead.map((s) => {
      const at = sentences.indexOf(s);
      return ex.text.slice(s.start, sentences[Math.min(sentences.length - 1, at + 2)].end);
    }),
    title,
    opening.length ? ex.text.slice(opening[0].start, opening[opening.length - 1].end) : '',
  ];
  for (const words of windows) {
    const ids = uniq(
      ex.lex
        .mentions(words)
        .filter((m) => m.kind === 'official' && m.ids.length === 1)
        .map((m) => m.ids[0]),
    );
    const proposed = uniq(
      [...ex.proposedOfficials.values()].filter((p) => words.toLowerCase().includes(nameCore(p.name))).map((p) => p.key),
    ).filter((k, _, all) => !all.some((o) => o !== k && k.startsWith(`${o} `)));
    const countries = new Set([...ids.map((id) => personCountry(ex, id)), ...proposed.map((k) => personCountry(ex, k))].filter((c) => c));
    if (ids.length + proposed.length >= 2 && ids.length + proposed.length <= 4 && countries.size >= 2) {
      return {
        participantIds: ids,
        proposedParticipants: proposed,
        date: documentDate(ex),
        span: words,
        rule: TALKS_IN_LEAD.name,
      };
    }
  }
  const span = lead.length ? ex.text.slice(lead[0].start, lead[0].end) : title;
  return {
    participantIds: [],
    proposedParticipants: [],
    date: documentDate(ex),
    span,
    rule: TALKS_IN_LEAD.name,
    missing: TALKS_IN_LEAD.missing,
  };
}

/** The first sentence that reports a call or meeting between two people or more, when no recorded call matched. */
export function proposeCall(ex: Extractor, sentences: Sentence[], oneSide = false): ProposedCall | null {
  const meeting = speakersMeeting(ex) ?? ex.titleMeeting;
  if (meeting) return meeting;
  const first = sentences.slice(0, 40);
  const peopleIn = (start: number, end: number) => ({
    ids: [
      ...new Set(
        ex.lex
          .mentions(ex.text, start, end)
          .filter((m) => m.kind === 'official' && m.ids.length === 1)
          .map((m) => m.ids[0]),
      ),
    ],
    proposed: uniq([...proposedIn(ex, start, end), ...proposedByBareTitle(ex, ex.text.slice(start, end))].map((p) => p.key)),
  });
  // The first sentence that reports a call or meeting between two people or more; else (no sentence says so in so many
  // words) the first that makes two people or more the joint subject of a discussion ("X and Y discussed on Wednesday …").
  let found: { s: Sentence; ids: number[]; proposed: string[]; rule: string; missing?: string } | null = null;
  // ONE_COUNTRY_NO_TALKS: the first sentence whose people are all of one country, kept as one side's account if no other.
  let oneSided: { s: Sentence; ids: number[]; proposed: string[]; rule: string; missing?: string } | null = null;
  const speaker = soleSpeaker(ex);
  for (const s of first) {
    // MULTILATERAL_MEETING: "the defense ministers of A, B, C and D met …", or as the subject of a position they took
    // together ("The defense ministers of A, B and C said Sunday …"): one person per country named.
    const group = groupOfCountries(ex, s.start, s.end);
    const guest = RECEIVED_AS_GUEST.pattern.test(ex.text.slice(s.start, s.end));
    const visit = VISIT_ENGAGEMENT.pattern.test(ex.text.slice(s.start, s.end)) || guest;
    // TALKS_AS_SETTING (round 20): "In the ministerial meeting prior to …, the two defense leaders discussed …", "At the talks
    // held after the reception, the two leaders …": talks the story set the group's words in, held.
    const setting = TALKS_AS_SETTING.test(ex.text.slice(s.start, s.end));
    if (!reportsEngagement(ex.text.slice(s.start, s.end)) && !group?.subject && !visit && !setting) continue;
    // INTENDED_ENGAGEMENT: "X is seeking to hold talks with Y" reports no call held.
    const words = CALL_WORDS.exec(ex.text.slice(s.start, s.end));
    if (!group && words && intendedEngagement(ex.text.slice(s.start, s.start + words.index))) continue;
    const clauseEnd = s.start + engagementClause(ex.text.slice(s.start, s.end));
    // REPORTER_NOT_PARTICIPANT: the reporter is left out when the engagement still names two people or more without him.
    const frame = withoutReporter(ex.text.slice(s.start, s.end));
    const unframed = peopleIn(s.start + frame.from, Math.min(clauseEnd, s.start + frame.to));
    const { ids, proposed } = unframed.ids.length + unframed.proposed.length >= 2 ? unframed : peopleIn(s.start, clauseEnd);
    if (group && group.ids.length + group.proposed.length > ids.length + proposed.length) {
      found = { s, ids: uniq([...ids, ...group.ids]), proposed: uniq([...proposed, ...group.proposed]), rule: MULTILATERAL_MEETING };
      break;
    }
    // GROUP_ENGAGEMENT (round 12): "Japanese and Chilean defense ministers discussed … in a bilateral meeting", the two
    // named later: the meeting of the officials the group of two countries stands for.
    const pair = !group && ids.length + proposed.length < 2 && words ? pairOfCountries(ex, s.start, clauseEnd) : null;
    if (pair) {
      found = { s, ids: pair.ids, proposed: pair.proposed, rule: GROUP_ENGAGEMENT };
      break;
    }
    // FIRST_PERSON_ENGAGEMENT: "I had a good conversation with X", "I met X" in the words of the one speaker of a transcript.
    if (speaker && FIRST_PERSON_ENGAGEMENT.test(ex.text.slice(s.start, s.end)) && ids.length + proposed.length === 1) {
      if (speaker.id != null && !ids.includes(speaker.id)) ids.push(speaker.id);
      if (speaker.key != null && !proposed.includes(speaker.key)) proposed.push(speaker.key);
    }
    // GROUP_OF_THE_LEAD (round 11): "In a meeting in <city> on <date>, the two officials discussed …" names no one: the
    // engagement of the two people the sentence before names ("A and B have reaffirmed …").
    // (Talks as the setting: the last two people of two countries named in the five sentences before.)
    const at = first.indexOf(s);
    const prev = setting
      ? first
          .slice(Math.max(0, at - 5), at)
          .reverse()
          .find((t) => {
            const named = peopleIn(t.start, t.end);
            return named.ids.length + named.proposed.length === 2 && !oneCountry(ex, [...named.ids, ...named.proposed]);
          })
      : first[at - 1];
    const lead =
      ids.length + proposed.length < 2 && prev && LEAD_GROUP.test(ex.text.slice(s.start, s.end)) ? peopleIn(prev.start, prev.end) : null;
    if (lead && lead.ids.length + lead.proposed.length === 2) {
      found = {
        s,
        ids: lead.ids,
        proposed: lead.proposed,
        rule: setting
          ? "TALKS_AS_SETTING: talks set as the scene of a group's words, the last two people of two countries named before"
          : 'GROUP_OF_THE_LEAD: a group in an engagement, the two people of the sentence before',
      };
      break;
    }
    if (ids.length + proposed.length < 2) continue;
    // ONE_COUNTRY_NO_TALKS (round 19): talks are between countries; people all of one country (a name spelt twice,
    // "Minister X" and "Minister Xd", or a delegation's members) are no call's two sides: read on.
    if (oneCountry(ex, [...ids, ...proposed])) {
      oneSided ??= { s, ids, proposed, rule: ONE_SIDE_NAMED.name, missing: missingCounterpart(null) };
      continue;
    }
    found = {
      s,
      ids,
      proposed,
      rule:
        visit && !reportsEngagement(ex.text.slice(s.start, s.end))
          ? guest
            ? RECEIVED_AS_GUEST.name
            : VISIT_ENGAGEMENT.name
          : 'a call or meeting between people named, none on record near the date',
    };
    break;
  }
  for (const s of found ? [] : first) {
    const verb = JOINT_DISCUSSION.pattern.exec(ex.text.slice(s.start, s.end));
    if (!verb) continue;
    const { ids, proposed } = peopleIn(s.start, s.start + verb.index + verb[0].length - verb[1].length);
    if (ids.length + proposed.length < 2) continue;
    found = { s, ids, proposed, rule: JOINT_DISCUSSION.name };
    break;
  }
  // JOINT_POSITION (round 15): else, as a last resort (no recorded call taken anywhere: a sentence between the people of a
  // recorded call says nothing of which one it is), the first sentence that makes two people or more of two countries the
  // joint subject of a position taken ("A and B agreed Friday to …"): a lead that reports the talks by their outcome. Not
  // one dated to an earlier month or year ("A and B agreed in April to …": those earlier talks).
  for (const s of found || !oneSide ? [] : first) {
    const verb = JOINT_POSITION.pattern.exec(ex.text.slice(s.start, s.end));
    if (!verb) continue;
    if (EARLIER_TIME.test(ex.text.slice(s.start, s.end))) continue;
    const subject = ex.text.slice(s.start, s.start + verb.index + verb[0].length - verb[1].length);
    if (/\b(?:said|says|told|according\s+to|reported|quoted)\b/i.test(subject)) continue;
    const { ids, proposed } = peopleIn(s.start, s.start + subject.length);
    // COUNTRY_PAIR_AGREED (round 15): "Japan and the Philippines agreed Saturday to …": two countries the subject, no one
    // named: the people of those countries the next sentences name (one side only: proposed with it, the other left to add).
    const pair = ids.length + proposed.length === 0 ? COUNTRY_PAIR_LEAD.exec(subject.slice(DATELINE.exec(subject)?.[0].length ?? 0)) : null;
    const codes = pair ? [countriesNamed(pair[1].replace(/^the\s+/i, '')), countriesNamed(pair[2].replace(/^the\s+/i, ''))] : [];
    if (pair && codes.every((c) => c.length === 1) && codes[0][0] !== codes[1][0]) {
      const at = first.indexOf(s);
      const later = peopleIn(s.start, first[Math.min(first.length - 1, at + 2)].end);
      const sideIds = later.ids.filter((id) => codes.some((c) => c[0] === personCountry(ex, id)));
      const sideKeys = later.proposed.filter((k) => codes.some((c) => c[0] === personCountry(ex, k)));
      const sides = new Set([...sideIds, ...sideKeys].map((x) => personCountry(ex, x)));
      if (sideIds.length + sideKeys.length === 0) continue;
      const other = sides.size < 2 ? (codes.find((c) => !sides.has(c[0])) ?? [])[0] : null;
      found = {
        s,
        ids: sideIds,
        proposed: sideKeys,
        rule: COUNTRY_PAIR_AGREED,
        ...(other ? { missing: missingCounterpart(pair[sides.has(codes[0][0]) ? 2 : 1].replace(/^the\s+/i, '')) } : {}),
      };
      break;
    }
    if (ids.length + proposed.length < 2) continue;
    const countries = new Set(
      [...ids.map((id) => ex.lex.officials.get(id)?.countryCode), ...proposed.map((k) => ex.proposedOfficials.get(k)?.countryCode)].filter(
        (c): c is string => c != null,
      ),
    );
    if (countries.size < 2) continue;
    found = { s, ids, proposed, rule: JOINT_POSITION.name };
    break;
  }
  // OPENING_ADDRESS: the one speaker of a transcript opens by addressing the guests by name.
  const opened = first.findIndex((s) => TURN_OPENING.test(ex.text.slice(s.start, s.end)));
  for (const s of found || !speaker ? [] : first.slice(Math.max(0, opened), Math.max(0, opened) + 3)) {
    const address = OPENING_ADDRESS.pattern.exec(ex.text.slice(s.start, s.end));
    if (!address) continue;
    const from = s.start + address.index + address[0].indexOf(address[1]);
    const { ids, proposed } = peopleIn(from, from + address[1].length);
    if (!speaker || ids.length + proposed.length === 0) continue;
    if (speaker.id != null && !ids.includes(speaker.id)) ids.push(speaker.id);
    if (speaker.key != null && !proposed.includes(speaker.key)) proposed.push(speaker.key);
    if (ids.length + proposed.length < 2) continue;
    found = { s, ids, proposed, rule: OPENING_ADDRESS.name };
    break;
  }
  // HOSTED_COUNTERPART: a guest's "today we've had a Defence Ministers' meeting here" is the press conference's own meeting,
  // with the host's holder of the same post, before any other engagement the speaker recounts.
  const host = speaker ?? ex.ownVoice;
  const hosted = host ? hostedCounterpartMeeting(ex, first, host) : null;
  if (hosted) found = hosted;
  // ONE_COUNTRY_NO_TALKS: no other engagement found: the one side's people, the other left to the editor.
  found ??= oneSided;
  // ONE_SIDE_NAMED (round 13): talks held whose other side the text names by a title, a country or a body only.
  let missing: string | null = found?.missing ?? null;
  // (Only as the last resort, when the document's drafts are read: talks whose other side is unnamed say nothing of which
  // recorded call they are.)
  if (!found && oneSide) {
    const one = oneSideEngagement(ex, first, speaker);
    if (one) ({ missing, ...found } = one);
    missing ||= null;
  }
  if (!found) return null;
  const { s, ids, proposed } = found;
  // MULTILATERAL_MEETING: so is an engagement whose people (one not on record) are of three countries or more, one each.
  const countries = [
    ...ids.map((id) => ex.lex.officials.get(id)?.countryCode ?? null),
    ...proposed.map((k) => ex.proposedOfficials.get(k)?.countryCode ?? null),
  ];
  const rule =
    found.rule !== OPENING_ADDRESS.name &&
    proposed.length > 0 &&
    countries.length >= 3 &&
    countries.every((c) => c != null) &&
    new Set(countries).size === countries.length
      ? MULTILATERAL_MEETING
      : found.rule;
  const text = ex.text.slice(s.start, s.end);
  // The date of the engagement: in its sentence, else in the next sentence that reports an engagement with a date (a title names none).
  // (Not the date of a dateline: "WASHINGTON, March 20 (PWS) - … on Thursday".)
  const lineEnd = s.start + (DATELINE.exec(text)?.[0].length ?? 0);
  const dated =
    ex.dates.find((d) => d.start >= lineEnd && d.end <= s.end) ??
    first
      .filter((t) => t.start > s.start && CALL_KIND_RULES.some((r) => r.test.test(ex.text.slice(t.start, t.end))))
      .map((t) => ex.dates.find((d) => d.start >= t.start && d.end <= t.end))
      .find((d) => d != null);
  return {
    participantIds: ids,
    proposedParticipants: proposed,
    date: dated?.date ?? documentDate(ex),
    span: orig(ex, s.start, s.end),
    rule,
    ...(missing ? { missing } : {}),
  };
}

/**
 * OTHER_TALKS (round 13): a sentence reporting talks held ("paid a courtesy call to Prime Minister X", "In his meeting
 * with X, the Secretary …", "Y told Z during their talks …") whose clause names someone the recorded call leaves out (not
 * on record, or on record and no participant of it), and not every participant of that call, reports other talks: the
 * recorded call is not its call; the first such talks are proposed. A sentence after it in the same paragraph that names
 * one of those people again goes on about them ("… and assured the Prime Minister of …").
 */
export function otherTalksOf(ex: Extractor, s: Sentence, block: number, call: LexCall): boolean {
  const text = ex.text.slice(s.start, s.end);
  const named = (from: number, to: number) => ({
    ids: uniq(
      ex.lex
        .mentions(ex.text, from, to)
        .filter((m) => m.kind === 'official' && m.ids.length === 1)
        .map((m) => m.ids[0]),
    ),
    keys: uniq([...proposedIn(ex, from, to), ...proposedByBareTitle(ex, ex.text.slice(from, to))].map((p) => p.key)),
  });
  const joint = JOINT_DISCUSSION.pattern.exec(text);
  const words = CALL_WORDS.exec(text) ?? HELD_ENGAGEMENT.pattern.exec(text) ?? joint;
  // (Talks as the topic of a question or a remark, "Asked about cost-sharing talks with …", are no talks held.)
  const topic = words != null && /\b(?:about|on|regarding|over|of)\s+(?:[\w-]+\s+){0,2}$/i.test(text.slice(0, words.index));
  if (words && !topic && !intendedEngagement(text.slice(0, words.index))) {
    const clause = named(s.start, s.start + (words === joint ? joint.index + joint[0].length : engagementClause(text)));
    const outsiders = clause.ids.filter((id) => !call.participantIds.includes(id));
    const inCall = clause.ids.filter((id) => call.participantIds.includes(id));
    if ((clause.keys.length || outsiders.length) && inCall.length < call.participantIds.length) {
      ex.otherTalksAt = { block, keys: clause.keys, ids: outsiders };
      // The call's participants the sentence names by title too ("the Secretary"): the other side of those talks.
      const titled = ex.lex
        .mentions(ex.text, s.start, s.end)
        .filter((m) => m.kind === 'title')
        .flatMap((m) => ex.lex.holders(m.title!, documentDate(ex), qualifier(ex, m.start)))
        .filter((id) => call.participantIds.includes(id));
      // (A readout's "the Secretary", "the Minister": the call's one participant whose post is so called.)
      const word = /\b[Tt]he\s+(Secretary|Minister)\b(?!\s+(?:of|for)\b|\s+\p{Lu})/u.exec(text)?.[1];
      const side = word
        ? call.participantIds.filter((p) =>
            ex.lex.officials.get(p)?.holdings.some((h) => h.title.includes(word) && (!h.endDate || h.endDate >= call.date)),
          )
        : [];
      ex.otherTalks ??= {
        participantIds: uniq([...inCall, ...titled, ...(side.length === 1 ? side : []), ...outsiders]),
        proposedParticipants: clause.keys,
        date: ex.dates.find((d) => d.start >= s.start && d.end <= s.end)?.date ?? call.date,
        span: orig(ex, s.start, s.end),
        rule: 'OTHER_TALKS: talks with someone the recorded call leaves out',
      };
      return true;
    }
  }
  const at = ex.otherTalksAt;
  if (at?.block !== block) return false;
  const again = named(s.start, s.end);
  return again.keys.some((k) => at.keys.includes(k)) || again.ids.some((id) => at.ids.includes(id));
}

/**
 * ONE_SIDE_NAMED (round 13): the first sentence that reports talks held (not talks to come, not remarks in another
 * setting) naming one participant only, on record or proposed (in a transcript or a release's own voice, "I met …", "we
 * had a … meeting": the one speaking): that side, and what the editor must add for the other one ("his Italian
 * counterpart", "Italy's defence minister": the words the text gives, when it gives a country before a post).
 */
export function oneSideEngagement(
  ex: Extractor,
  first: Sentence[],
  speaker: { id: number | null; key: string | null } | null,
): { s: Sentence; ids: number[]; proposed: string[]; rule: string; missing: string } | null {
  for (const s of first) {
    const text = ex.text.slice(s.start, s.end);
    if (!reportsEngagement(text) || OTHER_SETTING.pattern.test(text)) continue;
    const words = CALL_WORDS.exec(text) ?? HELD_ENGAGEMENT.pattern.exec(text) ?? RECEIVED_VISITOR.exec(text);
    if (words && engagementNotHeld(text.slice(0, words.index))) continue;
    const clauseEnd = s.start + engagementClause(text);
    const frame = withoutReporter(text);
    const from = s.start + frame.from;
    const to = Math.min(clauseEnd, s.start + frame.to);
    const ids = uniq(
      ex.lex
        .mentions(ex.text, from, to)
        .filter((m) => m.kind === 'official' && m.ids.length === 1)
        .map((m) => m.ids[0]),
    );
    const proposed = uniq([...proposedIn(ex, from, to), ...proposedByBareTitle(ex, ex.text.slice(from, to))].map((p) => p.key));
    // (The one speaking, of one of the two countries of a meeting named by them: "At the Japan-Fiji … Meeting, I expressed …".)
    const pair = namedPairMeeting(text);
    const speakerCode = speaker
      ? speaker.id != null
        ? ex.lex.officials.get(speaker.id)?.countryCode
        : ex.proposedOfficials.get(speaker.key ?? '')?.countryCode
      : null;
    if (
      speaker &&
      (FIRST_PERSON_ENGAGEMENT.test(text) || (pair && speakerCode && pair.includes(speakerCode) && /\b(?:I|[Ww]e)\b/.test(text)))
    ) {
      if (speaker.id != null && !ids.includes(speaker.id)) ids.push(speaker.id);
      if (speaker.key != null && !proposed.includes(speaker.key)) proposed.push(speaker.key);
    }
    // Two people or more: not one side (the rules before decided); none: nobody to propose it with.
    if (ids.length + proposed.length !== 1) continue;
    const country = ex.lex
      .mentions(ex.text, from, to)
      .find((m) => m.kind === 'country' && COUNTRY_PERSON_AFTER.test(ex.text.slice(m.end, m.end + 50)));
    const post = country ? COUNTRY_PERSON_AFTER.exec(ex.text.slice(country.end, country.end + 50))![0] : '';
    // COUNTERPART_OF_COUNTRY: "Japan's defense minister", "his Japanese counterpart": the one holder of that country's post on
    // record that day (the named side's own post, a defence or foreign ministry's head) is the other side.
    const sideCodes = [
      ...ids.map((id) => ex.lex.officials.get(id)?.countryCode),
      ...proposed.map((k) => ex.proposedOfficials.get(k)?.countryCode),
    ];
    const otherCode = country?.countryCode ?? (pair?.find((c) => !sideCodes.includes(c)) || null);
    if (otherCode) {
      const field = /foreign/i.test(post) ? 'Foreign Affairs' : 'Defense';
      const posts =
        field === 'Defense' ? ['Minister of Defense', 'Secretary of Defense'] : ['Minister of Foreign Affairs', 'Secretary of State'];
      const holders = uniq(posts.flatMap((t) => ex.lex.holders(t, documentDate(ex), otherCode))).filter((h) => !ids.includes(h));
      if (holders.length === 1) return { s, ids: [...ids, holders[0]], proposed, rule: COUNTERPART_OF_COUNTRY, missing: '' };
    }
    const counterpart =
      /\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:\p{Lu}[\p{L}-]*\s+)?[Cc]ounterparts?\b/u.exec(ex.text.slice(from, to))?.[0] ??
      (country ? ex.text.slice(country.start, country.end) + post : null) ??
      (pair ? NAMED_PAIR_MEETING.pattern.exec(text)![0].replace(/^\S+\s+/, '') : null);
    return { s, ids, proposed, rule: ONE_SIDE_NAMED.name, missing: missingCounterpart(counterpart) };
  }
  return null;
}

// ---- the call -------------------------------------------------------------------------------

/**
 * NEWCOMER_ENGAGEMENT: the engagement the text reports first is with someone not on record and leaves out a participant
 * of every recorded call a sentence was given ("the President received the Secretary"; the Secretary's talks with his
 * counterpart that day are on record): the sentences given no recorded call belong to the engagement reported.
 */
export function newcomerEngagement(ex: Extractor): boolean {
  const reported = ex.reported;
  if (!reported?.proposedParticipants.length) return false;
  return [...ex.callHits.keys()].every((id) => {
    const call = ex.lex.data.calls.find((c) => c.id === id);
    // (MULTILATERAL_MEETING: a call on record between some of its members is another engagement too.)
    return (
      call != null && (!call.participantIds.every((p) => reported.participantIds.includes(p)) || reported.rule === MULTILATERAL_MEETING)
    );
  });
}

export function updateCall(ex: Extractor, s: Span, calls: LexCall[], ctx: Ctx): void {
  if (calls.length === 0) return;
  const end = apartFrom(ex, s);
  const mentions = mentionsIn(ex, s.start, end);
  const officials = new Set(mentions.filter((m) => m.kind === 'official' && m.ids.length === 1).map((m) => m.ids[0]));
  for (const m of mentions.filter((x) => x.kind === 'title')) {
    const holders = ex.lex.holders(m.title!, documentDate(ex), qualifier(ex, m.start));
    if (holders.length === 1) officials.add(holders[0]);
  }
  // COUNTRY_AS_PARTNER: "cooperation with Japan", "work with Tokyo" in a sentence that reports no engagement names the
  // subject of the talks, not a side of another call: it does not switch the call the text is already about (with none
  // yet, "its alliance with Japan" may still point to Japan's call).
  const current = ctx.call;
  const partnerOnly = (code: string | null | undefined) =>
    current != null && !current.participantIds.some((p) => ex.lex.officials.get(p)?.countryCode === code);
  const engagement = reportsEngagement(ex.text.slice(s.start, s.end));
  const countries = new Set(
    mentions
      .filter(
        (m) =>
          (m.kind === 'organization' || m.kind === 'country') &&
          m.countryCode &&
          (engagement ||
            m.kind !== 'country' ||
            !partnerOnly(m.countryCode) ||
            !COUNTRY_AS_PARTNER.test(ex.text.slice(Math.max(s.start, m.start - 12), m.start))),
      )
      .map((m) => m.countryCode!),
  );
  const common = (code: string) => calls.every((c) => c.participantIds.some((p) => ex.lex.officials.get(p)?.countryCode === code));
  // A call whose participants leave out an official the sentence names (by name) is another engagement.
  const named = mentions.filter((m) => m.kind === 'official' && m.ids.length === 1).map((m) => m.ids[0]);
  // An engagement with someone not on record ("met with Polish Minister … Tomasz Wierzbicki") is no recorded call:
  // from then on only a call whose participants the sentence names all is taken.
  // So is one between people on record that no call near the date has them all ("held a video conference with …").
  // (A proposed person with a country, or one named by a title: "Defence Secretary X", "The Defence Secretary has met …".)
  const newcomers = uniq([...proposedIn(ex, s.start, end), ...proposedByBareTitle(ex, ex.text.slice(s.start, end))]).filter(
    (p) => p.countryCode !== null || p.title != null,
  );
  if (ex.reported?.rule === MULTILATERAL_MEETING && newcomers.some((p) => ex.reported!.proposedParticipants.includes(p.key))) return;
  const unrecorded = newcomers.length > 0 || !calls.some((c) => named.every((id) => c.participantIds.includes(id)));
  if (unrecorded && named.length + newcomers.length >= 2 && reportsEngagement(ex.text.slice(s.start, s.end))) ex.withNewcomer = true;
  const scored = calls
    .filter((c) => named.length < 2 || named.every((id) => c.participantIds.includes(id)))
    .filter((c) => !widerSignatories(ex, c))
    .map((c) => ({
      c,
      score:
        c.participantIds.filter((p) => officials.has(p)).length * 2 +
        c.participantIds.filter((p) => {
          const code = ex.lex.officials.get(p)?.countryCode;
          return code != null && countries.has(code) && !common(code);
        }).length,
    }))
    .sort((a, b) => b.score - a.score);
  // CALL_OF_THE_DAY_GIVEN (round 10): several calls between the same people tie; the one on the day this sentence gives
  // (in the publisher's time zone, as the date was read) is the one it reports ("received X at the Pentagon Thursday").
  // (Only where no call is chosen yet, or the sentence reports an engagement: "Earlier on Tuesday, X toured a shipyard" does
  // not switch to Tuesday's call.)
  if (
    scored.length > 1 &&
    scored[0].score > 0 &&
    scored[0].score === scored[1].score &&
    (ctx.call == null || reportsEngagement(ex.text.slice(s.start, s.end)))
  ) {
    const days = ex.dates.filter((d) => d.start >= s.start && d.end <= s.end).map((d) => d.date);
    const tied = scored.filter((x) => x.score === scored[0].score);
    const onDay = tied.filter((x) => days.includes(sideDateOf(ex, x.c, ex.options.publisherId, undefined) ?? x.c.date));
    if (onDay.length === 1) onDay[0].score += 1;
    scored.sort((a, b) => b.score - a.score);
  }
  if (scored.length === 0) return;
  if (ex.withNewcomer && !scored[0].c.participantIds.every((p) => officials.has(p))) return;
  if (scored[0].score > 0 && (scored.length === 1 || scored[0].score > scored[1].score)) {
    // A single mention of the official all candidate calls share says nothing.
    if (scored[0].score === 2 && scored[0].c.participantIds.every((p) => officials.has(p)) === false && calls.length > 1) {
      const only = [...officials][0];
      if (calls.every((c) => c.participantIds.includes(only))) return;
    }
    ctx.call = scored[0].c;
    ctx.callEvidence = orig(ex, s.start, Math.min(s.end, s.start + 160));
    if (!ex.callHits.has(ctx.call.id)) {
      ex.callHits.set(ctx.call.id, {
        span: ctx.callEvidence,
        rule: 'participants named together, date near the document',
        confidence: 0.8,
      });
    }
  } else if (calls.length === 1 && officials.size > 0 && calls[0].participantIds.some((p) => officials.has(p)) && scored.length === 1) {
    ctx.call = calls[0];
    ctx.callEvidence = orig(ex, s.start, Math.min(s.end, s.start + 160));
    if (!ex.callHits.has(ctx.call.id))
      ex.callHits.set(ctx.call.id, {
        span: ctx.callEvidence,
        rule: 'only call near the date with a participant named',
        confidence: 0.7,
      });
  }
}

/** The countries a passage's parties and call stand for (commitments read "extended deterrence" in their context). */
export function countriesOf(ex: Extractor, parties: { ids: number[]; proposed: string[] }, callId: number | null): string[] {
  const call = callId == null ? undefined : ex.lex.data.calls.find((c) => c.id === callId);
  const ids = [...parties.ids, ...(call?.participantIds ?? [])];
  const codes = [
    ...ids.map((id) => ex.lex.officials.get(id)?.countryCode),
    ...parties.proposed.map((key) => ex.proposedOfficials.get(key)?.countryCode),
  ];
  return uniq(codes.filter((c): c is string => !!c));
}
