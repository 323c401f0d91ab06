import type { ExpectedDraft } from '../bench/import-scoring';

/** An expected draft of a Pentagon readout (the corpus format), for the scoring and agreement unit tests; `over` changes fields. */
export const expectedDraft = (over: Partial<ExpectedDraft> = {}): ExpectedDraft => ({
  passage: 'The Secretary reaffirmed the ironclad U.S. commitment to the defense of the ROK.',
  kind: 'PARAPHRASE',
  author: { organization: 'Department of Defense' },
  parties: [{ official: 'Pete Hegseth' }],
  source: { kind: 'READOUT', publisher: 'Department of Defense', isDocument: true },
  call: 'Hegseth–Ahn telephone call, April 2026',
  commitments: [{ title: 'U.S. commitment to the defense of the Republic of Korea', stance: 'REAFFIRMS' }],
  ...over,
});
