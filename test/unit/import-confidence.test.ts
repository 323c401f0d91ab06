/**
 * The import's confidence stage (src/imports/pipeline/confidence.ts) and the script that measures
 * drafts offline (scripts/import-confidence.ts): the keyed table's chain of feature keys and its
 * estimate shrunk toward coarser keys (still fitted, to compare), the features of a finished draft,
 * the shipped model, and drafts seen as the API shows them to the harness. The fitting of the model
 * itself: import-confidence-fit.test.ts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract, MIN_DRAFT_CONFIDENCE, type Passage } from '../../src/imports/extract';
import { Lexicon } from '../../src/imports/lexicon';
import {
  betaCdf,
  betaQuantile,
  CONFIDENCE_FLOOR,
  type ConfidenceFeatures,
  type ConfidenceModel,
  type ConfidenceTable,
  confidenceKeys,
  draftFeatures,
  finishConfidence,
  modelConfidence,
  modelProbability,
  modelTerms,
  PRIOR,
  QUANTILE,
  SHRINK,
  shrunkEstimate,
} from '../../src/imports/pipeline/confidence';
import { confidenceModel } from '../../src/imports/pipeline/confidence-table';
import { countRows, draftViews, type Sample } from '../../scripts/import-confidence';
import { referenceLexiconData } from './reference-lexicon';

const features = (over: Partial<ConfidenceFeatures> = {}): ConfidenceFeatures => ({
  kind: 'PARAPHRASE',
  frame: 'third-person',
  parties: true,
  call: 'call',
  unbalanced: false,
  document: 'READOUT',
  author: 'organization',
  partyCount: 2,
  proposedParty: false,
  commitments: 'none',
  ownWords: true,
  callFrom: 'text',
  sourceKind: 'READOUT',
  ...over,
});

/** A finished draft with only what the confidence stage reads. */
const passage = (over: Partial<Passage> = {}): Passage =>
  ({
    features: { kind: 'PARAPHRASE', frame: 'third-person', parties: true, call: 'none', unbalanced: false },
    callId: null,
    speakerIds: [],
    proposedSpeakers: [],
    attributedOrganizationId: 1,
    partyIds: [10, 11],
    proposedParties: [],
    commitments: [],
    proposedCommitments: [],
    source: {
      key: 'doc',
      kind: 'READOUT',
      isDocument: true,
      publisherId: 1,
      proposedPublisher: null,
      speakerId: null,
      callId: null,
      label: '',
    },
    evidence: [{ field: 'confidence', value: '*', span: '', rule: 'provisional', confidence: 0.7 }],
    confidence: 0.7,
    ...over,
  }) as Passage;

