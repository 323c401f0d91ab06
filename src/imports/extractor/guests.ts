/**
 * Guests and addressed people: the guest a speaker addresses or met, questioned talks, joint events.
 */

import { type LexCall } from '../lexicon';
import { addressedWithTitles, JOINT_TITLE, HOSTED_TITLE, QUESTION_ON_TALKS, titledNames } from '../pipeline/turns';
import { engagementNotHeld, HELD_ENGAGEMENT, intendedEngagement, OPENING_ADDRESS, OTHER_SETTING } from '../pipeline/proposed-call';
import { titledPeople } from '../pipeline/people';
import { backgroundOf } from '../pipeline/background';
import { type Sentence } from '../pipeline/segment';
import { nameCore } from '../pipeline/speakers';
import { type Turn } from '../pipeline/turns';
import { type Span } from '../text';
import type { Extractor } from './extractor';
import { documentDate } from './recorded-calls';
import { soleSpeaker } from './speakers';
import { engagementClause } from './talks';
import { proposedIn } from './proposals';
import { orig } from './reading';
import { CALL_WORDS, FIRST_PERSON_ENGAGEMENT, ONE_SIDE_COMPLETED, QUESTIONED_TALKS, reportsEngagement, titleCased, uniq } from './rules';
import type { ProposedCall } from './types';

/** GUEST_GIVEN_NAME (round 14): a host calls the guest by the given name alone after "my friend" (group 1). */
export const GUEST_GIVEN_NAME = {
  name: 'the guest known by family name alone, called by the given name after "my friend"',
  pattern: /\bmy\s+(?:(?:good|dear|great|old)\s+)?(?:friend|colleague)\s*,?\s+(\p{Lu}\p{Ll}[\p{L}’'-]+)(?!\s*\p{Lu})(?![\p{L}’'-])/gu,
};
/** Title and courtesy words, never a given name before a family name (ADDRESSED_NEWCOMER). */
const ADDRESS_WORD =
  /^(?:Minister|Secretary|Prime|Deputy|Vice|State|Hon|Honourable|Honorable|Mr|Mrs|Ms|Dr|Madam|Sir|General|Admiral|Ambassador|Defen[cs]e|Foreign|President|Senator|Chancellor|Premier|Welcom\w*|Remarks|With|Dear|The|And)\.?$/;

/** Words of a transcript that speak of the talks: the meeting, the counterpart, a joint act. */
export const SPEAKS_OF_CALL =
  /\b(?:[Ww]e|[Bb]oth of us)\s+(?:also\s+)?(?:agreed|confirmed|discussed|reaffirmed|shared|exchanged)\b|(?<!\b(?:be|been|being|is|are|was|were)\s+)\b(?:met|meeting|call|talks|[Hh]e|him|[Ss]he|her|[Tt]he (?:(?:State|Vice|Deputy|Assistant|Acting|Defen[cs]e|Senior Vice)\s+)?(?:Secretary|Minister))\b/;

/**
 * ADDRESSED_NEWCOMER: the guest a transcript's first speaker opens by addressing ("Deputy Prime Minister X, it's great to
 * see you again"), not on record: proposed, with the full name the title or the page gives for that family name ("…
 * Welcoming Deputy Prime Minister Jan X to …", "The Hon Jan X MP"), else the family name alone, and the title given there
 * or in the address. The meeting of the speaker with the guest is then the one the remarks belong to (OPENING_ADDRESS).
 */
export function proposeAddressed(ex: Extractor, list: Turn[], blocks: Span[]): boolean {
  const first = list.find((t) => t.role === 'SPEAKER' || t.role === 'ANSWER');
  if (!first) return false;
  const opening = ex.text.slice(first.bodyStart, blocks[Math.min(first.toBlock, first.fromBlock + 2)].end);
  let added = false;
  for (const a of addressedWithTitles(opening)) added = proposeGuest(ex, a, opening) || added;
  return added;
}

/**
 * ENGAGED_NEWCOMER: the one speaker's own account of the engagement ("I have just held a meeting with Australian Defense
 * Minister X"), the one met named by title and family name and not on record: proposed as an addressed guest is.
 */
export function proposeEngaged(ex: Extractor, sentences: Sentence[]): boolean {
  if (!soleSpeaker(ex)) return false;
  let added = false;
  for (const s of sentences.slice(0, 40)) {
    const words = ex.text.slice(s.start, s.end);
    if (!FIRST_PERSON_ENGAGEMENT.test(words) || !reportsEngagement(words)) continue;
    for (const a of titledNames(words)) added = proposeGuest(ex, a, words) || added;
    if (added) break;
  }
  return added;
}

