/**
 * The import pipeline as one pure, synchronous call on plain data (serialisable both ways, no
 * database): the text, what is known about it, and the lexicon's data in; drafts, a disposition
 * for every sentence, and what the text proposes out. A worker can run it as it is.
 *
 * Stages, in order (each its own module here, rules as named data):
 *   segment → turns → people → frames → coref → commitments → dates & calls → assembly & confidence → dispositions
 * The extractor (../extractor/, entered through ../extract.ts) drives them sentence by sentence and assembles the drafts.
 */
import { type ExtractOptions, type Extraction, extract } from '../extract';
import { Lexicon, type LexiconData } from '../lexicon';

export interface PipelineInput {
  text: string;
  metadata: ExtractOptions;
  lexicon: LexiconData;
}

export type PipelineOutput = Extraction;

export function runPipeline(input: PipelineInput): PipelineOutput {
  return extract(new Lexicon(input.lexicon), input.text, input.metadata);
}