describe('import confidence: keys and estimates', () => {
  it('walks from all drafts to parties found, where the call came from, and the commitments', () => {
    assert.deepEqual(confidenceKeys(features()), ['*', 'parties:2+', 'parties:2+|call:text', 'parties:2+|call:text|commitments:none']);
    assert.deepEqual(
      confidenceKeys(features({ partyCount: 0, callFrom: 'source', commitments: 'matched' })).at(-1),
      'parties:0|call:source|commitments:matched',
    );
    assert.equal(confidenceKeys(features({ partyCount: 1 }))[1], 'parties:1');
    assert.equal(confidenceKeys(features({ partyCount: 3 }))[1], 'parties:2+');
    assert.equal(confidenceKeys(features({ callFrom: 'none' }))[2], 'parties:2+|call:none');
  });

  it('the Beta distribution: its distribution function and quantiles', () => {
    // Beta(1, 1) is uniform; Beta(2, 1) has P(X ≤ x) = x².
    assert.ok(Math.abs(betaCdf(0.3, 1, 1) - 0.3) < 1e-9);
    assert.ok(Math.abs(betaCdf(0.5, 2, 1) - 0.25) < 1e-9);
    assert.ok(Math.abs(betaQuantile(0.25, 2, 1) - 0.5) < 1e-5);
    // Symmetric: the median of Beta(a, a) is 1/2; quantiles mirror.
    assert.ok(Math.abs(betaQuantile(0.5, 7, 7) - 0.5) < 1e-5);
    assert.ok(Math.abs(betaQuantile(0.25, 3, 9) + betaQuantile(0.75, 9, 3) - 1) < 1e-5);
    // Many observations: the quantile closes in on the mean.
    assert.ok(Math.abs(betaQuantile(0.25, 900, 100) - 0.9) < 0.01);
    assert.equal(betaCdf(0, 2, 3), 0);
    assert.equal(betaCdf(1, 2, 3), 1);
  });

  it('shrinks each level toward its parent: many drafts get their own precision, a few move little, unknown keys stop the chain', () => {
    const t: ConfidenceTable = {
      measured: 'test',
      rows: {
        '*': { drafts: 100, right: 70 },
        a: { drafts: 1000, right: 990 },
        'a|b': { drafts: 1, right: 0 },
        c: { drafts: 2, right: 2 },
      },
    };
    const root = (70 + SHRINK * PRIOR) / (100 + SHRINK);
    const rootEstimate = shrunkEstimate(['*'], t);
    assert.equal(rootEstimate.mean, Math.round(root * 100) / 100);
    assert.equal(rootEstimate.value, Math.round(betaQuantile(QUANTILE, 70 + SHRINK * PRIOR, 30 + SHRINK * PRIOR) * 100) / 100);
    assert.deepEqual([rootEstimate.key, rootEstimate.drafts], ['*', 100]);
    // Conservative: below the mean.
    assert.ok(rootEstimate.value < rootEstimate.mean);
    // 1,000 drafts at 0.99: the estimate is close to 0.99 whatever the parent says.
    const a = (990 + SHRINK * root) / (1000 + SHRINK);
    assert.equal(shrunkEstimate(['*', 'a'], t).mean, Math.round(a * 100) / 100);
    assert.ok(Math.abs(shrunkEstimate(['*', 'a'], t).value - 0.99) < 0.01);
    // One wrong draft under "a": a step down, not to 0.
    const ab = shrunkEstimate(['*', 'a', 'a|b'], t);
    assert.equal(ab.key, 'a|b');
    assert.ok(ab.mean < shrunkEstimate(['*', 'a'], t).mean && ab.mean > 0.85, String(ab.mean));
    assert.ok(ab.value < ab.mean && ab.value > 0.6, String(ab.value));
    // Two of two right under a root of 0.7: 2 drafts do not make the top band.
    assert.ok(shrunkEstimate(['*', 'c'], t).value < 0.8, String(shrunkEstimate(['*', 'c'], t).value));
    // A key the table lacks: the parent's estimate.
    assert.deepEqual(shrunkEstimate(['*', 'a', 'a|x', 'a|x|y'], t), shrunkEstimate(['*', 'a'], t));
    assert.deepEqual(shrunkEstimate(['*'], { measured: 'empty', rows: {} }), { value: PRIOR, mean: PRIOR, key: 'prior', drafts: 0 });
  });

  it('a table counted with other keys (an older table) still gives the estimate of the keys it shares', () => {
    const old: ConfidenceTable = {
      measured: 'older keys',
      rows: {
        '*': { drafts: 100, right: 80 },
        'parties:1': { drafts: 40, right: 30 },
        'parties:1|own-words': { drafts: 30, right: 25 },
      },
    };
    const e = shrunkEstimate(confidenceKeys(features({ partyCount: 1 })), old);
    assert.deepEqual(e, shrunkEstimate(['*', 'parties:1'], old));
    assert.equal(e.key, 'parties:1');
  });

  it('the shipped model is fitted on the first runs of blind batches, and ranks drafts without parties or call below drafts with two parties and the call of the text', () => {
    assert.match(confidenceModel.measured, /first runs of \d+ blind batches/);
    assert.ok(confidenceModel.drafts > 1000 && confidenceModel.base > 0.4 && confidenceModel.base < 0.8, String(confidenceModel.base));
    const p = (over: Partial<ConfidenceFeatures>) => modelProbability(modelTerms(features(over)), confidenceModel);
    assert.ok(p({ partyCount: 0 }) < p({ partyCount: 2 }), `${p({ partyCount: 0 })} < ${p({ partyCount: 2 })}`);
    assert.ok(p({ callFrom: 'none' }) < p({ callFrom: 'text' }));
    // Every confidence is a probability, and none claims certainty: the first runs never reached it.
    for (const partyCount of [0, 1, 2, 3])
      for (const callFrom of ['text', 'source', 'proposed', 'none'] as const) {
        const value = p({ partyCount, callFrom });
        assert.ok(value > 0 && value < 0.97, `${partyCount} ${callFrom}: ${value}`);
      }
  });

  it('never gives a finished draft less than the threshold under which drafts are not stored', () => {
    assert.equal(CONFIDENCE_FLOOR, MIN_DRAFT_CONFIDENCE);
    const none = features({ partyCount: 0, callFrom: 'none', author: 'proposed', document: 'NEWS_ARTICLE', sourceKind: 'NEWS_ARTICLE' });
    assert.ok(modelProbability(modelTerms(none), confidenceModel) < CONFIDENCE_FLOOR);
    assert.equal(modelConfidence(modelTerms(none), confidenceModel), CONFIDENCE_FLOOR);
  });
});