/**
 * ENGAGED_COUNTERPART (round 20): a release or story (not one speaker's transcript) whose first sentences report talks held
 * with one side named (in full or on record) and the other named by family name only: by title and family name in the
 * engagement's own clause ("Minister Ruiz and Minister for Defence Lind held a telephone conference"), else, when the
 * title names the talks' two countries, as the one subject of a remark the text names by a word nothing else reads ("At
 * their meeting, Ruiz said …", "Lind expressed concern …": a story whose first mention in full is not in the text). That
 * other side, not on record, is proposed as a guest is (ENGAGED_NEWCOMER for the third person), with the country its words
 * give (by family name alone: the other of the title's two countries). Returns the keys proposed (the caller completes the
 * talks). (A title and family name gets no country the words do not give: the one there may be of the named side.)
 */
export const ENGAGED_COUNTERPART = 'ENGAGED_COUNTERPART: the other side of talks held, named by family name only';
/** A sentence whose subject is one capitalized word, the verb one of speech (group 1): "Lind said …", "Lind expressed …". */
const BARE_NAME_SUBJECT =
  /(?:^|[.!?]["”’]?\s+)(\p{Lu}\p{Ll}+)\s+(?:also\s+)?(?:said|says|expressed|told|stressed|noted|added|urged|emphasi[sz]ed|stated|conveyed|voiced)\b/gmu;
export function proposeEngagedCounterpart(ex: Extractor, sentences: Sentence[]): string[] {
  if (soleSpeaker(ex)) return [];
  const titleCountries = uniq(
    ex.lex
      .mentions(ex.options.title ?? '')
      .filter((m) => m.kind === 'country' && m.countryCode != null)
      .map((m) => m.countryCode!),
  );
  for (const s of sentences.slice(0, 12)) {
    const words = ex.text.slice(s.start, s.end);
    if (!reportsEngagement(words) || OTHER_SETTING.pattern.test(words)) continue;
    const call = CALL_WORDS.exec(words) ?? HELD_ENGAGEMENT.pattern.exec(words);
    if (call && (intendedEngagement(words.slice(0, call.index)) || engagementNotHeld(words.slice(0, call.index)))) continue;
    const clause = words.slice(0, engagementClause(words));
    // The people the engagement's clause names, on record (one id each) or proposed: their names and countries.
    const people = [
      ...ex.lex
        .mentions(ex.text, s.start, s.start + clause.length)
        .filter((m) => m.kind === 'official' && m.ids.length === 1)
        .map((m) => ex.lex.officials.get(m.ids[0]))
        .map((o) => ({ name: o?.name ?? '', countryCode: o?.countryCode ?? null })),
      ...proposedIn(ex, s.start, s.start + clause.length).map((p) => ({ name: p.name, countryCode: p.countryCode })),
    ];
    const sideNames = people.map((p) => p.name);
    const sides = people.map((p) => p.countryCode);
    if (sides.length !== 1) continue;
    const other =
      sides[0] != null && titleCountries.length === 2 && titleCountries.includes(sides[0])
        ? titleCountries.find((c) => c !== sides[0])
        : undefined;
    const before = new Set(ex.proposedOfficials.keys());
    // (Title and family name only: not the first word of a full name, "Defense Secretary Jane Doe", nor a rank, "Gen. Doe".)
    const alone = (a: { title: string; name: string }) => {
      const at = clause.indexOf(`${a.title} ${a.name}`);
      return at >= 0 && !/^\.?\s+\p{Lu}/u.test(clause.slice(at + a.title.length + a.name.length + 1));
    };
    for (const a of titledNames(clause).filter(alone)) proposeGuest(ex, a, clause, ENGAGED_COUNTERPART);
    // (By family name alone: only with the other country known, the one such word, named twice or more, read as nothing else.)
    if (ex.proposedOfficials.size === before.size && other) {
      const known = new Set([
        ...sideNames.flatMap((n) => n.split(/\s+/)),
        ...[...ex.proposedOfficials.values()].flatMap((p) => p.name.split(/\s+/)),
      ]);
      const bare = uniq([...ex.text.matchAll(BARE_NAME_SUBJECT)].map((m) => m[1])).filter(
        (w) =>
          !known.has(w) &&
          !ADDRESS_WORD.test(w) &&
          ex.lex.mentions(w).length === 0 &&
          ex.text.match(new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'gu'))!.length >= 2 &&
          !new RegExp(`(?<![\\p{L}])${w.toLowerCase()}(?![\\p{L}])`, 'u').test(ex.text),
      );
      // (Its country the title's other one: the talks are the two countries', and the one named side is of the first.)
      if (bare.length === 1 && proposeGuest(ex, { title: '', name: bare[0] }, clause, ENGAGED_COUNTERPART))
        for (const p of ex.proposedOfficials.values()) if (!before.has(p.key)) p.countryCode ??= other;
    }
    const added = [...ex.proposedOfficials.values()].filter((p) => !before.has(p.key));
    if (!added.length) continue;
    return added.map((p) => p.key);
  }
  return [];
}

/** ONE_SIDE_COMPLETED (see run): the first defense counterpart named by title and family name, not the speaker, proposed. */
export function completeOneSide(ex: Extractor, sentences: Sentence[]): void {
  const talks = ex.reported;
  const speaker = soleSpeaker(ex);
  if (!talks || !speaker) return;
  const speakerName =
    speaker.id != null ? (ex.lex.officials.get(speaker.id)?.name ?? '') : (ex.proposedOfficials.get(speaker.key ?? '')?.name ?? '');
  for (const s of sentences) {
    const words = ex.text.slice(s.start, s.end);
    if (/\?\s*$/.test(words)) continue;
    for (const a of titledNames(words)) {
      if (!/\b(?:Defen[cs]e|Secretary)\b/.test(a.title)) continue;
      const family = a.name.split(/\s+/).pop()!;
      if (speakerName.split(/\s+/).includes(family)) continue;
      proposeGuest(ex, a, words, ONE_SIDE_COMPLETED);
      const guest = [...ex.proposedOfficials.values()].find((p) => p.name.split(/\s+/).pop() === family);
      if (!guest) continue;
      if (!talks.proposedParticipants.includes(guest.key)) talks.proposedParticipants.push(guest.key);
      talks.missing = null;
      talks.rule = `${talks.rule}; ${ONE_SIDE_COMPLETED}`;
      return;
    }
  }
}

/**
 * A guest named by title and family name, not on record, proposed (ADDRESSED_NEWCOMER, ENGAGED_NEWCOMER): the full name the
 * title or the page gives for that family name, else the family name alone; the title given with the full name, else the
 * one used; the country named just before the title.
 */
export function proposeGuest(ex: Extractor, a: { title: string; name: string }, context: string, rule?: string): boolean {
  const words = `${a.title} ${a.name}`;
  if (ex.lex.mentions(titleCased(words)).some((m) => m.kind === 'official')) return false;
  const family = a.name.split(/\s+/).pop()!;
  if ([...ex.proposedOfficials.values()].some((p) => p.name.split(/\s+/).pop() === family)) return false;
  const escaped = family.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const full = new RegExp(`(?<![\\p{L}])(\\p{Lu}[\\p{L}’'-]+)\\s+${escaped}(?![\\p{L}])`, 'gu');
  const countryBefore = (before: string) =>
    ex.lex
      .mentions(before)
      .filter((m) => m.kind === 'country' && m.end >= before.trimEnd().length - 1)
      .pop()?.countryCode ?? null;
  let name = a.name;
  let fullTitle: string | null = null;
  let country: string | null = null;
  for (const [where, source] of [
    [ex.options.title ?? '', 'title'],
    [ex.text, 'text'],
  ] as const) {
    // (Nor an abbreviated title in capitals, "DPM".)
    const given = [...where.matchAll(full)].find((m) => !ADDRESS_WORD.test(m[1]) && !/^\p{Lu}{2,5}$/u.test(m[1]));
    if (!given) continue;
    name = `${given[1]} ${family}`;
    const person = titledPeople(where.slice(Math.max(0, given.index - 120), given.index + given[0].length)).pop();
    if (person?.title && person.family === family) {
      fullTitle = person.title;
      country = countryBefore(where.slice(0, Math.max(0, given.index - 120) + person.titleStart));
    }
    if (source === 'title' || fullTitle) break;
  }
  // "Australian Defense Minister X": the country of the words where the guest was named.
  const at = a.title ? context.indexOf(words) : -1;
  if (country == null && at > 0) country = countryBefore(context.slice(0, at));
  // "… Minister X of India": the country right after the name (a title's own words, JOINT_TITLE_GUEST).
  if (country == null && at >= 0 && rule) {
    const of = /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})/u.exec(context.slice(at + words.length));
    const named = of ? ex.lex.mentions(of[1]).filter((m) => m.kind === 'country') : [];
    if (named.length === 1) country = named[0].countryCode ?? null;
  }
  // GUEST_GIVEN_NAME (round 14): a guest known by family name alone whom the host calls by the given name ("welcome my friend
  // Jan to …"): the one such word in the text, not a title or a place, is the given name.
  if (!name.includes(' ')) {
    const friends = [...ex.text.matchAll(GUEST_GIVEN_NAME.pattern)]
      .map((m) => m[1])
      .filter(
        (w) => !ADDRESS_WORD.test(w) && w !== family && !ex.lex.mentions(w).some((m) => m.kind === 'country' || m.kind === 'official'),
      );
    if (new Set(friends).size === 1) name = `${friends[0]} ${family}`;
  }
  const key = `official:${nameCore(name)}`;
  if (ex.proposedOfficials.has(key)) return false;
  ex.proposedOfficials.set(key, {
    key,
    name,
    title: fullTitle ?? (a.title || null),
    capacity: 'SUBSTANTIVE',
    countryCode: country,
    organizationId: null,
    span: rule ? `${words} (${rule})` : words,
  });
  return true;
}

