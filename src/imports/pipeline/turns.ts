/**
 * Stage 2, turns and speakers of a transcript: "Q:", "A:", "SECRETARY AUSTIN:", "Minister KIHARA:",
 * "REPORTER (Kyodo):". A turn runs from its label to the next label, over paragraphs; a question
 * is never a position, a moderator's words are not either; "A:" is the principal speaker's.
 */
import type { Block } from './segment';
import { WORDS_RECEIVED } from './coref';

export type TurnRole = 'QUESTION' | 'MODERATOR' | 'ANSWER' | 'SPEAKER';

export interface Turn {
  /** The label as written, e.g. "SECRETARY AUSTIN"; for "A:" the principal's label when known. */
  label: string;
  role: TurnRole;
  /** Offset where the words of the turn begin in its first block. */
  bodyStart: number;
  /** First and last block of the turn. */
  fromBlock: number;
  toBlock: number;
}

/** Lowercase words that belong in a title or a name: "Minister of Defense", "Ursula von Berg", "Abu bin Salem". */
export const LABEL_CONNECTORS = [
  'of',
  'for',
  'the',
  'and',
  'on',
  'to',
  'de',
  'da',
  'del',
  'der',
  'di',
  'du',
  'dos',
  'la',
  'le',
  'van',
  'von',
  'bin',
  'binti',
  'al',
  'y',
];

function speakerLabelPattern(): RegExp {
  const word = `(?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}.’'-]*|(?:${LABEL_CONNECTORS.join('|')})(?![\\p{L}])|\\([^()]{1,40}\\)|\\[[^[\\]]{1,40}\\])`;
  return new RegExp(`^(?=.*\\p{Lu})${word}(?:,?\\s+${word}){0,11}$`, 'u');
}

/** Labels by role (data, each named); tried in order on the words before the colon. */
export const TURN_RULES: { name: string; role: TurnRole; label: RegExp }[] = [
  {
    name: 'question label',
    role: 'QUESTION',
    label:
      /^(?:Q|Question|Reporter|Journalist|Press(?!\s+(?:Secretary|Officer|Attach[ée]|Spokes\w+|Director|Aide))|Audience|Participant)\b/i,
  },
  // A reporter named with the outlet after a slash, as Philippine and other briefings label them: "ANA CRUZ/DAILY STAR".
  { name: 'reporter and outlet', role: 'QUESTION', label: /^\p{Lu}[\p{L}.’' -]{1,40}\s*\/\s*[\p{Lu}\p{N}][\p{L}\p{N}.’' &-]{0,40}$/u },
  {
    name: 'moderator label',
    role: 'MODERATOR',
    label: /^(?:Moderator|MC|Staff|Interpreter|Translator|Operator|Host|Chair|Announcer|Emcee|Facilitator)\b/i,
  },
  { name: 'answer label', role: 'ANSWER', label: /^A$/ },
  // A speaker: words written as a name or title is ("SECRETARY OF DEFENSE X", "Minister KIHARA", "Penny Smith, Foreign
  // Minister", "MINISTER X (VIA INTERPRETER)"): each word capitalised or a name's connector ("of", "the", "van"); a
  // sentence's opening before a colon ("Let me be very clear: …", "What matters is this: …") has lowercase words.
  { name: 'speaker label', role: 'SPEAKER', label: speakerLabelPattern() },
];

/** "LABEL: words"; a full-width colon ("Q：") as Japanese publishers write it. */
const LABEL = /^([^:：\n]{1,90})(?::\s+|：\s*)/;
/** "Q) …" and "A) …": the question and answer marks of Korean government briefings; "Q. …" too (not "A.", a lettered heading). */
const PAREN_LABEL = /^([QA])\)\s+(?=\S)|^(Q)\.\s+(?=\p{Lu})/u;
/**
 * BRACKET_LABEL: a label in lenticular brackets, as Japanese transcripts mark turns ("【Q】…", "【A】…", "【Minister】…", the
 * reporter's "【記者】"), read by the same rules as "LABEL: words"; a heading in brackets ("【Opening statement】") is none.
 */
export const BRACKET_LABEL = /^【([^【】\n]{1,40})】\s*(?=\S)/u;
/**
 * SQUARE_BRACKET_LABEL (round 13): a label in square brackets, as re-posted video transcripts mark turns ("[Translator] Let
 * us start …", "[Secretary X] Minister Y, …"), read by the same rules; a stage note ("[Inaudible]", "[Laughter]") is none.
 */
export const SQUARE_BRACKET_LABEL =
  /^\[(?!(?:inaudible|laughter|applause|crosstalk|pause|music|silence|unintelligible|sic|video|audio|break)\b)([^[\]\n]{1,40})\]\s*(?=\S)/iu;
/** Words that, before a colon, start a heading or a sentence rather than name a speaker. */
const NOT_A_SPEAKER =
  /^(?:Note|Related|Source|Photo|Editor|Update|Tags?|Subjects?|Topics?|Date|Time|Location|Place|Venue|Attendees?|Participants|Language|Summary|Overview|Outline|Agenda|Announcements?|Questions? and Answers|Contact|Media|Read more|Also|Released|Updated|Posted|Translation|Transcript|Briefers?|Presenters?)\b/i;

