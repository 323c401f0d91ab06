/**
 * Stage 4, reporting frames: who says the words of a clause, wherever the text puts it. Each frame
 * is a named rule; the words it names as the reporter are resolved by the people stage and by
 * coreference (pronouns, bare titles) in the extractor.
 *
 * - lead with "that":      "<reporter> said that <clause>"           (subject–verb, the common case)
 * - lead without "that":   "<reporter> said he <clause>", "<reporter> told reporters <clause>",
 *                          "<reporter> said in a statement <clause>"
 * - trailing attribution:  "<clause>, <reporter> said." / "<clause>, said <reporter>."
 * - according to:          "According to <reporter>, <clause>" / "<clause>, according to <reporter>."
 */

/** Verbs that report speech, as written after their subject. */
export const REPORTING_VERBS = [
  'said',
  'says',
  'stated',
  'states',
  'added',
  'noted',
  'explained',
  'stressed',
  'emphasized',
  'emphasised',
  'warned',
  'insisted',
  'argued',
  // An answer reported in a story: "X replied that the alliance had never been more important." (round 11)
  'replied',
  'announced',
  'wrote',
  // NAMED_OUTLET_REPORT (stop 41): an outlet's report relayed ("…, Kyodo News reported.").
  'reported',
  'told reporters',
  'told journalists',
  // "told a news conference", "told the same press conference", "told her weekly news briefing" (spaces become \s+).
  String.raw`told (?:a|an|the|his|her|their|its)(?: [\p{L}-]+)? (?:news|press) (?:conference|briefing)`,
  // AUDIENCE_TOLD: "told lawmakers", "told parliament", "told a parliamentary confirmation hearing", "told a defense forum".
  String.raw`told (?:(?:the )?(?:lawmakers|legislators|parliamentarians|parliament|senators)|(?:a|an|the|his|her|their|its)(?: [\p{L}-]+){0,2} (?:hearing|committee|forum|conference|session|audience|parliament|assembly))`,
  // ISSUED_DOCUMENT_THAT: "<body> issued a press release that …", "released a readout saying …" (the document's verb and noun
  // as the reporting verb: what the document says follows).
  String.raw`(?:issued|released|published|put out) (?:a|an|its|the|their)(?: [\p{L}-]+){0,2}? (?:statement|press release|news release|readout)`,
];

/** ISSUED_DOCUMENT_THAT's verb: the document it names is in the verb's own words. */
export const ISSUED_DOCUMENT = /^(?:issued|released|published|put\s+out)\s/i;

/** An audience after "told" that is a gathering, not a person told something (plain RegExp source, for the extractor's own patterns). */
export const TOLD_AUDIENCE = String.raw`told\s+(?:reporters|journalists|(?:the\s+)?(?:lawmakers|legislators|parliamentarians|parliament|senators)|(?:a|an|the|his|her|their|its)(?:\s+[A-Za-z-]+){0,2}\s+(?:news conference|press conference|news briefing|press briefing|hearing|committee|forum|conference|session|audience|parliament|assembly))`;

const VERBS = REPORTING_VERBS.map((v) => v.replace(/ /g, '\\s+')).join('|');
/** Where and when the words were said, between the verb and the clause: "afterward", "later" (TIME_ADVERB), "in a statement", "at a news conference on Friday", "in Manila on Friday", "at the Pentagon". */
const SETTING = String.raw`(?:\s+(?:afterwards?|later))?(?:\s+(?:in|at|during|on|after)\s+(?:a|an|the|his|her|its|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:statement|news conference|press conference|briefing|interview|release|readout|summary|post|speech|meeting|talks|call)(?:,?\s+(?:released|issued|published|posted)\s+[^,;“”"]{2,60}?,?(?=\s+that\b))?)?(?:\s+(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)?(?:\s+(?:(?:on|late on|early on)\s+)?\p{Lu}\p{Ll}+day(?:\s+(?:morning|afternoon|evening|night))?(?:,\s*\p{Lu}\p{Ll}+\s+time,?)?)?`;
/**
 * A clause starts with a subject: a pronoun, a determiner or a capitalised word; or (BARE_NOUN_SUBJECT, stop 41) a noun
 * phrase with no determiner whose auxiliary or copula follows within six words ("said closer cooperation … was needed",
 * "said joint drills would expand", as wire copy drops "that").
 */
