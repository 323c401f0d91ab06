import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expectationAsDraft } from '../bench/import-agreement';
import { loadAgreementLabels, loadCorpus } from '../bench/import-corpus';
import { FIELDS, scoreDocument, type DispositionView, type DraftView, type NothingPassage } from '../bench/import-scoring';
import {
  type Counts,
  classifyExtra,
  classifyField,
  classifyMissing,
  documentTaxonomy,
  formatTaxonomy,
  mergeTaxonomies,
  skipRuleOf,
  topClasses,
} from '../bench/import-taxonomy';
import { draftView, expectedDraft as expected } from './import-labels';

// Invented drafts and expectations (a readout of an invented call), each changed in one field.
// The API of today: it says proposed organizations, calls and commitments.
const draft = (over: Partial<DraftView> = {}): DraftView =>
  draftView({ proposedOrganization: null, proposedCall: false, proposedCommitments: [], ...over });
const withSource = (kind: string, isDocument: boolean, publisher: string | null = null, speaker: string | null = null) =>
  draft({ source: { kind, isDocument, publisher, speaker } });

const proposedPerson = (name: string, roles: string[] | null, country = 'PH') => ({ name, country, roles });

describe('import taxonomy: wrong author by class', () => {
  test('expected class × got class', () => {
    assert.equal(
      classifyField('author', expected(), draft({ organization: null, speakers: ['Pete Hegseth'] })),
      'expected recorded organization, got recorded official',
    );
    assert.equal(classifyField('author', expected(), draft({ organization: null })), 'expected recorded organization, got none');
    assert.equal(
      classifyField(
        'author',
        expected({ author: { officials: [{ proposed: { name: 'Ana Cruz', country: 'PH' } }] } }),
        draft({ organization: null, speakers: ['Pete Hegseth'] }),
      ),
      'expected proposed official, got recorded official',
    );
    assert.equal(
      classifyField('author', expected({ author: { proposedOrganization: { name: 'Ministry of Ports', country: 'PH' } } }), draft()),
      'expected proposed organization, got recorded organization',
    );
    assert.equal(
      classifyField(
        'author',
        expected({ author: {} }),
        draft({ organization: null, proposedOfficials: [proposedPerson('Ana Cruz', ['author'])] }),
      ),
      'expected none, got proposed official',
    );
    assert.equal(
      classifyField(
        'author',
        expected({ author: { officials: [{ official: 'Pete Hegseth' }] } }),
        draft({ organization: null, proposedOrganization: { name: 'Ministry of Ports' } }),
      ),
      'expected recorded official, got proposed organization',
    );
  });

  test('same class: another entity, or one more or fewer of the same class', () => {
    assert.equal(
      classifyField('author', expected(), draft({ organization: 'Ministry of National Defense' })),
      'recorded organization: same class, other entity',
    );
    const two = expected({ author: { officials: [{ official: 'Pete Hegseth' }, { official: 'Ahn Gyu-back' }] } });
    assert.equal(
      classifyField('author', two, draft({ organization: null, speakers: ['Pete Hegseth'] })),
      'recorded official: same class, one missing',
    );
    assert.equal(
      classifyField(
        'author',
        expected({ author: { officials: [{ official: 'Pete Hegseth' }] } }),
        draft({ organization: null, speakers: ['Ahn Gyu-back'] }),
      ),
      'recorded official: same class, other entity',
    );
    assert.equal(
      classifyField(
        'author',
        expected({ author: { officials: [{ proposed: { name: 'Ana Cruz', country: 'PH' } }] } }),
        draft({ organization: null, proposedOfficials: [proposedPerson('Ben Reyes', ['author'])] }),
      ),
      'proposed official: same class, other entity',
    );
  });
});