/** First-person words of a speaker's turn ("I", "we", "our"). */
const FIRST_PERSON_BODY = /(?:^|[\s,;:“"(])(?:I|[Ww]e|[Oo]ur|[Mm]y|[Uu]s)\b/;

/** A note after the label that the words come through an interpreter: "(Via interpreter)", "(Through an interpreter)", "[Interpreted]". */
export const INTERPRETER_NOTE =
  /^[([](?:(?:via|through|by|as|in)\s+(?:an?\s+|the\s+)?)?(?:interpret|translat)\w*(?:\s+(?:from|by)\s+[\w\s]{1,30})?[)\]]\s*/i;

/** A date stamp a saved excerpt opens with: " date 2031-03-03 ", "2031-03-03 ". */
const DATE_STAMP = /^\s*(?:date\s+)?\d{4}-\d{2}-\d{2}\s+(?=\p{Lu})/iu;

/** The label of a block's first line, if it is one. */
export function turnLabel(text: string): { label: string; role: TurnRole; length: number; rule: string } | null {
  // DATE_STAMP_BEFORE_LABEL (round 13): a saved excerpt's date stamp before the first label (" date 2031-03-03 MINISTER X: …").
  const stamp = DATE_STAMP.exec(text);
  if (stamp) {
    const after = turnLabel(text.slice(stamp[0].length));
    return after && after.role !== 'QUESTION' ? { ...after, length: after.length + stamp[0].length } : null;
  }
  const m = BRACKET_LABEL.exec(text) ?? SQUARE_BRACKET_LABEL.exec(text) ?? LABEL.exec(text) ?? PAREN_LABEL.exec(text);
  if (!m || NOT_A_SPEAKER.test(m[1] ?? '')) return null;
  const label = (m[1] ?? m[2]).trim();
  // "MINISTER X: (Via interpreter) …": the note on how the words were given is not part of them.
  const note = INTERPRETER_NOTE.exec(text.slice(m[0].length));
  const length = m[0].length + (note ? note[0].length : 0);
  for (const r of TURN_RULES) if (r.label.test(label)) return { label, role: r.role, length, rule: r.name };
  return null;
}

/** A title or courtesy word that makes a line in capitals a speaker's name rather than a heading ("SECRETARY HEGSETH"). */
const LABEL_TITLE =
  /\b(?:Secretary|Minister|Senator|Ambassador|General|Admiral|President|Premier|Chancellor|Spokes(?:person|man|woman)|Chair(?:man|woman)?|Director|Commander|Deputy|Governor|Colonel|Captain|Major|Lieutenant|Dr|Mr|Mrs|Ms|Hon|Sec|Min|Gen|Adm|Amb|Col|Capt|Lt)\b\.?/i;

/**
 * The label of a block that is a label alone, with the words on the next lines (Australian and older DoD transcripts:
 * "SECRETARY HEGSETH" or "JOURNALIST:" on a line of its own, then the answer): in capitals or ending with a colon, a
 * few words with no sentence mark, read by the same rules as "LABEL: words".
 */
export function standaloneLabel(line: string): { label: string; role: TurnRole; length: number; rule: string } | null {
  const t = line.trim();
  if (t.length > 90 || /[.!?;,"“”]$/.test(t) || t.split(/\s+/).length > 9) return null;
  const bare = t.replace(/\s*[:：]$/, '');
  if (!bare || (bare === t && bare !== bare.toUpperCase()) || !/\p{L}/u.test(bare) || NOT_A_SPEAKER.test(bare)) return null;
  const r = TURN_RULES.find((x) => x.label.test(bare));
  return r ? { label: bare, role: r.role, length: line.length, rule: `${r.name} on a line of its own` } : null;
}

/**
 * INLINE_LABEL: a speaker's label inside a paragraph, after a sentence, as re-posts and excerpts that lost the transcript's
 * line breaks print it ("… Republic of Korea. DEFENSE MINISTER X (THROUGH TRANSLATOR): Thank you …"): words in capitals
 * with a title among them, a note on the interpreter allowed, then a colon. Only in a document declared a transcript, the
 * first such label of a paragraph that opens with none, within its first 600 characters.
 */
export const INLINE_LABEL =
  /[.!?]["”’)]?\s+((?:\p{Lu}[\p{Lu}.’'-]*,?\s+){1,8}\p{Lu}[\p{Lu}.’'-]+(?:\s*[([](?:THROUGH|VIA|AS|BY)\b[^)\]]{0,30}[)\]])?):\s+(?=\S)/u;

/** The label inside a paragraph (INLINE_LABEL), its length the offset where the words after it begin. */
export function inlineLabel(text: string): { label: string; role: TurnRole; length: number; rule: string } | null {
  const m = INLINE_LABEL.exec(text.slice(0, 600));
  if (!m || !LABEL_TITLE.test(m[1]) || NOT_A_SPEAKER.test(m[1])) return null;
  const label = m[1].replace(/\s*[([][^)\]]*[)\]]$/, '').trim();
  const r = TURN_RULES.find((x) => x.label.test(label));
  return r ? { label, role: r.role, length: m.index + m[0].length, rule: `${r.name} inside a paragraph` } : null;
}

/**
 * Labels on lines of their own, where the document reads that way: two of them at least, a question's or moderator's
 * among them or a speaker's repeated, and each speaker's a title or a repeated name (not a heading in capitals).
 */
function standaloneLabels(text: string, blocks: Block[], labelled: (ReturnType<typeof turnLabel> | null)[]) {
  const found = blocks.map((b, i) =>
    labelled[i] || i + 1 >= blocks.length || labelled[i + 1] ? null : standaloneLabel(text.slice(b.start, b.end)),
  );
  const count = new Map<string, number>();
  for (const l of found) if (l) count.set(l.label.toUpperCase(), (count.get(l.label.toUpperCase()) ?? 0) + 1);
  const kept = found.map((l) =>
    l && (l.role !== 'SPEAKER' || LABEL_TITLE.test(l.label) || (count.get(l.label.toUpperCase()) ?? 0) > 1) ? l : null,
  );
  const all = kept.filter((l) => l !== null);
  const document = all.length >= 2 && all.some((l) => l.role !== 'SPEAKER' || (count.get(l.label.toUpperCase()) ?? 0) > 1);
  return document ? kept : found.map(() => null);
}

/**
 * The turns of a text whose blocks are given, when it reads as a transcript (at least two labelled
 * blocks, or the document says it is one); else none. `principal` names the speaker "A:" stands for.
 */
export function turns(text: string, blocks: Block[], isTranscript: boolean, principal: string | null): Turn[] {
  const inline = blocks.map((b) => turnLabel(text.slice(b.start, b.end)));
  const alone = standaloneLabels(text, blocks, inline);
  // INLINE_LABEL: in a transcript, a label after a sentence of the paragraph (line breaks lost in a re-post).
  const labelled = inline.map((l, i) => l ?? alone[i] ?? (isTranscript ? inlineLabel(text.slice(blocks[i].start, blocks[i].end)) : null));
  // In a document not declared a transcript, "Command and Control: Secretary Austin announced …" is a topic label
  // before a third-person sentence, not a speaker: only labels before first-person words count as speakers there.
  const counted = isTranscript
    ? labelled
    : labelled.map((l, i) =>
        l && l.role === 'SPEAKER' && !FIRST_PERSON_BODY.test(text.slice(blocks[i].start + l.length, blocks[i].end)) ? null : l,
      );
  if (!isTranscript && counted.filter((l) => l && l.role !== 'SPEAKER').length + counted.filter(Boolean).length < 3) return [];
  const firstSpeaker = labelled.find((l) => l?.role === 'SPEAKER')?.label ?? null;
  // "A:" is the principal on record ("A"), else the speaker who opened ("Spokesperson X: Good morning. …"), else the title.
  const answerLabel = principal === 'A' ? 'A' : (firstSpeaker ?? principal ?? 'A');
  const out: Turn[] = [];
  // Answers never labelled ("Q: …?" then the minister's paragraph, then "Q:" again): no question label is followed by a
  // speaker's or an answer's.
  // The next label after each block, by one scan from the end (linear: a hostile text can have tens of thousands of lines).
  const next: (typeof labelled)[number][] = new Array(labelled.length).fill(null);
  for (let i = labelled.length - 2; i >= 0; i--) next[i] = labelled[i + 1] ?? next[i + 1];
  const answersUnlabelled =
    labelled.some((l) => l?.role === 'QUESTION') &&
    labelled.every((l, i) => l?.role !== 'QUESTION' || (next[i]?.role !== 'SPEAKER' && next[i]?.role !== 'ANSWER'));
  for (const [i, b] of blocks.entries()) {
    const l = labelled[i];
    const last = out[out.length - 1];
    if (l) {
      const label = l.role === 'ANSWER' ? answerLabel : l.label;
      out.push({ label, role: l.role, bodyStart: b.start + l.length, fromBlock: i, toBlock: i });
    } else if (isTranscript && last && i > 0 && handedTo(text.slice(blocks[i - 1].start, blocks[i - 1].end)) != null) {
      // HANDED_TURN: the paragraph after one that hands the floor to someone by name or title is that person's turn.
      out.push({
        label: handedTo(text.slice(blocks[i - 1].start, blocks[i - 1].end))!,
        role: 'SPEAKER',
        bodyStart: b.start,
        fromBlock: i,
        toBlock: i,
      });
    } else if (
      answersUnlabelled &&
      last?.role === 'QUESTION' &&
      (principal ?? firstSpeaker) != null &&
      /\?["”’)]*\s*$/.test(text.slice(blocks[last.toBlock].start, blocks[last.toBlock].end)) &&
      !/\?["”’)]*\s*$/.test(text.slice(b.start, b.end))
    )
      // The paragraph after a question that ends asking, in a transcript whose answers carry no label: the principal's answer.
      out.push({ label: answerLabel, role: 'ANSWER', bodyStart: b.start, fromBlock: i, toBlock: i });
    else if (last) last.toBlock = i;
  }
  return out;
}

/** A courtesy or post before a family name, or a post alone, as a speaker hands the floor to someone ("Mr. X", "Mr. Secretary"). */
const HANDED_PERSON = String.raw`(?:Mr\.?|Mrs\.?|Ms\.?|Madam|Madame|Dr\.?|Minister|Secretary|General|Admiral|Ambassador)(?:\s+(?:Minister|Secretary|\p{Lu}[\p{L}'’-]+)){0,2}`;

/**
 * HANDED_TURN (round 13): the words that hand the floor to the next speaker at the end of a paragraph of a transcript whose turns
 * carry no labels: an announcer's "Mr. X will speak first", a speaker's "Mr. Secretary, over to you", "I now hand over to
 * Minister X", "the floor is yours". Group 1 or 2 the one handed the floor, read as a speaker's label is.
 */
export const HANDED_TURN = new RegExp(
  String.raw`(?:\b(${HANDED_PERSON})\s+will\s+(?:now\s+)?(?:speak|begin|start|go)\s+(?:first|next|now)\b|\b(${HANDED_PERSON}),?\s+(?:over\s+to\s+you|the\s+floor\s+is\s+yours)\b|\b(?:hand|turn|pass)(?:ing)?\s+(?:it\s+|the\s+floor\s+)?over\s+to\s+(${HANDED_PERSON}))[^.!?]*[.!?]?["”’)]*\s*(?:[^.!?]{0,120}[.!?]\s*){0,2}$`,
  'u',
);

/** The one a paragraph hands the floor to at its end (HANDED_TURN), else null. */
export function handedTo(paragraph: string): string | null {
  const m = HANDED_TURN.exec(paragraph.trim());
  return m ? (m[1] ?? m[2] ?? m[3]).trim() : null;
}

/**
 * Releases that give an official's words as paragraphs after an attribution line of their own, without quotation
 * marks (the UK government's "Defence Secretary X said:" style). Rules as data, each named.
 */
export const ATTRIBUTED_PARAGRAPH_RULES = {
  /** The attribution line: a short block that is only "<speaker> said:" (no quotation mark, no sentence before it). */
  line: /^([^“"‘.:;!?]{3,90}?)\s+(?:said|added|stated|commented|remarked|explained)\s*:$/u,
  /** Words of the speaker go on over later paragraphs while they speak in the first person. */
  firstPerson: /\b(?:I|I'm|I’m|I've|I’ve|[Ww]e|[Oo]ur|[Uu]s|[Mm]y|[Mm]e)\b/u,
  /** A paragraph opening with a quotation mark is a quotation the other stages already read. */
  quoted: /^[“"‘]/u,
  /**
   * ATTRIBUTABLE_LINE: "Quotes attributable to Minister X:", "Comments from Minister X:", as Australian and other releases head
   * the minister's quoted words.
   */
  attributable: /^(?:Quotes?|Comments?|Remarks)\s+(?:attributable\s+to|from|by)\s+([^“"‘.:;!?]{3,90}?)\s*:$/iu,
};

/**
 * Speaker turns made of the paragraphs after an attribution line ("Defence Secretary X said:" then unquoted
 * paragraphs): the first paragraph after the line, and the next ones while they speak in the first person. Returns
 * the turns and the blocks that are attribution lines (no position themselves).
 */
export function attributedParagraphs(text: string, blocks: Block[]): { turns: Turn[]; lines: Set<number> } {
  const out: Turn[] = [];
  const lines = new Set<number>();
  for (let i = 0; i < blocks.length - 1; i++) {
    const line = text.slice(blocks[i].start, blocks[i].end).trim();
    const m =
      line.split(/\s+/).length <= 14
        ? (ATTRIBUTED_PARAGRAPH_RULES.line.exec(line) ?? ATTRIBUTED_PARAGRAPH_RULES.attributable.exec(line))
        : null;
    if (!m) continue;
    const first = text.slice(blocks[i + 1].start, blocks[i + 1].end).trim();
    // QUOTED_AFTER_LINE: a quotation right after the line is the speaker's too (no attribution of its own needed).
    if (ATTRIBUTED_PARAGRAPH_RULES.line.test(first) || ATTRIBUTED_PARAGRAPH_RULES.attributable.test(first)) continue;
    let to = i + 1;
    while (to + 1 < blocks.length) {
      const next = text.slice(blocks[to + 1].start, blocks[to + 1].end).trim();
      if (ATTRIBUTED_PARAGRAPH_RULES.line.test(next) || ATTRIBUTED_PARAGRAPH_RULES.attributable.test(next)) break;
      // After a quotation, more quotations with no attribution of their own go on; after plain words, a quotation is another's.
      const quoted = ATTRIBUTED_PARAGRAPH_RULES.quoted.test(next);
      if (quoted && (!ATTRIBUTED_PARAGRAPH_RULES.quoted.test(first) || /[”"]\s*[^“"”]*\b(?:said|says|added|told)\b/.test(next))) break;
      if (!quoted && !ATTRIBUTED_PARAGRAPH_RULES.firstPerson.test(next)) break;
      to++;
    }
    lines.add(i);
    out.push({ label: m[1].trim(), role: 'SPEAKER', bodyStart: blocks[i + 1].start, fromBlock: i + 1, toBlock: to });
    i = to;
  }
  return { turns: out, lines };
}

/** Press-conference pages with no turn labels: questions and answers alternate paragraph by paragraph. */
export const UNLABELLED_QA_RULES = {
  /** The heading after which they alternate ("2. Questions and Answers", "Q&A"). */
  heading: /^(?:\d{1,2}[.)]\s*)?(?:Questions? and Answers?|Q\s*&\s*A)(?:\s+session)?$/i,
  /** A reporter's paragraph: it ends with a question mark, or asks in so many words. */
  question: [
    { name: 'ends with a question mark', test: /\?[”"’)]?\s*$/ },
    {
      name: 'a request to the speaker',
      // (Also after the question's premise: "As you mentioned, this is your first meeting. I would like to ask …")
      test: /(?:^|[.!?]\s+)(?:Please (?:tell|give|explain|comment|share)|I(?:'d| would) like to ask|(?:Could|Can|Would|Will) you\b)/i,
    },
  ],
};

/**
 * The turns of a transcript without labels, from its "Questions and Answers" heading on: a paragraph that asks is a
 * question, the paragraphs after it until the next question are the principal speaker's answer. None without the heading.
 */
export function unlabelledTurns(text: string, blocks: Block[], principal: string | null): Turn[] {
  const at = blocks.findIndex((b) => UNLABELLED_QA_RULES.heading.test(text.slice(b.start, b.end).trim()));
  if (at < 0) return [];
  const out: Turn[] = [];
  for (let i = at + 1; i < blocks.length; i++) {
    const words = text.slice(blocks[i].start, blocks[i].end).trim();
    const asks = UNLABELLED_QA_RULES.question.some((r) => r.test.test(words));
    const last = out[out.length - 1];
    if (!asks && last?.role === 'ANSWER') {
      last.toBlock = i;
      continue;
    }
    out.push({
      label: asks ? 'Q' : (principal ?? 'A'),
      role: asks ? 'QUESTION' : 'ANSWER',
      bodyStart: blocks[i].start,
      fromBlock: i,
      toBlock: i,
    });
  }
  return out.some((t) => t.role === 'QUESTION') ? out : [];
}

/**
 * JOINT_TITLE: a transcript titled as two officials' joint appearance ("Joint News Conference with Secretary X and Minister
 * Y", "Joint Press Briefing by X and Y", "X and Y Joint Press Conference in Manila"): those it names stand together, with or
 * without a turn of their own in the excerpt.
 */
export const JOINT_TITLE =
  /\bjoint\s+(?:news|press|media)\s+(?:conference|briefing|availability|remarks|appearance|statements?)\b|\b(?:news|press|media)\s+(?:conference|briefing|availability)\s+(?:with|by)\s+[^,;]{2,80}?\s+and\s+/i;

/**
 * HOSTED_TITLE (round 13): a transcript titled as one official's remarks welcoming, hosting or receiving another ("X Remarks
 * Welcoming Minister Y to the Pentagon", "X Hosts Y", "X Receives Y"): the one named after the verb is in the room, addressed
 * or not by name ("Mr. Minister"). Group 1 the words after the verb.
 */
export const HOSTED_TITLE = /\b(?:welcom(?:es|ing)|host(?:s|ing)|receiv(?:es|ing)|greet(?:s|ing))\s+(.{2,120})$/i;

/**
 * QUESTION_ON_TALKS: a reporter's question that names the talks the one speaker of a press conference just had ("Would you
 * comment on the trilateral meeting with the U.S. and Australia that you just had?", "How did your call with the Secretary
 * go?"): the engagement the press conference is about. Group 1 the words naming it (with whom).
 */
export const QUESTION_ON_TALKS =
  /\b((?:the|your|today['’]s|this\s+(?:morning|afternoon|evening)['’]s)\s+(?:[\w.’'-]+\s+){0,4}?(?:meeting|talks|call|conversation|teleconference|consultations?|dialogue)(?:\s+with\s+[^?;]{1,80}?)?)\s+(?:that\s+|which\s+)?you\s+(?:have\s+|had\s+)?(?:just\s+)?(?:had|held|attended|concluded|finished)\b|\b((?:your|today['’]s)\s+(?:[\w.’'-]+\s+){0,3}?(?:meeting|talks|call|conversation|teleconference)\s+with\s+[^?;]{1,80}?)\s+(?:go|went)\b|\byou\s+(?:just\s+|have\s+just\s+)?(?:had|held)\s+(?:a\s+)?((?:lunch|dinner|breakfast|(?:bilateral\s+)?(?:meeting|talks)|(?:telephone\s+|phone\s+|video\s+)?call)\s+with\s+[^?.;]{1,80}?)(?=[?.;,]|\s+(?:today|this|on|in|and)\b)/i;

/**
 * ASKS_ABOUT_TALKS: a reporter asking what the speaker and the other side did in the talks ("Did you share any view on …?",
 * "Did you discuss the budget?", "Were you able to agree on …?"): the answer is about the talks.
 */
export const ASKS_ABOUT_TALKS =
  /^(?:[^?]{0,120}?[.,]\s+)?(?:Did|Have|Were|Could)\s+(?:you|the\s+(?:two|three|four)\s+(?:sides|ministers|countries))\s+(?:(?:also|both|all|able\s+to)\s+)*(?:share|discuss|agree|raise|talk|touch|exchange|confirm|reach|request|bring\s+up)\w*\b/;

/**
 * What the talks left out, as an answer tells it: "X was not discussed today", "There was no such request", "That was not a
 * subject of today's talks". A refusal beside it ("…, and I will not speculate") leaves it a statement about the talks.
 */
export const TALKS_NOT_COVERED =
  /\b(?:was|were|has|have)\s+not\s+(?:been\s+)?(?:discussed|raised|mentioned|requested|brought up|on the (?:agenda|table))\b|\b(?:did\s+not|didn['’]t)\s+(?:come up|give (?:me|us)|ask (?:me|us|for)|request|raise|bring up|make (?:any|a) (?:request|demand))\b|\b[Tt]here\s+(?:was|were)\s+no\s+(?:such\s+)?(?:request|demand|discussion|proposal|mention)s?\b|\b(?:was|were)\s+not\s+(?:a|the)\s+(?:subject|topic|part)\s+of\s+(?:the|our|this|that|today['’]s|yesterday['’]s|last \w+['’]s)\b|^No\s+(?:new\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:was|were)\s+(?:discussed|raised|requested|mentioned)\b/;

/** A title before a name in a speaker's account of the talks: "Minister Ahn", "Secretary Hegseth", "Vice Minister Seo". */
const TITLED = String.raw`(?:(?:the\s+)?(?:(?:Vice|State|Deputy|Assistant|Prime|Defen[cs]e|Foreign)\s+)?(?:Secretary|Minister|Ambassador|General|Admiral|Chairman|President|Gen\.|Adm\.|Dr\.|Mr\.|Ms\.|Mrs\.)\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2}`;

/**
 * A speaker's sentence that takes a position though it has no first-person position word nor names the alliance or a
 * commitment (`SPEAKER_POSITION`), by name. Real press conferences and briefings are full of them: a minister proposing
 * ("I would like to propose that our teams meet …"), agreeing to a proposal ("I think that's a good idea"), a briefer
 * reporting the principals by name ("Minister X and Secretary Y agreed that …"), taking the other side's words ("I
 * received his words as …"), and the standard assurance that a step "is not aimed at any country".
 */
export const TURN_POSITION_RULES: { name: string; test: RegExp }[] = [
  {
    // THANKS_FOR_WORK (round 14): thanks for the counterpart's work, not for a courtesy, is a position (corpus README).
    name: 'THANKS_FOR_WORK: the speaker thanks the counterpart for their work, efforts, leadership or support',
    test: /\bI\s+(?:(?:want|would\s+like|['’]d\s+like)\s+to\s+)?thank\s+(?:the\s+(?:minister|secretary)|him|her|my\s+(?:friend|counterpart|colleague)|(?:Minister|Secretary)\s+\p{Lu}[\p{L}-]+)\s+(?:[\p{L}-]+\s+){0,2}?for\s+(?:his|her|their)\s+(?:[\p{L}-]+\s+(?:and\s+)?){0,4}?(?:work|efforts?|leadership|support|commitment|contributions?)\b/u,
  },
  {
    name: 'a proposal or a wish for joint work: "I would like to propose that …", "I want us to …"',
    test: /\b(?:I|[Ww]e)\s+(?:(?:would|'d|’d)\s+(?:like|want)\s+to\s+|want\s+to\s+|also\s+)?(?:propose|proposed|suggest|suggested)\b|\b(?:I|[Ww]e)\s+(?:(?:also|really|strongly)\s+)?want\s+(?:us|both\s+(?:sides|countries)|our\s+(?:two\s+)?(?:teams|countries|forces|militaries|industries|staffs))\s+to\b/,
  },
  {
    name: 'an opinion of the speaker: "I think …", "I believe …", "I am confident …", "I have full confidence in …"',
    test: /^(?:(?:Well|And|So|But|Yes|No|Frankly|Honestly),?\s+)?(?:I|[Ww]e)\s+(?:(?:really|certainly|do|also|firmly|strongly)\s+)?(?:think|believe|am confident|are confident|’m confident|'m confident|’re confident|'re confident|have (?:full|complete|every|great|total) (?:confidence|trust|faith) in)\b(?!\s+(?:so|not)\s*[.,]?$)/,
  },
  {
    name: 'the principals by name in a briefer’s account: "Minister X and Secretary Y agreed …", "Minister X expressed …"',
    test: new RegExp(
      String.raw`^(?:(?:Also|And|Then|Further|In addition|Yes|First|Second|Third),?\s+)?${TITLED}(?:\s+and\s+${TITLED})?\s+(?:(?:also|further|then|jointly|both)\s+)?(?:agreed|reaffirmed|reiterated|affirmed|confirmed|emphasi[sz]ed|underscored|stressed|welcomed|condemned|expressed|pledged|committed|thanked|assured|highlighted|explained|stated|noted|proposed|offered|accepted|requested|conveyed|promised|appreciated|praised|supported)\b`,
      'u',
    ),
  },
  {
    name: 'the other side’s words taken as a message: "I received his words as …", "I took her remarks as …"',
    test: /\b(?:I|[Ww]e)\s+(?:received|took|take|welcomed|welcome|appreciated|appreciate|valued|value)\s+(?:his|her|their|the (?:Secretary|Minister)['’]s)\s+(?:words|remarks|message|statement|assurances?|comments)\b/,
  },
  {
    name: 'a country’s stance as the speaker gives it: "Australia remains committed to …", "Norway stands with …"',
    test: /^(?:(?:And|So|Well|Look|Today|Now),?\s+)?(?:The\s+)?\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,2}\s+(?:(?:also|still|fully|firmly|strongly|absolutely|fundamentally|always|will|remains|is|stays|continues to)\s+){0,3}(?:committed|determined|resolved|ready|prepared|stands?|supports?|welcomes?|opposes?|condemns?|rejects?)\b/u,
  },
  {
    name: 'the speaker’s side’s position unchanged: "Our position remains unchanged", "our policy has not changed", "That has been our position"',
    test: /\b(?:[Oo]ur|[Mm]y|[Tt]he (?:government|ministry|department)['’]s)\s+(?:position|stance|policy|view|assessment)\s+(?:on\s+[^,;.]{1,60}\s+)?(?:remains|is|has not|hasn['’]t|will not|won['’]t)\s+(?:(?:firmly|fully|completely)\s+)?(?:unchanged|the same|changed|change|consistent|firm|clear)\b|^(?:(?:And|So|Well),?\s+)?(?:That|This|It)\s+(?:has\s+(?:always\s+)?been|is|was|remains)\s+(?:and\s+(?:it\s+)?(?:remains|will remain)\s+)?(?:our|my|the (?:government|ministry|department)['’]s)\s+(?:position|stance|policy|view)\b/,
  },
  {
    name: 'both sides as the subject: "Our two countries will …", "Both our nations must …"',
    test: /(?:^|[,;:—–]\s*|\b(?:and|but|that)\s+)(?:[Oo]ur two|[Bb]oth (?:of )?our)\s+(?:countries|nations|militaries|forces|governments|navies|armies)\s+(?:(?:will|must|should|shall|can|need to|have to|are going to|continue to|remain|stand|share|agree)\b)/,
  },
  {
    // Real remarks at a guest's welcome: "I'm proud of all we've achieved together", "I'm encouraged by the work we're doing
    // with our partners" (not "I'm glad to be here", a courtesy).
    name: 'the speaker’s pride in, or encouragement by, joint work: "I’m proud of what we have achieved", "I’m encouraged by …"',
    test: /^(?:(?:And|So|But|Today|Again|Now),?\s+)?I(?:['’]m|\s+am)\s+(?:(?:very|so|really|deeply|particularly|especially|also|truly|incredibly|immensely)\s+)*(?:proud|encouraged|heartened)\s+(?:of|by|with)\b/,
  },
  {
    name: 'a vision the speaker’s side seeks: "We seek a region where …", "we want a future in which …"',
    test: /(?:^(?:(?:And|But|So|Today|Together),?\s+)?|[,;:—–]\s*|\b(?:and|but|so|that)\s+)(?:[Ww]e)\s+(?:(?:all|both|also|still|continue\s+to|will\s+continue\s+to)\s+)?(?:seek|want|envision|strive\s+for|work\s+(?:toward|towards|for))\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:region|world|Indo-Pacific|future|order|peninsula|neighbou?rhood|continent)\s+(?:where|in which|that|of)\b/,
  },
  {
    // The standard line of defense officials: "We do not seek conflict or confrontation, but we are ready …".
    name: 'what the speaker’s side does not seek: "We do not seek confrontation, but …"',
    test: /(?:^|[,;:—–]\s*|\b(?:and|but|so)\s+)(?:[Ww]e|[Tt]he United States|America)\s+(?:(?:do|does|will)\s+not|don['’]t|doesn['’]t|won['’]t)\s+seek\s+(?:a\s+|any\s+)?(?:conflict|confrontation|war|escalation|a\s+fight)\b/,
  },
  {
    // Japanese ministry translations: "Secretary X and I concurred that …", "We concurred to oppose …".
    name: 'the speaker and the other side concurred: "Secretary X and I concurred that …"',
    test: /\b(?:I|[Ww]e|(?:Secretary|Minister)\b[^,;]{0,50}?\s+and\s+I)\s+(?:(?:also|both|fully|further)\s+)?concurred\b/,
  },
  {
    // Round 12: praise or thanks of the other side for what it did or does for the relationship, whoever "we" is: "We commend
    // you for the work your country has done …", "we want to thank him and his ministers for the contribution they made to …",
    // "I'd like to acknowledge the government of X, because under it the relationship …". (Thanks for a visit, the welcome or
    // the hospitality stay courtesies: 'greeting or thanks', COURTESY.)
    name: 'PRAISE_OF_PARTNER: praise or thanks of the other side for its work, contribution, commitment or support',
    test: /\b(?:I|[Ww]e)\s+(?:(?:also|really|must|(?:want|would\s+like|['’]d\s+like)\s+to)\s+)*(?:commend|praise|salute|applaud|thank|acknowledge|congratulate)\s+(?:you|him|her|them|the\s+(?:government|people|ministers?|leadership)|\p{Lu})[^.;]{0,160}?(?:\bfor\s+(?:the|your|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?(?:job|work|contributions?|commitment|support|leadership|efforts?|role|assistance|help|partnership|cooperation)\b|,?\s+because\s+[^.;]{0,80}\b(?:relationship|partnership|cooperation|alliance|ties)\b)/u,
  },
  {
    // Round 12: an assessment of the relationship in the superlative of "never": "our two countries have never been more
    // close", "that cooperation has never been greater than it is today" (the corpus README: assessments are positions).
    name: 'RELATIONSHIP_NEVER_BETTER: "… has never been stronger / closer / greater"',
    test: /\bnever\s+(?:been|had)\s+(?:a\s+)?(?:stronger|closer|greater|better|deeper|more\s+(?:close|closely\s+aligned|aligned|united|important|\w+er))\b/,
  },
  {
    // Round 12: the speaker's side helping the other in work under way: "Through the program, we're helping X search for …".
    name: 'HELP_UNDER_WAY: "we are helping / assisting <the other side> …"',
    test: /\b[Ww]e(?:['’]re|\s+are)\s+(?:also\s+|now\s+|still\s+)?(?:helping|assisting)\s+(?:\p{Lu}|the\s+\p{Lu}|you|them|our\s+(?:partners?|friends?|allies))/u,
  },
  {
    name: 'a step "not aimed at any country": the standard assurance',
    test: /\bnot\s+(?:aimed|directed|targeted)\s+at\s+any\b|\bnot\s+(?:building|doing|directed)\s+\w*\s*against\s+any\s+(?:particular\s+|third\s+|one\s+)?(?:country|nation)\b/,
  },
];

/**
 * A sentence of a turn that says nothing by itself but goes on with the position of the sentence just before it, in the
 * same paragraph: it points back ("That is a promise, not a slogan.", "This is not new.") or is a short gloss of it ("Our
 * aim is to finish what we started."). It joins that sentence's draft: one position, two sentences.
 */
export const FOLLOW_ON = {
  pointsBack: /^(?:(?:And|But|So),?\s+)?(?:That|This|It|Which)(?:['’]s|\s+(?:is|was|has|will|remains|means|goes))\b/,
  gloss:
    /^(?:(?:And|But|So),?\s+)?(?:Our|My|The)\s+(?:focus|aim|goal|priority|intention|purpose|point|message|concern)\s+(?:is|was|remains)\b/,
  maxWords: 16,
};

/**
 * Whether a turn's sentence continues the one before it (`FOLLOW_ON`): one pointing back only when it has no position of
 * its own ("That has been our position" is one), a gloss of the aim even with a stance word in it ("Our focus is on
 * finishing what we agreed").
 */
export function followsOn(words: string, hasPosition = false): boolean {
  const t = words.trim();
  if (t.split(/\s+/).length > FOLLOW_ON.maxWords || /\?["”’)]*$/.test(t)) return false;
  return FOLLOW_ON.gloss.test(t) || (!hasPosition && FOLLOW_ON.pointsBack.test(t));
}

/** The rule by which a speaker's sentence takes a position the first-person and topic words miss, if one does. */
export function turnPosition(words: string): { name: string } | null {
  return TURN_POSITION_RULES.find((r) => r.test.test(words.trim())) ?? null;
}

/** A clause that only describes the talks: their length, that they took place, what they were like. */
const MEETING_DESCRIBED =
  /^(?:(?:And|So|Well|Today|This (?:morning|afternoon|evening)),?\s+)?(?:(?:we|I|the (?:Secretary|Minister) and I|(?:Secretary|Minister) \p{Lu}[\p{L}-]+ and I)\s+(?:have\s+)?(?:spent|had|held)\s+(?:about\s+|nearly\s+|almost\s+|more than\s+|over\s+)?(?:(?:an?|one|two|three|four|five|\d+|several|many)\s+)?(?:(?:very|really|most|extremely)\s+)?(?:[\w-]+\s+){0,3}?(?:hours?|minutes?|meeting|discussions?|conversations?|talks?|exchanges?|sessions?|calls?)\b(?:\s+(?:together|this \w+|today|with (?:him|her|each other|the \w+|my \w+)))*\s*[.,]?|(?:the|our|today['’]s)\s+(?:(?:phone|telephone|video)\s+)?(?:call|meeting|talks?|conversation)\s+(?:started|began|lasted|ran|took)\b(?:\s+[\w:.-]+){0,3}?(?:\s+and\s+(?:lasted|ran|took|ended))?|(?:I\s+(?:believe|think|feel)\s+(?:that\s+)?)?(?:the|today['’]s|this|our)\s+(?:(?:phone|telephone|video)\s+)?(?:meeting|talks?|call|discussions?|conversation|exchange|session)\s+(?:was|were|has been|have been)\s+(?:(?:very|highly|extremely|truly|most|really)\s+)?(?:productive|useful|fruitful|candid|frank|significant|meaningful|constructive|valuable|successful|substantive|good|great|excellent|positive|warm|friendly|in-depth|timely|important)\b|(?:it|this|that)\s+(?:was|has been)\s+(?:an?\s+)?(?:(?:very|really|most|extremely|truly)\s+)?(?:[\w-]+(?:,|\s+and)?\s+){0,4}?(?:discussion|meeting|conversation|exchange|session|talk|call|dialogue)\b)[^,;]{0,60}?[.!]?$/iu;

/** Words of a stance: a clause with one is not only a description of the talks. */
const TURN_STANCE =
  /\b(?:agree\w*|reaffirm\w*|reiterat\w*|confirm\w*|committed|pledg\w*|decided|concur\w*|condemn\w*|welcom\w*|support\w*|oppos\w*|will|must|should)\b/i;

/** PAST_SUMMIT_RECALLED (round 13): "In <month>, our/the <leaders> <did> … at/during their <summit|meeting|visit>". */
const PAST_SUMMIT_RECALLED =
  /^(?:(?:And|But|So|Now),?\s+)?(?:In\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|Last\s+(?:month|year|spring|summer|autumn|fall|winter)),?\s+(?:our|the|their)\s+(?:(?:two|three|four)\s+)?(?:leaders|presidents|prime\s+ministers|heads\s+of\s+(?:state|government))\s+\p{Ll}+ed\b[^;]{0,160}?\b(?:at|during)\s+(?:their|the|a)\s+(?:[\w-]+\s+){0,3}?(?:summit|meeting|visit|talks)\b[^;]{0,60}[.!]?$/u;

/**
 * GAP_FRAGMENT: a transcript sentence that opens on a transcriber's gap ("(inaudible) --", "[crosstalk]", a bare "--") and
 * has no clause after it: neither a subject pronoun nor a finite auxiliary, copula or modal ("… -- capability of the
 * alliance."). Who said what of it is lost: no position.
 */
export const GAP_FRAGMENT = {
  name: 'a fragment after a transcription gap: no clause left',
  gap: /^(?:[-–—]+\s*)?(?:[([](?:inaudible|unintelligible|indiscernible|crosstalk|audio (?:gap|interrupted|drops?))[)\]]\s*(?:[-–—]+\s*)?|[-–—]+\s*)/i,
  clause:
    /\b(?:I|we|you|he|she|they|it|there|this|that|am|is|are|was|were|be|been|will|would|shall|should|can|could|may|might|must|has|have|had|do|does|did)\b|['’](?:s|re|ve|ll|d|m)\b/i,
};

/** Whether the words open on a transcription gap and leave no clause after it (GAP_FRAGMENT). */
export function gapFragment(words: string): boolean {
  const gap = GAP_FRAGMENT.gap.exec(words.trim());
  if (!gap || !gap[0].trim()) return false;
  return !GAP_FRAGMENT.clause.test(words.trim().slice(gap[0].length));
}

/** TALKS_HELD: the talks held (by the speaker's side and the other) or the speaker's chance to meet, no stance (round 15). */
export const TALKS_HELD = {
  name: 'TALKS_HELD: that the talks were held, or the speaker had a chance to meet, no stance',
  forms: [
    /^(?:[^,;]{0,30},\s+)?(?:[Ww]e|I|[Tt]he\s+\p{Lu}[^,;]{0,60}?\s+and\s+the\s+\p{Lu}[^,;]{0,60}?|(?:Secretary|Minister)\s+\p{Lu}[\p{L}-]+\s+and\s+I)\s+(?:also\s+)?held\s+(?:our|the|their|a|an)\s+(?:[\w-]+\s+){0,4}?(?:meeting|talks|dialogue|consultations?|session)\b[^;]{0,200}$/u,
    /^(?:[^,;]{0,30},\s+)?I\s+(?:also\s+)?had\s+(?:a|the)\s+(?:chance|opportunity)\s+to\s+meet\s+(?:with\s+)?[^;]{0,250}$/u,
  ],
};

/** COURTESY_FORMS: a courtesy alone, in the forms the courtesy rule of TURN_NOTHING_RULES does not read (round 15). */
export const COURTESY_FORMS = {
  name: 'COURTESY_FORMS: a welcome, congratulations or thanks extended or expressed, a pleasure to receive the guest, alone',
  forms: [
    // "(First,) I would like to extend my warmest welcome to …", "I again express my congratulations on …"
    /^(?:[\w ]{1,30},\s+)?I\s+(?:(?:would|'d|’d)\s+like\s+to\s+|want\s+to\s+)?(?:(?:again|also|once again|first|sincerely)\s+)*(?:extend|express|offer|convey)\s+(?:my|our)\s+(?:(?:warmest|warm|sincere|heartfelt|deepest|hearty|warmest and most)\s+)*(?:welcome|congratulations|gratitude|thanks|appreciation|condolences)\b/iu,
    // "I also want to welcome your delegation, including …"
    /^(?:(?:And|So|Also),?\s+)?I\s+(?:also\s+)?(?:want|would like|'d like|’d like)\s+to\s+(?:also\s+)?welcome\s+(?:you and\s+)?your\s+(?:delegation|team|colleagues|staff)\b[^;]{0,120}$/iu,
    // "It's now my pleasure to (return the favor, to) welcome my friend X to …"
    /^(?:(?:And|So|Well),?\s+)?(?:It['’]s|It\s+is)\s+(?:now\s+|again\s+)?(?:my|our|a)\s+(?:great\s+|real\s+)?(?:pleasure|honou?r|privilege)\s+(?:to\s+[^,;]{1,30},\s+)?to\s+(?:welcome|host|receive|greet)\b/iu,
    // "X is here at the ministry and we're very pleased to receive him"
    /\b(?:we|I)(?:['’]re|['’]m|\s+are|\s+am)\s+(?:(?:very|so|really|most|truly)\s+)?(?:pleased?|happy|delighted|glad|honou?red)\s+to\s+(?:receive|welcome|greet|host|have)\s+(?:him|her|them|you)(?:\s+here)?\s*[.!]?$/iu,
  ],
  stance:
    /\b(?:commitment|support|alliance|deterr\w*|treaty|pledge|leadership|contribution|resolve|solidarity|agree\w*|reaffirm\w*|confirm\w*)\b/i,
};

/**
 * A speaker's sentence that yields nothing, by name, though it is in the first person or names the talks: the talks
 * described ("We spent two hours together, and it was a very productive discussion", as the opening of a joint press
 * conference says), their subject without a position ("The talks focused on …"), a question's premise rejected with
 * nothing more ("I don't agree with that assessment."), and a promise to tell reporters later ("I will let you know once
 * the date is set."). Each checked on the whole sentence, so a position beside them keeps it a draft.
 */
export const TURN_NOTHING_RULES: { name: string; reason: 'BACKGROUND' | 'NO_POSITION'; test: (words: string) => boolean }[] = [
  {
    // Round 13: an earlier summit or meeting of others the speaker recalls ("In May, our two presidents launched a new era of
    // partnership at their summit in X"): the occasion in the past, not the speaker's position (a stance word keeps it).
    name: 'PAST_SUMMIT_RECALLED: what others did at an earlier summit or meeting, a month or more ago',
    reason: 'BACKGROUND',
    test: (t) => PAST_SUMMIT_RECALLED.test(t) && !TURN_STANCE.test(t),
  },
  {
    // GAP_FRAGMENT: "(inaudible) -- continued cooperation in the region.": the transcriber lost the start, and what is left
    // is no clause (no subject, no finite verb). "(Inaudible) -- our goal is to keep …" keeps its clause and stays.
    name: GAP_FRAGMENT.name,
    reason: 'NO_POSITION',
    test: gapFragment,
  },
  {
    name: 'the talks described: how long, that they were held, what they were like (every clause)',
    reason: 'BACKGROUND',
    test: (t) =>
      t
        .split(/,\s*(?:and\s+)?|;\s*/)
        .filter((c) => c.trim())
        .every((c) => MEETING_DESCRIBED.test(c.trim()) && !TURN_STANCE.test(c)),
  },
  {
    // "Last night I had a good conversation with <name>", "Yesterday I spent the whole morning at <place> with <name>": the
    // speaker's own account of the meeting (background, as d04 m26 r12 s11 label it); a stance in it keeps the sentence.
    name: 'the speaker’s own meeting: "Yesterday I spent the morning with …", "Last night I had a good conversation with …"',
    reason: 'BACKGROUND',
    test: (t) =>
      /^(?:(?:Yesterday|Last (?:night|week|month)|This (?:morning|afternoon|evening)|Today|Earlier today|On \p{Lu}\p{Ll}+day),?\s+)?(?:I|We)\s+(?:just\s+|also\s+)?(?:spent|had|held)\s+(?:[\w'’-]+\s+){0,5}?(?:morning|afternoon|evening|day|hours?|conversations?|talks?|meetings?|calls?|discussions?|lunch|dinner|sessions?|teleconferences?|video\s?conferences?)\b[^,;]{0,60}?\bwith\s+[^;]{1,100}[.!]?$/u.test(
        t,
      ) && !TURN_STANCE.test(t),
  },
  {
    // TALKS_HELD (round 15): that the talks were held, by whom and when, with what they were like or the chance the speaker had
    // to meet ("The Republic of X and the United States held our annual consultative meeting this past Friday, where we engaged
    // in comprehensive discussions on …", "This morning I also had a chance to meet with President X and Secretary Y and …"): the
    // occasion, background, as the courtesy is; a stance word, or "discussed" (a topic given), keeps the sentence.
    name: TALKS_HELD.name,
    reason: 'BACKGROUND',
    test: (t) => TALKS_HELD.forms.some((re) => re.test(t)) && !TURN_STANCE.test(t) && !/\bdiscussed\b/i.test(t),
  },
  {
    name: 'the talks just ended: "We just finished our talks", "I have concluded the second round of the dialogue"',
    reason: 'BACKGROUND',
    test: (t) =>
      /^(?:(?:And|So|Well|Today|This (?:morning|afternoon|evening)),?\s+)?(?:We|I|The (?:Secretary|Minister) and I|(?:Secretary|Minister|Assistant Secretary|Undersecretary) \p{Lu}[\p{L}-]+ and I)\s+(?:have\s+)?(?:just\s+)?(?:finished|concluded|wrapped up|completed|ended)\s+(?:the|our|a|today['’]s)\s+[^,;]{0,90}?\b(?:talks|meeting|dialogue|consultations?|discussions?|session|round)\.?$/u.test(
        t,
      ) && !TURN_STANCE.test(t),
  },
  {
    name: 'the subject of the talks, no position: "The talk focused on …"',
    reason: 'NO_POSITION',
    test: (t) =>
      /^(?:(?:And|So|Well|Yes),?\s+)?(?:The|Our|This|That|Today['’]s)\s+(?:(?:phone|telephone|video|whole|entire)\s+)?(?:talks?|call|meeting|conversation|discussions?|exchange|session)\s+(?:(?:mainly|mostly|largely|chiefly)\s+)?(?:focused|focussed|centred|centered|concentrated|touched)\s+on\b/i.test(
        t,
      ) && !TURN_STANCE.test(t.replace(/\bhow (?:to|we|the two)\b[^,;]*/i, '')),
  },
  {
    // "We also discussed X, and I told him we will …" keeps its position: one clause only, with no stance word.
    // (Stop 36: no longer "We discussed <topic>", "The Minister and I talked about <topic>": a draft, as the corpus labels "X
    // and Y discussed <topic>" — on the fourteen real tuning folders 14 such turn sentences were labelled drafts and none
    // no-position; the three dev no-position ones are refusals or "We covered a lot of ground", read by their own rules.)
    name: 'what the talks covered, no position: "We also exchanged views on …", "We covered …", "I explained about …"',
    reason: 'NO_POSITION',
    test: (t) =>
      // (EXPLAINED_ABOUT: "Next, I explained about the situation of …": the topic the speaker raised, its content untold, as
      // real ministry translations say it; "I explained that …" gives the content and is a position.)
      /^(?:(?:And|So|Well|Yes|Also|Today|Next|In (?:our|the|today['’]s) (?:meeting|talks|call)),?\s+)?(?:(?:[Ww]e|The (?:Secretary|Minister) and I|(?:Secretary|Minister) \p{Lu}[\p{L}-]+ and I|Both of us|The two of us)\s+(?:(?:also|then|briefly|both|have|just)\s+)*(?:exchanged views on|went over|touched on|covered)|(?:[\w ]{1,20},\s+)?I\s+(?:(?:also|then|first|briefly)\s+)*explained\s+about)\b/u.test(
        t,
      ) &&
      !/,\s*(?:and|but|while)\s+|;/.test(t.replace(/^[^,]{1,40},\s+/, '')) &&
      !TURN_STANCE.test(t) &&
      !/\b(?:want|hope|plan|intend|importance|need)\w*\b/i.test(t),
  },
  {
    // "This meeting marks the fourth ministerial meeting …": where the talks stand in a series, as a meeting described.
    name: 'the talks counted in a series: "This meeting marks the fourth …", "Today’s talks are our second this year"',
    reason: 'BACKGROUND',
    test: (t) =>
      /^(?:(?:And|So|Today),?\s+)?(?:This|Today['’]s|Our|The)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|call|visit|dialogue|session)\s+(?:(?:today|this\s+\w+)\s+)?(?:marks|is|was|are|were)\s+(?:the|our)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b/i.test(
        t,
      ) && !TURN_STANCE.test(t),
  },
  {
    // What the talks left out ("It was not discussed today", "There was no such request", "That was not on the agenda")
    // takes no stance: the corpus labels it no position (j13 j17 m15 r03 r16 s02 s03 s13). A stance in a clause beside it
    // ("…, but we agreed to …") keeps the sentence.
    name: 'what the talks did not cover: "X was not discussed today", "there was no such request", "that was not on the agenda"',
    reason: 'NO_POSITION',
    test: (t) => TALKS_NOT_COVERED.test(t) && !TURN_STANCE.test(t.replace(TALKS_NOT_COVERED, '')),
  },
  {
    // "I found it very reassuring.": how the speaker felt about the talks, no stance of their own (as q07's "described the
    // call as reassuring"); "I found that a strong message" after the other side's words is read with those words.
    name: 'a reaction to the talks, nothing more: "I found it very reassuring."',
    reason: 'NO_POSITION',
    test: (t) =>
      /^(?:(?:And|So|Well|Frankly|Honestly),?\s+)?(?:I|We)\s+(?:(?:really|certainly|personally|also)\s+)?(?:found|find)\s+(?:it|that|this|the\s+(?:call|meeting|talks?|conversation|discussion|exchange))\s+(?:(?:very|most|extremely|deeply|quite|really|so)\s+)?(?:reassuring|encouraging|useful|helpful|productive|valuable|constructive|meaningful|positive|fruitful|heartening)\s*[.!,]?$/i.test(
        t,
      ),
  },
  {
    name: 'a question’s premise rejected, nothing more: "I don’t agree with that assessment."',
    reason: 'NO_POSITION',
    test: (t) =>
      /^(?:(?:Well|No|Look),?\s+)?(?:I|We)\s+(?:(?:do not|don['’]t|would not|wouldn['’]t|cannot|can['’]t)\s+(?:necessarily\s+)?agree\s+with|(?:would\s+)?disagree\s+with|reject)\s+(?:that|this|the|your)\s+(?:\w+\s+)?(?:assessment|characteri[sz]ation|premise|view|description|framing|analysis|reading|interpretation)(?:\s+of\s+(?:the|your)\s+question)?\.?$/i.test(
        t,
      ),
  },
  {
    // "Let me first welcome the Minister back to Lisbon; this is our second meeting this year." A stance in what he is thanked
    // (round 13, COURTESY_AFTER_ADDRESS: after "Well, Mr. Minister," too, and "I wanted to welcome you and your team to …")
    // or welcomed for ("thank him for his support of the alliance") keeps the sentence.
    name: 'a courtesy to the other side: "Let me welcome the Minister back to …", "I congratulated him on taking office"',
    reason: 'NO_POSITION',
    test: (t) =>
      /^(?:(?:And|So|First|Also|Once again|Well|(?:Mr\.?|Madam|Madame)\s+(?:Secretary|Minister)),?\s+)*(?:Let me (?:(?:begin|start|open) by |first |also |again |once again )?|I (?:(?:would|'d|’d) like to |want(?:ed)? to )?(?:(?:begin|start|open) by |first |also |again |once again |warmly )*)(?:welcom(?:e[ds]?|ing)|congratulat(?:e[ds]?|ing)|thank(?:ed|s|ing)?|greet(?:ed|s|ing)?)\s+(?:you and your (?:team|delegation|colleagues)|him|her|you|them|the (?:Secretary|Minister|delegation)|(?:(?:Secretary|Minister|Mr\.|Ms\.|Mrs\.|Dr\.|General|Admiral|Ambassador)\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2}|the\s+(?:men\s+and\s+women|troops|service\s?members|sailors|soldiers|staff|team|crews?|people)\s+of\s+[^,;]{1,60}?)(?:\s+(?:back|once again|again|warmly|personally))*(?:\s+(?:to|on|for|in)\s+[^,;]{1,80})?\s*(?:[.!]?$|;\s*(?:this|it)\s+(?:is|was)\s+[^,;]{0,80}[.!]?$)/u.test(
        t,
      ) && !/\b(?:commitment|support|alliance|deterr\w*|treaty|pledge|leadership|contribution|resolve|solidarity)\b/i.test(t),
  },
  {
    // COURTESY_FORMS (round 15): the other forms a host's or guest's courtesy takes in a turn, alone: "I would like to extend my
    // warmest welcome to Secretary X and the delegation on your visit to …", "I again express my congratulations on …", "I also
    // want to welcome your delegation, including …", "It's now my pleasure to welcome my friend X to …", "X is here at the
    // ministry and we're very pleased to receive him". The stance words of the courtesy rule above keep the sentence.
    name: COURTESY_FORMS.name,
    reason: 'NO_POSITION',
    test: (t) => COURTESY_FORMS.forms.some((re) => re.test(t)) && !COURTESY_FORMS.stance.test(t),
  },
  {
    // The answer follows in the next sentence ("He confirmed that …"): the question put is its background.
    name: 'a question the speaker put, no answer in it: "I also asked the Minister about the islands."',
    reason: 'BACKGROUND',
    test: (t) =>
      /^(?:(?:And|So|Also|Then),?\s+)?I\s+(?:also\s+|then\s+)?asked\s+(?:him|her|them|the (?:Secretary|Minister)|(?:Secretary|Minister)\s+\p{Lu}[\p{L}’'-]+)\s+(?:(?:once again|again|also|directly|specifically)\s+)?about\s+[^,;]{1,60}[.]?$/u.test(
        t,
      ),
  },
  {
    // "After this press conference, I am scheduled to hold a telephone talk with …", "Tomorrow I'm due to visit the base": what
    // the speaker will do next, as dev labels others' schedules (background); a stance in it keeps the sentence.
    name: 'the speaker’s own schedule: "I am scheduled to hold a call with …", "I’m due to visit …"',
    reason: 'BACKGROUND',
    test: (t) =>
      /^(?:[^,;]{0,80}?(?:,\s+|\s(?=I\b)))?I(?:['’]m|\s+am)\s+(?:(?:also|then|now)\s+)?(?:scheduled|due|set)\s+to\s+(?:(?:also|then|later)\s+)?(?:hold|have|visit|meet|travel|attend|speak|call|fly|depart|leave|tour|host)\b/.test(
        t,
      ) && !TURN_STANCE.test(t.replace(/\b(?:will|must|should)\b/g, '')),
  },
  {
    // "We were able to welcome the Secretary with a guard of honor …": the ceremony of the visit, as dev labels ceremonies.
    name: 'the ceremony of a welcome: "We welcomed the Secretary with a guard of honor …"',
    reason: 'BACKGROUND',
    test: (t) =>
      /\bwelcom(?:e|ed|ing)\s+(?:[^,;]{1,60}?\s+)?with\s+(?:an?\s+|the\s+|full\s+)?(?:guard\s+of\s+hono(?:u)?r|hono(?:u)?r\s+(?:guard|cordon)|(?:full\s+)?(?:military\s+)?hono(?:u)?rs|(?:welcome|arrival)\s+ceremony|red\s+carpet|[\w-]+\s+gun\s+salute)\b/i.test(
        t,
      ) && !/\b(?:agree\w*|reaffirm\w*|confirm\w*|commit\w*|pledg\w*|alliance|deterr\w*)\b/i.test(t),
  },
  {
    name: 'a remark on the question: "That’s a fair question.", "Great question."',
    reason: 'NO_POSITION',
    test: (t) =>
      /^(?:(?:Well|Look|Yes|So),?\s+)?(?:(?:I think|I mean)\s+)?(?:(?:that['’]s|it['’]s|that is|it is)\s+(?:a\s+|an\s+)?)?(?:(?:very|really)\s+)?(?:fair|good|great|important|excellent|tough|hard|difficult|interesting|legitimate)\s+question\b[^,;]{0,20}[.!]?$/i.test(
        t,
      ),
  },
  {
    name: 'a promise to tell the reporters later: "I will let you know once …", "we’ll keep you posted"',
    reason: 'NO_POSITION',
    test: (t) =>
      /^(?:(?:Well|So|And),?\s+)?(?:I|[Ww]e)(?:\s+will|['’]ll|\s+shall|\s+would)\s+(?:(?:certainly|definitely)\s+)?(?:let you know|keep you (?:informed|posted|updated|advised)|get back to you|inform you|update you|announce it|have (?:more|something|an update|further details) (?:to say|to share|for you)|(?:share|provide|give you) (?:more|an update|further details|details) (?:later|when|once|in due course|at the appropriate time))\b[^;]{0,80}$/i.test(
        t,
      ),
  },
];

/**
 * The rules of a speaker's turn that also hold for a quotation in a story or release: a quotation is a speaker's words,
 * so "It was a very productive meeting," or "I'll be flying to Tokyo next week," yields nothing there as in a transcript.
 * Not the rules that read what the talks covered ("We also discussed …"): a story quotes those for their content.
 */
const QUOTATION_NOTHING = new Set([
  'the talks described: how long, that they were held, what they were like (every clause)',
  'the talks just ended: "We just finished our talks", "I have concluded the second round of the dialogue"',
  'a courtesy to the other side: "Let me welcome the Minister back to …", "I congratulated him on taking office"',
  'a promise to tell the reporters later: "I will let you know once …", "we’ll keep you posted"',
  'a reaction to the talks, nothing more: "I found it very reassuring."',
]);

/** The turn rule by which a quotation's words yield nothing, if one does (`QUOTATION_NOTHING`). */
export function quotationNothing(words: string): { name: string } | null {
  const t = words
    .trim()
    .replace(/^[“"‘]+|[”"’]+$/g, '')
    .replace(/,$/, '.');
  const r = turnNothing(t);
  return r && QUOTATION_NOTHING.has(r.name) ? r : null;
}

/** The rule by which a speaker's sentence yields nothing, if one does (`TURN_NOTHING_RULES`). */
export function turnNothing(words: string): { name: string; reason: 'BACKGROUND' | 'NO_POSITION' } | null {
  const t = words.trim();
  return TURN_NOTHING_RULES.find((x) => x.test(t)) ?? null;
}

/**
 * The other side's words as the speaker received them ("Secretary X confirmed to me that …", "The Minister assured me
 * that …"), perhaps with the speaker's own reaction after ("…, and I found that a strong message"): the other side's
 * position; the speaker only reports it.
 */
export const REPORTED_TO_SPEAKER = {
  opening:
    /^(?:(?:And|So|Also|Today|Yesterday|Then),?\s+)?(?:(?:the\s+)?(?:Secretary|Minister|Ambassador|General|Admiral|President)(?:\s+\p{Lu}[\p{L}’'-]+)?|\p{Lu}[\p{L}’'-]+\s+\p{Lu}[\p{L}’'-]+|He|She)\s+(?:(?:also|again|once again|clearly|personally)\s+)?(?:confirmed|told|assured|promised|pledged|stated|reaffirmed|reiterated|made (?:it )?clear)(?:\s+(?:to|with))?\s+me\b/u,
  /** A clause of the speaker after it that only reacts: "and I found that a strong message", "which I welcomed". */
  reaction:
    /,\s*(?:and|which)\s+I\s+(?:(?:very\s+)?much\s+)?(?:found|took|received|consider(?:ed)?|regard(?:ed)?|welcomed|appreciated|valued)\b[^,;]*$/,
  /** Another clause of the speaker's own ("…, and I told him we will …"): then the speaker takes a position too. */
  ownClause: /,\s*(?:and|but)\s+(?:I|we)\b/,
};

/** Whether a sentence gives the other side's words as the speaker received them, with no position of the speaker's. */
export function reportedToSpeaker(words: string): boolean {
  const t = words.trim();
  // (WORDS_RECEIVED: "I heard directly from the Secretary that …", the same with the speaker as subject.)
  if (!REPORTED_TO_SPEAKER.opening.test(t) && !WORDS_RECEIVED.test(t)) return false;
  return REPORTED_TO_SPEAKER.reaction.test(t) || !REPORTED_TO_SPEAKER.ownClause.test(t);
}

/**
 * The speaker as the one who takes the position: "I" or "we", or "our"/"my" opening a clause ("Our alliance is as strong
 * as ever"). Not a possessive inside what others did: in "The Minister explained our plan …" the Minister is the party.
 * TEMPORAL_CLAUSE_SUBJECT: not the subject of a clause of time after the main one ("She said it before I could ask", "he
 * called as soon as I landed"): that clause only dates the other's act.
 */
export const FIRST_PERSON_SUBJECT =
  /(?:^|[\s,;:“"(—–-])(?<!\b(?:before|until|till|as soon as|by the time)\s)(?:I|[Ww]e)(?:['’](?:ll|ve|re|d|m))?\b|(?:^|[,;:—–]\s*|\b(?:and|but|so|that)\s+)(?:[Oo]ur|[Mm]y)\b/;

/**
 * QUOTE_THEN_ATTRIBUTION: a release's quotation given as paragraphs of its own, then its speaker on a line of their own after
 * it ("“…” / – The Honourable Jane Roe, Minister of X", as Canadian and other governments' releases print their "Quotes"):
 * the line is the name (courtesy title allowed), a comma, and the title; a dash may open it.
 */
export const QUOTE_THEN_ATTRIBUTION = {
  name: 'a quotation paragraph, then its speaker on a line of their own',
  line: /^(?:[–—-]\s*)?((?:(?:The\s+)?(?:(?:Rt\.?|Right)\s+)?(?:Hon\.?|Honourable|Honorable)\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}),\s+(\p{Lu}[^.!?“”"]{2,100})$/u,
  quotation: /^[“"][^]*[”"]\s*$|^[“"][^]*[.!?,]\s*$/u,
};

/**
 * Speaker turns of quotation paragraphs followed by their speaker's line (QUOTE_THEN_ATTRIBUTION): the quotation paragraphs
 * just before the line (one or more in a row). `isTitle` tells a title from other words after the comma. Returns the turns
 * and the attribution lines.
 */
export function quotesAttributedAfter(
  text: string,
  blocks: Block[],
  isTitle: (words: string) => boolean,
): { turns: Turn[]; lines: Set<number> } {
  const out: Turn[] = [];
  const lines = new Set<number>();
  for (let i = 1; i < blocks.length; i++) {
    const line = text.slice(blocks[i].start, blocks[i].end).trim();
    const m = line.length <= 160 ? QUOTE_THEN_ATTRIBUTION.line.exec(line) : null;
    if (!m || !isTitle(m[2].trim())) continue;
    let from = i;
    while (
      from > 0 &&
      !lines.has(from - 1) &&
      QUOTE_THEN_ATTRIBUTION.quotation.test(text.slice(blocks[from - 1].start, blocks[from - 1].end).trim())
    )
      from--;
    if (from === i) continue;
    lines.add(i);
    out.push({ label: line.replace(/^[–—-]\s*/, ''), role: 'SPEAKER', bodyStart: blocks[from].start, fromBlock: from, toBlock: i - 1 });
  }
  return { turns: out, lines };
}

/**
 * ADDRESSED_IN_PERSON: a speaker's opening words that address someone by title and name, as one does a guest standing
 * beside one ("Minister Tanaka, welcome to …", "Good morning, Secretary Ortiz.", "Thank you, Deputy Prime Minister
 * Lind, for …"): host's remarks at a joint appearance, the other side present even when the transcript gives no turn of
 * theirs. Returns the names addressed (the word or words after the title), for the caller to match against the talks.
 */
const ADDRESS_TITLE = String.raw`(?:(?:Mr\.?|Madam|Madame)\s+)?(?:(?:Deputy|Vice|Prime|State)\s+)*(?:(?:Defen[cs]e|Foreign)\s+)?(?:Minister|Secretary|Ambassador|General|Admiral)(?:\s+(?:of\s+State\s+)?for\s+(?:Defen[cs]e|Foreign\s+Affairs))?`;
const ADDRESS_NAME = String.raw`${ADDRESS_TITLE}\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})`;
/** A greeting, then the one greeted: "Good afternoon, Minister X", "Welcome back, Secretary Y", "Thank you, Minister Z, for …". */
const GREETED = new RegExp(
  String.raw`\b(?:[Gg]ood (?:morning|afternoon|evening)|[Ww]elcome(?: back)?|[Tt]hank you(?: again)?|[Tt]hanks|[Hh]ello),?\s+${ADDRESS_NAME}\s*(?=[,.!;]|\s+(?:for|to)\b)`,
  'gu',
);
/** A sentence opening on the one addressed, the second person after it: "Minister X, it's great to see you again." */
const VOCATIVE = new RegExp(String.raw`(?:^|[.!?]\s+)${ADDRESS_NAME},\s+(?=[^.!?]*\b(?:you|your|welcome)\b)`, 'gu');

/** The names a turn's opening words (its first paragraphs) address by title: ADDRESSED_IN_PERSON. */
export function addressedInPerson(opening: string): string[] {
  return addressedWithTitles(opening).map((a) => a.name);
}

/**
 * ADDRESSED_LIST: a sentence of the opening that addresses several by title and name, then speaks to them ("Minister X,
 * Secretary Y, it's been great to welcome you …", "Deputy Prime Minister X it's great to see you again" with no comma, as
 * transcribers often leave it): each one addressed.
 */
const ADDRESSED_LIST = new RegExp(
  String.raw`(?:^|[.!?]\s+)((?:${ADDRESS_TITLE}\s+\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2}(?:,\s*(?:and\s+)?|\s+and\s+))*${ADDRESS_TITLE}\s+\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2}),?\s+(?=(?:it['’]s|it\s+is|it\s+has\s+been|welcome|thank\s+you|thanks)\b)`,
  'gu',
);
const ADDRESS_ITEM = new RegExp(String.raw`(${ADDRESS_TITLE})\s+(\p{Lu}[\p{L}’'-]+(?:\s+(?!(?:it|It)\b)\p{Lu}[\p{L}’'-]+){0,2})`, 'gu');

/**
 * WELCOMED_GUEST: a host's opening that welcomes the guest by full name, the title after it ("can I welcome my good friend,
 * Jan Kowalski, the Minister of Defence of Poland", "I want to welcome Minister Jan Kowalski"), as Australian and other
 * hosts open. Group 1 the title before the name, if any; group 2 the name (two words or more).
 */
const WELCOMED_GUEST = new RegExp(
  String.raw`\b(?:welcome|greet)\s+(?:here\s+|back\s+)?(?:my\s+(?:(?:good|dear|great|old)\s+)?(?:friend|colleague|counterpart)s?,?\s+)?(?:(${ADDRESS_TITLE})\s+)?(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}’'-]+)(?=\s*[,.;!]|\s+(?:to|here|back|and)\b)`,
  'gu',
);

/** The people words name by title and family name ("Australian Defense Minister X" gives "Defense Minister", "X"). */
export function titledNames(words: string): { title: string; name: string }[] {
  return [...words.slice(0, 600).matchAll(ADDRESS_ITEM)].map((m) => ({ title: m[1], name: m[2] }));
}

/**
 * POST_OF_FIELD (round 19): a post written with its field after it, and a rank between it and the name, as a ministry's
 * own style has it and document titles keep it ("Minister of National Defense X", "Minister of Defense Gen. Y Z"): the
 * same person a "Defense Minister X" would be. Only for a document's title (JOINT_TITLE_GUEST), where such names stand
 * side by side ("… by Secretary A and Minister of National Defense B, in …").
 */
export const POST_OF_FIELD = {
  name: 'POST_OF_FIELD: a post, its field after it and a rank before the name ("Minister of National Defense Gen. X")',
  pattern: new RegExp(
    String.raw`(${ADDRESS_TITLE}\s+of\s+(?:National\s+)?Defen[cs]e(?:\s+(?:Gen\.|General|Adm\.|Admiral|Lt\.\s+Gen\.))?)\s+(\p{Lu}[\p{L}’'-]+(?:\s+(?!(?:it|It|in|from))\p{Lu}[\p{L}’'-]+){0,2})`,
    'gu',
  ),
};

/**
 * The people a document's title names by a post of its field (POST_OF_FIELD) that titledNames does not read, each with the
 * family name to know them by (a "Jr." after it is no family name); honorifics ("His Royal Highness") are no one's name.
 */
export function postOfFieldNames(title: string): { title: string; name: string; family: string }[] {
  const plain = [...title.slice(0, 600).matchAll(ADDRESS_ITEM)].map((m) => [m.index, m.index + m[0].length]);
  return [...title.slice(0, 600).matchAll(POST_OF_FIELD.pattern)]
    .filter((m) => !plain.some(([a, b]) => a < m.index + m[0].length && b > m.index) && !/^(?:His|Her|Their)\b/.test(m[2]))
    .map((m) => ({ title: m[1], name: m[2], family: familyOfName(m[2]) }));
}

/** A person's family name: the last word of the name that is no suffix ("Jr.", "III"). */
export const familyOfName = (name: string): string =>
  name
    .split(/\s+/)
    .filter((w) => !/^(?:Jr|Sr|II|III)\.?$/.test(w))
    .pop() ?? '';

/** The people a turn's opening words address, each with the title it gives them ("Deputy Prime Minister", "Marles"). */
export function addressedWithTitles(opening: string): { title: string; name: string }[] {
  const head = opening.slice(0, 600);
  const out: { title: string; name: string }[] = [];
  const add = (words: string) => {
    for (const m of words.matchAll(ADDRESS_ITEM)) if (!out.some((o) => o.name === m[2])) out.push({ title: m[1], name: m[2] });
  };
  for (const m of [...head.matchAll(GREETED), ...head.matchAll(VOCATIVE)]) add(m[0].replace(/^[.!?]\s+/, ''));
  for (const m of head.matchAll(ADDRESSED_LIST)) add(m[1]);
  for (const m of head.matchAll(WELCOMED_GUEST)) if (!out.some((o) => m[2].endsWith(o.name))) out.push({ title: m[1] ?? '', name: m[2] });
  return out;
}

/**
 * SPEAKER_OTHER_SIDE: a country a speaker names as the other side of a relation of their own ("our relationship with X",
 * "our growing partnership with the X", "thanking the X Government who have been hosting me"): not the speaker's own. A
 * press conference abroad is held in the host's time zone and names the host most; these phrases tell the guest apart.
 */
export const SPEAKER_OTHER_SIDE = {
  name: 'the other side of a relation the speaker calls their own',
  tests: [
    /\b[Oo]ur\s+(?:[\p{L}-]+\s+){0,2}?(?:relationship|relations|ties|partnership|friendship|alliance|cooperation)\s+with\s+(?:the\s+)?(\p{Lu}[\p{L}-]+)/gu,
    /\bthank(?:s|ing)?\s+(?:the\s+)?(\p{Lu}[\p{L}-]+)\s+(?:[Gg]overnment|[Pp]eople|hosts?)\b/gu,
    /\b(\p{Lu}[\p{L}-]+)\s+(?:[Gg]overnment|hosts?)\s+(?:who|which|that)\s+(?:\S+\s+){0,8}?host(?:ed|ing)\s+(?:me|us)\b/gu,
  ],
};

/** The words naming the other side of the speaker's own relations (SPEAKER_OTHER_SIDE), in order. */
export function otherSideForms(text: string): string[] {
  return SPEAKER_OTHER_SIDE.tests.flatMap((re) => [...text.matchAll(re)].map((m) => m[1]));
}

/**
 * HOSTED_COUNTERPART: a speaker's account of the meeting held where and when they speak ("Today, we've had a Defence
 * Ministers' meeting of real substance here", "This morning I held a Foreign Ministers' meeting here in …"): the field of
 * the ministers who met.
 */
export const HOSTED_COUNTERPART = {
  name: "the speaker's meeting of ministers held today, here: with the host's holder of the same post",
  pattern:
    /\b(?:[Tt]oday|[Tt]his (?:morning|afternoon|evening))\b[^.;]{0,30}?\b(?:we|I)\s*(?:['’]ve|have)\s+(?:just\s+)?(?:had|held)\s+(?:a|an|our|the)\s+(?:[\p{L}-]+\s+){0,3}?(Defen[cs]e|Foreign)\s+Ministers['’]?\s+(?:[Mm]eeting|talks|[Dd]ialogue)\b[^.]{0,60}?\bhere\b/u,
};
