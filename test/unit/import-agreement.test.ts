import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compareLabels, disagreements, expectationAsDraft, summarize } from '../bench/import-agreement';
import { loadAgreementLabels, loadCorpus } from '../bench/import-corpus';
import { checkFields, FIELDS, type CorpusDocument, type ExpectedDraft } from '../bench/import-scoring';
import { expectedDraft } from './import-labels';

const USKR = 'U.S. commitment to the defense of the Republic of Korea';
const REID = { proposed: { name: 'Callum Reid', country: 'AU' } };

const label = expectedDraft;

const labels = (expected: ExpectedDraft[], nothing: string[] = []): CorpusDocument => ({
  id: 'x01',
  genre: 'dod-readout',
  document: 'x01.txt',
  import: {
    kind: 'READOUT',
    publisher: 'Department of Defense',
    publishedOn: '2026-04-16',
    timeZone: 'America/New_York',
    title: 'Readout',
  },
  statesArticleV: false,
  expected,
  nothing: nothing.map((passage) => ({ passage, reason: 'background' })),
});

const AGREED = 'The two leaders agreed to keep in close contact and to meet in person this year.';
const BRIEFED = 'The Minister briefed the Secretary on the security situation on the peninsula.';
const CALL_LINE = 'Secretary of War Pete Hegseth spoke by phone today with Minister Ahn Gyu-back.';

describe('import label agreement', () => {
  test('a label read as a draft agrees with itself in every field, proposals and roles included', () => {
    const proposed = label({
      author: { officials: [REID] },
      parties: [REID, { official: 'Pete Hegseth' }],
      source: { kind: 'TRANSCRIPT', isDocument: true },
      call: { proposed: true, participants: ['Pete Hegseth', 'Callum Reid'] },
      commitments: [{ proposed: 'AUKUS partnership', stance: 'REAFFIRMS' }],
    });
    for (const e of [
      label(),
      proposed,
      label({ author: { proposedOrganization: { name: 'National Defence', country: 'CA' } }, call: null }),
    ]) {
      const checks = checkFields(e, expectationAsDraft(e));
      assert.deepEqual(
        FIELDS.filter((f) => !checks[f]),
        [],
        e.passage,
      );
    }
    const d = expectationAsDraft(proposed);
    assert.deepEqual(d.proposedOfficials, [{ name: 'Callum Reid', country: 'AU', roles: ['author', 'party'] }]);
    assert.equal(d.proposedCall, true);
    assert.deepEqual(d.proposedCommitments, [{ text: 'AUKUS partnership', stance: 'REAFFIRMS' }]);
  });

  test('matched passages, strict agreement both ways, per field, stances apart, and nothing-sentences each writer labelled', () => {
    const a = labels(
      [
        label(),
        label({ passage: AGREED, parties: [{ official: 'Pete Hegseth' }, { official: 'Ahn Gyu-back' }], commitments: [] }),
        label({ passage: BRIEFED, parties: [{ official: 'Ahn Gyu-back' }], commitments: [] }),
      ],
      [CALL_LINE],
    );
    const b = labels(
      [
        // Same passage, another stance.
        label({ commitments: [{ title: USKR, stance: 'AFFIRMS' }] }),
        // Same passage in other words' boundaries (a trailing attribution), another party and no call.
        label({
          passage: `${AGREED.slice(0, -1)}, the Pentagon said.`,
          parties: [{ official: 'Pete Hegseth' }],
          commitments: [],
          call: null,
        }),
        // A passage A lists as nothing.
        label({ passage: CALL_LINE, parties: [{ official: 'Pete Hegseth' }, { official: 'Ahn Gyu-back' }], commitments: [] }),
      ],
      // A passage of A that B lists as nothing.
      [BRIEFED],
    );
    const r = compareLabels(a, b);
    const s = summarize([r]);
    assert.equal(s.passagesA, 3);
    assert.equal(s.passagesB, 3);
    assert.equal(s.matched, 2);
    assert.equal(s.strict, 0);
    assert.equal(s.strictOfA, 0);
    assert.equal(s.fields.kind, 1);
    assert.equal(s.fields.parties, 0.5);
    assert.equal(s.fields.call, 0.5);
    assert.equal(s.fields.commitments, 0.5);
    assert.equal(s.fields.commitmentsWithoutStance, 1);
    assert.equal(s.nothingOfALabelledByB, 1);
    assert.equal(s.nothingA, 1);
    assert.equal(s.nothingOfBLabelledByA, 1);
    assert.equal(s.nothingB, 1);
    // Soft: (5/6 + 4/6 + 0) / 3.
    assert.ok(Math.abs(s.soft! - 1.5 / 3) < 1e-9);
    const list = disagreements(r);
    assert.ok(list.some((d) => d.startsWith('fields differ') && d.includes('AFFIRMS')));
    assert.ok(list.some((d) => d.startsWith('B labels a passage what A lists as nothing (background): Secretary of War')));
    assert.ok(list.some((d) => d.startsWith('A labels a passage what B lists as nothing (background): The Minister briefed')));
  });

  test('import inputs that differ are named (titles are not compared)', () => {
    const a = labels([label()]);
    const b = { ...a, import: { ...a.import, kind: 'PRESS_RELEASE', publisher: undefined, title: 'Another title' } };
    const r = compareLabels(a, b);
    assert.deepEqual(r.importDiffers, ['kind PRESS_RELEASE, A READOUT', 'publisher none, A Department of Defense']);
    assert.equal(summarize([r]).importsDiffer, 1);
    assert.ok(disagreements(r)[0].startsWith("import differs (B's, A's): kind PRESS_RELEASE"));
  });

  test('identical labels agree fully', () => {
    const a = labels([label(), label({ passage: AGREED, commitments: [] })], [CALL_LINE]);
    const s = summarize([compareLabels(a, a)]);
    assert.deepEqual([s.strictOfA, s.strictOfB, s.soft, s.nothingOfALabelledByB, s.importsDiffer], [1, 1, 1, 0, 0]);
    assert.deepEqual(disagreements(compareLabels(a, a)), []);
  });

  test('every agreement label names a development document, with its id and genre', () => {
    const dev = new Map(loadCorpus('dev').map((d) => [d.document, d]));
    const second = loadAgreementLabels();
    assert.ok(second.length >= 20);
    for (const b of second) {
      const a = dev.get(b.document);
      assert.ok(a, b.document);
      assert.equal(b.id, a.id);
      assert.equal(b.genre, a.genre);
    }
  });
});
