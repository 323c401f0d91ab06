/**
 * What a call the import proposes (the document reports it, none is on record) is recorded as
 * when a draft that proposes it is accepted: its kind from the words that report it, and a title
 * in the dataset's style ("Hegseth–Teodoro meeting, April 2026"). Pure, so unit-tested alone.
 */

export type ProposedCallKind = 'PHONE_CALL' | 'VIDEO_CALL' | 'MEETING';

/** Words that tell how the officials engaged, by name; the first that matches wins. */
export const CALL_KIND_RULES: { kind: ProposedCallKind; name: string; test: RegExp }[] = [
  // A "courtesy call" is a visit in diplomatic usage ("received a courtesy call from the Ambassador"), not a telephone call.
  { kind: 'MEETING', name: 'courtesy call: a visit', test: /\bcourtesy\s+(?:call|visit)s?\b/i },
  {
    kind: 'VIDEO_CALL',
    name: 'video words',
    test: /\b(?:video(?:[- ]?(?:tele)?conferenc\w*|[- ]call\w*|[- ]link)?|virtual(?:ly)?|online\s+(?:meeting|talks))\b/i,
  },
  { kind: 'PHONE_CALL', name: 'telephone words', test: /\b(?:tele)?phon(?:e|ic)\b|\bcall(?:s|ed)?\b|\bspoke\s+(?:by|over|on)\b/i },
  { kind: 'MEETING', name: 'meeting words', test: /\b(?:met|meet(?:s|ing)?|talks|visit\w*|hosted|received|welcomed)\b/i },
];

/**
 * Two people or more as the joint subject of a discussion, before its verb ("Ana Ruiz and Li Wei discussed on Monday …",
 * "The ministers of Chile and Peru talked by …"): the engagement a story reports when it names no call or meeting in so
 * many words. Group 1 is the verb; the people are looked for before it. No quotation, colon or semicolon before it.
 */
