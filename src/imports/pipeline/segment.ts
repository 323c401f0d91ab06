/**
 * Stage 1, segmentation: blocks (paragraphs, bullet lines, transcript turns' lines) and sentences.
 * Sentence boundaries come from wink-nlp, which knows initials ("Lloyd J. Austin III") and most
 * abbreviations; the rules below (data, each named) repair what it leaves: a boundary inside a
 * quotation, after an abbreviation it does not know, or before a lowercase continuation.
 */
import { findQuotes, paragraphs, type Quote, quotesWithin, type Span } from '../text';
import { annotate, type Token } from './nlp';

export interface Sentence extends Span {
  /** Index in document order, from 0: the key of its disposition. */
  index: number;
  /** Block (paragraph or line) it belongs to. */
  block: number;
  /** Quoted passages inside it. */
  quotes: Quote[];
}

export interface Block extends Span {
  index: number;
  /** Starts with a bullet mark ("□", "○", "•", "-", "*"). */
  bullet: boolean;
}

/** Abbreviations after which a full stop does not end a sentence when a capital follows. */
export const ABBREVIATIONS = [
  'U.S',
  'U.K',
  'U.N',
  'Gen',
  'Lt',
  'Col',
  'Maj',
  'Capt',
  'Adm',
  'Cmdr',
  'Sgt',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'St',
  'No',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
  'Rep',
  'Sen',
  'Gov',
  'Amb',
  'Jr',
  'Sr',
  'Dept',
  'Gov',
  'Vol',
  'Art',
  'a.m',
  'p.m',
  // A retired officer's rank: "Lt. Gen. (Ret.) …".
  'Ret',
  'Retd',
];
/**
 * Office titles cut short before a name, as briefings and their transcripts write them, also in capitals in a turn's
 * label: "Usec. Ruiz" (Undersecretary), "Asec. Lim" (Assistant Secretary), "Sec. Brandt", "Min. Arai", "Dep. Sec.",
 * "Asst. Sec.", "Pres.", "Hon.", "Brig. Gen.", "Cdr.". Never the end of a sentence when a capital follows.
 */
export const TITLE_ABBREVIATIONS = [
  'Usec',
  'USec',
  'Asec',
  'ASec',
  'Undersec',
  'Sec',
  'Min',
  'Dep',
  'Asst',
  'Pres',
  'Hon',
  'Brig',
  'Cdr',
  'Supt',
  'Insp',
];
const ABBREVIATION_END = new RegExp(
  `(?:^|[\\s(\\-–])(?:${[
    ...ABBREVIATIONS,
    ...TITLE_ABBREVIATIONS,
    ...TITLE_ABBREVIATIONS.map((a) => a.toUpperCase()),
    'GEN',
    'LT',
    'COL',
    'MAJ',
    'CAPT',
    'ADM',
    'AMB',
    'REP',
    'SEN',
    'GOV',
    'MR',
    'MS',
    'MRS',
    'DR',
  ]
    .map((a) => a.replace(/\./g, '\\.'))
    .join('|')})\\.\\)?$`,
);
/** A single capital and a full stop: an initial ("J."), never the end of a sentence when a capital follows. */
const INITIAL_END = /(?:^|[\s\-–])\p{Lu}\.$/u;
/** A bullet or list mark at the start of a line: "□", "・", "-", "(2)", "1.", and the lettered or roman items of
 * joint statements and treaties: "(a)", "(iv)". */
