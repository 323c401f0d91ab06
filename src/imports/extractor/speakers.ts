/**
 * Transcript speakers: turn labels, the title's principal and newcomers, the one speaker, speakers' meetings.
 */

import { type LexCall } from '../lexicon';
import { HOSTED_COUNTERPART, HOSTED_TITLE, otherSideForms, titledNames, postOfFieldNames, familyOfName } from '../pipeline/turns';
import { countriesNamed } from '../pipeline/countries';
import { editDistance, personNames, titledPeople } from '../pipeline/people';
import { type Sentence } from '../pipeline/segment';
import {
  labelSpeaker,
  officialNamed,
  nameCore,
  onePersonProposed,
  PRINCIPAL_LABEL,
  type SpeakerLookups,
  titleCase,
} from '../pipeline/speakers';
import { type Turn, turnLabel } from '../pipeline/turns';
import type { Extractor } from './extractor';
import { publisherPersonAuthor } from './publisher';
import { documentDate } from './recorded-calls';
import { proposeGuest } from './guests';
import { namedInText } from './reading';
import { ADDRESSED_POST_LABEL, JOINT_LABEL, titleCased, uniq } from './rules';
import type { ProposedCall, ProposedOfficial } from './types';

/** OWN_CABINET (round 14): see guestSpeakerCountry. Group 1: the country's word. */
export const OWN_CABINET = {
  name: "the speaker a member of a country's cabinet or government: of that country",
  pattern:
    /\bI\b[^.!?]{0,80}?\b(?:member|minister)\s+of\s+the\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+(?:Cabinet|Government|Parliament)\b/u,
};
/** JOINT_TITLE_GUEST (round 14): see proposeFromTitle. */
export const JOINT_TITLE_GUEST = {
  name: "JOINT_TITLE_GUEST: a transcript's title names an official on record and another not on record by title and family name",
};

/**
 * SPEAKER_OTHER_SIDE: the country of a transcript's speaker proposed from the page's details: named with the name, else the
 * one the text names most once the other side of the speaker's own relations ("our relationship with X") is left out. Null
 * when the text names no such relation (the time zone is where the press conference was held, not whose speaker it is).
 */
export function guestSpeakerCountry(ex: Extractor, name: string): string | null {
  const own = ex.lex.mentions(name).find((m) => m.kind === 'country')?.countryCode ?? countriesNamed(name)[0];
  if (own) return own;
  // OWN_CABINET (round 14): the speaker calls themself a member of a country's cabinet or government ("I … the first
  // member of the <Adj> Cabinet to …"): that country, whatever the time zone of the place they speak.
  const cabinet = OWN_CABINET.pattern.exec(ex.text);
  const cabinetCountry = cabinet ? countriesNamed(cabinet[1]) : [];
  if (cabinetCountry.length === 1) return cabinetCountry[0];
  const other = new Set(otherSideForms(ex.text).flatMap((f) => countriesNamed(f)));
  // OTHER_SPEAKER_SIDE (round 13): the countries of the officials on record who speak turns of the transcript (the host of a
  // joint press conference on the guest's page) are the other side too.
  // (Read from the turns' labels: the turns themselves may not be read yet.)
  for (const line of ex.text.split('\n')) {
    const label = turnLabel(line);
    if (label?.role !== 'SPEAKER') continue;
    for (const m of ex.lex.mentions(titleCase(line.slice(0, label.length))))
      if (m.kind === 'official' && m.ids.length === 1) {
        const code = ex.lex.officials.get(m.ids[0])?.countryCode;
        if (code) other.add(code);
      }
  }
  if (!other.size) return null;
  const counts = new Map<string, number>();
  for (const m of ex.lex.mentions(ex.text))
    if (m.kind === 'country' && m.countryCode && !other.has(m.countryCode)) counts.set(m.countryCode, (counts.get(m.countryCode) ?? 0) + 1);
  const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return first && (!second || second[1] < first[1]) ? first[0] : null;
}

