/**
 * Round 14 of speaker transcripts (the guest a joint transcript's title names, not on record; sentences that confirm the
 * one before as shared between the sides), from real published transcripts' constructions (real-12, kept outside the
 * repository). Invented people, places and sentences, not the documents' wording.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../src/imports/extract';
import { Lexicon, type LexiconData } from '../../src/imports/lexicon';
import { turnPosition } from '../../src/imports/pipeline/turns';
import { passageWith, transcript, world } from './import-world';

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

  it('"This concern has been shared between us." after a draft: both sides, and no draft of its own (CONFIRMED_AFTER)', () => {
    const r = transcript(
      withMeeting(),
      'Joint Press Conference by Secretary Brennan and Minister Morishima',
      1,
      'DEFENSE MINISTER KENTA MORISHIMA: Good afternoon.',
      "Also, the northern fleet's activities in the southern straits are a security concern for the region. This concern has been shared between us.",
    );
    const p = passageWith(r, /northern fleet/);
    assert.ok(p);
    assert.deepEqual([...p!.partyIds].sort(), [10, 11]);
    assert.equal(passageWith(r, /shared between us/), undefined);
  });

  it('"An exchange of views took place in today\'s meeting that …": both sides (EXCHANGE_OF_VIEWS)', () => {
    const r = transcript(
      withMeeting(),
      'Joint Press Conference by Secretary Brennan and Minister Morishima',
      1,
      'DEFENSE MINISTER KENTA MORISHIMA: Good afternoon.',
      "A frank exchange of views took place in today's meeting that the alliance is vital to peace in the region.",
    );
    const p = passageWith(r, /exchange of views/);
    assert.ok(p);
    assert.deepEqual([...p!.partyIds].sort(), [10, 11]);
  });
});

describe('import round 14: a minister’s own doorstop abroad', () => {
  const page = () =>
    extract(
      new Lexicon(world()),
      [
        'Minister for Defence - Transcript - Doorstop - Lisbon',
        'Release details',
        'The Hon Jane Roe MP',
        'Minister for Defence',
        'MINISTER:',
        'Thank you all for coming this afternoon.',
        'I was the first member of the Canadian Cabinet to sit down with Secretary Brennan since he took office.',
        'I have just had a very productive meeting with Secretary Brennan.',
        'Clearly we have a long history and a range of shared interests that make this a vital partnership.',
      ].join('\n\n'),
      {
        kind: 'TRANSCRIPT',
        publisherId: null,
        publishedOn: '2031-03-03',
        timeZone: 'Europe/Lisbon',
        title: 'Minister for Defence - Transcript - Doorstop - Lisbon',
        keepAll: true,
      },
    );

  it('the speaker of the page a member of a country’s cabinet: of that country, not the time zone’s (OWN_CABINET)', () => {
    const roe = page().proposedOfficials.find((p) => p.name === 'Jane Roe');
    assert.equal(roe?.countryCode, 'CA');
  });

  it('"we have a long history and shared interests" of the page’s minister: both sides of the meeting (SHARED_INTERESTS_WE, PAGE_VOICE_SOLE_SPEAKER)', () => {
    const r = page();
    const roe = r.proposedOfficials.find((p) => p.name === 'Jane Roe')!;
    assert.ok(r.proposedCall?.participantIds.includes(10), 'the meeting with the Secretary');
    const p = passageWith(r, /shared interests/);
    assert.ok(p);
    assert.ok(p!.partyIds.includes(10));
    assert.ok(p!.proposedParties.includes(roe.key));
  });
});

describe('import round 14: thanks in a turn', () => {
  it('thanks for the counterpart’s work is a position; thanks for a courtesy is not (THANKS_FOR_WORK)', () => {
    assert.match(
      turnPosition('I want to thank the minister personally for his patience and hard work on the harbor accord.')?.name ?? '',
      /THANKS_FOR_WORK/,
    );
    assert.match(turnPosition('I thank Minister Okafor for his leadership of the patrol initiative.')?.name ?? '', /THANKS_FOR_WORK/);
    assert.equal(turnPosition('I want to thank the minister for his warm hospitality.'), null);
  });
});

/** The test world with a Brennan–Morishima meeting (61) on 3 March 2031. */
function withMeeting(): LexiconData {
  const w = world();
  w.calls.push({ id: 61, title: 'Brennan–Morishima meeting, March 2031', date: '2031-03-03', participantIds: [10, 11] });
  return w;
}