export const BULLET = /^(?:[□■○●•◦▪▫◆◇※・\-*–]|\(\d{1,2}\)|\((?:[a-z]|[ivx]{2,4})\)(?=\s)|\d{1,2}[.)](?=\s))\s*/u;
/** A line that is a heading: short, no full stop at its end. */
const HEADING_LINE = (line: string) => line.length < 90 && !/[.!?:;"”’)]$/.test(line.trim()) && line.split(/\s+/).length <= 12;
/**
 * UNENDED_LINE: a line of prose length with no end mark (nor a comma, colon or dash that would carry it on) before a line
 * that opens with a capital: a photo caption or credit, a title or a note, never the start of the next line's sentence
 * ("<Name> and <Name> at the ministry (Reuters photo)" above "In a readout, …"). Pages put such lines above the text
 * with a single line break.
 */
export const UNENDED_LINE = (line: string, next: string | undefined) =>
  next !== undefined &&
  !/[.!?]["”’)\]]*$|[,;:\-–—]$/.test(line.trim()) &&
  /^["“]?\p{Lu}/u.test(next.trim()) &&
  line.trim().split(/\s+/).length > 3;
/**
 * OPENER_LINE (round 13): a release's opening line ("Pentagon Press Secretary X provided the following readout:") on a line of
 * its own above the text with a single line break: a line of its own, not the start of the first sentence's.
 */
export const OPENER_LINE = /\b(?:provided|issued|released|gave) the following (?:readout|statement|summary|remarks)\s*:\s*$/i;
/** A line that opens a transcript turn: "Q:", "SECRETARY AUSTIN:", "Minister KIHARA:". */
export const TURN_LABEL =
  /^(?:[A-Z][\p{L}.’'-]*(?:,?\s+(?:[\p{Lu}([][\p{L}.’'()[\]-]*|of|for|the|and|de|van|von|bin|al)){0,7}|Q|A)\s*(?::\s+|：\s*)|^[QA]\)\s+|^Q\.\s+(?=\p{Lu})|^【[^【】\n]{1,40}】/u;

