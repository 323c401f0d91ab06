/**
 * Stage 5, coreference: what "he", "she", "the Secretary", "the two ministers" and "the ministry"
 * refer to. People resolve to the last compatible person named (the extractor keeps them in order);
 * groups to the participants of the chosen call; a body named by its kind ("the ministry",
 * "Japan's Defense Ministry") to the organization of that kind in the country the text gives,
 * else the one named last, else the publisher's or the last-named official's.
 */
import type { Lexicon, Mention } from '../lexicon';
import { annotate } from './nlp';

/** A body named by its kind; group 1 the kind words. */
export const GENERIC_ORGANIZATION =
  /\b(?:(?:the|its|their|his|her)\s+)?((?:(?:National\s+)?[Dd]efen[cs]e|[Ff]oreign|Armed Forces)\s+(?:[Mm]inistry|Department)|(?:Ministry|Department)\s+of\s+(?:National\s+)?Defen[cs]e|ministry|Ministry|Pentagon)\b/gu;

/** Words for a pronoun that refers to a person. */
export const PERSON_PRONOUN = /^(?:he|she)$/i;

/** Organizations of a kind ("Defense Ministry") in a country, by name. */
function organizationsOfKind(lex: Lexicon, kind: string, countryCode: string | null): number[] {
  const defense = /defen[cs]e|pentagon/i.test(kind);
  const foreign = /foreign/i.test(kind);
  // "the Defense Ministry" is a ministry, not the Department of Defense; "the Pentagon" the department.
  const noun = /ministry/i.test(kind) ? /Ministry/i : /department|pentagon/i.test(kind) ? /Department/i : null;
  return [...lex.organizations.values()]
    .filter((o) => !countryCode || o.countryCode === countryCode)
    .filter((o) => {
      const names = [o.name, o.shortName ?? '', ...o.aliases].join(' | ');
      if (noun && !noun.test(names)) return false;
      // "Department of National Defense" written in full is not a "Department of Defense" (another country's body).
      if (/\bNational\b/.test(kind) && /(?:Ministry|Department)\s+of/i.test(kind) && !/National/i.test(names)) return false;
      if (defense) return /Defen[cs]e/i.test(names) && /Ministry|Department/i.test(names);
      if (foreign) return /Foreign|External/i.test(names);
      return /Ministry|Department/i.test(names);
    })
    .map((o) => o.id);
}

const countryHas = (lex: Lexicon, ids: number[], code: string) => ids.some((id) => lex.organizations.get(id)?.countryCode === code);

/**
 * Mentions of bodies named by their kind in `text[start, end)`, resolved: the country before them
 * ("Japan's", "South Korean"), else the organization named last in this paragraph, else that of the officials it names
 * (`ofPeopleHere`), else the organization named last before (or the publisher).
 * Skips spans that a mention already covers.
 */
export function genericOrganizations(
  lex: Lexicon,
  text: string,
  start: number,
  end: number,
  known: Mention[],
  fallbacks: number[],
  ofPeopleHere: number[] = [],
): Mention[] {
  const out: Mention[] = [];
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(GENERIC_ORGANIZATION)) {
    const at = start + m.index! + m[0].length - m[1].length;
    const to = at + m[1].length;
    if (known.some((k) => k.start < to && k.end > at)) continue;
    const country = [...known].reverse().find((k) => k.kind === 'country' && k.end <= at && at - k.end <= 4 && k.countryCode);
    let ids = organizationsOfKind(lex, m[1], country?.countryCode ?? null);
    if (!country || ids.length !== 1) {
      const lastFrom = (from: number) =>
        [...known]
          .reverse()
          .find((k) => k.kind === 'organization' && k.start >= from && k.end <= at && k.ids.length === 1 && ids.includes(k.ids[0]));
      // BODY_OF_PEOPLE_HERE: a body of that kind named in this paragraph, else the body of an official this paragraph names
      // ("Minister X and Secretary Y agreed …, the defense ministry said"), before one named in an earlier paragraph.
      const ofPeople = country ? undefined : ofPeopleHere.find((f) => ids.includes(f));
      const last = lastFrom(start) ?? (ofPeople == null ? lastFrom(0) : undefined);
      if (last) ids = [last.ids[0]];
      else if (ofPeople != null) ids = [ofPeople];
      else if (!country && fallbacks.some((f) => ids.includes(f))) ids = [fallbacks.find((f) => ids.includes(f))!];
      else if (!country && /^Pentagon$/i.test(m[1])) ids = organizationsOfKind(lex, 'defense', 'US');
    }
    // Nothing else decides: the body of that kind of the country named last that has one ("South Korea and the United States
    // agreed …, a ministry spokesperson said").
    if (!country && ids.length > 1) {
      const recent = [...known]
        .reverse()
        .find((k) => k.kind === 'country' && k.end <= at && k.countryCode && countryHas(lex, ids, k.countryCode));
      if (recent) ids = ids.filter((id) => lex.organizations.get(id)?.countryCode === recent.countryCode);
    }
    if (ids.length !== 1) continue;
    const org = lex.organizations.get(ids[0])!;
    out.push({
      start: at,
      end: to,
      text: m[1],
      kind: 'organization',
      ids,
      countryCode: org.countryCode,
      rule: country ? `"${m[1]}" of the country named before it` : `"${m[1]}": the body of that kind named before, or the publisher`,
      confidence: country ? 0.85 : 0.65,
    });
  }
  return out;
}