/**
 * The engagement a reporter's question names as the one the one speaker just had (QUESTION_ON_TALKS): the speaker and
 * whoever the words name, the others unnamed ("the trilateral meeting with the U.S. and Australia"), so perhaps the speaker
 * alone (an editor records it with the others; accepting a draft records no call of one person).
 */
export function questionedTalks(ex: Extractor, list: Turn[], blocks: Span[]): ProposedCall | null {
  const speaker = soleSpeaker(ex);
  if (!speaker || (speaker.id == null && speaker.key == null)) return null;
  for (const q of list.filter((t) => t.role === 'QUESTION').slice(0, 3)) {
    const start = q.bodyStart;
    const asked = QUESTION_ON_TALKS.exec(ex.text.slice(start, blocks[q.toBlock].end));
    if (!asked) continue;
    const phrase = asked[1] ?? asked[2] ?? asked[3];
    const at = start + asked.index + asked[0].indexOf(phrase);
    const end = at + phrase.length;
    // QUESTIONED_NEWCOMER: the guest named there by title and family name, not on record, proposed.
    for (const a of titledNames(phrase)) proposeGuest(ex, a, phrase, QUESTIONED_TALKS);
    const ids = uniq(
      ex.lex
        .mentions(ex.text, at, end)
        .filter((m) => m.kind === 'official' && m.ids.length === 1)
        .map((m) => m.ids[0]),
    );
    const proposed = proposedIn(ex, at, end).map((p) => p.key);
    if (speaker.id != null && !ids.includes(speaker.id)) ids.push(speaker.id);
    if (speaker.key != null && !proposed.includes(speaker.key)) proposed.push(speaker.key);
    return {
      participantIds: ids,
      proposedParticipants: proposed,
      date: documentDate(ex),
      span: orig(ex, start, blocks[q.toBlock].end),
      rule: QUESTIONED_TALKS,
    };
  }
  return null;
}