const CLAUSE_START = String.raw`(?=(?:he|she|they|it|we|I|the|his|her|their|its|both|this|these|there|a|an|\p{Lu}[\p{L}.-]*)\b|(?![\p{Ll}]+ing\b|(?:and|but|or|nor|so|yet|in|on|at|to|for|with|by|of|from|after|before|during|while|when|that|which|who|as|if|than|then|also|later|afterwards?)\b)\p{Ll}[\p{L}-]*(?:\s+[\p{L}-]+){0,5}\s+(?:is|are|was|were|has|have|had|will|would|can|could|should|must|remains?|remained)\b)`;

export interface FrameRule {
  name: string;
  /** Matched against the sentence. */
  pattern: RegExp;
}

/** A participle after the main clause reports it too: "Hegseth offered reassurances, saying Washington will …". */
export const PARTICIPLE_VERBS = ['saying', 'adding', 'stating'];

/** "<reporter> <verb> [setting] <clause>" without "that"; group 1 is the verb. */
export const LEAD_WITHOUT_THAT: FrameRule = {
  name: 'reporting verb without "that"',
  pattern: new RegExp(String.raw`\b(${VERBS}|(?<=,\s*)(?:${PARTICIPLE_VERBS.join('|')}))${SETTING},?\s+${CLAUSE_START}`, 'gu'),
};

/** A main clause that refuses to speak ("declined to comment, saying he would review it"): its participle reports no position. */
export const DECLINING =
  /\b(?:declined|refused|would not|did not)\s+(?:to\s+)?(?:comment|elaborate|discuss|say|confirm|specify|give details|go into)\b/i;

/**
 * Verbs that also take a noun object ("explained Tokyo's plan", "stressed the need to …"): without
 * "that", what follows them is a reported clause only when it has a finite verb of its own.
 */
export const OBJECT_TAKING_VERBS = /^(?:explained|announced|stressed|emphasi[sz]ed|noted|warned|insisted|argued|wrote)$/i;

/** A finite verb among the first words of a clause: a modal or auxiliary, or a past tense ("he and Hegseth agreed"). */
const FINITE =
  /\b(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|shall|does|do|did|remains?|stands?|applies|covers|needs|wants|plans|[a-z]{3,}ed)\b/;

/** Present tenses that are rarely nouns: "the alliance matters", "deterrence only works", "Japan remains". */
const PRESENT_AFTER_SUBJECT =
  /\b(?:matters|works|remains|stands|means|depends|shows|continues|seeks|supports|welcomes|opposes|values|hopes|believes|expects|intends|wants|needs|plans|applies|covers|keeps)\b/;

/**
 * A circumstance of time after the verb ("… said on Friday, a day after the two held talks", "said, hours before …"):
 * when it was said, not what.
 */
export const TIME_CIRCUMSTANCE =
  /^(?:(?:a|one|two|three|four|five|several|a few|just|shortly|soon|only|days|hours|weeks|minutes)\s+)?(?:(?:day|days|hours?|weeks?|months?|minutes?)\s+)?(?:after|before|following|ahead of)\b/i;

/**
 * A reported refusal ("he would refrain from commenting on …", "she declined to discuss …", "he would not comment", "he would
 * not “get ahead of the review”", "would not negotiate in public"): the
 * words report no position. Read on the start of a reported clause.
 */
