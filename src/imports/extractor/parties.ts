/**
 * Parties: who a passage's words are of (the subject, a group of countries, the people named before).
 */

import { SIGNATORY_REFERENCE, subjectLength } from '../pipeline/attribution';
import { subjectAppositive } from '../pipeline/coref';
import { governmentSubject } from '../pipeline/countries';
import { countriesNamed } from '../pipeline/countries';
import type { Extractor } from './extractor';
import { documentDate } from './recorded-calls';
import { signatoriesOf } from './signatories';
import { headOf } from './talks';
import { proposedIn, qualifier } from './proposals';
import { lastTwoNamed, mentionsIn, namedInSentence, namedInText, orig } from './reading';
import { meetingAsSubject } from './passage';
import { DATELINE, DEFENSE_HEAD_DESCRIPTION, GOVERNMENT_SUBJECT, HEAD_OF_BODY, PASSIVE_STANCE_VERB, uniq } from './rules';
import type { Ctx, Evidence } from './types';

/** POST_GROUP_NO_HEAD_OF_STATE: a group word naming a post or a field, and the titles of heads of state or government. */
const POST_GROUP = /\b(?:ministers|secretaries|officials|defen[cs]e\s+chiefs)\b/i;
const HEAD_OF_STATE_TITLE =
  /^(?:President|Vice[- ]President|Prime Minister|King|Queen|Emperor|Sultan|Emir|Crown Prince|Chancellor|Premier)\b/i;