/** The lexicon as the speakers stage reads it: on the document's day, the publisher's country. */
export function speakerLookups(ex: Extractor): SpeakerLookups {
  const date = ex.options.publishedOn;
  return {
    mentions: (t) => ex.lex.mentions(t),
    holders: (title, country) => ex.lex.holders(title, date, country),
    countryOf: (id) => ex.lex.officials.get(id)?.countryCode ?? null,
    nameOf: (id) => ex.lex.officials.get(id)?.name ?? null,
    publisherCountry: ex.options.publisherId != null ? (ex.lex.organizations.get(ex.options.publisherId)?.countryCode ?? null) : null,
  };
}

export function speakersOfTurns(ex: Extractor, list: Turn[], calls: LexCall[]): Map<number, number> {
  const out = new Map<number, number>();
  const look = speakerLookups(ex);
  const among = uniq(calls.flatMap((c) => c.participantIds));
  for (const t of list) {
    if (t.role !== 'SPEAKER' && t.role !== 'ANSWER') continue;
    if (ex.titlePrincipalKey && PRINCIPAL_LABEL.test(t.label.trim())) continue;
    const who = labelSpeaker(t.label, look, ex.documentSource.speakerId, among);
    if (who) out.set(t.fromBlock, who.id);
    // ADDRESSED_POST (round 13): a turn handed to "Mr. Secretary", "Madam Minister": the one participant of the calls near
    // the date whose post has that word.
    const post = who ? null : ADDRESSED_POST_LABEL.exec(t.label.trim());
    if (post) {
      const holders = among.filter((id) => new RegExp(`\\b${post[1]}\\b`).test(ex.lex.holding(id, documentDate(ex))?.title ?? ''));
      if (holders.length === 1) out.set(t.fromBlock, holders[0]);
    }
  }
  // MISSPELT_LABEL (round 15): a label of one family name no one on record bears ("Cater:" beside "Carter:") is the one speaker
  // of the other turns whose family name it misspells by one letter.
  const unresolved = list.filter((t) => (t.role === 'SPEAKER' || t.role === 'ANSWER') && !out.has(t.fromBlock));
  const named = unresolved.length ? namedInText(ex) : [];
  for (const t of unresolved) {
    const one = misspeltSpeaker(ex, t.label, uniq([...out.values(), ...named]));
    if (one != null) out.set(t.fromBlock, one);
  }
  return out;
}