export const REPORTED_REFUSAL =
  /^[^,;]{0,40}?\b(?:refrain(?:ed|s)? from (?:comment|discuss|disclos|elaborat|specul|explain|reveal|detail|specify)\w*|declined? to (?:comment|discuss|elaborate|say|disclose|confirm|specify|speculate)|(?:would|will|could|did|does) not ["“]?(?:comment|elaborate|discuss|disclose|speculate|confirm|get ahead of|negotiate in public|go into (?:detail|details|specifics))|had no comment)\b/i;

/** Whether the words after a verb without "that" read as a clause of their own rather than the verb's object. */
export function clauseAfter(verb: string, clause: string, before = ''): boolean {
  if (PARTICIPLE_VERBS.includes(verb.toLowerCase()) && DECLINING.test(before)) return false;
  if (TIME_CIRCUMSTANCE.test(clause.trimStart())) return false;
  if (!OBJECT_TAKING_VERBS.test(verb.trim())) return true;
  return FINITE.test(clause.split(/[,;:]/)[0].split(/\s+/).slice(0, 10).join(' '));
}

/** Whether words have a finite verb anywhere: a modal, an auxiliary, a past tense, or a common present tense ("… matters", "… only works"). */
export function hasFiniteVerb(words: string): boolean {
  return FINITE.test(words) || PRESENT_AFTER_SUBJECT.test(words);
}

/** "<reporter> said in a statement that <clause>": group 1 is the verb. */
export const LEAD_SETTING_THAT: FrameRule = {
  name: 'reporting verb, setting, "that"',
  pattern: new RegExp(String.raw`\b(${VERBS})${SETTING},?\s+that\s+`, 'gu'),
};

/**
 * When or where it was said, after a trailing attribution: "…, Marles said on Saturday after meeting Hegseth in Singapore."
 * (AS_HE_BEGAN: "…, Kishi said as he began a meeting with …": the words' moment, the time clause of wire copy.)
 */
const CIRCUMSTANCE = String.raw`(?:\s+(?:after|before|following|during|while|in|at|on|as\s+(?:he|she|they|the\s+two)\s+(?:began|opened|started|met|arrived|wrapped\s+up|concluded|ended|left|greeted|welcomed|hosted))\s+[^,;“”"]{2,120}?)?`;

export interface TrailingFrame {
  rule: string;
  /** Offsets within the sentence. */
  clause: [number, number];
  reporter: [number, number];
}

/** After the clause only ("…, a ministry spokesperson told a regular briefing."): a briefing named after the words it reports. */
// STANCE_VERB_TRAILING (round 14): "<clause>, Hagel reaffirmed following the meetings.": a verb of stance after the clause
// reports it as "said" does (before a clause it stays the position verb it is).
const TRAILING_ONLY_VERBS = String.raw`(?:told\s+(?:a|an|the|his|her|its|their)(?:\s+[\p{L}-]+){0,2}\s+briefing|reaffirmed|reiterated|affirmed|underscored)`;

/** The name of the trailing rule whose attribution goes on with a participle (the extractor drops the participle's own frame). */
export const TRAILING_THEN_PARTICIPLE = 'trailing attribution, then a participle "<clause>, <reporter> said …, saying <clause>"';

const TRAILING_RULES: { name: string; pattern: RegExp; clause: number; reporter: number }[] = [
  {
    name: 'trailing attribution "<clause>, <reporter> said."',
    pattern: new RegExp(
      String.raw`^(.{12,}?),\s+([^,;“”"]{2,90}?)\s+(?:${VERBS}|${TRAILING_ONLY_VERBS})${SETTING}${CIRCUMSTANCE}\s*[.!]?["”’]?$`,
      'su',
    ),
    clause: 1,
    reporter: 2,
  },
  {
    name: 'trailing attribution "<clause>, said <reporter>."',
    pattern: new RegExp(String.raw`^(.{12,}?),\s+(?:${VERBS})\s+([^,;“”"]{2,90}?)\s*[.!]?["”’]?$`, 'su'),
    clause: 1,
    reporter: 2,
  },
  {
    name: 'trailing "according to <reporter>."',
    pattern: /^(.{12,}?),\s+according\s+to\s+([^,;“”"]{2,90}?)\s*[.!]?["”’]?$/su,
    clause: 1,
    reporter: 2,
  },
  {
    // "…, according to the readout, which was released late on Monday." / "…, according to the ministry, a step …": an aside
    // on the source or on the news after the reporter is not the reporter.
    name: 'trailing "according to <reporter>", then an aside',
    pattern: /^(.{12,}?),\s+according\s+to\s+([^,;“”"]{2,90}?),\s+(?:which|a|an)\s+[^;“”"]{3,200}?[.!]?$/su,
    clause: 1,
    reporter: 2,
  },
  {
    // "X reaffirmed …, the ministry said, and expressed …": the attribution between two predicates of one subject covers both.
    name: 'attribution between two predicates "<clause>, <reporter> said, and <predicate>"',
    pattern: new RegExp(
      String.raw`^((.{12,}?),\s+([^,;“”"]{2,90}?)\s+(?:${VERBS})${SETTING},\s+(?:and|but)\s+(?!(?:he|she|they|it|we|I|the|a|an|this|that|there)\b)\p{Ll}+(?:ed|s)\b[^;“”"]{3,200}?[.!]?)$`,
      'su',
    ),
    clause: 1,
    reporter: 3,
  },
  {
    // TRAILING_THEN_PARTICIPLE: "<clause>, Lund told a news conference after the talks, saying <clause>": the trailing
    // attribution and the participle that goes on from it report one position (one sentence, one passage), the reporter's.
    name: TRAILING_THEN_PARTICIPLE,
    pattern: new RegExp(
      String.raw`^((.{12,}?),\s+([^,;“”"]{2,90}?)\s+(?:${VERBS}|${TRAILING_ONLY_VERBS})${SETTING}${CIRCUMSTANCE},\s+(?:${PARTICIPLE_VERBS.join('|')}|noting|stressing)\s+(?:that\s+)?[^;“”"]{8,}?[.!]?)$`,
      'su',
    ),
    clause: 1,
    reporter: 3,
  },
  {
    // SAID_AFTER_SUBJECT (round 18): "The treaty, Lund said, covers the islands.": the reporter and "said" set off between the
    // subject and its predicate (a verb in the present or past, lower case) report the whole sentence.
    name: 'attribution after the subject "<subject>, <reporter> said, <predicate>"',
    pattern: new RegExp(
      String.raw`^((\p{Lu}[^,;“”"]{1,60}?),\s+((?:he|she|they|(?:the\s+)?\p{Lu}[^,;“”"]{1,60}?))\s+(?:said|says|added|noted|stressed|insisted)${SETTING},\s+(?!(?:the|a|an|he|she|they|it|we|i|this|these|those|that|there|his|her|their|its|our|in|on|at|for|to|as)\b)(?:(?:also|still|now|will|would|must|remains?|is|are|was|were|has|have)\s+)?\p{Ll}+(?:s|ed)?\b[^;“”"]{8,}?[.!]?)$`,
      'su',
    ),
    clause: 1,
    reporter: 3,
  },
  {
    // ATTRIBUTION_AFTER_SUBJECT: "Lund, according to the ministry, told Ruiz the patrols would resume.": the reporter set off
    // between the subject and its predicate covers the whole sentence.
    name: 'attribution after the subject "<subject>, according to <reporter>, <predicate>"',
    pattern: /^((\p{Lu}[^,;“”"]{1,60}?),\s+according\s+to\s+([^,;“”"]{2,90}?),\s+\p{Ll}[^;“”"]{8,}?[.!]?)$/su,
    clause: 1,
    reporter: 3,
  },
  {
    name: 'leading "According to <reporter>, <clause>"',
    pattern: /^According\s+to\s+([^,;“”"]{2,90}?),\s+(.{12,})$/su,
    clause: 2,
    reporter: 1,
  },
];

/** A frame that puts the reporter after the clause (or "according to" before it), for a sentence without another frame. */
export function trailingFrame(sentence: string): TrailingFrame | null {
  for (const r of TRAILING_RULES) {
    const m = r.pattern.exec(sentence);
    if (!m) continue;
    const clauseAt = sentence.indexOf(m[r.clause], r.clause === 1 ? 0 : m[r.reporter].length);
    // The reporter after the clause, or inside it (between two predicates): after the clause's first words.
    const reporterAt = sentence.indexOf(
      m[r.reporter],
      r.reporter === 1 ? 0 : r.reporter === 3 ? clauseAt + m[2].length : clauseAt + m[r.clause].length,
    );
    // The reporter is a name, a title or a body, not a clause of its own.
    if (/\b(?:that|which|who|because|while|when|if)\b/i.test(m[r.reporter])) continue;
    // REDUCED_RELATIVE_NOT_REPORTER (round 13): "…, a sentiment he noted at the summit.", "…, the view she stated last week.": a
    // noun with a relative clause that has no "that" describes the words before; a pronoun after a noun is no reporter.
    if (/^(?:a|an|the|this|that|one)\s+(?:[\p{L}-]+\s+){1,3}(?:he|she|they|we|I)$/iu.test(m[r.reporter].trim())) continue;
    return {
      rule: r.name,
      clause: [clauseAt, clauseAt + m[r.clause].length],
      reporter: [reporterAt, reporterAt + m[r.reporter].length],
    };
  }
  return null;
}

/**
 * REPORTER_STAYS_CENTRE: in "“…,” X told reporters after the talks with Y. “…,” he added." the "he" of the next
 * attribution is the one who spoke (the subject of the reporting verb), not a person named after it in an adjunct: news copy
 * keeps the speaker as the centre of a run of quotations. Given the words right after a person's name, whether that name
 * is the subject of a reporting verb.
 */
export const REPORTER_STAYS_CENTRE = {
  name: 'the subject of a reporting verb stays the one "he" or "she" refers to next',
  after: new RegExp(String.raw`^\s+(?:(?:also|later|then|again)\s+)?(?:${VERBS}|told\b)`, 'u'),
};
