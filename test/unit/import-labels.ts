import type { DraftView, ExpectedDraft } from '../bench/import-scoring';

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

/** A draft as the harness reads it, right against `expectedDraft()` (an API without the optional fields); `over` changes fields. */
export const draftView = (over: Partial<DraftView> = {}): DraftView => ({
  text: 'The Secretary reaffirmed the ironclad U.S. commitment to the defense of the ROK.',
  kind: 'PARAPHRASE',
  confidence: 0.85,
  speakers: [],
  organization: 'Department of Defense',
  parties: ['Pete Hegseth'],
  proposedOfficials: [],
  source: { kind: 'READOUT', isDocument: true, publisher: 'Department of Defense', speaker: null },
  call: 'Hegseth–Ahn telephone call, April 2026',
  proposedCall: null,
  commitments: [{ title: 'U.S. commitment to the defense of the Republic of Korea', stance: 'REAFFIRMS' }],
  proposedCommitments: null,
  ...over,
});