/** The meeting of the one speaker with the people the first turn's opening addresses (ADDRESSED_MEETING), if any. */
export function addressedMeetingOf(ex: Extractor, list: Turn[], blocks: Span[]): ProposedCall | null {
  const speaker = soleSpeaker(ex);
  const first = list.find((t) => t.role === 'SPEAKER' || t.role === 'ANSWER');
  if (!speaker || !first) return null;
  const ids: number[] = speaker.id != null ? [speaker.id] : [];
  const proposed: string[] = speaker.key != null ? [speaker.key] : [];
  const opening = ex.text.slice(first.bodyStart, blocks[Math.min(first.toBlock, first.fromBlock + 2)].end);
  for (const a of addressedWithTitles(opening)) {
    const words = titleCased(`${a.title} ${a.name}`.trim());
    const official = ex.lex.mentions(words).find((m) => m.kind === 'official' && m.ids.length === 1);
    const guest = official ? null : [...ex.proposedOfficials.values()].find((p) => p.name.split(/\s+/).pop() === a.name.split(/\s+/).pop());
    if (official && !ids.includes(official.ids[0])) ids.push(official.ids[0]);
    if (guest && !proposed.includes(guest.key)) proposed.push(guest.key);
  }
  if (ids.length + proposed.length < 2) return null;
  return {
    participantIds: ids,
    proposedParticipants: proposed,
    date: documentDate(ex),
    span: opening.slice(0, 300),
    rule: OPENING_ADDRESS.name,
  };
}