describe('import taxonomy: wrong parties by shape', () => {
  const two = expected({ parties: [{ official: 'Pete Hegseth' }, { official: 'Ahn Gyu-back' }] });
  test('missing, extra, both, disjoint, none', () => {
    assert.equal(classifyField('parties', two, draft()), 'one missing');
    assert.equal(classifyField('parties', expected(), draft({ parties: ['Pete Hegseth', 'Ahn Gyu-back'] })), 'one extra');
    assert.equal(classifyField('parties', two, draft({ parties: ['Pete Hegseth', 'Lloyd Austin'] })), 'missing and extra');
    assert.equal(classifyField('parties', expected(), draft({ parties: ['Lloyd Austin'] })), 'disjoint');
    assert.equal(classifyField('parties', two, draft({ parties: [] })), 'draft has none');
    const three = expected({ parties: [{ official: 'Pete Hegseth' }, { official: 'Ahn Gyu-back' }, { official: 'Lloyd Austin' }] });
    assert.equal(classifyField('parties', three, draft()), 'two missing');
    assert.equal(
      classifyField('parties', expected({ parties: [] }), draft({ parties: ['A One', 'B Two', 'C Three'] })),
      'three or more extra',
    );
  });

  test('a proposed party the draft lacks; a proposed author is not a party', () => {
    const withProposed = expected({ parties: [{ official: 'Pete Hegseth' }, { proposed: { name: 'Ana Cruz', country: 'PH' } }] });
    assert.equal(classifyField('parties', withProposed, draft()), 'expected a proposed party the draft lacks');
    assert.equal(
      classifyField('parties', withProposed, draft({ proposedOfficials: [proposedPerson('Ana Cruz', ['author'])] })),
      'expected a proposed party the draft lacks',
    );
    assert.equal(classifyField('parties', expected(), draft({ proposedOfficials: [proposedPerson('Ana Cruz', ['party'])] })), 'one extra');
  });
});

describe('import taxonomy: wrong source, call, commitments, kind', () => {
  test('source: kind × kind, or the same kind with another speaker or organization', () => {
    assert.equal(
      classifyField('source', expected(), withSource('PRESS_RELEASE', true, 'Department of Defense', null)),
      'expected READOUT-the-document, got PRESS_RELEASE-the-document',
    );
    assert.equal(
      classifyField(
        'source',
        expected({ source: { kind: 'PRESS_CONFERENCE', isDocument: false, speaker: 'Pete Hegseth' } }),
        withSource('NEWS_ARTICLE', true, 'Wire', null),
      ),
      'expected PRESS_CONFERENCE, got NEWS_ARTICLE-the-document',
    );
    assert.equal(
      classifyField(
        'source',
        expected({ source: { kind: 'PRESS_CONFERENCE', isDocument: false, speaker: 'Pete Hegseth' } }),
        withSource('PRESS_CONFERENCE', false, null, 'Ahn Gyu-back'),
      ),
      'same kind, other speaker',
    );
    assert.equal(
      classifyField('source', expected(), withSource('READOUT', true, 'Ministry of National Defense', null)),
      'same kind, other organization',
    );
    assert.equal(classifyField('source', expected(), withSource('READOUT', true, null, null)), 'same kind, no organization');
  });

  test('call: expected class × what the draft has', () => {
    assert.equal(classifyField('call', expected(), draft({ call: 'Another call' })), 'expected recorded, got another recorded');
    assert.equal(classifyField('call', expected(), draft({ call: null })), 'expected recorded, got none');
    assert.equal(classifyField('call', expected(), draft({ call: null, proposedCall: true })), 'expected recorded, got proposed');
    assert.equal(classifyField('call', expected({ call: null }), draft()), 'expected none, got another recorded');
    assert.equal(classifyField('call', expected({ call: { proposed: true } }), draft()), 'expected proposed, got another recorded');
    assert.equal(classifyField('call', expected({ call: { proposed: true } }), draft({ call: null })), 'expected proposed, got none');
  });

  test('commitments: missing, extra, stance, proposed vs matched', () => {
    const other = { title: 'Article V of the U.S.-Japan security treaty applies to the Senkaku Islands', stance: 'REAFFIRMS' };
    assert.equal(classifyField('commitments', expected(), draft({ commitments: [] })), 'one missing');
    const base = draft().commitments[0];
    assert.equal(classifyField('commitments', expected(), draft({ commitments: [base, other] })), 'one extra');
    assert.equal(classifyField('commitments', expected(), draft({ commitments: [other] })), 'missing and extra (another commitment)');
    assert.equal(classifyField('commitments', expected(), draft({ commitments: [{ ...base, stance: 'ASSERTS' }] })), 'wrong stance');
    assert.equal(
      classifyField(
        'commitments',
        expected(),
        draft({ commitments: [], proposedCommitments: [{ text: 'defense of the Republic of Korea', stance: 'REAFFIRMS' }] }),
      ),
      'proposed vs matched: expected one on record, the draft proposes',
    );
    const proposal = expected({ commitments: [{ proposed: 'freedom of navigation in the South China Sea', stance: 'ASSERTS' }] });
    assert.equal(
      classifyField('commitments', proposal, draft()),
      'proposed vs matched: expected a proposal, the draft matched one on record',
    );
    assert.equal(
      classifyField(
        'commitments',
        proposal,
        draft({ commitments: [], proposedCommitments: [{ text: 'navigation freedom South China Sea', stance: 'REAFFIRMS' }] }),
      ),
      'wrong stance',
    );
  });

  test('kind', () => {
    assert.equal(classifyField('kind', expected(), draft({ kind: 'DIRECT_QUOTE' })), 'expected PARAPHRASE, got DIRECT_QUOTE');
  });
});

