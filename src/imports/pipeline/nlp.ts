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

let engine: ReturnType<typeof winkNLP> | null = null;
const nlp = () => (engine ??= winkNLP(model, ['sbd', 'pos']));

/** Tokens with character offsets into `text`, their part of speech, and sentence spans. */
export function annotate(text: string): Annotated {
  const w = nlp();
  const its = w.its;
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
