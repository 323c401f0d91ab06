/**
 * The server and the fitting script number the world differently: the database gives ids in the order it records rows and
 * lists a call's participants by id, the script numbers the corpus world in the order its file lists things. An extraction
 * must not depend on either. For every development document, the world as its file gives it and the world with every list
 * reversed (bodies, officials, holdings, commitments, calls, each call's participants: other ids, other orders) must give the
 * same drafts, read by name as the API shows them, and the same disposition of every sentence. Generated from the corpus, so
 * it checks every document, not the cases someone thought of (it found a relayed joint statement whose publisher was the
 * first signatory's body, which the two numberings made two different bodies).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../src/imports/extract';
import { Lexicon } from '../../src/imports/lexicon';
import { documentOptions, draftViews, lexicon, type World } from '../../scripts/import-confidence';
import { loadCorpus, loadWorld } from '../bench/import-corpus';
import type { DraftView } from '../bench/import-scoring';
import { htmlToText } from '../../src/imports/html';
import { normalizeText } from '../../src/imports/text';

/** The world with every list, and every call's participants, in reverse order. */
function reversed(world: World): World {
  return {
    organizations: [...world.organizations].reverse(),
    officials: [...world.officials].reverse(),
    holdings: [...world.holdings].reverse(),
    commitments: [...world.commitments].reverse(),
    calls: [...world.calls].reverse().map((c) => ({ ...c, participants: [...c.participants].reverse() })),
  };
}

/** A draft as the API shows it, every list that is a set sorted. */
function comparable(view: DraftView) {
  const sorted = <T>(xs: T[]) => [...xs].map((x) => JSON.stringify(x)).sort();
  return {
    ...view,
    speakers: sorted(view.speakers),
    parties: sorted(view.parties),
    proposedOfficials: sorted(view.proposedOfficials),
    commitments: sorted(view.commitments),
    proposedCommitments: view.proposedCommitments && sorted(view.proposedCommitments),
  };
}

describe('import: the extraction does not depend on how the world is numbered or ordered', () => {
  it('every development document gives the same drafts and dispositions with the world reversed', () => {
    const world = loadWorld() as World;
    const worlds = [lexicon(world), lexicon(reversed(world))];
    const docs = loadCorpus('dev');
    assert.ok(docs.length > 200, `${docs.length} development documents`);
    let drafts = 0;
    for (const doc of docs) {
      const text = normalizeText(/\.html?$/.test(doc.document) ? htmlToText(doc.content).text : doc.content);
      const [a, b] = worlds.map((data) => {
        const lex = new Lexicon(JSON.parse(JSON.stringify(data)));
        const r = extract(lex, text, documentOptions(doc, data));
        return {
          drafts: draftViews(r, lex).map(comparable),
          dispositions: r.dispositions.map((d) => [d.start, d.end, d.status, d.reason ?? null]),
          // (The proposed call's participants on record by name: their ids differ.)
          proposedCall: r.proposedCall
            ? { ...r.proposedCall, participantIds: r.proposedCall.participantIds.map((id) => lex.officials.get(id)?.name).sort() }
            : null,
        };
      });
      assert.deepEqual(b.drafts, a.drafts, `${doc.id}: the drafts differ with the world reversed`);
      assert.deepEqual(b.dispositions, a.dispositions, `${doc.id}: the dispositions differ with the world reversed`);
      assert.deepEqual(b.proposedCall, a.proposedCall, `${doc.id}: the proposed call differs with the world reversed`);
      drafts += a.drafts.length;
    }
    assert.ok(drafts > 1000, `${drafts} drafts compared`);
  });
});