describe('import taxonomy: passages without a draft, drafts without a passage', () => {
  const passage = 'The two ministers agreed to hold the next dialogue in Manila in the autumn.';
  const skipped = (reason: string | null, text = passage): DispositionView => ({ text, reason });

  test('the skip reason of its sentence, or not covered', () => {
    assert.equal(classifyMissing(passage, [], [], [skipped('BACKGROUND')]), 'BACKGROUND');
    assert.equal(classifyMissing(passage, [], [], [skipped('NO_POSITION'), skipped('QUESTION', 'What did they say?')]), 'NO_POSITION');
    assert.equal(
      classifyMissing(passage, [], [], [skipped('QUESTION', 'What did they say?')]),
      'not covered: no sentence of the import covers it',
    );
    assert.equal(classifyMissing(passage, [], [], null), 'not covered (no dispositions: the API gives none, or the import failed)');
    const two = 'They met on Monday in Manila. They agreed to meet again in the autumn.';
    assert.equal(
      classifyMissing(
        two,
        [],
        [],
        [skipped('BACKGROUND', 'They met on Monday in Manila.'), skipped('DRAFTED', 'They agreed to meet again in the autumn.')],
      ),
      'partly DRAFTED, partly BACKGROUND',
    );
  });

  test('the rule that skipped it: reason and rule, figures as "#", several sentences joined, none when drafted or unknown', () => {
    const by = (reason: string | null, rule: string | null, text = passage): DispositionView => ({ text, reason, rule });
    assert.equal(
      skipRuleOf(passage, [by('NO_POSITION', 'no reporting frame or quotation matched')]),
      'NO_POSITION: no reporting frame or quotation matched',
    );
    assert.equal(
      skipRuleOf(passage, [by('BELOW_THRESHOLD', 'the sentence gate held its draft back: 0.14 chance, under the threshold 0.2')]),
      'BELOW_THRESHOLD: the sentence gate held its draft back: # chance, under the threshold #',
    );
    const two = 'They met on Monday in Manila. They agreed to meet again in the autumn.';
    assert.equal(
      skipRuleOf(two, [
        by('BACKGROUND', 'meeting event', 'They met on Monday in Manila.'),
        by('NO_POSITION', 'no frame', 'They agreed to meet again in the autumn.'),
      ]),
      'BACKGROUND: meeting event + NO_POSITION: no frame',
    );
    assert.equal(
      skipRuleOf(two, [
        by('BACKGROUND', 'meeting event', 'They met on Monday in Manila.'),
        by(null, 'drafted', 'They agreed to meet again in the autumn.'),
      ]),
      null,
    );
    assert.equal(skipRuleOf(passage, [skipped('BACKGROUND')]), null, 'an API without rules');
    assert.equal(skipRuleOf(passage, null), null);
    const t = documentTaxonomy({ expected: [expected({ passage })], nothing: [] }, [], [by('NO_POSITION', 'no frame')]);
    assert.deepEqual(t.skippedBy, { 'NO_POSITION: no frame': 1 });
    assert.ok(formatTaxonomy(t).some((l) => l.includes('by the rule that skipped them (1): 1 NO_POSITION: no frame')));
  });

  test('drafts with one wrong field, by that field', () => {
    const doc = { expected: [expected({ passage })], nothing: [] };
    const t = documentTaxonomy(doc, [draft({ text: passage, kind: 'DIRECT_QUOTE' })], [skipped(null)]);
    assert.deepEqual(t.onlyWrong, { kind: 1 });
    assert.ok(formatTaxonomy(t).some((l) => l.includes('with one wrong field, by that field: 1 kind')));
    const two = documentTaxonomy(doc, [draft({ text: passage, kind: 'DIRECT_QUOTE', call: null })], [skipped(null)]);
    assert.deepEqual(two.wrongFields, { '2': 1 });
    assert.deepEqual(mergeTaxonomies([t, two]).onlyWrong, { kind: 1 }, 'a draft with two wrong fields is not counted');
  });

  test('DRAFTED: where its draft went', () => {
    const d = [draft({ text: passage })];
    assert.equal(classifyMissing(passage, d, ['expected'], [skipped('DRAFTED')]), 'DRAFTED: its draft matched another expected passage');
    assert.equal(classifyMissing(passage, d, ['nothing'], [skipped(null)]), 'DRAFTED: its draft matched a nothing-sentence');
    const part = [draft({ text: 'The two ministers agreed to hold talks.' })];
    assert.equal(classifyMissing(passage, part, [null], [skipped('DRAFTED')]), 'DRAFTED: a draft covers only part of it');
    const long = [draft({ text: `${passage} ${'Many other words were said that day about other matters entirely. '.repeat(6)}` })];
    assert.equal(classifyMissing(passage, long, [null], [skipped('DRAFTED')]), 'DRAFTED: a draft covers it but is mostly other text');
  });

  test('extra drafts: a listed nothing-sentence, part of an expected passage, or unlisted', () => {
    const doc = {
      expected: [expected({ passage })],
      nothing: [{ passage: 'For more information, contact the press office.', reason: 'boilerplate' } as NothingPassage],
    };
    assert.equal(classifyExtra(draft(), doc, 'boilerplate'), 'listed nothing-sentence (expected boilerplate)');
    assert.equal(
      classifyExtra(draft({ text: 'the next dialogue in Manila in the autumn' }), doc, null),
      'unlisted: mostly words of an expected passage (a second or split draft)',
    );
    assert.equal(classifyExtra(draft({ text: 'contact the press office' }), doc, null), 'unlisted: mostly words of a nothing-sentence');
    assert.equal(classifyExtra(draft({ text: 'Something else entirely was reaffirmed.' }), doc, null), 'unlisted sentence');
  });

  test('a document: every expected passage and draft lands in one class; sums and the report', () => {
    const nothing: NothingPassage = { passage: 'For more information, contact the press office.', reason: 'boilerplate' };
    const doc = {
      expected: [
        expected(),
        expected({ passage, parties: [] }),
        expected({ passage: 'The Minister noted the long history of the alliance since 1953.' }),
      ],
      nothing: [nothing],
    };
    const drafts = [
      draft({ call: null, kind: 'DIRECT_QUOTE', parties: [] }),
      draft({ text: passage, parties: [] }),
      draft({ text: nothing.passage }),
      draft({ text: 'An unlisted sentence about something else.' }),
    ];
    const dispositions = [skipped('BACKGROUND', 'The Minister noted the long history of the alliance since 1953.')];
    const t = documentTaxonomy(doc, drafts, dispositions);
    assert.deepEqual(t.missing, { BACKGROUND: 1 });
    assert.deepEqual(t.wrongFields, { '3+': 1 });
    assert.deepEqual(t.wrong.kind, { 'expected PARAPHRASE, got DIRECT_QUOTE': 1 });
    assert.deepEqual(t.wrong.call, { 'expected recorded, got none': 1 });
    assert.deepEqual(t.wrong.parties, { 'draft has none': 1 });
    assert.deepEqual(t.extra, { 'listed nothing-sentence (expected boilerplate)': 1, 'unlisted sentence': 1 });
    const sum = mergeTaxonomies([t, t]);
    assert.equal(sum.missing.BACKGROUND, 2);
    assert.equal(sum.extra['unlisted sentence'], 2);
    const lines = formatTaxonomy(sum).join('\n');
    assert.match(lines, /expected passages without a draft \(2\), by what became of their sentence: 2 BACKGROUND/);
    assert.match(lines, /call wrong \(2\): 2 expected recorded, got none/);
    assert.doesNotMatch(lines, /Hegseth|Manila|Department/);
  });

  test('top classes: largest first, the rest summed', () => {
    assert.equal(topClasses({ a: 1, b: 3, c: 2 }, 2), '3 b; 2 c; 1 in 1 other classes');
    assert.equal(topClasses({}), '-');
  });
});

