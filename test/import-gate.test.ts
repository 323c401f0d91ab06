/**
 * The learned sentence gate over HTTP (src/imports/pipeline/gate.ts): a server holds back the drafts whose words the
 * shipped model scores under its threshold, says so in each skipped sentence's rule and each kept draft's evidence, and
 * one started with IMPORT_GATE=false keeps them. What is held back is computed here from the shipped model, not written
 * down. A server started with IMPORT_MIN_CONFIDENCE holds back the drafts under it (the floor chosen here from the drafts'
 * own confidences). Invented sentences about officials of the reference dataset.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Role } from '../src/auth/role';
import { loadConfig } from '../src/config';
import { MIN_DRAFT_CONFIDENCE } from '../src/imports/extract';
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

describe('import: IMPORT_MIN_CONFIDENCE over HTTP', () => {
  const QUERY = `importDocument {
    drafts(first: 20) { edges { node { text confidence } } }
    sentences(statuses: [SKIPPED]) { reason rule text }
  }`;
  interface Drafted {
    drafts: { edges: { node: { text: string; confidence: number } }[] };
    sentences: { reason: string; rule: string; text: string }[];
  }
  const importWith = async (server: TestServer, key: TestKey) =>
    (await mutateOk(server, key.headers, 'importDocument', { text: TEXT, kind: 'NEWS_ARTICLE', publishedOn: '2025-03-30' }, QUERY))
      .importDocument as Drafted;
  let plain: TestServer;
  let strict: TestServer | undefined;
  after(async () => {
    await plain?.stop();
    await strict?.stop();
  });

  it('holds back the drafts under the configured confidence, their sentences BELOW_THRESHOLD, and keeps the rest as they were', async () => {
    // Without the gate, so that every sentence is drafted and only the confidence decides.
    plain = await startTestServer('import_floor_default', { IMPORT_GATE: 'false' });
    const all = await importWith(plain, await newKey(plain, Role.EDITOR));
    const confidences = [...new Set(all.drafts.edges.map((e) => e.node.confidence))].sort((a, b) => a - b);
    assert.ok(confidences.length >= 2, `the drafts' confidences are all ${confidences.join(', ')}: choose other sentences`);
    // A floor between the lowest confidence and the next: the lowest drafts go, the others stay.
    const floor = (confidences[0] + confidences[1]) / 2;
    strict = await startTestServer('import_floor_raised', { IMPORT_GATE: 'false', IMPORT_MIN_CONFIDENCE: String(floor) });
    const kept = await importWith(strict, await newKey(strict, Role.EDITOR));
    const under = all.drafts.edges.filter((e) => e.node.confidence < floor).map((e) => e.node.text);
    assert.ok(under.length > 0);
    assert.deepEqual(
      kept.drafts.edges.map((e) => [e.node.text, e.node.confidence]).sort(),
      all.drafts.edges
        .filter((e) => e.node.confidence >= floor)
        .map((e) => [e.node.text, e.node.confidence])
        .sort(),
    );
    for (const text of under) {
      const skipped = kept.sentences.find((s) => s.text === text);
      assert.equal(skipped?.reason, 'BELOW_THRESHOLD', text);
      assert.equal(skipped?.rule, 'drafts found were below the confidence threshold');
    }
  });

  it('takes a number from 0 to 1, 0.1 by default, and refuses anything else at start-up', () => {
    assert.equal(loadConfig({}).importMinConfidence, MIN_DRAFT_CONFIDENCE);
    assert.equal(loadConfig({ IMPORT_MIN_CONFIDENCE: '0.35' }).importMinConfidence, 0.35);
    assert.equal(loadConfig({ IMPORT_MIN_CONFIDENCE: '.5' }).importMinConfidence, 0.5);
    assert.equal(loadConfig({ IMPORT_MIN_CONFIDENCE: '0' }).importMinConfidence, 0);
    assert.equal(loadConfig({ IMPORT_MIN_CONFIDENCE: '1' }).importMinConfidence, 1);
    for (const bad of ['1.5', '-0.1', 'high', '30%', '0.3.1', 'NaN'])
      assert.throws(() => loadConfig({ IMPORT_MIN_CONFIDENCE: bad }), /IMPORT_MIN_CONFIDENCE must be a number from 0 to 1/, bad);
  });
});