export const JOINT_DISCUSSION = {
  name: 'two people the joint subject of a discussion, none on record near the date',
  pattern: /^(?=[^;:"“”]*?\sand\s)[^;:"“”]{0,240}?\s(?:also\s+|jointly\s+)?(discussed|talked|conferred|exchanged\s+views|held\s+talks)\b/,
};

/**
 * OPENING_ADDRESS: a host's remarks open by addressing the guest by title and name ("Minister Ortiz, it's good to see you
 * again", "Good morning. Secretary Lind, Minister Abe, welcome to Lisbon"): the meeting of the one speaker with those
 * addressed, the engagement the remarks belong to. Group 1 is the address (one name or several, by commas or "and").
 * Only the opening sentences of a transcript whose one speaker is known (the caller checks that).
 */
export const OPENING_ADDRESS = {
  name: 'the one speaker opens by addressing officials by name: their meeting, none on record near the date',
  pattern:
    /^(?:\p{Lu}[\p{Lu}\s,.'’-]{2,80}:\s+)?(?:(?:Good\s+(?:morning|afternoon|evening)|Hello|Well|Thank\s+you|Thanks)(?:,?\s+(?:everyone|everybody|all))?[.,!]?\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+){1,5}\p{Lu}[\p{L}'’-]+(?:,?\s+(?:and\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,5}\p{Lu}[\p{L}'’-]+){0,4}),?\s+(?:it['’]s|it\s+is|it\s+has\s+been|welcome|thank\s+you|thanks|I\s+(?:want|would\s+like)\s+to\s+(?:welcome|thank))\b/u,
};

export function callKindOf(span: string): { kind: ProposedCallKind; rule: string } {
  for (const r of CALL_KIND_RULES) if (r.test.test(span)) return { kind: r.kind, rule: r.name };
  return { kind: 'MEETING', rule: 'no engagement words: a meeting' };
}

const KIND_WORDS: Record<ProposedCallKind, string> = { PHONE_CALL: 'telephone call', VIDEO_CALL: 'video call', MEETING: 'meeting' };

/** "Hegseth–Teodoro meeting, April 2026": family names joined by an en dash, the kind, the month of the date. */
export function callTitle(familyNames: string[], kind: ProposedCallKind, date: string): string {
  const month = new Date(`${date}T12:00:00Z`).toLocaleString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return `${familyNames.join('–')} ${KIND_WORDS[kind]}, ${month}`.slice(0, 300);
}

/**
 * Remarks an official made in another setting than the talks, to a legislature ("appearing before the National
 * Assembly's defense committee", "told lawmakers", "testified to Congress", "at his confirmation hearing"): not words of
 * the call the story reports, unless they speak of it or of the counterpart (the caller checks that). So are remarks to
 * reporters at another event ("During a reception hosted by an embassy, X told reporters …", "at a forum"). As data.
 * So are remarks in an interview with an outlet ("In an interview with a broadcaster later that day, X said …", round 13).
 * (LEGISLATIVE_TERM: "in the next Parliament", "before the current Congress ends" is a time, a legislature's term, not a
 * setting.)
 */
export const OTHER_SETTING = {
  name: 'remarks before a legislature, or at another event (a reception, a dinner, a forum): another setting than the talks',
  pattern:
    /\b(?:appear(?:s|ed|ing)?|testif(?:y|ies|ied|ying)|sp(?:eak(?:s|ing)?|oke)|told|tell(?:s|ing)?|address(?:es|ed|ing)?|brief(?:s|ed|ing)?|before|at|in)\s+(?!the\s+(?:next|current|previous|last|coming|following|present|new|same)\s+(?:parliament|Congress|Diet|legislature|National\s+Assembly|Senate)\b)(?:(?:a|an|the|his|her|their)\s+)?(?:[\p{L}'’.-]+\s+){0,3}?(?:parliament(?:ary)?|National\s+Assembly|Diet|Congress(?:ional)?|Senate|House\s+of\s+(?:Representatives|Commons|Councillors)|lawmakers|legislators|legislature|MPs|senators|parliamentarians|confirmation\s+hearing)\b|\b(?:during|at)\s+(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:reception|dinner|gala|banquet|luncheon|cocktail\s+party|forum)\b|\b(?:in|during)\s+(?:an?|the|his|her)\s+(?:[\p{L}'’-]+\s+){0,2}?interview\s+(?:with|on|to)\b/iu,
};

/**
 * After a country's name, the words that make it a party one deals with ("the U.S. side", "Korean counterparts",
 * "Japan's delegation") rather than the topic of a remark ("South Korea should spend more"): only then does remarks in
 * another setting name the call's other side (OTHER_SETTING).
 */
export const OTHER_SIDE_AS_PARTY =
  /^(?:['’]s)?\s+(?:side|counterparts?|delegation|officials|government|team|authorities|defen[cs]e\s+(?:minister|ministry|secretary|chief))\b/i;

/**
 * INTENDED_ENGAGEMENT (round 10): engagement words governed by a verb of intention, plan or schedule ("is seeking to hold
 * talks with", "plans to meet", "is scheduled to hold bilateral meetings with …, as well as talks with", "hopes to visit")
 * and a condition ("If held, X's meeting with Y will …") report an engagement to come, not one held: no call to propose from them. `before` is the sentence up to the engagement
 * words; the verb of intention is looked for in its last 160 characters, in the same clause (no full stop or semicolon).
 */
export const INTENDED_ENGAGEMENT = {
  name: 'an engagement to come (a verb of intention, plan or schedule, or "if held", before it): no call held',
  pattern:
    /\b(?:seek(?:s|ing)?|plan(?:s|ned|ning)?|hop(?:es|ed|ing)|want(?:s|ed|ing)?|aim(?:s|ed|ing)?|intend(?:s|ed|ing)?|(?:is|are|was|were)\s+(?:expected|scheduled|set|due|slated|going)|arrang(?:es|ed|ing)|propos(?:es|ed|ing)|would\s+like|look(?:s|ed|ing)?\s+forward)\s+to\b[^.;]{0,140}$|\bif\s+(?:held|realized|it\s+(?:happens|takes\s+place|goes\s+ahead))\b[^.;]{0,140}$/i,
};
export const intendedEngagement = (before: string): boolean => INTENDED_ENGAGEMENT.pattern.test(before.slice(-160));

/**
 * VISIT_ENGAGEMENT (round 10): "During U.S. Secretary X's visit to the Philippines, Secretary Y highlighted …", "X, on his
 * visit to Japan, met …": a visit by one official to a place, in a sentence naming another official, is their engagement
 * (a meeting) when no call or meeting is reported in other words.
 */
export const VISIT_ENGAGEMENT = {
  name: "an official's visit to a place, another official named beside it: their meeting, none on record near the date",
  pattern:
    /(?:[’']s|\b(?:his|her|their))\s+(?:(?:first|official|recent|two-day|three-day|working|state)\s+)?visit\s+to\s+(?:the\s+)?\p{Lu}/u,
};

/**
 * RECEIVED_AS_GUEST (round 14): an official received, welcomed or hosted as a guest, in the passive ("X was warmly received at
 * the Department of Y", "X was welcomed by Minister Z", "X was hosted in Manila"): a visit, the meeting of the guest with
 * the host the sentence names, none on record near the date.
 */
export const RECEIVED_AS_GUEST = {
  name: 'an official received as a guest, the host named beside: their meeting, none on record near the date',
  pattern:
    /\b(?:was|were|had\s+been|has\s+been)\s+(?:(?:warmly|cordially|formally|officially)\s+)?(?:received|welcomed|hosted)\s+(?:at|by|in|to)\s/i,
};

/**
 * JOINT_POSITION (round 15): two people or more of two countries as the joint subject of a position taken ("A and B agreed
 * Friday to …", "Minister A and Secretary B on Wednesday confirmed …", "A and B reaffirmed …"): a story's or a release's
 * lead that reports the talks by what came of them, naming no call or meeting in so many words. Their talks, when no
 * sentence reports an engagement between two people. Group 1 is the verb; the people are looked for before it, and the
 * words before it report no one's saying (the caller checks: "X said A and B agreed" names X beside them).
 */
export const JOINT_POSITION = {
  name: 'two people of two countries the joint subject of a position taken, no call or meeting named: their talks',
  pattern:
    /^(?=[^;:"“”]*?\sand\s)[^;:"“”]{0,240}?\s(?:also\s+|jointly\s+|both\s+|together\s+)?(agreed|confirmed|reconfirmed|reaffirmed|affirmed|vowed|pledged|concurred|committed|reiterated|shared|underscored|emphasi[sz]ed|stressed|condemned|welcomed|expressed|highlighted|signed|decided|endorsed|unveiled|announced)\b/,
};

/**
 * HELD_ENGAGEMENT (round 13): talks reported by a verb of holding and a noun of talks, whatever words stand between ("held a
 * Defence Ministerial Meeting with …", "we had a very good bilateral meeting", "held a telephone conference"), or by the
 * medium and a noun of talks after a preposition ("made the commitment in a phone discussion", "during a video exchange"),
 * or a courtesy call paid to someone ("paid a courtesy call to the Prime Minister"), or (round 15, BARE_TALKS_HELD) a plural
 * noun of talks with no article ("held discussions", "held bilateral talks", "had consultations"):
 * an engagement held, as releases, readouts and stories write it. Not a press or news conference, nor a briefing.
 * (LONG_MEETING_NAME, round 20: up to six words between the article and the noun, as a 2+2's formal name has them, "held
 * the second Japan-Chile Foreign and Defense Ministers' Meeting with …"; four left the four ministers' meeting unread.)
 */
export const HELD_ENGAGEMENT = {
  name: 'a verb of holding and a noun of talks ("held a ministerial meeting", "had a bilateral meeting"): an engagement held',
  pattern:
    /\b(?:had|held|holds?|holding|conducted|convened)\s+(?:an?|their|the|its|his|her|our)\s+(?:(?!press\b|news\b|media\b|cabinet\b)[\w'’-]+\s+){0,6}?(?:meeting|talks|conversation|discussion|dialogue|teleconference|videoconference|(?:tele)?phone\s+conference|video\s+conference|phone\s+call|call)\b|\b(?:had|held|holds?|holding|conducted)\s+(?:(?!press\b|news\b|media\b|cabinet\b|the\b|a\b|an\b)[\w'’-]+\s+){0,2}?(?:talks|discussions|consultations|negotiations)\b|\b(?:in|during|at|after|over)\s+(?:an?|their|the)\s+(?:[\w-]+\s+){0,2}?(?:(?:tele)?phone|telephonic|video|virtual)\s+(?:discussion|exchange|meeting|conversation|talks|call)\b|\bpaid\s+(?:a|an)\s+(?:courtesy\s+)?(?:call|visit)\s+(?:to|on)\b/i,
};

/**
 * ONE_SIDE_NAMED (round 13): talks held that name one participant only, the other side a title, a country or a body
 * ("Minister X held a telephone conference with Italy's defence minister", "X met his Chilean counterpart"): proposed with
 * the one side named, the other left to the editor (`missing` says so); accepting a draft records no call until then.
 */
export const ONE_SIDE_NAMED = {
  name: 'talks held, one participant named: proposed with that side, the other left to the editor',
};
/** What the editor must add to a call proposed with one side named: the other side, with the words the text gives for it. */
export function missingCounterpart(counterpart: string | null): string {
  return counterpart
    ? `the other participant: the text names them only as "${counterpart.slice(0, 120)}"; record them, then the call`
    : 'the other participant, whom the import could not name from the text: record them, then the call';
}

/**
 * NAMED_PAIR_MEETING (round 13): a meeting named by the two countries that held it ("at the Japan-Fiji Defense Ministerial
 * Meeting, I expressed …", "during the U.S.-Chile Defense Talks"): an engagement held, of those two countries' officials.
 * Group 1 is the pair ("Japan-Fiji"); the caller checks it names two countries (not "the Shangri-La Dialogue").
 */
export const NAMED_PAIR_MEETING = {
  name: 'a meeting named by the two countries that held it',
  pattern:
    /\b(?:[Aa]t|[Dd]uring|[Ii]n|[Aa]fter|[Ff]ollowing)\s+the\s+((?:U\.S\.|U\.K\.|\p{Lu}[\p{L}]*)\s*[-–]\s*(?:U\.S\.|U\.K\.|\p{Lu}[\p{L}]*))\s+(?:\p{Lu}[\p{L}'’]*\s+){0,3}(?:Meeting|Talks|Dialogue|Conference|Consultations|Summit)\b/u,
};

/**
 * TALKS_IN_LEAD (stop 36): the last resort when no call is on record or found and no other rule proposed one, while the
 * title or the opening of the document reports talks held ("The Japanese and British defense ministers began talks
 * Tuesday", "Today, following the 2+2, a bilateral meeting was also held", a title "… Joint Press Briefing With …" or
 * "… Opening Remarks at Bilateral Meeting"): a call is proposed, its participants the people named in the first of: a
 * sentence reporting the talks, that sentence with the two after it, the title, the opening, that names two or more (four
 * at most) of two countries; else none, left to the editor (`missing`). The opening's sentences are read by the engagement
 * words of the rules above (CALL_WORDS, HELD_ENGAGEMENT …) and by `opening`; talks to come (INTENDED_ENGAGEMENT) and talks
 * as a topic (`topic`) are none. Counted on the fourteen real tuning folders before it was written: 16 documents with
 * drafts and no call, proposed or recorded, report talks in their opening; offline, each folder with the gate fitted
 * without it, 749 → 761 right drafts, the same drafts.
 */
export const TALKS_IN_LEAD = {
  name: 'TALKS_IN_LEAD: talks reported in the title or opening, none on record or proposed by another rule: proposed',
  /** How far into the text the opening reaches (characters). */
  reach: 800,
  /** Talks held in words the other rules do not read. */
  opening:
    /\b(?:began|begin|opened|started|wrapped\s+up|concluded)\s+(?:[\w-]+\s+){0,2}?(?:talks|meeting)\b|\bheld\s+the\s+(?:[\w'’“”"+-]+\s+){0,6}?(?:meeting|talks|dialogue|consultations)\b|\b(?:meeting|talks)\s+(?:was|were|had\s+been)\s+(?:also\s+)?(?:held|attended\s+by)\b/i,
  /** A title that names talks held: a meeting with someone, a bilateral or ministerial meeting, a joint briefing with. */
  title:
    /\b(?:bilateral|ministerial|ministers['’]?|2\+2)\s+(?:meeting|talks|dialogue|consultations)\b|\b(?:meeting|talks|call|conversation|videoconference|teleconference)\s+(?:with|between)\b|\b(?:press\s+)?(?:briefing|conference|availability)\s+with\b|\b(?:met|meets|hosts|hosted|welcomes|welcomed|receives|received)\s+(?=\p{Lu})/iu,
  /** Before the engagement words: they are a topic ("asked about cost-sharing talks with …"), not talks held. */
  topic: /\b(?:about|regarding|concerning)\s+(?:[\w'’-]+\s+){0,3}$/i,
  missing: 'the participants of the talks the document reports, whom the import could not tell from the text: record them, then the call',
};

/**
 * Engagement words that report no talks held, given the words before them: talks to come (INTENDED_ENGAGEMENT) or talks
 * as a topic (TALKS_IN_LEAD.topic: "Asked about cost-sharing talks with Washington").
 */
export const engagementNotHeld = (before: string): boolean => intendedEngagement(before) || TALKS_IN_LEAD.topic.test(before);
