/**
 * The NLP library the pipeline stands on: wink-nlp with its English "lite web" model (tokens,
 * sentence boundaries, part of speech). Chosen over compromise, sbd and the runtime's
 * Intl.Segmenter by measurement (README, import section; `node dist/test/bench/nlp-candidates.js`):
 * it segments initials and abbreviations right where the others do not, tags reporting verbs,
 * and reads a 20,000-word document in under 0.1 s. The model ships inside the npm package and is
 * loaded once per process (about 0.1 s), on first use.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Token {
  start: number;
  end: number;
  value: string;
  /** Universal part-of-speech tag: VERB, PROPN, PRON, NOUN, ADP, PUNCT… */
  pos: string;
}

export interface Annotated {
  tokens: Token[];
  /** Sentences as [first token, last token] (inclusive). */
  sentences: [number, number][];
}

/**
 * A value made anew once `budget` units have been used with it: ENGINE_RENEWAL (round 18). wink-nlp keeps about 100 bytes
 * for every word it has not seen before, for as long as the engine lives (measured: 1.4 million new words, 200 MB), so a
 * worker fed documents of made-up words would run into its heap limit. The engine is made anew after
 * `NLP_ENGINE_TEXT_BUDGET` characters (about 0.1 s to make); what it reads does not depend on what it read before
 * (FIRST_SIGHT, in `annotate`), so a new engine reads every text as the old one did.
 */
export class Renewing<T> {
  private value: T | null = null;
  private used = 0;
  /** How many values were made so far. */
  generation = 0;

  constructor(
    private readonly make: () => T,
    private readonly budget: number,
  ) {}

  /** The value, made anew when none was made yet or `budget` units have been used with the current one. */
  take(units: number): T {
    if (this.value === null || this.used >= this.budget) {
      this.value = this.make();
      this.used = 0;
      this.generation++;
    }
    this.used += units;
    return this.value;
  }
}

/** Characters an NLP engine reads before it is made anew (ENGINE_RENEWAL): about eighty documents of the largest size. */
export const NLP_ENGINE_TEXT_BUDGET = 8_000_000;
const engine = new Renewing(() => winkNLP(model, ['sbd', 'pos']), NLP_ENGINE_TEXT_BUDGET);

/** No word is longer than this; longer runs without a space are cut for the tokenizer. */
export const MAX_TOKEN_CHARS = 200;

/**
 * The text with a space in place of every MAX_TOKEN_CHARS-th character of a run without spaces
 * (same length, so offsets hold): wink-nlp's abbreviation test is quadratic in a token's length
 * (95 KB without a space took 16 s).
 */
export function breakLongRuns(text: string): string {
  let out: string[] | null = null;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13) run = 0;
    else if (++run > MAX_TOKEN_CHARS) {
      out ??= text.split('');
      out[i] = ' ';
      run = 0;
    }
  }
  return out ? out.join('') : text;
}

/** Tokens with character offsets into `text`, their part of speech, and sentence spans. */
export function annotate(original: string): Annotated {
  const text = breakLongRuns(original);
  const w = engine.take(2 * text.length);
  const its = w.its;
  // FIRST_SIGHT (round 18): wink-nlp adds a word it has not seen to its cache as it reads it, and a word read for the first
  // time can cut sentences otherwise than the same word read again ("… there is Camille’s...\nBlacklist International …":
  // two sentences the first time, one after). So a document's sentences depended on what the process had read before it:
  // the first import of a worker differed from the same import later. Reading the text once first makes every word seen,
  // so the reading that counts is the same whatever came before (about 0.1 s more for 120 KB).
  w.readDoc(text);
  const doc = w.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const tokens: Token[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    at += spaces[i].length;
    // The tokenizer keeps the text (values and spaces add up to it); look the value up to be safe.
    let start = text.startsWith(values[i], at) ? at : text.indexOf(values[i], at);
    if (start < 0) start = at;
    tokens.push({ start, end: start + values[i].length, value: values[i], pos: pos[i] });
    at = start + values[i].length;
  }
  const sentences: [number, number][] = [];
  doc.sentences().each((s: { out: (f: unknown) => unknown }) => {
    const [a, b] = s.out(its.span) as unknown as [number, number];
    sentences.push([a, b]);
  });
  return { tokens, sentences };
}
