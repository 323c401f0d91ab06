/**
 * Round 20 (s41): the proposed call, talks held with one side named in full or on record and the other side named by
 * family name only (ENGAGED_COUNTERPART). Invented people, places and sentences.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract, type Extraction } from '../../src/imports/extract';
import { Lexicon, type LexiconData } from '../../src/imports/lexicon';
import { personNames, titledPeople } from '../../src/imports/pipeline/people';
import { documentEntities } from '../bench/import-entity-recall';
import { expectedDraft } from './import-labels';
import { world } from './import-world';

/** The test world with a fourth country, Chile, whose people are all not on record. */
function withChile(): LexiconData {
  const w = world();
  w.countries.push({ code: 'CL', name: 'Chile', aliases: ['Chilean'], timeZone: 'America/Santiago' } as LexiconData['countries'][number]);
  return w;
}

function imported(kind: 'PRESS_RELEASE' | 'NEWS_ARTICLE', publisherId: number, title: string, ...paragraphs: string[]): Extraction {
  return extract(new Lexicon(withChile()), [title, ...paragraphs].join('\n\n'), {
    kind,
    publisherId,
    publishedOn: '2031-03-02',
    title,
    keepAll: true,
  });
}

const proposedNames = (r: Extraction) =>
  (r.proposedCall?.proposedParticipants ?? []).map((k) => {
    const o = r.proposedOfficials.find((p) => p.key === k);
    return `${o?.name} (${o?.countryCode ?? '-'})`;
  });

describe('import round 20 (s41): the other side of talks named by family name only', () => {
  it('ENGAGED_COUNTERPART: a release\'s talks with "Minister for Defence X" (not on record): X proposed, the other side of the talks', () => {
    const r = imported(
      'PRESS_RELEASE',
      2,
      'Japan-Chile Defense Ministers Video Call (Summary)',
      'On the morning of March 2, Defense Minister Morishima held a video call with Minister for Defence Ortuzar.',
      'The two ministers agreed to open a staff dialogue on coastal surveillance before the summer.',
    );
    assert.deepEqual(r.proposedCall?.participantIds, [11]);
    assert.deepEqual(proposedNames(r), ['Ortuzar (CL)']);
    const agreed = r.passages.find((p) => /staff dialogue/.test(p.text));
    assert.deepEqual(agreed?.proposedParties, ['official:ortuzar']);
  });

  it('ENGAGED_COUNTERPART: a story that names the other side only as the subject of its remarks ("Ortuzar said"): that name, proposed', () => {
    const r = imported(
      'NEWS_ARTICLE',
      4,
      'Japan, Chile defense chiefs agree to share radar data',
      'At their talks in Tokyo on Sunday, Morishima said the two navies would exchange radar data from the spring.',
      'Ortuzar voiced the hope that the first exchange would take place before June.',
      'Ortuzar also said his country would send two liaison officers to Yokosuka.',
    );
    assert.deepEqual(r.proposedCall?.participantIds, [11]);
    assert.deepEqual(proposedNames(r), ['Ortuzar (CL)']);
  });

  it('ENGAGED_COUNTERPART: not a word the text also writes in lower case, nor one named once', () => {
    const r = imported(
      'NEWS_ARTICLE',
      4,
      'Japan, Chile defense chiefs agree to share radar data',
      'At their talks in Tokyo on Sunday, Morishima said the two navies would exchange radar data from the spring.',
      'Patrols said in a note that the data would be shared. The patrols will begin in June.',
    );
    assert.deepEqual(proposedNames(r), []);
  });
});

describe('import round 20 (s41): a 2+2, the four ministers', () => {
  it('LONG_MEETING_NAME: "held the third Japan-Chile Foreign and Defense Ministers\' Meeting with …": the four ministers\' meeting', () => {
    const r = imported(
      'PRESS_RELEASE',
      2,
      'Third Japan-Chile Foreign and Defense Ministers Meeting',
      'On March 2, Mr. Kenta Morishima, Minister of Defense, and Mr. Taro Aoki, Minister for Foreign Affairs, held the third Japan-Chile Foreign and Defense Ministers’ Meeting in Tokyo with Mr. Pablo Ortuzar, Minister of National Defense, and Ms. Lucia Vidal, Minister of Foreign Affairs.',
      'The next morning, Minister Morishima and Minister Ortuzar also held a defense ministerial meeting at the ministry.',
      'The four ministers agreed to hold the next meeting in Santiago.',
    );
    assert.deepEqual(r.proposedCall?.participantIds, [11]);
    assert.deepEqual(proposedNames(r).sort(), ['Lucia Vidal (-)', 'Pablo Ortuzar (-)', 'Taro Aoki (-)'].sort());
  });

  it('MIDDLE_INITIAL_A: a middle initial that is a word without its point ("Lucia A. Vidal", "Jon I. Lind") is part of the name', () => {
    assert.deepEqual(
      titledPeople('Secretary for Foreign Affairs Lucia A. Vidal and Minister Jon I. Lind met in Santiago.').map((p) => [p.title, p.name]),
      [
        ['Secretary for Foreign Affairs', 'Lucia A. Vidal'],
        ['Minister', 'Jon I. Lind'],
      ],
    );
    assert.deepEqual(personNames('The team chose Plan A. Then it left.'), []);
  });
});

describe('bench, round 20 (s41): the calls entity line judges names as the drafts do', () => {
  it('DOCUMENT_NAME for call participants: a participant the document names by one word is proposed rightly under it', () => {
    const vidal = { name: 'Lucia Vidal', country: 'CL', title: 'Minister of National Defense', documentName: 'vidal' };
    const needs = expectedDraft({
      parties: [{ official: 'Kenta Morishima' }, { proposed: vidal }],
      call: { proposed: true, participants: ['Kenta Morishima', 'Lucia Vidal'] },
    });
    const proposals = (participants: string[]) => ({
      officials: [{ name: 'Vidal', country: 'CL' }],
      organizations: [],
      call: { participants },
    });
    assert.equal(documentEntities([needs], proposals(['Kenta Morishima', 'Vidal'])).callsRight, 1);
    assert.equal(documentEntities([needs], proposals(['Kenta Morishima', 'Ortuzar'])).callsRight, 0);
    // (Without the mark, the document named her in full: the one word is not enough.)
    const named = expectedDraft({
      ...needs,
      parties: [{ official: 'Kenta Morishima' }, { proposed: { ...vidal, documentName: undefined } }],
    });
    assert.equal(documentEntities([named], proposals(['Kenta Morishima', 'Vidal'])).callsRight, 0);
  });
});

describe("import round 20 (s41): talks named as the setting of a group's words", () => {
  it('TALKS_AS_SETTING: "In the working meeting before the signing, the two defense chiefs agreed …": the two named before', () => {
    const r = imported(
      'NEWS_ARTICLE',
      4,
      'Radar accord signed in Port Ellis',
      'A radar data accord was signed in Port Ellis on Sunday by Secretary Harold Brennan and Chilean Defense Minister Pablo Ortuzar, who was on his first trip abroad.',
      'The accord lets each navy see the other’s coastal tracks within minutes.',
      'It had been under negotiation for two years.',
      'In the working meeting before the signing ceremony, the two defense chiefs agreed to widen pilot exchanges from next spring.',
    );
    assert.deepEqual(r.proposedCall?.participantIds, [10]);
    assert.deepEqual(proposedNames(r), ['Pablo Ortuzar (CL)']);
    assert.match(r.proposedCall?.rule ?? '', /^TALKS_AS_SETTING/);
  });
});