/** MID_PHRASE_LINE_END: the words no line of a page ends on but where the page broke a sentence. */
const MID_PHRASE_END = /\s(?:the|of|a|an|and|or|to|in|on|for|with|at|by|from|its|their|his|her|between|over|into)$/i;
/** Rules that join two pieces the segmenter split, by name. */
export const JOIN_RULES: { name: string; test: (prevTail: string, next: string, insideQuote: boolean) => boolean }[] = [
  { name: 'inside a quotation', test: (_p, _n, inside) => inside },
  { name: 'after an abbreviation', test: (p, n) => ABBREVIATION_END.test(p) && /^[“"‘(]?[\p{Lu}\p{N}]/u.test(n) },
  { name: 'after an initial', test: (p, n) => INITIAL_END.test(p) && /^\p{Lu}/u.test(n) },
  // "SEC. AUSTIN: …", "MIN. KIHARA: …", "ADM. QUIGLEY: …": a transcript label whose title is cut short in capitals.
  { name: 'after a label’s short title in capitals', test: (p, n) => /^\p{Lu}{2,5}\.$/u.test(p) && /^\p{Lu}{2}/u.test(n) },
  // A straight double quote followed by a letter or digit opens the next sentence's quotation ('… drones. "The Secretary …').
  { name: 'closing mark or lowercase continues', test: (_p, n) => /^(?:[”’»,;:)]|"(?![\p{L}\p{N}])|\p{Ll})/u.test(n) },
];

/** Paragraphs, cut further into lines where lines are bullets or transcript turns. */
export function blocks(text: string): Block[] {
  const out: Block[] = [];
  for (const p of paragraphs(text)) {
    const lines: Span[] = [];
    let at = p.start;
    for (const line of text.slice(p.start, p.end).split('\n')) {
      lines.push({ start: at, end: at + line.length });
      at += line.length + 1;
    }
    const separate =
      lines.length > 1 &&
      lines.some((l, i) => {
        const line = text.slice(l.start, l.end);
        return (
          BULLET.test(line) ||
          (i > 0 && TURN_LABEL.test(line)) ||
          HEADING_LINE(line) ||
          OPENER_LINE.test(line) ||
          UNENDED_LINE(line, i + 1 < lines.length ? text.slice(lines[i + 1].start, lines[i + 1].end) : undefined)
        );
      });
    // MID_PHRASE_LINE_END (round 15): a line that ends on an article, a preposition or a conjunction ("… over security
    // situations on the" above "Korean Peninsula, according to …") is a sentence the page broke, not a line of its own: it
    // is joined to the next (never a bullet or a transcript turn's label).
    if (separate)
      for (let i = lines.length - 2; i >= 0; i--) {
        const line = text.slice(lines[i].start, lines[i].end).trim();
        const next = text.slice(lines[i + 1].start, lines[i + 1].end);
        if (MID_PHRASE_END.test(line) && line.split(/\s+/).length > 3 && !BULLET.test(next) && !TURN_LABEL.test(next))
          lines.splice(i, 2, { start: lines[i].start, end: lines[i + 1].end });
      }
    for (const l of separate ? lines : [p]) {
      const head = text.slice(l.start, Math.min(l.end, l.start + 3));
      out.push({ ...l, index: out.length, bullet: BULLET.test(head) });
    }
  }
  return out;
}

const MAX_JOINED_CHARS = 5_000;

/**
 * GLUED_COLON: a colon between a lower-case word and a capitalised one with no space ("… including the following
 * activities:On March 30, …"), where a page copied from a PDF lost the line break after a list's lead-in: the next
 * sentence starts after the colon. Not "Q:What" (a label in capitals), times ("10:30") or addresses ("https://").
 */
export const GLUED_COLON = /(?<=\p{Ll}):(?=\p{Lu}\p{Ll})/gu;

/** Sentences of the whole text, in order, each within one block. */
export function segment(
  text: string,
  given?: { tokens: Token[]; sentences: [number, number][] },
): { blocks: Block[]; sentences: Sentence[] } {
  const bs = blocks(text);
  const ann = given ?? annotate(text);
  // Sentence starts the segmenter gives, as character offsets.
  const cuts = new Set<number>();
  for (const [a] of ann.sentences) if (ann.tokens[a]) cuts.add(ann.tokens[a].start);
  const sentences: Sentence[] = [];
  let t = 0;
  for (const b of bs) {
    const quotes = findQuotes(text.slice(b.start, b.end), b.start);
    const pieces: Span[] = [];
    let from = b.start;
    const glued = new Set([...text.slice(b.start, b.end).matchAll(GLUED_COLON)].map((m) => b.start + m.index + 1));
    while (t < ann.tokens.length && ann.tokens[t].start < b.start) t++;
    for (; t < ann.tokens.length && ann.tokens[t].start < b.end; t++) {
      const at = ann.tokens[t].start;
      if (at > from && cuts.has(at)) {
        pieces.push({ start: from, end: at });
        from = at;
      }
    }
    pieces.push({ start: from, end: b.end });
    const merged: Span[] = [];
    for (const s of glued.size ? cutAt(pieces, glued) : pieces) {
      const prev = merged[merged.length - 1];
      if (prev && prev.end - prev.start < MAX_JOINED_CHARS) {
        const tail = text.slice(Math.max(prev.start, prev.end - 16), prev.end).trimEnd();
        const next = text.slice(s.start, Math.min(s.end, s.start + 8)).trimStart();
        const inside = balancedQuoteAcross(quotes, prev.end);
        if (JOIN_RULES.some((r) => r.test(tail, next, inside))) {
          prev.end = s.end;
          continue;
        }
      }
      merged.push({ ...s });
    }
    for (const s of merged) {
      let { start, end } = s;
      while (start < end && /\s/.test(text[start])) start++;
      while (end > start && /\s/.test(text[end - 1])) end--;
      if (end > start)
        sentences.push({
          start,
          end,
          index: sentences.length,
          block: b.index,
          quotes: quotesWithin(quotes, { start, end }),
        });
    }
  }
  return { blocks: bs, sentences };
}

/**
 * The pieces cut again at the offsets given (GLUED_COLON: where no token starts, as the tokenizer reads ":On" as one
 * token), in one pass: both are in document order.
 */
function cutAt(pieces: Span[], offsets: Set<number>): Span[] {
  const out: Span[] = [];
  const at = [...offsets];
  let k = 0;
  for (const p of pieces) {
    let start = p.start;
    while (k < at.length && at[k] <= start) k++;
    while (k < at.length && at[k] < p.end) {
      out.push({ start, end: at[k] });
      start = at[k++];
    }
    out.push({ start, end: p.end });
  }
  return out;
}

/** Whether a balanced quote runs across `at`: the quotes are sorted and apart, so by binary search (a scan per join was quadratic). */
function balancedQuoteAcross(quotes: Quote[], at: number): boolean {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  const q = quotes[lo - 1];
  return q !== undefined && q.balanced && q.end > at;
}
