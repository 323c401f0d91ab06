/**
 * Text handling of the import pipeline, free of the database: normalizing pasted text, restoring
 * words a synonym spinner replaced (from data), sentences, quoted passages and dates.
 */

/** Characters an import may hold once extracted; a longer document is refused, not truncated. */
export const MAX_DOCUMENT_CHARS = 200_000;

/** Longest run an unclosed quotation mark may open; longest sentence read for statements. */
export const MAX_OPEN_QUOTE_CHARS = 2_000;
export const MAX_SENTENCE_CHARS = 5_000;

/** A document the import refuses; `limit` names the limit it breaks, when one does. */
export class ImportInputError extends Error {
  constructor(
    message: string,
    readonly limit: string | null = null,
  ) {
    super(message);
  }
}

/**
 * True for bytes that are not text: NUL, or many control or replacement characters (a binary
 * file read as UTF-8).
 */
export function looksBinary(raw: string): boolean {
  if (raw.includes('\u0000')) return true;
  const sample = raw.slice(0, 20_000);
  let odd = 0;
  for (const ch of sample) {
    const c = ch.codePointAt(0)!;
    if (c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x7f && c < 0xa0)) odd++;
  }
  return sample.length > 0 && odd / sample.length > 0.01;
}

/** One form for every document: NFC, \n line ends, no control characters, single spaces. */
export function normalizeText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b\ufeff]/g, '')
    .replace(/[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .replace(/[^\n](?:[^\n]|\n(?!\n))*/g, unwrapLines);
}

/** A line's end that ends a sentence or announces what follows. */
const LINE_END_MARK = /[.!?:;]["”’)\]]*$/;
/** A line ending in a word no sentence or heading ends with: a wrapped line's sure sign. */
const WRAP_AFTER_WORD = /\b(?:the|a|an|and|or|of|to|for|with|in|on|at|by|from|that|his|her|their|its|our|as|was|were|is|are)$/i;
/** A line that opens a block of its own: a bullet or list mark, or a transcript turn's label ("Q:", "MINISTER KIHARA:"). */
const OWN_LINE_START = /^(?:[□■○●•◦▪▫◆◇※・\-*–]|\(\w{1,4}\)|\d{1,2}[.)]\s|[QA]:|\p{Lu}[\p{Lu} .,'’()-]{1,60}:)/u;

/**
 * HARD_WRAP: a paragraph saved with a line break every 60–100 characters (a mailing list's or a wire's text, a page
 * copied line by line) is one paragraph, not a block per line: its lines run on mid-sentence ("… Ash Carter met" above
 * "Indian Defense Minister …"). A run of at least three lines whose median length is that of a wrapped line (40–110
 * characters), at least half of whose lines run on (no end mark, most of a line long) and two of them mid-sentence (the
 * next line opens in lowercase, or the line ends in "the", "and", "of" …: a header's lines never do) is unwrapped: each line that
 * runs on is joined to the next with a space (the same length, so offsets hold). A short line between end marks (a
 * heading), a line ending a sentence, and a line before a bullet or a turn's label keep their line break.
 */
export function unwrapLines(run: string): string {
  const lines = run.split('\n');
  if (lines.length < 3) return run;
  const lengths = lines.map((l) => l.length).sort((a, b) => a - b);
  const median = lengths[lengths.length >> 1];
  if (median < 40 || median > 110) return run;
  // The widest line but the longest tenth (a long line among wrapped ones, a title).
  const wide = lengths[Math.ceil(lengths.length * 0.9) - 1];
  const runsOn = (i: number) =>
    i + 1 < lines.length && !LINE_END_MARK.test(lines[i]) && lines[i].length >= 0.6 * wide && !OWN_LINE_START.test(lines[i + 1]);
  let count = 0;
  let midSentence = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!runsOn(i)) continue;
    count++;
    if (/^\p{Ll}/u.test(lines[i + 1]) || WRAP_AFTER_WORD.test(lines[i])) midSentence++;
  }
  if (count < Math.max(2, (lines.length - 1) / 2) || midSentence < 2) return run;
  let out = lines[0];
  for (let i = 0; i + 1 < lines.length; i++) out += (runsOn(i) ? ' ' : '\n') + lines[i + 1];
  return out;
}

// ---------------------------------------------------------------------------------------------
// Restoring spun wording

export interface TextVariant {
  /** The wording a spinner produces, e.g. "Secretary of Protection". */
  variant: string;
  /** The real wording, e.g. "Secretary of Defense". */
  restored: string;
  /** Match only with this exact capitalisation (e.g. "Appearing" but not "appearing"). */
  caseSensitive: boolean;
}

export interface Edit {
  /** Position and length in the restored text. */
  at: number;
  length: number;
  /** Position and length in the original text. */
  origAt: number;
  origLength: number;
  variant: string;
  restored: string;
}

export interface RestoredText {
  text: string;
  edits: Edit[];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A phrase as a pattern: apostrophes of either kind, any run of spaces. */
export const phrasePattern = (phrase: string) =>
  phrase
    .trim()
    .split(/\s+/)
    .map((w) => escapeRegExp(w).replace(/['’]/g, "['’]"))
    .join('\\s+');
const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';

/**
 * Restored wording may not make a document grow by more than this share of its length, nor beyond
 * MAX_DOCUMENT_CHARS: the limit holds for the text as extracted AND as restored (a 2-character
 * variant restored to 200 characters once turned 7 KB into 200,000 characters).
 */
export const MAX_RESTORED_GROWTH = 0.25;

/** Replaces every variant (longest first, leftmost) by its restored wording, keeping a map of edits. */
export function restoreVariants(text: string, variants: TextVariant[]): RestoredText {
  const usable = variants.filter((v) => v.variant.trim().length > 0);
  if (usable.length === 0) return { text, edits: [] };
  const sorted = [...usable].sort((a, b) => b.variant.length - a.variant.length);
  const byLower = new Map<string, TextVariant[]>();
  for (const v of sorted) {
    const key = v.variant.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
    byLower.set(key, [...(byLower.get(key) ?? []), v]);
  }
  const pattern = new RegExp(`${BEFORE}(?:${sorted.map((v) => phrasePattern(v.variant)).join('|')})${AFTER}`, 'giu');
  const edits: Edit[] = [];
  let out = '';
  let last = 0;
  const limit = Math.min(MAX_DOCUMENT_CHARS, Math.floor(text.length * (1 + MAX_RESTORED_GROWTH)) + 200);
  const tooLong = () =>
    new ImportInputError(
      `Restoring text variants would make the document ${limit === MAX_DOCUMENT_CHARS ? `longer than ${MAX_DOCUMENT_CHARS} characters` : `grow by more than ${MAX_RESTORED_GROWTH * 100}%`}; remove the variants that expand it`,
      'restoredChars',
    );
  for (const m of text.matchAll(pattern)) {
    const found = m[0];
    const key = found.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
    const candidates = byLower.get(key) ?? [];
    const v = candidates.find((c) => !c.caseSensitive || c.variant === found) ?? null;
    if (!v) continue;
    let restored = v.restored;
    if (/^\p{Lu}/u.test(found) && /^\p{Ll}/u.test(restored) && !v.caseSensitive) restored = restored[0].toUpperCase() + restored.slice(1);
    out += text.slice(last, m.index);
    edits.push({ at: out.length, length: restored.length, origAt: m.index!, origLength: found.length, variant: found, restored });
    out += restored;
    last = m.index! + found.length;
    // Checked as it grows (text before the match counted too), so the work stops at the limit.
    if (out.length - last > limit - text.length) throw tooLong();
  }
  out += text.slice(last);
  if (out.length > limit) throw tooLong();
  return { text: out, edits };
}

/** Index of the first edit whose restored span starts at or after `pos` (edits are sorted): a binary search. */
function firstEditFrom(edits: Edit[], pos: number): number {
  let lo = 0;
  let hi = edits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (edits[mid].at < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The original span of a span of the restored text (logarithmic in the number of edits). */
export function toOriginal(restored: RestoredText, start: number, end: number): [number, number] {
  const { edits } = restored;
  const map = (pos: number, isEnd: boolean): number => {
    // The last edit starting before pos (at or before, for a start), if any, decides.
    const i = firstEditFrom(edits, isEnd ? pos : pos + 1) - 1;
    if (i >= 0) {
      const e = edits[i];
      if (pos < e.at + e.length || (isEnd && pos === e.at + e.length)) return isEnd ? e.origAt + e.origLength : e.origAt;
    }
    // Past every edit up to i: the original position is offset like the end of edit i.
    if (i < 0) return pos;
    const e = edits[i];
    return e.origAt + e.origLength + (pos - (e.at + e.length));
  };
  return [map(start, false), map(end, true)];
}

/** The edits that fall inside a span of the restored text. */
export function editsWithin(restored: RestoredText, start: number, end: number): Edit[] {
  const out: Edit[] = [];
  for (let i = firstEditFrom(restored.edits, start); i < restored.edits.length && restored.edits[i].at < end; i++) {
    const e = restored.edits[i];
    if (e.at + e.length <= end) out.push(e);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Quotes

export interface Quote {
  /** Span including the quotation marks. */
  start: number;
  end: number;
  /** Span of the words inside. */
  innerStart: number;
  innerEnd: number;
  /** False when no closing mark was found before the end of the paragraph. */
  balanced: boolean;
}

const DOUBLE_OPEN: Record<string, string> = { '“': '”', '„': '“', '«': '»', '「': '」', '『': '』' };
const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpaceOrStart = (c: string | undefined) => c === undefined || /[\s([{—–-]/u.test(c);

/**
 * Quoted passages of one paragraph: curly, straight, guillemet and CJK double quotes; ‘single’
 * curly quotes where they are not apostrophes; single quotes inside double ones are part of the
 * double quote. A quote left open runs to the end of the paragraph and is marked unbalanced.
 */
export function findQuotes(paragraph: string, offset = 0): Quote[] {
  const quotes: Quote[] = [];
  let open: { at: number; close: string[] } | null = null;
  for (let i = 0; i < paragraph.length; i++) {
    const c = paragraph[i];
    if (open) {
      if (open.close.includes(c)) {
        // A single closing mark followed by a letter is an apostrophe (Trump’s), not a close.
        if (c === '’' && isLetter(paragraph[i + 1])) continue;
        quotes.push({
          start: offset + open.at,
          end: offset + i + 1,
          innerStart: offset + open.at + 1,
          innerEnd: offset + i,
          balanced: true,
        });
        open = null;
      }
      continue;
    }
    if (c in DOUBLE_OPEN) open = { at: i, close: [DOUBLE_OPEN[c], c === '“' ? '"' : DOUBLE_OPEN[c]] };
    else if (c === '"') open = { at: i, close: ['"', '”'] };
    else if (c === '‘' && isSpaceOrStart(paragraph[i - 1]) && !isLetter(paragraph[i - 1])) open = { at: i, close: ['’'] };
  }
  // A quote left open runs to the end of the paragraph, unless that is further than any quoted passage
  // would be: then it is a stray mark, not a quote.
  if (open && paragraph.length - open.at <= MAX_OPEN_QUOTE_CHARS) {
    quotes.push({
      start: offset + open.at,
      end: offset + paragraph.length,
      innerStart: offset + open.at + 1,
      innerEnd: offset + paragraph.length,
      balanced: false,
    });
  }
  return quotes.filter((q) => q.innerEnd > q.innerStart);
}

/** The quotes (sorted, apart) lying wholly inside a span, by binary search: a filter per sentence was quadratic. */
export function quotesWithin(quotes: Quote[], span: Span): Quote[] {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Quote[] = [];
  for (let i = lo; i < quotes.length && quotes[i].start < span.end; i++) if (quotes[i].end <= span.end) out.push(quotes[i]);
  return out;
}

export const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

// ---------------------------------------------------------------------------------------------
// Paragraphs and sentences

export interface Span {
  start: number;
  end: number;
}

export function paragraphs(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[^\n]+(?:\n(?!\n)[^\n]+)*/g;
  for (const m of text.matchAll(re)) spans.push({ start: m.index!, end: m.index! + m[0].length });
  return spans;
}

const ABBREVIATION =
  /(?:^|[\s(\-–])(?:U\.S|U\.K|U\.N|Gen|Lt|Col|Maj|Capt|Adm|Mr|Mrs|Ms|Dr|St|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Rep|Sen|Gov|Amb)\.\s*$/;
/** Enough characters to hold the longest abbreviation with its leading separator and trailing spaces. */
const ABBREVIATION_TAIL = 16;
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const CHUNK_CHARS = 2_000;
const LIKELY_END = /[.!?][”"’)]*\s+(?=[“"‘(]?[\p{Lu}\p{N}])/gu;

/**
 * A paragraph in pieces of about CHUNK_CHARS, cut only where a sentence very likely ends: the
 * runtime's segmenter slows down more than linearly on long strings (seconds at 200,000 characters).
 */
function chunks(text: string, paragraph: Span): Span[] {
  if (paragraph.end - paragraph.start <= CHUNK_CHARS) return [paragraph];
  const out: Span[] = [];
  let start = paragraph.start;
  const body = text.slice(paragraph.start, paragraph.end);
  for (const m of body.matchAll(LIKELY_END)) {
    const cut = paragraph.start + m.index! + m[0].length;
    if (cut - start >= CHUNK_CHARS) {
      out.push({ start, end: cut });
      start = cut;
    }
  }
  // Text with no likely sentence end is cut every CHUNK_CHARS * 4 characters, at a space when there is one.
  while (paragraph.end - start > CHUNK_CHARS * 4) {
    const space = text.lastIndexOf(' ', start + CHUNK_CHARS * 4);
    const cut = space > start ? space + 1 : start + CHUNK_CHARS * 4;
    out.push({ start, end: cut });
    start = cut;
  }
  out.push({ start, end: paragraph.end });
  return out;
}

/**
 * Sentences of a paragraph (the runtime's sentence segmenter), joined again where the break
 * falls after an abbreviation ("U.S.") or inside a quoted passage.
 */
export function sentences(text: string, paragraph: Span, quotes: Quote[]): Span[] {
  const raw: Span[] = [];
  for (const chunk of chunks(text, paragraph)) {
    for (const s of segmenter.segment(text.slice(chunk.start, chunk.end))) {
      raw.push({ start: chunk.start + s.index, end: chunk.start + s.index + s.segment.length });
    }
  }
  const merged: Span[] = [];
  // Linear: quotes are sorted and apart, and prev.end only grows, so one pointer finds the quote
  // around a break; an abbreviation is looked for in the last characters of the sentence only (the
  // whole growing sentence made "U.S. " x 19,000 quadratic).
  let q = 0;
  for (const s of raw) {
    const prev = merged[merged.length - 1];
    let inQuote = false;
    if (prev) {
      while (q < quotes.length && quotes[q].end <= prev.end) q++;
      inQuote = q < quotes.length && quotes[q].start < prev.end;
    }
    const tailStart = prev ? Math.max(prev.start, prev.end - ABBREVIATION_TAIL) : 0;
    const afterAbbreviation =
      prev &&
      ABBREVIATION.test((tailStart > prev.start ? '\u0001' : '') + text.slice(tailStart, prev.end)) &&
      /^\s*[\p{Lu}\p{N}]/u.test(text.slice(s.start, s.end));
    // A closing quote mark or a lowercase word glued to the previous sentence continues it.
    const continues = prev && /^\s*(?:[”’"»,;:)]|\p{Ll})/u.test(text.slice(s.start, s.end));
    if (prev && (inQuote || afterAbbreviation || continues)) prev.end = s.end;
    else merged.push({ ...s });
  }
  return merged
    .map((s) => {
      let { start, end } = s;
      while (start < end && /\s/.test(text[start])) start++;
      while (end > start && /\s/.test(text[end - 1])) end--;
      return { start, end };
    })
    .filter((s) => s.end > s.start);
}

// ---------------------------------------------------------------------------------------------
// Dates

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const DATE_PATTERNS: RegExp[] = [
  new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'g'),
  new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})\\b`, 'g'),
  /\b(\d{4})-(\d{2})-(\d{2})\b/g,
];
const WEEKDAY_PATTERN = /\b(?:on|last|this)\s+(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/gi;

export interface TextDate extends Span {
  text: string;
  date: string;
  rule: 'calendar-date' | 'weekday';
}

const iso = (y: number, m: number, d: number) => {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
};
const monthNumber = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/**
 * Dates the text gives: calendar dates, and weekdays ("on Friday") read as the last such day on
 * or before the publication date (news reports tell of the past week).
 */
export function findDates(text: string, publishedOn: string | null): TextDate[] {
  const found: TextDate[] = [];
  for (const [i, re] of DATE_PATTERNS.entries()) {
    for (const m of text.matchAll(re)) {
      const date =
        i === 0 ? iso(+m[3], monthNumber(m[1]), +m[2]) : i === 1 ? iso(+m[3], monthNumber(m[2]), +m[1]) : iso(+m[1], +m[2], +m[3]);
      if (date) found.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], date, rule: 'calendar-date' });
    }
  }
  if (publishedOn) {
    const published = new Date(`${publishedOn}T00:00:00Z`);
    for (const m of text.matchAll(WEEKDAY_PATTERN)) {
      const back = (published.getUTCDay() - WEEKDAYS.indexOf(m[1].toLowerCase()) + 7) % 7;
      const date = new Date(published.getTime() - back * 86_400_000).toISOString().slice(0, 10);
      found.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], date, rule: 'weekday' });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
