/**
 * The learned sentence gate over HTTP (src/imports/pipeline/gate.ts): a server holds back the drafts whose words the
 * shipped model scores under its threshold, says so in each skipped sentence's rule and each kept draft's evidence, and
 * one started with IMPORT_GATE=false keeps them. What is held back is computed here from the shipped model, not written
 * down. Invented sentences about officials of the reference dataset.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Role } from '../src/auth/role';
import { gateProbability } from '../src/imports/pipeline/gate';
import { gateModel } from '../src/imports/pipeline/gate-table';
import { newKey, startTestServer, type TestKey, type TestServer } from './helpers';
import { mutateOk } from './write-helpers';

const SENTENCES = [
  'Nakatani said that Japan and the United States will strengthen deterrence against threats in the region.',
  'Nakatani said the flight from Tokyo took eleven hours.',
  'Hegseth said that the United States remains committed to the defense of Japan.',
];
const TEXT = ['Defense chiefs talk in Tokyo', ...SENTENCES].join('\n\n');

const IMPORT = `importDocument {
  id
  drafts(first: 20) { edges { node { text evidence { field value confidence } } } }
  sentences(statuses: [SKIPPED]) { reason rule text }
}`;

interface Imported {
  drafts: { edges: { node: { text: string; evidence: { field: string; value: string; confidence: number }[] } }[] };
  sentences: { reason: string; rule: string; text: string }[];
}

async function importStory(server: TestServer, key: TestKey): Promise<Imported> {
  const result = await mutateOk(
    server,
    key.headers,
    'importDocument',
    { text: TEXT, kind: 'NEWS_ARTICLE', publishedOn: '2025-03-30' },
    IMPORT,
  );
  return result.importDocument as Imported;
}

describe('import: the sentence gate over HTTP', () => {
  let gated: TestServer;
  let open: TestServer;
  let gatedKey: TestKey;
  let openKey: TestKey;
  before(async () => {
    gated = await startTestServer('import_gate_on');
    open = await startTestServer('import_gate_off', { IMPORT_GATE: 'false' });
    gatedKey = await newKey(gated, Role.EDITOR);
    openKey = await newKey(open, Role.EDITOR);
  });
  after(async () => {
    await gated?.stop();
    await open?.stop();
  });

  it('holds back exactly the drafts the shipped model scores under its threshold; IMPORT_GATE=false keeps them', async () => {
    const low = SENTENCES.filter((s) => gateProbability(s, gateModel) < gateModel.threshold);
    assert.ok(low.length > 0 && low.length < SENTENCES.length, `the model scores ${low.length} of the sentences low: choose others`);
    const withGate = await importStory(gated, gatedKey);
    const without = await importStory(open, openKey);
    const textsOf = (r: Imported) => r.drafts.edges.map((e) => e.node.text).sort();
    assert.deepEqual(textsOf(without), [...SENTENCES].sort(), 'without the gate every sentence is drafted');
    assert.deepEqual(textsOf(withGate), SENTENCES.filter((s) => !low.includes(s)).sort());
    for (const s of low) {
      const skipped = withGate.sentences.find((x) => x.text === s);
      assert.equal(skipped?.reason, 'BELOW_THRESHOLD', s);
      assert.match(
        skipped!.rule,
        /^the sentence gate held its draft back: 0\.\d\d chance that its words state a position, under the threshold/,
      );
    }
    for (const { node } of withGate.drafts.edges) {
      const evidence = node.evidence.find((e) => e.field === 'gate');
      assert.ok(evidence, `"${node.text}" has no gate evidence`);
      assert.equal(evidence.value, gateProbability(node.text, gateModel).toFixed(2));
    }
    assert.ok(
      without.drafts.edges.every(({ node }) => !node.evidence.some((e) => e.field === 'gate')),
      'no gate, no gate evidence',
    );
  });
});
