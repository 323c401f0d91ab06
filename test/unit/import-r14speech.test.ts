/**
 * Round 14 of speaker transcripts (the guest a joint transcript's title names, not on record; sentences that confirm the
 * one before as shared between the sides), from real published transcripts' constructions (real-12, kept outside the
 * repository). Invented people, places and sentences, not the documents' wording.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../src/imports/extract';
import { Lexicon, type LexiconData } from '../../src/imports/lexicon';
import { passageWith, world } from './import-world';

function transcript(data: LexiconData, title: string, publisherId: number | null, ...paragraphs: string[]) {
  return extract(new Lexicon(data), [title, ...paragraphs].join('\n\n'), {
    kind: 'TRANSCRIPT',
    publisherId,
    publishedOn: '2031-03-03',
    title,
    keepAll: true,
  });
}

describe('import round 14: speaker transcripts', () => {
  it('a joint briefing titled with a guest not on record: the guest proposed (given name from "my friend"), their meeting proposed (JOINT_TITLE_GUEST)', () => {
    const r = transcript(
      world(),
      'Joint Press Briefing by Secretary Brennan and Minister Okafor of Nigeria',
      1,
      'SECRETARY OF DEFENSE HAROLD BRENNAN: Good morning, everyone.',
      'It is a pleasure to welcome my friend Chidi to the Pentagon for his first visit.',
      'Our partnership with Nigeria rests on shared interests in a secure Gulf of Guinea.',
      'Today, Minister Okafor and I agreed to begin new maritime patrols in the Gulf of Guinea.',
    );
    const guest = r.proposedOfficials.find((o) => /Okafor/.test(o.name));
    assert.equal(guest?.name, 'Chidi Okafor');
    assert.equal(guest?.countryCode, 'NG');
    assert.ok(r.proposedCall, 'the meeting of the two is proposed');
    assert.ok(r.proposedCall!.proposedParticipants.includes(guest!.key));
    const p = passageWith(r, /maritime patrols/);
    assert.ok(p);
    assert.ok(p!.proposedParties.includes(guest!.key), 'the guest a party of "Minister Okafor and I"');
    assert.equal(p!.callId, null);
  });

  it('a briefing whose title names one official: no guest from the title', () => {
    const r = transcript(
      world(),
      'Press Briefing by Secretary Brennan',
      1,
      'SECRETARY OF DEFENSE HAROLD BRENNAN: Good morning, everyone.',
      'We support new maritime patrols in the Gulf of Guinea.',
    );
    assert.equal(r.proposedCall, null);
  });
});