const GROUP =
  /\b(?:the\s+(?:two|three|four)|both)\s+(?:countries|nations)['’]\s+(?:(?:defen[cs]e|foreign|top|military)\s+)?(?:chiefs|ministers|leaders|secretaries|heads|officials)\b|(?:^|[,:]\s+|-\s+)(?:(?:[Tt]wo|[Tt]hree|[Ff]our)\s+(?:(?:defen[cs]e|[Dd]efen[cs]e)\s+)?(?:leaders|ministers|[Mm]inisters|secretaries|chiefs)|Ministers)\b|\b(?:the (?:two|three|four)|both of the|both|each of the two|the pair of)\s+(?:(?:defen[cs]e|government|senior|top|foreign|security|military|cabinet|national|high-ranking)\s+){0,2}(?:chiefs|leaders|ministers|sides|parties|officials|secretaries|counterparts|principals|delegations|defen[cs]e|men|women|allies)\b|\b[Tt]he\s+(?:defen[cs]e\s+)?(?:chiefs|leaders|ministers|secretaries|counterparts|principals)\b|^\s*[Tt]he\s+allies\b|\b[Tt]he\s+group\b(?!\s+of\b)|\b(?:and|with)\s+(?:his|her)\s+(?:[\w.-]+\s+){0,2}counterpart\b|\bboth of them\b|\b[Tt]he (?:two|three|four)\b(?=(?:\s+(?:had|have|also|both|then|jointly|further))*\s*[“"‘]?\s*$)|\bthe two\b(?=\s+(?:also\s+)?(?:agreed|reaffirmed|discussed|shared|expressed))|\bboth\b(?=\s+(?:also\s+)?(?:agreed|reaffirmed|reiterated|discussed|shared|expressed))|\bboth(?=\s*[“"‘]?\s*$)|\b(?:they|the pair)\b|\bthe officials\b(?=(?:\s+(?:also|both|jointly|further))*\s*[“"‘]?\s*$)/gi;

/** "and a senior Pentagon official", "and a U.S. defense official": an official of a side, not named; group 1 from the body. */
const UNNAMED_OFFICIAL = /\band\s+an?\s+(?:senior\s+|top\s+|high-ranking\s+)?((?:[A-Z][\w.-]*\s+){1,3}(?:defen[cs]e\s+)?official)\b/;

// News copy lowercases a title standing alone ("the secretary's words", "the minister added"): those count too.
// SHARED_ARTICLE (round 12): "the Secretary and Minister discussed …", as readouts write the two principals: one article
// for both titles, each the talks' holder of its own.
const GENERIC_TITLE =
  /(?:\b[Tt]he\s+|(?<=\b[Tt]he\s+(?:[Dd]efen[cs]e\s+)?(?:Secretary|Minister)\s+and\s+))(?:[Aa]cting\s+)?(?:(Defen[cs]e|Foreign)\s+(?=Secretary|Minister))?(Minister of State|Secretary of State|State Secretary|Under Secretary|Assistant Secretary|Permanent Secretary|Parliamentary Secretary|Associate Minister|Assistant Minister|Secretary|Minister|Vice Minister|Deputy Secretary|Deputy Minister|State Minister|Chairman|Ambassador|Director General|Spokesperson|secretary|minister)\b(?!\s+(?:of|for|general)\b|-)/g;
/** TITLE_DOMAIN: the word of a domain before a title ("Defence Secretary"), as a pattern on the holder's title (either spelling). */
const DOMAIN_WORD = (word: string): string => (/^defen/i.test(word) ? '[Dd]efen[cs]e|Pentagon|War' : `\\b${word}\\b`);

/**
 * COUNTRY_GROUP (round 10): officials named as a group by their countries ("the South Korean and U.S. defense ministers",
 * "the defense ministers of Japan, the United States and Australia", "the Japanese, U.S. and Australian defense chiefs"):
 * for each country named, its one participant in the talks, else its one official the text proposes. Group 1 or 2 is the list.
 */
const COUNTRY_WORDS = String.raw`[\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*){0,2}`;
const COUNTRY_LIST = String.raw`(?:the\s+)?${COUNTRY_WORDS}(?:\s*,\s*(?:the\s+)?${COUNTRY_WORDS})*,?\s+and\s+(?:the\s+)?${COUNTRY_WORDS}`;
// NAMED_COUNTRIES_POSSESSIVE (round 16): the last country with a possessive ("South Korea and Australia's defense chiefs").
// GROUP_WITHOUT_ARTICLE (round 12): also capitalised, as headlines and some wire leads write it ("Defence Ministers of A and B
// concurred …"), and with no article where the list opens the clause ("Japanese and Chilean defense ministers discussed …").
const GROUP_NOUN = String.raw`(?:(?:[Dd]efen[cs]e|[Ff]oreign|[Tt]op|[Mm]ilitary)\s+)?(?:[Mm]inisters|[Cc]hiefs|[Ss]ecretaries|[Ll]eaders|[Hh]eads)`;
// TOP_OFFICIALS_OF_COUNTRIES (round 11): "Top defense officials from A and B are keen on …", as news leads name the ministers
// of the talks before naming them: the group of their countries (not "senior officials", who are others).
const TOP_OFFICIALS = String.raw`(?<![\p{L}])[Tt]op\s+(?:(?:defen[cs]e|military|security)\s+)?officials`;
const COUNTRY_GROUP = new RegExp(
  String.raw`\b(?:(?:[Tt]he\s+)?${GROUP_NOUN}|${TOP_OFFICIALS})\s+(?:of|from)\s+(${COUNTRY_LIST})|(?:\b[Tt]he\s+|^\s*|(?<=[,;:]\s+))((?:[\p{Lu}][\p{L}.-]*\s+){1,2}(?:(?:,\s*|,?\s*and\s+)(?:[\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*)?(?:['’]s)?\s+))+)${GROUP_NOUN}\b`,
  'gu',
);

/**
 * RECIPIENT_TO (round 10): the one a position is passed on to ("communicate to X", "convey to X", "explain to X", and the
 * editor's "[to X]" inside a quotation): a recipient, not a party.
 */
const RECIPIENT_TO =
  /(?:\b(?:communicat(?:e|es|ed|ing)|convey(?:s|ed|ing)?|explain(?:s|ed|ing)?|relay(?:s|ed|ing)?|deliver(?:s|ed|ing)?)\s+(?:[\w’'-]+\s+){0,3}?|\[\s*)to\s+(?:(?:the\s+)?[\p{Lu}][\p{L}.’'-]*\s+){0,3}$/u;
/** RECIPIENT_NOT_PARTY: a verb of telling right before a person: the one told, not the one taking the position. */
const RECIPIENT_BEFORE = /\b(?:tell|tells|told|telling|assure[sd]?|assuring|inform(?:s|ed)?|remind(?:s|ed)?|brief(?:s|ed)?)\s+$/i;

const SIDE_OF_A_DELEGATION = 'SIDE_OF_A_DELEGATION: "the U.S. side" at talks with two or more of its people: all of them';
/** The auxiliaries and adverbs that stand between a subject and its verb ("has", "will also", "once again", "firmly"). */
const AUXILIARY = String.raw`(?:has|have|had|will|would|also|further|again|once\s+again|strongly|firmly)`;
/** COUNTRY_STANCE_OF_REPORTED_TALKS: the verb right after a country's name, a verb of a stance (tense and adverbs before it). */
const COUNTRY_STANCE_VERB = new RegExp(
  String.raw`^\s*(?:${AUXILIARY}\s+)*(?:reaffirm|reiterat|affirm|confirm|pledg|vow|commit|seek|urg|emphasi[sz]|stress|underscor|welcom|condemn|oppos|support|express|assur|promis)\w*\b`,
);
/** AUXILIARY_AFTER_COUNTRY: those words at the end of a subject ("The United States has"), to be read without them. */
const TRAILING_AUXILIARY = new RegExp(String.raw`(?:\s+${AUXILIARY})+\s*$`);
/** SIDE_AS_GOVERNMENT: the noun after a country's name or adjective that makes it a party of talks ("the U.S. side"). */
const SIDE_OF_COUNTRY = /\s+(?:side|government|administration|delegation)\s*$/i;
/** SIDE_AS_GOVERNMENT: the one country of "the <country or its adjective>" before the side's noun ("American" is one here). */
const sideCountry = (words: string): string | null => {
  const w = words.trim().replace(/^the\s+/i, '');
  const named = /^(?:U\.S\.|U\.K\.|\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)$/u.test(w) ? countriesNamed(w) : [];
  return named.length === 1 ? named[0] : governmentSubject(words);
};
/** COUNTRIES_OF_THE_TALKS (round 16): "the two countries", "both nations", "the three governments" as the subject (after an adjunct). */
const COUNTRIES_AS_GROUP =
  /(?:^|[,:]\s*)(?:the\s+(?:two|three|four)|both)\s+(?:countries|nations|governments)(?:\s+(?:also|both|further|jointly|then))*\s*$/i;
const COUNTRIES_OF_THE_TALKS = 'COUNTRIES_OF_THE_TALKS: "the two countries" as subject: the people of the talks, one side each';

const PASSIVE_SUBJECT = /^(?!\s*(?:No|Nothing|Neither|None|What|Whether|It)\b)[^?]{3,160}?\b(?:was|were)\s+(?:(?:also|further|then)\s+)?$/u;

/** PASSIVE_AGENT: the stance verb of a passive whose subject ends before it, then "by" and its agent (group 1), up to a comma or a preposition of setting. */
const PASSIVE_AGENT =
  /^\s*(?:(?:also|further|again|then|first)\s+)?(?:re-?)?(?:confirmed|affirmed|reaffirmed|reiterated|agreed|stated|expressed|stressed|emphasi[sz]ed|underscored|acknowledged)\s+by\s+((?:the\s+)?[^,;.?!]{2,120}?)(?=\s*(?:[,;.?!]|$|\s+(?:in|at|during|on|over|after|when)\s))/u;

const MEETING_AS_SUBJECT_RULE = 'MEETING_AS_SUBJECT: the talks themselves as subject ("The call reaffirmed …"): the people of the talks';

/**
 * CONNECTIVE_BEFORE_PRONOUN (round 13): a connective opening a sentence before its pronoun subject ("Furthermore, he …",
 * "In particular, she …", "As part of this, he …"): a few lower-case words after a capital, no name among them, then a comma.
 */
const CONNECTIVE_BEFORE_PRONOUN = /\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){0,3},\s+/u;
/** BARE_TITLE_OF_LAST_NAMED: a title alone as the subject, after a bullet or a connective ("◦ In particular, Secretary …"). */
const BARE_TITLE_SUBJECT = new RegExp(
  String.raw`^[^\p{L}]*(?:${CONNECTIVE_BEFORE_PRONOUN.source})?(Secretary|Minister)\s+(?:(?:also|further|then|again)\s+)?$`,
  'u',
);

/**
 * POST_GROUP_NO_HEAD_OF_STATE (round 19): a group named by a post or a field ("the Secretaries", "both ministers", "the two
 * defense officials") leaves out a head of state or government among the people it stands for (the President whose state visit
 * the ministers' talks were held during, the President a visiting Secretary called on): not a minister, secretary or defence
 * official. Only when two people or more are left; a group of another kind ("they", "both sides", "the leaders") keeps all.
 */
export function ofThePost(
  ex: Extractor,
  group: string,
  ids: number[],
  proposed: string[],
  date: string | null,
): { ids: number[]; proposed: string[] } {
  if (!POST_GROUP.test(group)) return { ids, proposed };
  const head = (title: string | null | undefined) => title != null && HEAD_OF_STATE_TITLE.test(title);
  const keptIds = ids.filter((id) => !head(ex.lex.holding(id, date)?.title));
  const keptProposed = proposed.filter((k) => !head(ex.proposedOfficials.get(k)?.title));
  return keptIds.length + keptProposed.length >= 2 ? { ids: keptIds, proposed: keptProposed } : { ids, proposed };
}

/** The parties a clause's subject names, leaving out those of an appositive that describes it (SUBJECT_APPOSITIVE). */
export function subjectParties(
  ex: Extractor,
  start: number,
  end: number,
  ctx: Ctx,
  evidence: Evidence[],
): { ids: number[]; proposed: string[] } {
  const app = subjectAppositive(ex.text.slice(start, end));
  // A list of countries in a COUNTRY_GROUP ("the ministers of Japan, the United States and …") is no appositive.
  const listed = [...ex.text.slice(start, end).matchAll(COUNTRY_GROUP)].some(
    (m) => app && m.index! < app.start && m.index! + m[0].length > app.start,
  );
  if (app && !listed) {
    const head = partiesOf(ex, start, start + app.start, ctx, []);
    if (head.ids.length + head.proposed.length > 0) {
      const before = partiesOf(ex, start, start + app.start, ctx, evidence);
      const after = partiesOf(ex, start + app.end, end, ctx, evidence);
      return { ids: uniq([...before.ids, ...after.ids]), proposed: uniq([...before.proposed, ...after.proposed]) };
    }
  }
  return partiesOf(ex, start, end, ctx, evidence);
}

/** The people the subject of the sentence before `start` names (in the same paragraph): THEY_OF_PREVIOUS_SUBJECT. */
export function previousSubjectPeople(ex: Extractor, start: number, depth = 0): { ids: number[]; proposed: string[] } | null {
  const before = ex.text.slice(Math.max(0, start - 400), start);
  const prev = /(?:^|\n|[.!?]["”’]?\s+)((?:\d+\.\s+)?)([^.!?\n]{8,350}[.!?]["”’]?)\s*$/.exec(before);
  if (!prev) return null;
  const at = start - before.length + before.lastIndexOf(prev[2]);
  const subject = prev[2].slice(0, subjectLength(prev[2]));
  if (!subject.trim()) return null;
  // A "They" before it too ("A and B welcomed …. They reaffirmed …. They underscored …"): the subject that one refers to.
  if (/^\s*they\s*$/i.test(subject)) return depth < 3 ? previousSubjectPeople(ex, at, depth + 1) : null;
  const ids = uniq(
    ex.lex
      .mentions(ex.text, at, at + subject.length)
      .filter((x) => x.kind === 'official' && x.ids.length === 1)
      .map((x) => x.ids[0]),
  );
  return { ids, proposed: proposedIn(ex, at, at + subject.length).map((p) => p.key) };
}

/**
 * COUNTRY_GROUP: the people a list of countries stands for, one per country: its participant in the talks (recorded,
 * else reported), else the one official of that country the text proposes. Null unless two countries or more, each
 * with exactly one.
 */
export function countryGroup(
  ex: Extractor,
  start: number,
  end: number,
  participants: number[],
): { ids: number[]; proposed: string[] } | null {
  const codes = uniq(ex.lex.mentions(ex.text, start, end).flatMap((x) => (x.kind === 'country' && x.countryCode ? [x.countryCode] : [])));
  if (codes.length < 2) return null;
  const people = participants.length ? participants : (ex.reported?.participantIds ?? []);
  const proposedPeople = participants.length ? [] : (ex.reported?.proposedParticipants ?? []);
  const ids: number[] = [];
  const proposed: string[] = [];
  // GROUP_COUNTRY_OF_NEWCOMER (round 11): the one participant of the talks whose country the text never gave ("officer-in-charge
  // X had a call with Secretary Y") is the one country of the group left over once the others have theirs: "Top officials
  // from A and B" after a call of Y (B) with X are Y and X, and X is of A.
  const unplaced = proposedPeople.filter((k) => ex.proposedOfficials.get(k)?.countryCode == null);
  const placed = (code: string) =>
    people.some((p) => ex.lex.officials.get(p)?.countryCode === code) ||
    proposedPeople.some((k) => ex.proposedOfficials.get(k)?.countryCode === code);
  const leftOver = codes.filter((c) => !placed(c));
  // GROUP_COUNTRY_OF_LONE_NEWCOMER (round 12): before any talks are known ("Japanese and Chilean defense ministers met …"
  // opening the story), the one official the text proposes with no country stands for the one country of the group no
  // one else named stands for.
  const loose = proposedPeople.length ? [] : [...ex.proposedOfficials.values()].filter((p) => !p.countryCode && p.title);
  const named = (code: string) =>
    people.some((p) => ex.lex.officials.get(p)?.countryCode === code) ||
    [...ex.proposedOfficials.values()].some((p) => p.countryCode === code && p.title) ||
    namedInText(ex).some((id) => ex.lex.officials.get(id)?.countryCode === code);
  const nobody = loose.length === 1 ? codes.filter((c) => !named(c)) : [];
  for (const code of codes) {
    const theirs = people.filter((p) => ex.lex.officials.get(p)?.countryCode === code);
    let keys = proposedPeople.filter((k) => ex.proposedOfficials.get(k)?.countryCode === code);
    if (
      theirs.length + keys.length === 0 &&
      unplaced.length === 1 &&
      leftOver.length === 1 &&
      people.length + proposedPeople.length === codes.length
    )
      keys = unplaced;
    if (theirs.length + keys.length === 0)
      keys = [...ex.proposedOfficials.values()].filter((p) => p.countryCode === code && p.title).map((p) => p.key);
    // …else the one official of that country on record the text names.
    if (theirs.length + keys.length === 0) theirs.push(...namedInText(ex).filter((id) => ex.lex.officials.get(id)?.countryCode === code));
    if (theirs.length + keys.length === 0 && nobody.length === 1 && nobody[0] === code) keys = [loose[0].key];
    if (theirs.length + keys.length !== 1) return null;
    if (keys === unplaced) ex.proposedOfficials.get(unplaced[0])!.countryCode = code;
    if (keys.length === 1 && loose[0]?.key === keys[0]) loose[0].countryCode = code;
    ids.push(...theirs);
    proposed.push(...keys);
  }
  return { ids, proposed };
}

/** The widest COUNTRY_GROUP of three countries or more in a span, resolved (see countryGroup), else null. */
export function groupOfCountries(
  ex: Extractor,
  start: number,
  end: number,
): { ids: number[]; proposed: string[]; subject: boolean } | null {
  let best: { ids: number[]; proposed: string[]; subject: boolean } | null = null;
  const text = ex.text.slice(start, end);
  const lineEnd = DATELINE.exec(text)?.[0].length ?? 0;
  for (const m of text.matchAll(COUNTRY_GROUP)) {
    const list = m[1] ?? m[2];
    const at = start + m.index! + m[0].indexOf(list);
    const found = countryGroup(ex, at, at + list.length, []);
    // The subject: the group opens the sentence (after its dateline).
    const group = found && { ...found, subject: /^[\s—–-]*$/.test(text.slice(lineEnd, m.index)) };
    if (
      group &&
      group.ids.length + group.proposed.length >= 3 &&
      (!best || group.ids.length + group.proposed.length > best.ids.length + best.proposed.length)
    )
      best = group;
  }
  return best;
}

/** GROUP_ENGAGEMENT: a COUNTRY_GROUP of exactly two countries in a span, resolved (see countryGroup), else null. */
export function pairOfCountries(ex: Extractor, start: number, end: number): { ids: number[]; proposed: string[] } | null {
  const text = ex.text.slice(start, end);
  for (const m of text.matchAll(COUNTRY_GROUP)) {
    const list = m[1] ?? m[2];
    const at = start + m.index! + m[0].indexOf(list);
    const found = countryGroup(ex, at, at + list.length, []);
    if (found && found.ids.length + found.proposed.length === 2) return found;
  }
  return null;
}

/** GROUP_OF_ITS_SIZE: the number a group's words count ("the three ministers": 3), else null. */
const countedIn = (words: string): number | null => {
  const counted = /\b(two|three|four)\b/i.exec(words)?.[1].toLowerCase();
  return counted ? { two: 2, three: 3, four: 4 }[counted as 'two' | 'three' | 'four'] : null;
};

/** Officials named, or referred to as a group or by title, in a span. */
export function partiesOf(
  ex: Extractor,
  start: number,
  end: number,
  ctx: Ctx,
  evidence: Evidence[],
  field = 'party',
  depth = 0,
): { ids: number[]; proposed: string[] } {
  const ids: number[] = [];
  const titled: string[] = [];
  const text = ex.text.slice(start, end);
  const date = ctx.call?.date ?? documentDate(ex);
  const participants = ctx.call?.participantIds ?? [];
  /** One finding: its people (on record, proposed) are parties, and its evidence (of this call's field) is noted. */
  const take = (people: { ids?: number[]; proposed?: string[] }, found: Omit<Evidence, 'field'>) => {
    ids.push(...(people.ids ?? []));
    titled.push(...(people.proposed ?? []));
    evidence.push({ field, ...found });
  };
  /** The original words of a match of a pattern run over `text`. */
  const matched = (m: RegExpMatchArray) => orig(ex, start + m.index!, start + m.index! + m[0].length);
  /** The people of the talks: the call's on record, else those of the call the text reports (proposed too). */
  const ofTheTalks = () =>
    participants.length
      ? { ids: participants, proposed: [] as string[] }
      : ex.reported
        ? { ids: ex.reported.participantIds, proposed: ex.reported.proposedParticipants }
        : { ids: [], proposed: [] };
  for (const m of mentionsIn(ex, start, end)) {
    if (m.kind === 'official') {
      if (RECIPIENT_TO.test(ex.text.slice(Math.max(start, m.start - 60), m.start))) continue;
      let chosen = m.ids;
      if (m.ids.length > 1) chosen = m.ids.filter((id) => participants.includes(id));
      // NAME_HELD_ON_THE_DAY (round 13): a family name two officials share ("Minister Lee"), none of them in a call on record:
      // the one who held a post on the document's day.
      if (m.ids.length > 1 && chosen.length !== 1) {
        const holding = m.ids.filter((id) => ex.lex.holding(id, date) != null);
        if (holding.length === 1) chosen = holding;
      }
      if (chosen.length === 1)
        take(
          { ids: chosen },
          { value: ex.lex.officials.get(chosen[0])!.name, span: orig(ex, m.start, m.end), rule: m.rule, confidence: m.confidence },
        );
    } else if (m.kind === 'title') {
      // "Minister of Defense" inside "Vice Minister of Defense" is another post.
      if (/(?:Vice|Deputy|State|Under|Assistant|Senior|Parliamentary|Prime)\s+$/.test(ex.text.slice(Math.max(0, m.start - 20), m.start)))
        continue;
      // "Defense Minister nominee Park": not the holder of the title.
      if (/^\s*(?:-\s*)?(?:nominee|designate|candidate|pick)\b/i.test(ex.text.slice(m.end, m.end + 14))) continue;
      // A title directly before a name is part of that name's mention.
      if (mentionsIn(ex, m.end, Math.min(end, m.end + 2)).some((x) => x.kind === 'official')) continue;
      if (
        /^(?:[- ](?:designate|nominee|elect))?\s+[A-Z][a-z]/.test(ex.text.slice(m.end, m.end + 14)) &&
        proposedIn(ex, m.end, Math.min(ex.text.length, m.end + 50)).length
      )
        continue;
      let holders = ex.lex.holders(m.title!, date, qualifier(ex, m.start));
      if (holders.length > 1 && participants.length) holders = holders.filter((h) => participants.includes(h));
      if (holders.length === 1)
        take(
          { ids: holders },
          {
            value: ex.lex.officials.get(holders[0])!.name,
            span: orig(ex, m.start, m.end),
            rule: `${m.rule} held on ${date ?? 'the day'}`,
            confidence: 0.75,
          },
        );
    }
  }
  for (const m of text.matchAll(GENERIC_TITLE)) {
    const word = m[2];
    // RECIPIENT_NOT_PARTY: "… asked me to tell the Minister that …": who is told a position does not take it.
    if (RECIPIENT_BEFORE.test(text.slice(0, m.index))) continue;
    // TITLE_DOMAIN: "the Defence Secretary" is a holder whose title names defence; NAMED_ELSEWHERE: a title and a name in one
    // sentence are two people ("The Defence Secretary set out …, which Secretary X welcomed").
    const fits = (id: number) =>
      (!m[1] || new RegExp(DOMAIN_WORD(m[1])).test(ex.lex.holding(id, date, word)?.title ?? '')) && !namedInSentence(ex, start, end, id);
    let holders = participants.filter((p) => ex.lex.holding(p, date, word) && fits(p));
    let rule = `"the ${word}": the call's participant with that title`;
    if (holders.length !== 1) {
      // Else the last person named who holds that title, recorded or proposed.
      const last = [...ex.recent]
        .reverse()
        .find(
          (r) =>
            (r.ids.length === 1 && ex.lex.holding(r.ids[0], date, word) && fits(r.ids[0])) ||
            (r.proposed.length === 1 && new RegExp(`\\b${word}\\b`).test(ex.proposedOfficials.get(r.proposed[0])?.title ?? '')),
        );
      holders = last?.ids ?? [];
      if (last?.proposed.length) titled.push(last.proposed[0]);
      rule = `"the ${word}": the last person named with that title`;
    }
    if (holders.length === 1)
      take({ ids: holders }, { value: ex.lex.officials.get(holders[0])!.name, span: matched(m), rule, confidence: 0.7 });
  }
  for (const m of text.matchAll(DEFENSE_HEAD_DESCRIPTION)) {
    if (RECIPIENT_BEFORE.test(text.slice(0, m.index))) continue;
    const at = start + m.index!;
    const codes = new Set(
      mentionsIn(ex, at, at + m[0].length).flatMap((x) => (x.kind === 'country' && x.countryCode ? [x.countryCode] : [])),
    );
    if (/Pentagon/.test(m[0])) codes.add('US');
    if (codes.size !== 1) continue;
    const people = participants.length ? participants : (ex.reported?.participantIds ?? []);
    const theirs = people.filter((p) => codes.has(ex.lex.officials.get(p)?.countryCode ?? '') && !namedInSentence(ex, start, end, p));
    // …or the proposed participant of that country in the talks the text reports ("the Philippine defense chief").
    const proposedTheirs = participants.length
      ? []
      : (ex.reported?.proposedParticipants ?? []).filter((k) => codes.has(ex.proposedOfficials.get(k)?.countryCode ?? ''));
    if (theirs.length + proposedTheirs.length !== 1) continue;
    take(
      { ids: theirs, proposed: proposedTheirs },
      {
        value: theirs.length ? ex.lex.officials.get(theirs[0])!.name : proposedTheirs[0],
        span: matched(m),
        rule: m[2]
          ? "COUNTRY_DESCRIBED_OFFICIAL: the <country> minister/secretary: that country's participant in the talks"
          : "a description of a country's head of defence: that country's participant in the talks",
        confidence: 0.65,
      },
    );
  }
  // The spans of the groups so resolved: a group word inside one ("The defense ministers" of "… of A and B") is not read again.
  const grouped: [number, number][] = [];
  for (const m of text.matchAll(COUNTRY_GROUP)) {
    if (RECIPIENT_BEFORE.test(text.slice(0, m.index))) continue;
    const list = m[1] ?? m[2];
    const at = start + m.index! + m[0].indexOf(list);
    const group = countryGroup(ex, at, at + list.length, participants);
    if (!group) continue;
    grouped.push([m.index!, m.index! + m[0].length]);
    take(group, {
      value: [...group.ids.map((id) => ex.lex.officials.get(id)?.name), ...group.proposed].join(', '),
      span: matched(m),
      rule: "COUNTRY_GROUP: officials named as a group by their countries: each country's participant in the talks, else its official named",
      confidence: 0.65,
    });
  }
  // BARE_TITLE_SUBJECT: a proposed official's title with no article opening the clause ("Raksha Mantri highlighted …"),
  // as some governments' releases write the minister's title as a proper noun: that official, when one holds it.
  if (ids.length === 0 && titled.length === 0) {
    const bare = [...ex.proposedOfficials.values()].filter(
      (p) =>
        p.title &&
        p.title.split(/\s+/).length >= 2 &&
        text.trim().startsWith(p.title) &&
        /^(?:\s+\p{Ll}|\s*$)/u.test(text.trim().slice(p.title.length)),
    );
    if (bare.length === 1) titled.push(bare[0].key);
  }
  // HEAD_OF_BODY as a party: "The Head of the MND presented …", as Polish and other ministries' English releases name their
  // minister by the body he heads: the minister who heads it (proposed or on record).
  const head = ids.length === 0 && titled.length === 0 ? HEAD_OF_BODY.exec(text) : null;
  const headed = head && !RECIPIENT_BEFORE.test(text.slice(0, head.index)) ? headOf(ex, head[1] ?? head[2]) : null;
  if (head && headed)
    take(headed, {
      value: [...headed.ids.map((id) => ex.lex.officials.get(id)?.name), ...headed.proposed].join(', '),
      span: matched(head),
      rule: `"the head of ${head[1] ?? head[2]}": the minister who heads it`,
      confidence: 0.65,
    });
  const signing = signatoriesOf(ex, ctx);
  for (const m of text.matchAll(GROUP)) {
    if (grouped.some(([a, b]) => m.index! >= a && m.index! < b)) continue;
    // GROUP_OF_ITS_SIZE (round 10): "the three ministers", "the four" are a group of that many: not talks of another size.
    const size = countedIn(m[0]);
    // (Not a part of a wider subject: "The Secretary and the two Ministers" are three.)
    const wrongSize = (n: number) => size != null && n !== size && !/\band\s+$/i.test(text.slice(0, m.index));
    // A joint statement with no recorded call: "the Ministers", "they" are its signatories, not whoever the text reports meeting.
    if (!participants.length && signing.ids.length + signing.proposed.length >= 2) {
      if (wrongSize(signing.ids.length + signing.proposed.length)) continue;
      // THEY_OF_PREVIOUS_SUBJECT: "They" after a sentence whose subject is some of the signatories ("Minister A and Minister
      // B welcomed Secretary C …. They reaffirmed …"): those, not all who signed.
      const some = /^they$/i.test(m[0]) ? previousSubjectPeople(ex, start) : null;
      const subset =
        some &&
        some.ids.length + some.proposed.length >= 2 &&
        some.ids.every((x) => signing.ids.includes(x)) &&
        some.proposed.every((x) => signing.proposed.includes(x)) &&
        some.ids.length + some.proposed.length < signing.ids.length + signing.proposed.length;
      if (subset) {
        take(some, {
          value: 'the subject of the sentence before',
          span: matched(m),
          rule: 'THEY_OF_PREVIOUS_SUBJECT: "They" after a sentence whose subject is some of the signatories: those',
          confidence: 0.7,
        });
        continue;
      }
      take(ofThePost(ex, m[0], signing.ids, signing.proposed, date), {
        value: 'the signatories of the joint statement',
        span: matched(m),
        rule: `group "${m[0]}" in a joint statement: its signatories`,
        confidence: 0.8,
      });
      continue;
    }
    // No recorded call: the people of the call or meeting the text reports.
    if (
      !participants.length &&
      ex.reported &&
      ex.reported.participantIds.length + ex.reported.proposedParticipants.length >= 2 &&
      !wrongSize(ex.reported.participantIds.length + ex.reported.proposedParticipants.length)
    ) {
      take(ofThePost(ex, m[0], ex.reported.participantIds, ex.reported.proposedParticipants, date), {
        value: 'the participants of the call the text reports (not on record)',
        span: matched(m),
        rule: `group "${m[0]}": the people of the reported meeting`,
        confidence: 0.6,
      });
    }
    // GROUP_OF_LAST_NAMED: no call on record or reported, "both ministers", "the two": the last two people named, of two
    // countries (as a reader takes them from the sentences before).
    else if (!participants.length && /\b(?:both|two|pair)\b/i.test(m[0])) {
      const pair = lastTwoNamed(ex);
      if (pair)
        take(pair, {
          value: 'the last two people named',
          span: matched(m),
          rule: `GROUP_OF_LAST_NAMED: group "${m[0]}" with no call: the last two people named, of two countries`,
          confidence: 0.5,
        });
    }
    if (participants.length && !wrongSize(participants.length))
      take(
        { ids: participants },
        {
          value: participants.map((p) => ex.lex.officials.get(p)?.name).join(' and '),
          span: matched(m),
          rule: `group "${m[0]}": the participants of the call`,
          confidence: 0.8,
        },
      );
  }
  // "Japan", "The United States" as the subject of a joint statement's sentence: that country's signatories.
  if (ids.length === 0 && titled.length === 0 && signing.ids.length + signing.proposed.length >= 2) {
    const codes = new Set(mentionsIn(ex, start, end).flatMap((m) => (m.kind === 'country' && m.countryCode ? [m.countryCode] : [])));
    const theirs = signing.ids.filter((id) => codes.has(ex.lex.officials.get(id)?.countryCode ?? ''));
    const proposedTheirs = signing.proposed.filter((k) => codes.has(ex.proposedOfficials.get(k)?.countryCode ?? ''));
    if (theirs.length + proposedTheirs.length && theirs.length + proposedTheirs.length < signing.ids.length + signing.proposed.length)
      take(
        { ids: theirs, proposed: proposedTheirs },
        { value: 'the signatories of the country named', span: '', rule: 'a country as subject in a joint statement', confidence: 0.6 },
      );
  }
  // "We", "They", "The Ministers", "The three ministers" in a joint statement: its signatories.
  if (ids.length === 0 && titled.length === 0 && signing.ids.length + signing.proposed.length >= 2 && SIGNATORY_REFERENCE.test(text.trim()))
    take(signing, {
      value: 'the signatories of the joint statement',
      span: text.trim().split(/\s/)[0],
      rule: 'signatory reference in a joint statement',
      confidence: 0.8,
    });
  // A government by its country's or capital's name as the whole subject ("Washington would keep …"): its official in the call.
  // SENTENCE_INITIAL_THE (round 17): "The United States reiterated …": the article the sentence opens with, capitalised, is
  // the running text's "the United States".
  // (TALKS_NOT_ON_RECORD, round 18: for a side, "the U.S. side", with no call on record: the people of the call the text
  // reports, proposed or not. Not a country's name alone, which a speaker also uses to describe it: "Germany is emerging as …".)
  const sideWords = SIDE_OF_COUNTRY.test(text);
  // COUNTRY_STANCE_OF_REPORTED_TALKS: with no call on record, a country's name alone as the subject of a verb of a stance
  // ("The United States has reaffirmed its commitment …", "The United States seeks …"): its person in the talks the text
  // reports, as with a call on record (a country's name before any other verb, "Germany is emerging as …", stays no one).
  const stanceOfCountry = !participants.length && !sideWords && COUNTRY_STANCE_VERB.test(ex.text.slice(end, end + 60));
  const talks =
    participants.length || !(sideWords || stanceOfCountry)
      ? { ids: participants, proposed: [] as string[] }
      : { ids: ex.reported?.participantIds ?? [], proposed: ex.reported?.proposedParticipants ?? [] };
  const government =
    ids.length === 0 && titled.length === 0 && talks.ids.length + talks.proposed.length
      ? (governmentSubject(text) ??
        governmentSubject(text.replace(/^\s*The\s+/, 'the ')) ??
        // AUXILIARY_AFTER_COUNTRY: "The United States has reaffirmed …", "Japan will also …": the country before the auxiliary.
        governmentSubject(text.replace(/^\s*The\s+/, 'the ').replace(TRAILING_AUXILIARY, ' ')) ??
        // SIDE_AS_GOVERNMENT (round 18): "The U.S. side", "the American side", "the Japanese government" as the whole subject,
        // as ministries' English releases and translated stories name a party of talks: that country's official in them.
        (sideWords ? sideCountry(text.replace(SIDE_OF_COUNTRY, '')) : null))
      : null;
  const side = government ? talks.ids.filter((p) => ex.lex.officials.get(p)?.countryCode === government) : [];
  const proposedSide = government ? talks.proposed.filter((k) => ex.proposedOfficials.get(k)?.countryCode === government) : [];
  // UNNAMED_COUNTERPART: "Ishizaki and a senior Pentagon official agreed …": an official left unnamed beside a participant of
  // the talks is the participant from that body's or country's side.
  const unnamed = participants.length ? UNNAMED_OFFICIAL.exec(text) : null;
  if (unnamed && ids.some((id) => participants.includes(id))) {
    const at = start + unnamed.index + unnamed[0].length - unnamed[1].length;
    const codes = mentionsIn(ex, at, at + unnamed[1].length).flatMap((m) => (m.countryCode ? [m.countryCode] : []));
    const theirs = participants.filter((p) => !ids.includes(p) && codes.includes(ex.lex.officials.get(p)?.countryCode ?? ''));
    if (theirs.length === 1)
      take(
        { ids: theirs },
        {
          value: ex.lex.officials.get(theirs[0])!.name,
          span: unnamed[1],
          rule: "an unnamed official of a side beside a participant: that side's participant in the talks",
          confidence: 0.6,
        },
      );
  }
  // GOVERNMENTS_PAIR: "Japan and the United States agreed …": each country's official in the talks.
  const pair = ids.length === 0 && titled.length === 0 && participants.length ? /^\s*(.+?)\s+and\s+(.+?)\s*$/.exec(text) : null;
  const sides = pair
    ? [pair[1], pair[2]].map((w) => {
        const code = governmentSubject(w);
        const of = code ? participants.filter((p) => ex.lex.officials.get(p)?.countryCode === code) : [];
        return of.length === 1 ? of[0] : null;
      })
    : [];
  if (sides.length === 2 && sides[0] != null && sides[1] != null && sides[0] !== sides[1])
    take(
      { ids: [sides[0], sides[1]] },
      { value: 'both governments', span: text.trim(), rule: `${GOVERNMENT_SUBJECT} (two countries)`, confidence: 0.6 },
    );
  // COUNTRIES_OF_THE_TALKS (round 16): "the two countries", "both nations" as the whole subject ("During the meeting, the two
  // countries agreed …"): the people of the talks, recorded, else the call the text reports (its proposed people too).
  // (Not the subject of a clause someone's words report: "He emphasized that both nations must …" is his.)
  if (
    ids.length === 0 &&
    titled.length === 0 &&
    COUNTRIES_AS_GROUP.test(text) &&
    !/\b(?:that|said|says)\s*$/i.test(ex.text.slice(Math.max(0, start - 12), start))
  ) {
    const size = countedIn(text) ?? 2;
    const people = ofTheTalks();
    const countries = new Set([
      ...people.ids.map((p) => ex.lex.officials.get(p)?.countryCode ?? null),
      ...people.proposed.map((k) => ex.proposedOfficials.get(k)?.countryCode ?? null),
    ]);
    if (countries.size === size && !countries.has(null))
      take(people, { value: 'the people of the talks', span: text.trim(), rule: COUNTRIES_OF_THE_TALKS, confidence: 0.6 });
  }
  // PASSIVE_AGENT (round 18): a stance in the passive with its agent after "by" ("The application of Article 5 to the islands
  // was confirmed by the two ministers", "… was reaffirmed by telephone talks between A and B"): the agent's people.
  const agent =
    ids.length === 0 && titled.length === 0 && PASSIVE_SUBJECT.test(text) ? PASSIVE_AGENT.exec(ex.text.slice(end, end + 200)) : null;
  if (agent && depth < 1) {
    const from = end + agent.index + agent[0].length - agent[1].length;
    const by = partiesOf(ex, from, from + agent[1].length, ctx, evidence, field, depth + 1);
    ids.push(...by.ids);
    titled.push(...by.proposed);
  }
  // MEETING_AS_SUBJECT (round 17): "The call reaffirmed …", "Discussions focused on …": the people of the talks.
  // PASSIVE_OF_THE_TALKS (round 17): "Progress was reviewed …": so are the unnamed agents of a stance in the passive.
  if (
    ids.length === 0 &&
    titled.length === 0 &&
    (meetingAsSubject(ex, start, end) ||
      (PASSIVE_SUBJECT.test(text) &&
        PASSIVE_STANCE_VERB.test(ex.text.slice(start, Math.min(ex.text.length, end + 200)).split(/(?<=[.!?])\s/)[0])))
  ) {
    const people = ofTheTalks();
    if (people.ids.length + people.proposed.length >= 2)
      take(people, { value: 'the people of the talks', span: text.trim(), rule: MEETING_AS_SUBJECT_RULE, confidence: 0.6 });
  }
  if (side.length === 0 && proposedSide.length === 1)
    take({ proposed: [proposedSide[0]] }, { value: proposedSide[0], span: text.trim(), rule: GOVERNMENT_SUBJECT, confidence: 0.6 });
  // SIDE_OF_A_DELEGATION (round 18): "the U.S. side" at talks where that country had two people (a 2+2) is both of them; a
  // country's or capital's name alone ("Washington would …") stays one person or none.
  if ((side.length === 1 || (sideWords && side.length > 1)) && proposedSide.length === 0)
    take(
      { ids: side },
      {
        value: side.map((x) => ex.lex.officials.get(x)!.name).join(', '),
        span: text.trim(),
        rule: side.length > 1 ? SIDE_OF_A_DELEGATION : GOVERNMENT_SUBJECT,
        confidence: 0.6,
      },
    );
  // "He" or "She" as the subject: the last person named. (CONNECTIVE_BEFORE_PRONOUN, round 13: also after a connective
  // that opens the sentence, "Furthermore, he …", "As part of this, she …", as releases go on about one person.)
  const last = ex.recent[ex.recent.length - 1];
  if (
    ids.length === 0 &&
    titled.length === 0 &&
    last &&
    new RegExp(String.raw`^\s*(?:${CONNECTIVE_BEFORE_PRONOUN.source})?(?:[Hh]e|[Ss]he)\b`, 'u').test(text)
  )
    take(last, { value: last.span, span: text.trim().split(/\s/)[0], rule: 'pronoun: the last person named', confidence: 0.6 });
  // BARE_TITLE_OF_LAST_NAMED (round 13): "In particular, Secretary mentioned …", a title with no article nor name as the whole
  // subject (as some ministries' English drops the article): the last person named who holds it, recorded or proposed.
  const bare = ids.length === 0 && titled.length === 0 ? BARE_TITLE_SUBJECT.exec(text) : null;
  if (bare) {
    const word = bare[1];
    const last = [...ex.recent]
      .reverse()
      .find(
        (r) =>
          (r.ids.length === 1 && r.proposed.length === 0 && ex.lex.holding(r.ids[0], date, word)) ||
          (r.ids.length === 0 &&
            r.proposed.length === 1 &&
            new RegExp(`\\b${word}\\b`).test(ex.proposedOfficials.get(r.proposed[0])?.title ?? '')),
      );
    if (last)
      take(last, {
        value: last.span,
        span: word,
        rule: 'BARE_TITLE_OF_LAST_NAMED: a bare title as subject: the last person named who holds it',
        confidence: 0.55,
      });
  }
  const proposed = uniq([...proposedIn(ex, start, end).map((p) => p.key), ...titled]);
  for (const key of proposed) {
    const p = ex.proposedOfficials.get(key)!;
    evidence.push({ field, value: `${p.name} (new)`, span: p.span, rule: 'name not on record: proposed', confidence: 0.6 });
  }
  return { ids: uniq(ids), proposed };
}