describe('import confidence: a finished draft', () => {
  it('reads the call, the author, the parties, the commitments and whose words they are from the draft', () => {
    const own = draftFeatures(passage(), { proposedCall: false, document: 'READOUT' });
    assert.deepEqual(
      [own.call, own.callFrom, own.author, own.partyCount, own.proposedParty, own.commitments, own.ownWords, own.document],
      ['none', 'none', 'organization', 2, false, 'none', true, 'READOUT'],
    );
    assert.equal(draftFeatures(passage(), { proposedCall: true, document: 'READOUT' }).call, 'proposed');
    assert.equal(draftFeatures(passage(), { proposedCall: true, document: 'READOUT' }).callFrom, 'proposed');
    assert.equal(draftFeatures(passage({ callId: 4 }), { proposedCall: true, document: 'READOUT' }).call, 'call');
    // The call the text is about, or the call of the source the draft reports (a press conference after the talks).
    assert.equal(draftFeatures(passage({ callId: 4 }), { proposedCall: false, document: 'READOUT' }).callFrom, 'text');
    const reportedSource = passage().source;
    assert.equal(
      draftFeatures(passage({ callId: 4, source: { ...reportedSource, isDocument: false, callId: 4 } }), {
        proposedCall: false,
        document: 'NEWS_ARTICLE',
      }).callFrom,
      'source',
    );
    const reported = draftFeatures(
      passage({
        speakerIds: [10],
        proposedSpeakers: ['p1'],
        attributedOrganizationId: null,
        partyIds: [10, 11, 12],
        proposedParties: ['p1'],
        commitments: [{ id: 1, stance: 'REAFFIRMS' }],
        proposedCommitments: [{ key: 'c1', stance: 'AFFIRMS' }],
        source: {
          key: 'pc',
          kind: 'PRESS_CONFERENCE',
          isDocument: false,
          publisherId: null,
          proposedPublisher: null,
          speakerId: 10,
          callId: null,
          label: '',
        },
      }),
      { proposedCall: false, document: 'NEWS_ARTICLE' },
    );
    assert.deepEqual(
      [reported.author, reported.partyCount, reported.proposedParty, reported.commitments, reported.ownWords],
      ['proposed', 3, true, 'proposed', false],
    );
    assert.equal(draftFeatures(passage({ attributedOrganizationId: null }), { proposedCall: false, document: 'READOUT' }).author, 'none');
  });

  it('sets the confidence from the model and replaces the provisional evidence, keeping the rest', () => {
    const model: ConfidenceModel = {
      measured: 'test',
      l2: 1,
      drafts: 50,
      base: 0.6,
      intercept: 0.5,
      weights: { 'parties:2': 1, 'call:none': -2, 'document:READOUT': 0.25 },
    };
    const p = passage();
    p.evidence.push({ field: 'party', value: 'x', span: 'y', rule: 'z', confidence: 0.8 });
    finishConfidence(p, { proposedCall: false, document: 'READOUT' }, model);
    const expected = Math.round((1 / (1 + Math.exp(-(0.5 + 1 - 2 + 0.25)))) * 100) / 100;
    assert.equal(p.confidence, expected);
    const evidence = p.evidence.filter((e) => e.field === 'confidence');
    assert.equal(evidence.length, 1);
    assert.equal(
      evidence[0].value,
      'parties:2|call:none|commitments:none|author:organization|kind:PARAPHRASE|document:READOUT|ownWords:true|proposedParty:false|source:READOUT',
    );
    assert.equal(evidence[0].confidence, expected);
    // The rule names the fitting sample and the terms that moved the estimate most, strongest first.
    assert.match(
      evidence[0].rule,
      /first runs of blind batches \(50 drafts, 0\.60 right\).*strongest: call:none −2\.00, parties:2 \+1\.00, document:READOUT \+0\.25/,
    );
    assert.equal(p.evidence.length, 2);
  });
});

