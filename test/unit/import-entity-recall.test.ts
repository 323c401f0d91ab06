import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadCorpus, SETS } from '../bench/import-corpus';
import {
  documentEntities,
  emptyEntityTally,
  formatEntities,
  mergeEntityTallies,
  type DocumentProposals,
} from '../bench/import-entity-recall';
import type { ExpectedDraft } from '../bench/import-scoring';
import { expectedDraft as expected } from './import-labels';

// An invented readout of talks with a minister the world lacks.
const minister = { name: 'Ramon Ilagan', country: 'PH', title: 'Secretary of National Defense' };
const body = { name: 'Department of National Defense', country: 'PH' };
const needsAll = (over: Partial<ExpectedDraft> = {}) =>
  expected({
    author: { proposedOrganization: body },
    parties: [{ proposed: minister }, { official: 'Pete Hegseth' }],
    call: { proposed: true, participants: ['Pete Hegseth', 'Ramon Ilagan'] },
    ...over,
  });
const proposing = (over: Partial<DocumentProposals> = {}): DocumentProposals => ({
  officials: [{ name: 'Ramon Ilagan', country: 'PH', capacity: 'SUBSTANTIVE' }],
  organizations: [{ name: 'Department of National Defense', country: 'PH' }],
  call: { participants: ['Pete Hegseth', 'Ramon Ilagan'] },
  ...over,
});

describe('import entity recall', () => {
  test('everything proposed: every count full, every passage covered', () => {
    const t = documentEntities([needsAll(), needsAll({ passage: 'another' })], proposing());
    assert.deepEqual(t, {
      ...emptyEntityTally(),
      officials: 1,
      officialsNamed: 1,
      officialsRight: 1,
      organizations: 1,
      organizationsNamed: 1,
      organizationsRight: 1,
      calls: 1,
      callsProposed: 1,
      callsRight: 1,
      passages: 2,
      passagesCovered: 2,
    });
  });

  test('a wrong country counts by name only, and uncovers the passage', () => {
    const t = documentEntities([needsAll()], proposing({ officials: [{ name: 'Ramon Ilagan', country: 'ID' }] }));
    assert.equal(t.officialsNamed, 1);
    assert.equal(t.officialsRight, 0);
    assert.equal(t.passagesCovered, 0);
  });

  test('a name written in another case and spacing is the same official; an unneeded proposal is counted apart', () => {
    const t = documentEntities(
      [needsAll()],
      proposing({
        officials: [
          { name: 'RAMON  ILAGAN', country: 'PH' },
          { name: 'Maria Santos', country: 'PH' },
        ],
      }),
    );
    assert.equal(t.officialsRight, 1);
    assert.equal(t.officialsUnused, 1);
  });

  test('a proposed call missing an expected participant is proposed but not right', () => {
    const t = documentEntities([needsAll()], proposing({ call: { participants: ['Pete Hegseth'] } }));
    assert.equal(t.callsProposed, 1);
    assert.equal(t.callsRight, 0);
    assert.equal(t.passagesCovered, 0);
  });

  test('a passage needing nothing the world lacks is not counted', () => {
    const t = documentEntities([expected()], { officials: [], organizations: [], call: null });
    assert.deepEqual(t, emptyEntityTally());
    assert.match(formatEntities(t).join('\n'), /officials - right/);
  });

  // Generated from the corpus: for every document of every set, its own labels' entities proposed back give full
  // recall, and taking any one proposal away lowers exactly its own count.
  test('on every labelled document: its own entities proposed back are all found; each one taken away is missed', () => {
    let documents = 0;
    for (const set of SETS) {
      for (const doc of loadCorpus(set)) {
        const people = doc.expected.flatMap((e) =>
          [...(e.author.officials ?? []), ...e.parties].flatMap((p) => (p.proposed ? [p.proposed] : [])),
        );
        const organizations = doc.expected.flatMap((e) => (e.author.proposedOrganization ? [e.author.proposedOrganization] : []));
        const participants = doc.expected.flatMap((e) => (e.call && typeof e.call === 'object' ? (e.call.participants ?? []) : []));
        const needsCall = doc.expected.some((e) => e.call !== null && typeof e.call === 'object');
        if (!people.length && !organizations.length && !needsCall) continue;
        documents += 1;
        const all: DocumentProposals = {
          officials: people.map((p) => ({ name: p.name, country: p.country, capacity: p.capacity })),
          organizations,
          call: needsCall ? { participants } : null,
        };
        const full = documentEntities(doc.expected, all);
        assert.equal(full.officialsRight, full.officials, doc.id);
        assert.equal(full.organizationsRight, full.organizations, doc.id);
        assert.equal(full.callsRight, full.calls, doc.id);
        assert.equal(full.passagesCovered, full.passages, doc.id);
        assert.equal(full.officialsUnused, 0, doc.id);
        if (people.length) {
          const without = documentEntities(doc.expected, { ...all, officials: all.officials.filter((p) => p.name !== people[0].name) });
          assert.equal(without.officialsRight, full.officials - 1, doc.id);
          assert.ok(without.passagesCovered < full.passages, doc.id);
        }
        if (organizations.length) {
          const without = documentEntities(doc.expected, { ...all, organizations: [] });
          assert.equal(without.organizationsRight, 0, doc.id);
          assert.ok(without.passagesCovered < full.passages, doc.id);
        }
        if (needsCall) assert.equal(documentEntities(doc.expected, { ...all, call: null }).callsRight, 0, doc.id);
      }
    }
    assert.ok(documents > 50, `only ${documents} documents need an entity the world lacks`);
  });

  test('tallies add up field by field', () => {
    const a = documentEntities([needsAll()], proposing());
    const b = documentEntities([needsAll()], { officials: [], organizations: [], call: null });
    const sum = mergeEntityTallies([a, b]);
    assert.equal(sum.officials, 2);
    assert.equal(sum.officialsRight, 1);
    assert.equal(sum.passages, 2);
    assert.equal(sum.passagesCovered, 1);
  });
});