/** MISSPELT_LABEL: the one of `known` whose family name the label's one word misspells by one letter (five letters or more). */
export function misspeltSpeaker(ex: Extractor, label: string, known: number[]): number | null {
  const word = /^(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(\p{Lu}[\p{L}'’-]{4,})$/u.exec(titleCase(label.trim()))?.[1]?.toLowerCase();
  if (!word) return null;
  const close = known.filter((id) => {
    const family = (ex.lex.officials.get(id)?.name ?? '').split(/\s+/).map((w) => w.toLowerCase());
    return family.some((w) => w.length >= 5 && w !== word && editDistance(w, word) === 1);
  });
  return close.length === 1 ? close[0] : null;
}

/**
 * JOINT_LABEL (round 15): a label naming two speakers or more ("Nakatani, Carter:", "MINISTER X AND SECRETARY Y:"), as a
 * newspaper lays out what both sides said together: each of them (a misspelt family name read by MISSPELT_LABEL). Null
 * unless every part names someone and they are two or more.
 */
export function jointLabelSpeakers(ex: Extractor, label: string, among: number[]): number[] | null {
  const parts = label
    .split(JOINT_LABEL.split)
    .map((x) => x.trim())
    .filter(Boolean);
  if (parts.length < 2 || parts.length > 4) return null;
  const look = speakerLookups(ex);
  const known = uniq([...ex.turnSpeakers.values(), ...among, ...namedInText(ex)]);
  const ids: number[] = [];
  for (const part of parts) {
    const id = officialNamed(part, look, among, true)?.id ?? misspeltSpeaker(ex, part, known);
    if (id == null) return null;
    ids.push(id);
  }
  const out = uniq(ids);
  return out.length >= 2 ? out : null;
}

/** PAGE_DETAILS_SPEAKER applies: a transcript with no publisher and no principal from its title. */
export function pageDetailsTranscript(ex: Extractor): boolean {
  return (
    (ex.options.kind === 'TRANSCRIPT' || ex.options.kind === 'PRESS_CONFERENCE') &&
    ex.options.publisherId == null &&
    ex.documentSource.speakerId == null &&
    ex.titlePrincipalKey == null
  );
}

export function titlePrincipalNewcomer(ex: Extractor): void {
  const title = ex.options.title;
  const principal = ex.documentSource.speakerId;
  if (!title || (ex.options.kind !== 'TRANSCRIPT' && ex.options.kind !== 'PRESS_CONFERENCE')) return;
  // No one on record in the title: the person not on record it names first, if any.
  const onRecord = principal == null ? null : ex.lex.mentions(title).find((m) => m.kind === 'official' && m.ids.includes(principal));
  if (principal != null && !onRecord) return;
  const before = onRecord ? title.slice(0, onRecord.start) : title;
  const first = [...ex.proposedOfficials.values()]
    .map((p) => ({ p, at: before.indexOf(p.name) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at)[0];
  if (!first) return;
  ex.titlePrincipalKey = first.p.key;
  ex.documentSource.speakerId = null;
}

/**
 * TITLE_NEWCOMERS: the officials a transcript's title names with their titles who are not on record ("… Joint Press
 * Conference with Philippine Secretary of National Defense Jan X", "Bilateral in Honor of Jan Y, President of Z"), proposed
 * as the text's own words would propose them: a title often names the guest the excerpt names only by title or not at all.
 */
export function proposeFromTitle(ex: Extractor): void {
  const title = ex.options.title;
  if (!title || (ex.options.kind !== 'TRANSCRIPT' && ex.options.kind !== 'PRESS_CONFERENCE')) return;
  const named = ex.lex.mentions(titleCased(title));
  for (const person of titledPeople(title)) {
    if (!person.title || named.some((m) => m.kind === 'official' && m.start < person.end && m.end > person.start)) continue;
    // "His Royal Highness": an honorific, no one's name (HOSTED_TITLE_GUEST).
    if (HOSTED_TITLE_GUEST.honorific.test(person.name)) continue;
    const key = `official:${nameCore(person.name)}`;
    const before = title.slice(0, person.titleStart).trimEnd();
    const country =
      person.countryCode ??
      named.filter((m) => m.kind === 'country' && m.end >= before.length - 1 && m.end <= person.titleStart).pop()?.countryCode ??
      null;
    // One proposed already (from a label "PRESIDENT X:"): the title gives what it lacks.
    const known =
      ex.proposedOfficials.get(key) ??
      [...ex.proposedOfficials.values()].find((p) => nameCore(p.name).endsWith(person.family.toLowerCase()));
    if (known) {
      known.countryCode ??= country;
      known.title ??= withoutHonorific(person.title);
      continue;
    }
    ex.proposedOfficials.set(key, {
      key,
      name: person.name,
      title: withoutHonorific(person.title),
      capacity: person.capacity,
      countryCode: country,
      organizationId: null,
      span: title.slice(person.titleStart, person.end),
    });
  }
  hostedTitleGuest(ex, title);
  // JOINT_TITLE_GUEST (round 14): a transcript's title naming two officials or more by title and family name ("Joint Press
  // Briefing by Secretary A and Minister B of India"), one of them on record: each other one, not on record, is the guest
  // of the appearance, proposed as an addressed guest is (full name from the title or the text, country after the name).
  const byTitle = titledNames(title);
  const onRecordOf = (a: { title: string; name: string }) =>
    ex.lex
      .mentions(titleCased(`${a.title} ${a.name}`))
      .filter((m) => m.kind === 'official' && m.ids.length === 1)
      .map((m) => m.ids[0]);
  const guests: string[] = [];
  let onRecord = byTitle.flatMap(onRecordOf);
  if (byTitle.length >= 2 && onRecord.length > 0)
    for (const a of byTitle) {
      proposeGuest(ex, a, title, JOINT_TITLE_GUEST.name);
      // (Round 15: also a guest proposed already from the text, "SINGAPORE DEFENSE MINISTER X:", whom the title names.)
      const guest = [...ex.proposedOfficials.values()].find((p) => p.name.split(/\s+/).pop() === a.name.split(/\s+/).pop());
      if (guest && !guests.includes(guest.key)) guests.push(guest.key);
    }
  else {
    // POST_OF_FIELD (round 19): a title naming one side "Minister of National Defense X" ("Joint Press Conference by Secretary
    // A and Minister of National Defense B"), B proposed already from the text (a label, an introduction): the meeting of
    // A and B. The title's words propose no one new here.
    const ofField = postOfFieldNames(title);
    onRecord = uniq([...onRecord, ...ofField.flatMap(onRecordOf)]);
    if (byTitle.length + ofField.length < 2 || onRecord.length === 0) return;
    for (const a of ofField) {
      if (onRecordOf(a).length) continue;
      const guest = [...ex.proposedOfficials.values()].find((p) => familyOfName(p.name) === a.family);
      if (guest && !guests.includes(guest.key)) guests.push(guest.key);
    }
  }
  if (guests.length)
    ex.titleMeeting = {
      participantIds: uniq(onRecord),
      proposedParticipants: guests,
      date: documentDate(ex),
      span: title,
      rule: `${JOINT_TITLE_GUEST.name}: their meeting, none on record`,
    };
}
/**
 * TITLE_PAIR_ON_RECORD (round 15): a transcript's title naming two officials or more on record, of two countries or more
 * ("Secretary A Joint Press Briefing With Minister B", "Secretary A Remarks Welcoming Minister B"), when no call is on
 * record between them near the date (asked only then): their meeting, proposed.
 */
export function titleOnRecordMeeting(ex: Extractor): ProposedCall | null {
  const title = ex.options.title;
  if (!title || (ex.options.kind !== 'TRANSCRIPT' && ex.options.kind !== 'PRESS_CONFERENCE')) return null;
  const ids = uniq(
    ex.lex
      .mentions(titleCased(title))
      .filter((m) => m.kind === 'official' && m.ids.length === 1)
      .map((m) => m.ids[0]),
  );
  const countries = new Set(ids.map((id) => ex.lex.officials.get(id)?.countryCode).filter((c) => c != null));
  if (ids.length < 2 || countries.size < 2) return null;
  return {
    participantIds: ids,
    proposedParticipants: [],
    date: documentDate(ex),
    span: title,
    rule: 'TITLE_PAIR_ON_RECORD: the officials on record a transcript title names, of two countries: their meeting, none on record',
  };
}

/**
 * HOSTED_TITLE_GUEST (round 15): a transcript titled as its principal on record welcoming, greeting or hosting a guest not on
 * record ("X Welcomes Jan Roe, Minister of Defense of Y, to the Pentagon", "X Greets Y's Minister of Defense His Excellency
 * Jan Roe"): the guest is proposed (the last name after the verb that is no honorific, the title written before it or after
 * it, the one country the words name) and the meeting of the two is the one the remarks belong to, as JOINT_TITLE_GUEST.
 */
export function hostedTitleGuest(ex: Extractor, title: string): void {
  const principal = ex.documentSource.speakerId;
  const hosted = HOSTED_TITLE.exec(title);
  if (principal == null || !hosted || ex.titleMeeting) return;
  const words = hosted[1].replace(/\s+(?:to|at|in)\s+(?:the\s+)?\p{Lu}[\p{L}\s.-]*$/u, '');
  if (ex.lex.mentions(titleCased(words)).some((m) => m.kind === 'official')) return;
  const names = personNames(words).filter((n) => !HOSTED_TITLE_GUEST.honorific.test(n.text) && n.text.split(/\s+/).length >= 2);
  const guest = names[names.length - 1];
  if (!guest) return;
  const key = `official:${nameCore(guest.text)}`;
  if (![...ex.proposedOfficials.values()].some((p) => p.key === key || nameCore(p.name).endsWith(guest.family.toLowerCase()))) {
    const before = words.slice(0, guest.start).replace(HOSTED_TITLE_GUEST.honorifics, ' ');
    const after = words.slice(guest.end);
    const titleWords = HOSTED_TITLE_GUEST.titleBefore.exec(before)?.[1] ?? HOSTED_TITLE_GUEST.titleAfter.exec(after)?.[1] ?? null;
    const countries = uniq(
      ex.lex
        .mentions(words)
        .filter((m) => m.kind === 'country' && m.countryCode)
        .map((m) => m.countryCode!),
    );
    ex.proposedOfficials.set(key, {
      key,
      name: guest.text,
      title: titleWords ? titleWords.trim() : null,
      capacity: 'SUBSTANTIVE',
      countryCode: countries.length === 1 ? countries[0] : null,
      organizationId: null,
      span: `${title} (${HOSTED_TITLE_GUEST.name})`,
    });
  }
  const proposed = [...ex.proposedOfficials.values()].find((p) => p.key === key || nameCore(p.name).endsWith(guest.family.toLowerCase()));
  if (!proposed) return;
  ex.titleMeeting = {
    participantIds: [principal],
    proposedParticipants: [proposed.key],
    date: documentDate(ex),
    span: title,
    rule: `${HOSTED_TITLE_GUEST.name}: their meeting, none on record`,
  };
}

export function proposedSpeakersOfTurns(ex: Extractor, list: Turn[]): string[] {
  const out: string[] = [];
  for (const t of list) {
    if ((t.role !== 'SPEAKER' && t.role !== 'ANSWER') || ex.turnSpeakers.has(t.fromBlock)) continue;
    if (ex.titlePrincipalKey && PRINCIPAL_LABEL.test(t.label.trim())) {
      out.push(ex.titlePrincipalKey);
      continue;
    }
    const found = onePersonProposed(proposedByLabel(ex, t.label));
    if (found.length === 1) out.push(found[0].key);
  }
  return uniq(out);
}

/** A transcript of officials of two sides speaking together (on record or not): their meeting. */
export function speakersMeeting(ex: Extractor): ProposedCall | null {
  const speakers = uniq([...ex.turnSpeakers.values()]);
  const countries = new Set([
    ...speakers.map((id) => ex.lex.officials.get(id)?.countryCode),
    ...ex.turnProposed.map((k) => ex.proposedOfficials.get(k)?.countryCode ?? null).filter((c) => c != null),
  ]);
  // A minister not on record whose country the text does not give, beside speakers on record: the other side too.
  const unknownMinister = ex.turnProposed.some((k) => {
    const o = ex.proposedOfficials.get(k);
    return o != null && !o.countryCode && /\bMinister\b|\bSecretary of\b|\bUnder\s?[Ss]ecretary\b|\bState Secretary\b/.test(o.title ?? '');
  });
  if (speakers.length + ex.turnProposed.length < 2 || (countries.size < 2 && !(unknownMinister && speakers.length > 0))) return null;
  return {
    participantIds: speakers,
    proposedParticipants: ex.turnProposed,
    date: documentDate(ex),
    span: ex.options.title ?? '',
    rule: 'the speakers of a transcript, from two countries, none on record near the date',
  };
}

/**
 * The one official who speaks every answer of a transcript (a minister's own doorstop or press conference), on record
 * (`id`) or proposed (`key`): the "I" of its words. Null when several speak or none is known.
 */
export function soleSpeaker(ex: Extractor): { id: number | null; key: string | null } | null {
  if (ex.options.kind !== 'TRANSCRIPT' && ex.options.kind !== 'PRESS_CONFERENCE') return ex.ownVoice;
  const ids = uniq([...ex.turnSpeakers.values()]);
  if (ids.length + ex.turnProposed.length === 1) return { id: ids[0] ?? null, key: ex.turnProposed[0] ?? null };
  if (ids.length + ex.turnProposed.length === 0 && ex.documentSource.speakerId != null)
    return { id: ex.documentSource.speakerId, key: null };
  // PAGE_MINISTER_SPEAKS (round 14): a minister's own transcript page ("Senator the Hon X / Minister for Defence" in its
  // details) whose turns are labelled by a bare post ("MINISTER:") names no speaker: the page's minister is the one speaking.
  if (ids.length + ex.turnProposed.length === 0 && pageDetailsTranscript(ex)) return publisherPersonAuthor(ex);
  return null;
}

/**
 * HOSTED_COUNTERPART: the one speaker's "today, we've had a Defence Ministers' meeting here in …" at a press conference abroad:
 * the meeting of the speaker with the holder of that post in the country the speaker names as the other side
 * (SPEAKER_OTHER_SIDE), when there is exactly one on record.
 */
export function hostedCounterpartMeeting(
  ex: Extractor,
  first: Sentence[],
  speaker: { id: number | null; key: string | null },
): { s: Sentence; ids: number[]; proposed: string[]; rule: string } | null {
  const s = first.find((x) => HOSTED_COUNTERPART.pattern.test(ex.text.slice(x.start, x.end)));
  if (!s) return null;
  const field = HOSTED_COUNTERPART.pattern.exec(ex.text.slice(s.start, s.end))![1];
  const other = uniq(otherSideForms(ex.text).flatMap((f) => countriesNamed(f)));
  if (other.length !== 1) return null;
  const holders = ex.lex.holders(`Minister of ${/^defen/i.test(field) ? 'Defense' : 'Foreign Affairs'}`, documentDate(ex), other[0]);
  if (holders.length !== 1 || holders[0] === speaker.id) return null;
  return {
    s,
    ids: uniq([...(speaker.id != null ? [speaker.id] : []), holders[0]]),
    proposed: speaker.key != null ? [speaker.key] : [],
    rule: HOSTED_COUNTERPART.name,
  };
}

/** Proposed officials a transcript label names ("MINISTER TEODORO"). */
export function proposedByLabel(ex: Extractor, label: string): ProposedOfficial[] {
  const words = label.split(/\s+/).map((w) => w.toLowerCase());
  return [...ex.proposedOfficials.values()].filter((p) => p.name.split(/\s+/).some((w) => w.length > 2 && words.includes(w.toLowerCase())));
}

/** A title without an honorific written after it ("Minister of Defense His Excellency" → "Minister of Defense"). */
const withoutHonorific = (title: string) =>
  title.replace(/\s+(?:(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Excellency)|Prince|Princess|Sheikh)(?:\s+(?:Prince|Princess|Sheikh))?$/, '');

/** HOSTED_TITLE_GUEST: the guest a transcript's title says its principal welcomes, greets or hosts, not on record. */
export const HOSTED_TITLE_GUEST = {
  name: 'HOSTED_TITLE_GUEST: the guest the title says the principal welcomes, greets or hosts, not on record',
  honorific: /\b(?:Highness|Excellency|Majesty|Honou?rable)\b/,
  honorifics: /\b(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Excellency)\b|\b(?:Prince|Princess|Sheikh|the\s+Honou?rable|Hon\.?)(?=\s*$)/g,
  titleBefore:
    /((?:(?:Deputy|Vice|Prime|State|Defen[cs]e|Foreign|National)\s+)*(?:Minister|Secretary)(?:\s+(?:of|for)\s+(?:National\s+)?(?:Defen[cs]e|Foreign\s+Affairs))?)\s*$/,
  titleAfter:
    /^,\s+(?:the\s+)?((?:[\p{Lu}][\p{L}-]*\s+){0,5}?(?:Minister|Secretary)(?:\s+(?:of|for)\s+(?:National\s+)?(?:Defen[cs]e|Foreign\s+Affairs))?)\b/u,
};