/** A joint press conference of the call's participants: every word of it belongs to the call. */
export function jointEvent(ex: Extractor, calls: LexCall[]): boolean {
  const speakers = new Set(ex.turnSpeakers.values());
  // ADDRESSED_IN_PERSON: a participant the speaker addresses by name is there too, with or without a turn of their own.
  // JOINT_TITLE: so is one the title names as appearing jointly ("Joint News Conference with Secretary X and Minister Y").
  const title = ex.options.title ?? '';
  const officialsIn = (words: string) =>
    ex.lex.mentions(titleCased(words)).flatMap((m) => (m.kind === 'official' && m.ids.length === 1 ? m.ids : []));
  // HOSTED_TITLE: so is the guest a title says the speaker welcomes, hosts or receives.
  const titled = (ex.jointTitled ??= JOINT_TITLE.test(title)
    ? officialsIn(title)
    : ((h) => (h ? officialsIn(h[1]) : []))(HOSTED_TITLE.exec(title)));
  // ADDRESSED_BY_POST (round 17): so is the one who does not speak and holds the post a speaker addresses ("Good morning,
  // Mr. Secretary"), a participant of a call between those present.
  const date = documentDate(ex);
  const byPost = (p: number) => ex.addressedPosts.some((post) => ex.lex.holding(p, date, post) != null);
  const present = (p: number) => speakers.has(p) || addressedOfficial(ex, p) || titled.includes(p) || byPost(p);
  if (speakers.size >= 2 && calls.some((c) => c.participantIds.every((p) => speakers.has(p)))) return true;
  // ADDRESSED_NEWCOMER: the one speaker opened by addressing the guests of a meeting not on record: they are there too.
  if (speakers.size + ex.turnProposed.length >= 1 && addressedMeeting(ex)) return true;
  // JOINT_TITLE_GUEST (round 14): the guest a joint transcript's title names, not on record, is there with the speakers.
  const guestOf = ex.titleMeeting;
  if (guestOf && speakers.size >= 1 && [...speakers].every((p) => guestOf.participantIds.includes(p))) return true;
  return speakers.size >= 1 && calls.some((c) => c.participantIds.length >= 2 && c.participantIds.every(present));
}

/**
 * STATEMENT_OF_THE_TALKS (round 17): an opening statement whose words come to the talks with no other event told before
 * (a visit, another meeting: "Yesterday I visited the shipyard", then "Today I held the meeting with …" tells a trip in
 * order, and what came before belongs to the visit).
 */
export function statementOfTalks(ex: Extractor, statement: Sentence[], speakerId: number | undefined, calls: LexCall[]): boolean {
  for (const x of statement) {
    const words = ex.text.slice(x.start, x.end);
    // (The next speaker's label with no words after it, as a cut page leaves it, is none of this speaker's words.)
    if (/:\s*$/.test(words) && words === words.toUpperCase()) continue;
    if (speaksOfCall(ex, x.start, x.end, speakerId, calls)) return true;
    if (reportsEngagement(words) || backgroundOf(words, true)?.reason === 'BACKGROUND') return false;
  }
  return false;
}

/** The meeting the text reports is the one of a speaker with the guests the opening addresses (OPENING_ADDRESS). */
export function addressedMeeting(ex: Extractor): ProposedCall | null {
  return ex.reported?.rule === OPENING_ADDRESS.name ? ex.reported : null;
}

/** Whether a speaker addressed this official by name ("Minister X, welcome …"): ADDRESSED_IN_PERSON. */
export function addressedOfficial(ex: Extractor, id: number): boolean {
  const name = ex.lex.officials.get(id)?.name;
  if (!name || !ex.addressed.length) return false;
  const core = nameCore(name).toLowerCase().split(/\s+/);
  return ex.addressed.some((a) =>
    a
      .toLowerCase()
      .split(/\s+/)
      .every((w) => core.includes(w)),
  );
}

/** Words that speak of the call or the counterpart: another official named, "the Secretary", "he", the meeting, "we agreed". */
export function speaksOfCall(ex: Extractor, start: number, end: number, speakerId: number | undefined, calls: LexCall[]): boolean {
  const words = ex.text.slice(start, end);
  if (SPEAKS_OF_CALL.test(words)) return true;
  // A participant of a call near the date named (not someone the speaker merely mentions).
  // (With no call on record, the people of the engagement the text reports.)
  const participants = new Set(calls.length ? calls.flatMap((c) => c.participantIds) : (ex.reported?.participantIds ?? []));
  return ex.lex
    .mentions(titleCased(words))
    .some((m) => m.kind === 'official' && m.ids.length === 1 && m.ids[0] !== speakerId && participants.has(m.ids[0]));
}
