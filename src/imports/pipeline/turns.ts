/**
 * Stage 2, turns and speakers of a transcript: "Q:", "A:", "SECRETARY AUSTIN:", "Minister KIHARA:",
 * "REPORTER (Kyodo):". A turn runs from its label to the next label, over paragraphs; a question
 * is never a position, a moderator's words are not either; "A:" is the principal speaker's.
 */
import type { Block } from './segment';

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

/** Labels by role (data, each named); tried in order on the words before the colon. */
export const TURN_RULES: { name: string; role: TurnRole; label: RegExp }[] = [
  { name: 'question label', role: 'QUESTION', label: /^(?:Q|Question|Reporter|Journalist|Press|Audience|Participant)\b/i },
  { name: 'moderator label', role: 'MODERATOR', label: /^(?:Moderator|MC|Staff|Interpreter|Operator|Host|Chair)\b/i },
  { name: 'answer label', role: 'ANSWER', label: /^A$/ },
  // A speaker: up to six words, at least one capitalised, no sentence punctuation.
  { name: 'speaker label', role: 'SPEAKER', label: /^(?=.*\p{Lu})[\p{L}\p{N}.’'() -]{2,90}$/u },
];

/** "LABEL: words"; a full-width colon ("Q：") as Japanese publishers write it. */
const LABEL = /^([^:：\n]{1,90})(?::\s+|：\s*)/;
/** Words that, before a colon, start a heading or a sentence rather than name a speaker. */
const NOT_A_SPEAKER =
  /^(?:Note|Related|Source|Photo|Editor|Update|Tags?|Subject|Date|Time|Location|Place|Venue|Attendees?|Participants|Language|Summary|Overview|Outline|Agenda|Announcements?|Questions? and Answers|Contact|Media|Read more|Also|Released|Updated|Posted|Translation)\b/i;

/** First-person words of a speaker's turn ("I", "we", "our"). */
const FIRST_PERSON_BODY = /(?:^|[\s,;:“"(])(?:I|[Ww]e|[Oo]ur|[Mm]y|[Uu]s)\b/;

/** The label of a block's first line, if it is one. */
export function turnLabel(text: string): { label: string; role: TurnRole; length: number; rule: string } | null {
  const m = LABEL.exec(text);
  if (!m || NOT_A_SPEAKER.test(m[1])) return null;
  const label = m[1].trim();
  for (const r of TURN_RULES) if (r.label.test(label)) return { label, role: r.role, length: m[0].length, rule: r.name };
  return null;
}

/**
 * The turns of a text whose blocks are given, when it reads as a transcript (at least two labelled
 * blocks, or the document says it is one); else none. `principal` names the speaker "A:" stands for.
 */
export function turns(text: string, blocks: Block[], isTranscript: boolean, principal: string | null): Turn[] {
  const labelled = blocks.map((b) => turnLabel(text.slice(b.start, b.end)));
  // In a document not declared a transcript, "Command and Control: Secretary Austin announced …" is a topic label
  // before a third-person sentence, not a speaker: only labels before first-person words count as speakers there.
  const counted = isTranscript
    ? labelled
    : labelled.map((l, i) =>
        l && l.role === 'SPEAKER' && !FIRST_PERSON_BODY.test(text.slice(blocks[i].start + l.length, blocks[i].end)) ? null : l,
      );
  if (!isTranscript && counted.filter((l) => l && l.role !== 'SPEAKER').length + counted.filter(Boolean).length < 3) return [];
  const firstSpeaker = labelled.find((l) => l?.role === 'SPEAKER')?.label ?? null;
  const out: Turn[] = [];
  for (const [i, b] of blocks.entries()) {
    const l = labelled[i];
    if (l) {
      const label = l.role === 'ANSWER' ? (principal ?? firstSpeaker ?? 'A') : l.label;
      out.push({ label, role: l.role, bodyStart: b.start + l.length, fromBlock: i, toBlock: i });
    } else if (out.length) out[out.length - 1].toBlock = i;
  }
  return out;
}
