/**
 * The import's confidence stage (src/imports/pipeline/confidence.ts) and the script that fits its
 * table on the calibration set (scripts/import-confidence.ts): the chain of feature keys, the
 * estimate shrunk toward coarser keys, the features of a finished draft, and drafts seen as the
 * API shows them to the harness.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract, type Passage } from '../../src/imports/extract';
import { Lexicon } from '../../src/imports/lexicon';
import {
  type ConfidenceFeatures,
  type ConfidenceTable,
  confidenceKeys,
  draftFeatures,
  finishConfidence,
  PRIOR,
  SHRINK,
  shrunkEstimate,
} from '../../src/imports/pipeline/confidence';
import { confidenceTable } from '../../src/imports/pipeline/confidence-table';
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
  it('walks from all drafts to parties found, whose words, and the kind of document', () => {
    assert.deepEqual(confidenceKeys(features()), ['*', 'parties:2+', 'parties:2+|own-words', 'parties:2+|own-words|READOUT']);
    assert.deepEqual(
      confidenceKeys(features({ partyCount: 0, ownWords: false, document: 'NEWS_ARTICLE' })).at(-1),
      'parties:0|reported|NEWS_ARTICLE',
    );
    assert.equal(confidenceKeys(features({ partyCount: 1 }))[1], 'parties:1');
    assert.equal(confidenceKeys(features({ partyCount: 3 }))[1], 'parties:2+');
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
    assert.deepEqual(shrunkEstimate(['*'], t), { value: Math.round(root * 100) / 100, key: '*', drafts: 100 });
    // 1,000 drafts at 0.99: the estimate is close to 0.99 whatever the parent says.
    const a = (990 + SHRINK * root) / (1000 + SHRINK);
    assert.equal(shrunkEstimate(['*', 'a'], t).value, Math.round(a * 100) / 100);
    assert.ok(Math.abs(a - 0.99) < 0.01);
    // One wrong draft under "a": a small step down, not to 0.
    const ab = shrunkEstimate(['*', 'a', 'a|b'], t);
    assert.equal(ab.key, 'a|b');
    assert.ok(ab.value < shrunkEstimate(['*', 'a'], t).value && ab.value > 0.85, String(ab.value));
    // A key the table lacks: the parent's estimate.
    assert.deepEqual(shrunkEstimate(['*', 'a', 'a|x', 'a|x|y'], t), shrunkEstimate(['*', 'a'], t));
    assert.deepEqual(shrunkEstimate(['*'], { measured: 'empty', rows: {} }), { value: PRIOR, key: 'prior', drafts: 0 });
  });

  it('the shipped table is fitted on the calibration set, and ranks drafts without parties below drafts with two in the document’s own words', () => {
    assert.match(confidenceTable.measured, /calibration/);
    for (const [key, row] of Object.entries(confidenceTable.rows)) assert.ok(row.right <= row.drafts && row.drafts > 0, key);
    const none = shrunkEstimate(confidenceKeys(features({ partyCount: 0 })), confidenceTable).value;
    const two = shrunkEstimate(confidenceKeys(features({ partyCount: 2 })), confidenceTable).value;
    assert.ok(none < two, `${none} < ${two}`);
  });
});

describe('import confidence: a finished draft', () => {
  it('reads the call, the author, the parties, the commitments and whose words they are from the draft', () => {
    const own = draftFeatures(passage(), { proposedCall: false, document: 'READOUT' });
    assert.deepEqual(
      [own.call, own.author, own.partyCount, own.proposedParty, own.commitments, own.ownWords, own.document],
      ['none', 'organization', 2, false, 'none', true, 'READOUT'],
    );
    assert.equal(draftFeatures(passage(), { proposedCall: true, document: 'READOUT' }).call, 'proposed');
    assert.equal(draftFeatures(passage({ callId: 4 }), { proposedCall: true, document: 'READOUT' }).call, 'call');
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

  it('sets the confidence from the table and replaces the provisional evidence, keeping the rest', () => {
    const t: ConfidenceTable = { measured: 'test', rows: { '*': { drafts: 10, right: 5 }, 'parties:2+': { drafts: 40, right: 40 } } };
    const p = passage();
    p.evidence.push({ field: 'party', value: 'x', span: 'y', rule: 'z', confidence: 0.8 });
    finishConfidence(p, { proposedCall: false, document: 'READOUT' }, t);
    const expected = shrunkEstimate(['*', 'parties:2+'], t);
    assert.equal(p.confidence, expected.value);
    const evidence = p.evidence.filter((e) => e.field === 'confidence');
    assert.equal(evidence.length, 1);
    assert.equal(evidence[0].value, 'parties:2+');
    assert.equal(evidence[0].confidence, expected.value);
    assert.match(evidence[0].rule, /calibration set \(40 drafts\)/);
    assert.equal(p.evidence.length, 2);
  });
});

describe('import confidence: the fitting script', () => {
  it('counts every key of every draft', () => {
    const samples: Sample[] = [
      { document: 'c1', features: features(), right: true },
      { document: 'c1', features: features(), right: false },
      { document: 'c2', features: features({ partyCount: 0, ownWords: false, document: 'NEWS_ARTICLE' }), right: false },
    ];
    const rows = countRows(samples);
    assert.deepEqual(rows['*'], { drafts: 3, right: 1 });
    assert.deepEqual(rows['parties:2+|own-words|READOUT'], { drafts: 2, right: 1 });
    assert.deepEqual(rows['parties:0|reported|NEWS_ARTICLE'], { drafts: 1, right: 0 });
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