/** "Both of us", "the two of us", "all three of us", "both our teams" (GROUP_AS_SUBJECT reads where they stand). */
const GROUP_OF_US =
  /\b(?:[Bb]oth of us|[Tt]he (?:two|three|four) of us|[Aa]ll (?:three|four) of us|[Bb]oth (?:of )?our\s+(?:teams|countries|nations|governments|militaries|forces|sides|ministries|departments|staffs|delegations))\b/g;
/** "We both", "we two", "together, we": a first-person subject counted or joined, both sides wherever it stands. */
const WE_COUNTED = /\b(?:[Ww]e (?:both|two|three)\b(?!\s+(?:countries|nations|sides|years|days|weeks|months))|[Tt]ogether,? we)\b/;

/**
 * GROUP_AS_SUBJECT: "both of us", "the two of us", "both our teams" name the ones taking a position only inside the subject
 * of their clause, before its verb ("Both of us regard …", "the trust between the two of us is …", "…, and I can tell you
 * that both our teams intend …"), not in the speaker's predicate ("deterrence depends on both of us doing more", "it makes
 * all three of us stronger"): what a speaker says of the two there is the speaker's own position.
 */
export function groupAsSubject(words: string): boolean {
  if (WE_COUNTED.test(words)) return true;
  for (const m of words.matchAll(GROUP_OF_US)) {
    const before = words.slice(0, m.index);
    const breaks = [...before.matchAll(/[,;:—–]|\b(?:and|but|so|that|because|if|when|where|while)\b/g)];
    const clause = before.slice(breaks.length ? breaks[breaks.length - 1].index + breaks[breaks.length - 1][0].length : 0);
    if (!annotate(clause).tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return true;
  }
  return false;
}

/**
 * A speaker's words that name both sides of the talks as their subject, by name (data). "Explicit" groups ("both of
 * us", "the two of us", "we both") are both sides wherever they are said, as a subject (GROUP_AS_SUBJECT); a bare "we" is both sides only at a joint
 * appearance of the talks' participants (a joint press conference), where the speaker speaks for the talks; a speaker
 * alone at a briefing speaks for their own side. "Our" is never the group: "our commitment to your defense" is one side's.
 */
export const TURN_GROUP_RULES: { name: string; explicit: boolean; test: { test(words: string): boolean } }[] = [
  {
    name: '"both of us", "the two of us", "we both", "both our teams" as a subject: both sides of the talks',
    explicit: true,
    // GROUP_AS_SUBJECT: only where the group is the subject of its clause (below).
    test: { test: (words: string) => groupAsSubject(words) },
  },
  {
    // Real joint press conferences: "Minister X and I agreed …", "my counterpart and I discussed …", "the Secretary and I share …".
    name: '"the Minister and I", "my counterpart and I": the speaker and the other side of the talks',
    explicit: true,
    test: /\b(?:(?:[Tt]he|[Mm]y)\s+(?:(?:[A-Z][\w.-]*|good|dear)\s+){0,3}?(?:[Ss]ecretary|[Mm]inister|[Cc]ounterpart|[Cc]olleague|friend)|(?:Secretary|Minister)\s+[A-Z][\w-]+)\s+and\s+I\b(?!\s+(?:am|was|['’]m)\b|['’]m\b)/,
    // (Round 15, AND_I_NEW_CLAUSE: "… to meet the Secretary and I am looking forward …": a singular verb after "I" opens a
    // clause of the speaker's own, the one named the object of the clause before, no joint subject.)
  },
  {
    // MEETING_AS_SUBJECT: "Today's meeting served as an opportunity to reaffirm …", "As the first talks since …, this meeting
    // confirmed …": the talks taking a stance are the people who held them.
    name: '"today\'s meeting" taking a stance ("served as an opportunity to reaffirm …"): both sides of the talks',
    explicit: true,
    test: /^(?:[^,;]{0,100},\s+)?(?:[Tt]oday['’]s|[Tt]his|[Oo]ur|[Tt]he)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|dialogue|consultations?)\s+(?:(?:has|have|also|once again|again)\s+)*(?:served\s+as\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:opportunity|occasion|chance)\s+(?:to|for)\s+|(?:was|is)\s+an?\s+(?:[\w-]+\s+)?(?:opportunity|occasion|chance)\s+to\s+|helped\s+(?:to\s+)?)?(?:reaffirm|confirm|advance|deepen|strengthen|demonstrat|underscor|showcas|send|sent|highlight|solidif|cement)\w*\b/,
  },
  {
    // EXCHANGE_OF_VIEWS (round 14): "An exchange of views took place in today's meeting that …", "We exchanged opinions on …,
    // and …": an exchange is held by both sides, and what it found is theirs.
    name: 'EXCHANGE_OF_VIEWS: an exchange of views held in the talks ("an exchange of views took place"): both sides of the talks',
    explicit: true,
    test: /\bexchanges?\s+of\s+(?:views|opinions)\s+(?:(?:has|have|had)\s+)?(?:took\s+place|(?:was|were|been)\s+held|occurred)\b|\b[Ww]e\s+(?:(?:also|have|had|then|fully)\s+)*exchanged\s+(?:our\s+)?(?:views|opinions)\b/,
  },
  {
    // SHARED_INTERESTS_WE (round 14): "we have a long history and shared interests", "we share common values": what only a
    // pair can have in common is both sides'.
    name: 'SHARED_INTERESTS_WE: "we" having a history or interests in common: both sides of the talks',
    explicit: true,
    test: /\b[Ww]e\s+(?:(?:both|also|clearly|certainly|still|do)\s+)*(?:have|share)\s+(?:(?:a|an|such\s+a)\s+)?(?:(?:long|deep|rich|proud|great|shared|common)\s+)*(?:history|range\s+of\s+(?:shared|common)\s+interests|(?:shared|common)\s+(?:interests|values|history|goals|objectives))\b/,
  },
  {
    // The subject of a clause: "Our two countries will train together …", "…, and both our nations stand …" (not "good for both of our countries").
    name: '"our two countries", "both our nations" of a speaker at a joint press conference: both sides of the talks',
    explicit: false,
    // (OUR_COUNTED: "our four democracies" too, when the talks had that many people: GROUP_OF_ANOTHER_SIZE reads the number.)
    test: /(?:^|[,;:—–]\s*(?:(?:and|but|so)\s+)?|\b(?:and|but|so|that)\s+)(?:[Oo]ur (?:two|three|four|five)|[Bb]oth (?:of )?our)\s+(?:countries|nations|democracies|militaries|forces|governments|navies|armies|alliances)\s+(?!(?:and|or)\b)\w/,
  },
  {
    name: '"we" of a speaker at a joint press conference: both sides of the talks',
    explicit: false,
    // As the subject of a clause ("We condemn …", "…, and we will …", "that we …", "that's what we'll do"), not inside a noun phrase ("the threats we face").
    test: /(?:^(?:(?:And|But|So|Yet)\s+)?|[,;:—–]\s*(?:(?:and|but|so|yet)\s+)?|\b(?:and|but|so|that|what|[Tt]oday|[Tt]onight|[Nn]ow|[Tt]ogether|[Aa]lso)\s+)(?:[\w-]+,\s+)?[Ww]e(?:['’](?:ll|ve|re|d))?\b/,
  },
];

/**
 * The rule by which a speaker's words name both sides of the talks, given whether the talks' participants appear together
 * and, when known, how many people the talks had (`size`).
 */
export function turnGroupOf(words: string, jointAppearance: boolean, size?: number): { name: string } | null {
  if (HOME_AFFAIRS_WE.test(words)) return null;
  // GROUP_OF_ANOTHER_SIZE: "all three of us" in words about talks between two is a wider group (the speaker's country among
  // several): neither it nor a "we" beside it is the pair of the talks.
  if (size && groupOfAnotherSize(words, size)) return null;
  if (RECIPROCAL_ACT.test(words)) return { name: '"we" doing what takes both sides ("keep in close contact"): both sides of the talks' };
  if (jointPredicate(words)) return { name: JOINT_PREDICATE_RULE };
  for (const r of TURN_GROUP_RULES) {
    if (!r.explicit && (!jointAppearance || ONE_SIDE_WE.test(words))) continue;
    if (r.test.test(words)) return { name: r.name };
  }
  return null;
}

/**
 * "We" of a government at home: consulting its local communities, explaining to its parliament or public ("we will
 * continue to consult closely with the local communities", "we will explain it to Congress"). One side's act, and not
 * something done in the talks, even at a joint press conference.
 */
export const HOME_AFFAIRS_WE =
  /\b[Ww]e\s+(?:(?:will|shall|must|would|also|keep|continue to|will continue to|are going to|intend to|plan to|have to|need to)\s+)*(?:(?:closely|carefully|sincerely|fully|thoroughly)\s+)?(?:consult|explain|listen|talk|speak|engage|work|report|brief)\w*\s+(?:[\w'’-]+\s+){0,4}?(?:with|to)\s+(?:the\s+)?(?:local\s+(?:communities|community|residents|governments?|authorities|people|leaders)|residents|host communities|(?:the\s+)?(?:Diet|Congress|[Pp]arliament|National Assembly|public)\b|our\s+(?:citizens|people|public|parliament|lawmakers|legislature|taxpayers|communities))/;

/** Words that set the other side apart from "we" ("we expect our allies to …", "we stand with you"): "we" is one side there. */
const ONE_SIDE_WORDS =
  /\b(?:you|your|yours|our (?:allies|ally|partners?|friends|hosts?))\b|\bI (?:told|assured|informed|briefed|reminded|explained to) (?:him|her|the\s+(?:[A-Z][\w.-]*\s+){0,3}(?:Secretary|Minister)|(?:Secretary|Minister)\s+[A-Z])/i;

/**
 * EXPECTS_OF_OTHER: "we" expecting, urging or asking another named party to act ("we expect Japan to take the lead", "we
 * urge the ROK to …", "we want Seoul to …"): the other is set apart, so "we" is the speaker's side.
 */
export const EXPECTS_OF_OTHER =
  /\b[Ww]e\s+(?:(?:also|still|fully|would|do|will|continue to)\s+)*(?:expect|urge|want|ask|encourage|call on|count on|need|invite|welcome)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+(?:(?:of|the)\s+)*){1,4}(?:to|for)\b/;

/**
 * THIRD_PARTNERS: "in coordination with our partner countries", "in close cooperation with our partners and allies": the
 * partners "we" act with are others beside both sides, not the other side set apart ("together with our ally" still is).
 */
export const THIRD_PARTNERS =
  /\b(?:in\s+)?(?:(?:close|closer|tight)\s+)?(?:coordination|cooperation|concert|consultation)\s+with\s+our\s+(?:(?:other|regional|international|like-minded)\s+)?(?:partner\s+(?:countries|nations)|partners(?:\s+and\s+allies)?|allies(?:\s+and\s+partners)?)\b/gi;

/**
 * ALLIES_NAMED_ELSEWHERE (round 13): "our allies in the Republic of Korea", "partners like Australia", "our friends across the
 * region": allies a place names,
 * others beside both sides (the other side, present, is "you"), not the other side set apart.
 */
export const ALLIES_NAMED_ELSEWHERE =
  /\bour\s+(?:allies|ally|partners?|friends)\s+(?:(?:in|like|such\s+as)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+(?:of\s+)?[A-Z][\w.-]*)*|(?:across|throughout|around|in)\s+the\s+(?:region|world|globe|Indo-Pacific))/g;

/** Whether words set the other side apart from "we" (ONE_SIDE_WORDS, EXPECTS_OF_OTHER; not THIRD_PARTNERS). */
export const ONE_SIDE_WE = {
  test: (words: string): boolean =>
    ONE_SIDE_WORDS.test(words.replace(THIRD_PARTNERS, ' ').replace(ALLIES_NAMED_ELSEWHERE, ' ')) || EXPECTS_OF_OTHER.test(words),
};

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five'];
/**
 * A group of the speaker counted: "all three of us", "the two of us", "we three", "our four countries" (group 1, 2 or 3 the
 * number).
 */
const NUMBERED_US =
  /\b(?:the|all)\s+(two|three|four|five)\s+of\s+us\b|\b[Ww]e\s+(two|three|four|five)\b(?!\s+(?:countries|nations|sides|years|days|weeks|months))|\b[Oo]ur\s+(two|three|four|five)\s+(?:countries|nations|democracies|militaries|governments|navies|armies)\b/;

/** Whether words count a group of the speaker ("all three of us") other than the `size` people of the talks. */
export function groupOfAnotherSize(words: string, size: number): boolean {
  const counted = NUMBERED_US.exec(words);
  return counted != null && size > 0 && NUMBER_WORDS.indexOf(counted[1] ?? counted[2] ?? counted[3]) !== size;
}

/**
 * BOTH_COUNTRIES_SUBJECT: a speaker's sentence whose subject is two countries joined by "and", before its verb ("The
 * United States and Australia are united in …", "But Japan and the U.S. will …"): the countries of the two sides of the
 * talks, when they are theirs (the caller checks). Returns the two subject words.
 */
export const BOTH_COUNTRIES_SUBJECT =
  /^(?:[^,;]{1,40},\s+)?(?:(?:And|But|So|Now|Today|Together|Again|Here),?\s+)?((?:[Tt]he\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+and\s+((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+(?!(?:of|in|on|to|for|with|at|from|by|as|that|who|which)\b)(?=\p{Ll})/u;

/** The two subject words of BOTH_COUNTRIES_SUBJECT, if the words open on such a subject. */
export function bothCountriesSubject(words: string): [string, string] | null {
  const m = BOTH_COUNTRIES_SUBJECT.exec(words.trim());
  return m ? [m[1], m[2]] : null;
}

/** The explicit group rule ("the two of us", "we both", "the Minister and I") words match, wherever they are said (quotes in stories and releases too). */
export function explicitGroupOf(words: string, size?: number): { name: string } | null {
  if (size && groupOfAnotherSize(words, size)) return null;
  return TURN_GROUP_RULES.find((r) => r.explicit && r.test.test(words)) ?? null;
}

export const JOINT_PREDICATE_RULE = '"we" or "our …" doing an act as one ("respond together", "will be joint"): both sides of the talks';

/**
 * JOINT_PREDICATE: words saying an act is done by both sides as one ("respond together", "act jointly", "as one", "in
 * lockstep", "will be joint"). "Together with <someone>" names the other side apart (one side acting with it), and an
 * adjective of a noun ("our combined posture") is no act, so neither counts.
 */
export const JOINT_PREDICATE =
  /\b(?:together|jointly|as one|in (?:concert|lockstep|unison)|side[- ]by[- ]side|shoulder[- ]to[- ]shoulder|hand[- ]in[- ]hand)\b(?!\s+with\b)|\b(?:is|are|will be|must be|would be|remains?|stays?)\s+(?:(?:fully|completely|entirely|always|truly)\s+)?(?:joint|combined|united|one)\b(?!\s+(?:of|with)\b)/;

/** "We" or "our <noun phrase>" before its verb as the subject of a clause (not "what we build", "the threats we face"); "our two countries" has a rule of its own (TURN_GROUP_RULES). */
export const FIRST_PLURAL_SUBJECT =
  /(?:^|[,;:—–]\s*|\b(?:and|but|so|that)\s+)(?:[Ww]e(?:['’](?:ll|ve|re|d))?|[Oo]ur\s+(?!(?:two|three|four)\s)(?:[\w-]+\s+){1,5}?(?=(?:is|are|will|must|can|would|should|shall|remains?|stays?)\b))/;

/** Words whose "we" or "our …" act as one with the other side (JOINT_PREDICATE with a first-person plural subject, nothing setting the other side apart). */
export function jointPredicate(words: string): boolean {
  return JOINT_PREDICATE.test(words) && FIRST_PLURAL_SUBJECT.test(words) && !ONE_SIDE_WE.test(words) && !HOME_AFFAIRS_WE.test(words);
}

/**
 * Acts that take both sides by their meaning ("we will keep in close contact", "we will work together", "we will meet
 * again", "we will hold the first meeting of …", not a meeting "with" someone else; "we'll" too): "we" doing one of them is both sides of the talks even where a speaker otherwise speaks for their own side.
 */
export const RECIPROCAL_ACT =
  /\b[Ww]e(?:['’]ll)?\s+(?:(?:will|shall|would|also|both|have|can|must|are going to|intend to|plan to|agreed to|continue to|will continue to)\s+)*(?:keep|stay|remain)\s+in\s+(?:close\s+|constant\s+|regular\s+|frequent\s+)?(?:contact|touch|communication|coordination)\b|\b[Ww]e(?:['’]ll)?\s+(?:(?:will|shall|also|both|can|must|are going to|continue to|will continue to)\s+)*(?:work(?:ing)?\s+(?:closely\s+)?together|meet\s+again|consult\s+(?:closely|each other)|communicate\s+closely)\b|\b[Ww]e(?:['’]ll)?\s+(?:(?:will|shall|also|both|are going to|intend to|plan to|agreed to)\s+)*hold\s+(?:the|a|an|our)\s+(?:[\w-]+\s+){0,4}?(?:meeting|talks|dialogue|consultations?)\b(?!\s+with\b)/;

/**
 * SUBJECT_APPOSITIVE: a comma-set appositive or relative clause describing the subject ("Lee, the deputy minister who took
 * over after Park's resignation, told …", "Brennan, who was making his third visit to Seoul, said …"): the people it
 * names are background, not parties; so are those of a participle phrase there (PARTICIPLE_APPOSITIVE), and of a
 * phrase of the occasion there (ADJUNCT_APPOSITIVE: "Brennan, at a news conference after meeting Lee, said …": the
 * speaker is Brennan, Lee only where he spoke). Only after a head that is no pronoun ("We, the Minister and the Secretary, …"
 * says who "we" is). Returns the appositive's offsets in `subject`.
 */
export function subjectAppositive(subject: string): { start: number; end: number } | null {
  // PARTICIPLE_APPOSITIVE: also a participle phrase set off the same way ("The two ministers, meeting for the first time since
  // President X took office, agreed …", "Brennan, speaking beside Minister Y, said …"): where and when, not who.
  const m =
    /^(\s*(?!(?:we|they|i|you|he|she)\b)[^,]{2,60}?),\s+(?:the|a|an|who|whose|which|(?!including\b|according\b)[a-z]{3,}ing|(?:at|after|during|before|following|in|on|upon)\s+(?:a|an|the|his|her|their|its)\b)\b[^,]*(?:,|$)/i.exec(
      subject,
    );
  return m ? { start: m[1].length, end: m[0].length } : null;
}

/**
 * WORDS_RECEIVED: the speaker tells what another said to them ("I heard directly from the Minister that …", "we were
 * assured by the Secretary that …", "I got a clear message from her that …"): the position is the other's, the speaker
 * only its author. Group 1 the other.
 */
export const WORDS_RECEIVED =
  /^\s*(?:[^,]{0,40},\s*)?(?:I|we)\s+(?:(?:also|have|had|then|just|again|once again)\s+)*(?:(?:heard|learned|received|got|took|had)\s+(?:(?:it|this|that|(?:an?|the|their|his|her)\s+(?:[\w-]+\s+)?(?:assurances?|message|word|confirmation|pledge|promise))\s+)?(?:(?:directly|personally|again|once again|clearly|first-hand|firsthand)\s+)?from|(?:was|were|have been|had been)\s+(?:(?:also|again|personally)\s+)?(?:told|assured|informed|promised)\s+(?:(?:directly|personally|again)\s+)?by)\s+((?:the\s+)?[^,;]{2,50}?)\s*,?\s+that\b/;

/**
 * CLAUSE_OF_THE_VERB: of the words before a position verb, those of its own clause: after the last ", and" / ", but" / ";"
 * when a subject of its own follows ("We did, and I told her that …": I, not the "we" of the clause before, which only
 * answered). Offset in `words` where that clause starts (0 when the verb's clause is the first).
 */
export function clauseOfVerb(words: string): number {
  let at = 0;
  for (const m of words.matchAll(/(?:,\s*(?:and|but|so)|;)\s+(?=(?:I|we|he|she|they|the|both|\p{Lu}[\p{L}'’-]+)\s)/gu))
    at = m.index + m[0].length;
  return at;
}

/**
 * PARTICIPLE_OPENING: a sentence that opens on a participle phrase ("Meeting with President X, the Secretary stressed …",
 * "Speaking beside Minister Y, Z said …", "Visiting the base, the two agreed …"): it says where and with whom, and the
 * people it names are no parties; the sentence's subject follows its comma. The first word must be read as a verb, or
 * be followed by "with"/"beside"/"alongside" (a place name in -ing is neither). Returns how many characters of `words`
 * it takes (0 when none).
 */
const PARTICIPLE_OPENING =
  /^\s*(\p{Lu}[a-z]{2,}ing)\s+(with|beside|alongside|next to|at|in|on|to|after|before|the|a|an|his|her|their)?\b[^,;:“”"]{2,120}?,\s+(?=(?:the|both|he|she|they|we|I|\p{Lu}))/u;
export function participleOpening(words: string): number {
  const m = PARTICIPLE_OPENING.exec(words);
  if (!m || /^(?:Including|According|Concerning|Regarding|During|Notwithstanding)$/.test(m[1])) return 0;
  if (m[2] && /^(?:with|beside|alongside|next to)$/.test(m[2])) return m[0].length;
  return annotate(m[1] + ' ' + words.slice(m[1].length, m[1].length + 40)).tokens[0]?.pos === 'VERB' ? m[0].length : 0;
}

/**
 * CONFIRMED_AFTER (round 14): a short sentence in a speaker's turn that only says the one before it was confirmed, agreed or
 * shared between the sides ("These points were confirmed.", "We agreed on this understanding.", "This concern has been shared
 * between us."): the sentence before is both sides' position, and the confirming sentence itself is none (it says nothing new).
 */
export const CONFIRMED_AFTER = {
  name: 'CONFIRMED_AFTER: the next sentence says this was confirmed, agreed or shared between the sides: both sides of the talks',
  pattern:
    /^(?:(?:And|Also|So)\s+)?(?:(?:This|These|That|Those)\s+(?:[\w-]+\s+){0,2}?(?:points?|concerns?|views?|understandings?|assessments?|recognitions?|positions?|matters?)\s+(?:has|have|was|were)\s+(?:(?:also|fully|mutually|been)\s+)*(?:confirmed|shared|agreed(?:\s+(?:on|upon))?)(?:\s+(?:between|by)\s+(?:us|both\s+(?:of\s+us|sides)|the\s+two\s+(?:sides|of\s+us|ministers)))?|We\s+(?:(?:also|both|fully|mutually)\s+)*(?:agreed\s+(?:on|upon|with)|confirmed|share[ds]?)\s+(?:this|these|that|those)(?:\s+(?:[\w-]+\s+){0,2}?(?:points?|concerns?|views?|understandings?|assessments?|recognitions?|positions?))?)\s*[.!]$/,
};