describe('import confidence: the fitting script', () => {
  it('counts every key of every draft', () => {
    const samples: Sample[] = [
      { document: 'c1', features: features(), confidence: 0.8, right: true },
      { document: 'c1', features: features(), confidence: 0.8, right: false },
      { document: 'c2', features: features({ partyCount: 0, callFrom: 'source', commitments: 'matched' }), confidence: 0.8, right: false },
    ];
    const rows = countRows(samples);
    assert.deepEqual(rows['*'], { drafts: 3, right: 1 });
    assert.deepEqual(rows['parties:2+|call:text|commitments:none'], { drafts: 2, right: 1 });
    assert.deepEqual(rows['parties:0|call:source|commitments:matched'], { drafts: 1, right: 0 });
    assert.deepEqual(Object.keys(rows), [...Object.keys(rows)].sort());
  });

  it('sees drafts as the API shows them to the harness: names of officials and organizations', () => {
    const lex = new Lexicon(referenceLexiconData());
    const text = [
      "Readout of Secretary of Defense Pete Hegseth's Call With Japanese Minister of Defense Gen Nakatani",
      'Secretary of Defense Pete Hegseth spoke today with Japanese Minister of Defense Gen Nakatani.',
      'Secretary Hegseth and Minister Nakatani agreed to deepen cooperation on missile defense.',
    ].join('\n\n');
    const dod = lex.data.organizations.find((o) => o.name === 'Department of Defense')!.id;
    const r = extract(lex, text, {
      kind: 'READOUT',
      publisherId: dod,
      publishedOn: '2025-01-30',
      timeZone: 'America/New_York',
      keepAll: true,
    });
    const views = draftViews(r, lex);
    assert.equal(views.length, r.passages.length);
    const agreed = views.find((v) => /deepen cooperation/.test(v.text));
    assert.ok(agreed, JSON.stringify(views.map((v) => v.text)));
    assert.deepEqual([...agreed.parties].sort(), ['Gen Nakatani', 'Pete Hegseth']);
    assert.equal(agreed.organization, 'Department of Defense');
    assert.equal(agreed.source.publisher, 'Department of Defense');
    assert.equal(agreed.confidence, r.passages[views.indexOf(agreed)].confidence);
  });
});