describe('import taxonomy: agrees with the scoring on documents two writers labelled', () => {
  // Generated from data, not from a hand list: each writer's labels of the agreement documents scored as the other's drafts.
  test('its classes add up to the table counts, per document, both ways', () => {
    const dev = new Map(loadCorpus('dev').map((d) => [d.document, d]));
    const sum = (c: Counts) => Object.values(c).reduce((s, n) => s + n, 0);
    const seen = { documents: 0, missing: 0, wrong: 0, extra: 0 };
    for (const b of loadAgreementLabels()) {
      const a = dev.get(b.document);
      assert.ok(a, b.document);
      for (const [doc, other] of [
        [a, b],
        [b, a],
      ]) {
        // The other writer's passages as drafts; then every second one dropped and the document's nothing-sentences drafted.
        const all = other.expected.map(expectationAsDraft);
        const first = other.expected[0];
        const thinned = first
          ? [...all.filter((_, i) => i % 2 === 0), ...doc.nothing.map((n) => expectationAsDraft({ ...first, passage: n.passage }))]
          : all;
        for (const drafts of [all, thinned]) {
          const score = scoreDocument(doc, drafts, null);
          const t = documentTaxonomy(doc, drafts, null);
          assert.equal(sum(t.missing), score.expected - score.found, `${doc.id} missing`);
          assert.equal(sum(t.wrongFields), score.found - score.right, `${doc.id} wrong drafts`);
          assert.equal(sum(t.extra), score.drafts - score.found, `${doc.id} extra drafts`);
          for (const f of FIELDS) assert.equal(sum(t.wrong[f]), score.found - score.fieldsRight[f], `${doc.id} ${f}`);
          seen.missing += sum(t.missing);
          seen.wrong += sum(t.wrongFields);
          seen.extra += sum(t.extra);
        }
      }
      seen.documents++;
    }
    // The writers disagree somewhere in every class, so the sums are not all zero.
    assert.ok(seen.documents >= 20 && seen.missing > 0 && seen.wrong > 0 && seen.extra > 0, JSON.stringify(seen));
  });
});
