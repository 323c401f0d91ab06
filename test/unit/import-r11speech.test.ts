/**
 * Round 11 of transcripts (who speaks a page with no labels, gaps a transcriber left), from real published transcripts'
 * constructions (real-5, kept outside the repository). Invented people, places and sentences, not the documents' wording.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../src/imports/extract';
import { Lexicon } from '../../src/imports/lexicon';
import { ONE_SIDE_WE } from '../../src/imports/pipeline/coref';
import { gapFragment, JOINT_TITLE, otherSideForms, turnNothing } from '../../src/imports/pipeline/turns';
import { world } from './import-world';

/** A minister's own transcript page of 3 March 2031 (no publisher), its title the first paragraph, every draft kept. */
function ownPage(title: string, ...paragraphs: string[]) {
  return extract(new Lexicon(world()), [title, ...paragraphs].join('\n\n'), {
    kind: 'TRANSCRIPT',
    publisherId: null,
    publishedOn: '2031-03-03',
    timeZone: 'Asia/Tokyo',
    title,
    keepAll: true,
  });
}

describe('import round 11: transcripts', () => {
  it('a minister’s own transcript page with no labels is spoken by the minister its details name (PAGE_DETAILS_SPEAKER)', () => {
    const r = ownPage(
      'Doorstop Interview, Osaka',
      'Release details',
      'The Hon Jane Roe MP',
      'Minister for Defence',
      'Let me begin by thanking the Japanese Government, who have been so kind in hosting me this week.',
      'Our relationship with Japan sits at the centre of our national interest.',
      'Canada and Japan are both committed to a free and open region.',
    );
    const roe = r.proposedOfficials.find((p) => p.name === 'Jane Roe');
    assert.ok(roe, 'the minister of the page is proposed');
    // The press conference is held in the host's zone and names the host most: the guest's own country is the other one.
    assert.equal(roe.countryCode, 'CA');
    const p = r.passages.find((x) => /both committed to a free and open region/.test(x.text));
    assert.ok(p, 'a sentence with no first person is the speaker’s too');
    assert.deepEqual(p.proposedSpeakers, [roe.key]);
  });

  it('the other side of a relation the speaker calls their own (SPEAKER_OTHER_SIDE)', () => {
    assert.deepEqual(otherSideForms('Our growing partnership with the Philippines matters, and our ties with Chile too.'), [
      'Philippines',
      'Chile',
    ]);
    assert.deepEqual(otherSideForms('I thank the Korean Government for the welcome.'), ['Korean']);
    assert.deepEqual(otherSideForms('Our country values the rule of law.'), []);
  });

  it('a sentence opening on a transcription gap with no clause left yields nothing (GAP_FRAGMENT)', () => {
    assert.equal(gapFragment('(inaudible) -- the readiness of both navies.'), true);
    assert.equal(gapFragment('-- [crosstalk] -- renewed joint patrols in the strait.'), true);
    assert.equal(turnNothing('(Inaudible) -- stronger coordination between the coast guards.')?.reason, 'NO_POSITION');
    // A clause survives the gap: it stays.
    assert.equal(gapFragment('(Inaudible) -- our aim is to keep the strait open.'), false);
    assert.equal(gapFragment('-- we will hold the drills in autumn.'), false);
    // No gap at the start: a dash inside the sentence is no fragment.
    assert.equal(gapFragment('He is -- the minister is here on his first visit.'), false);
    assert.equal(gapFragment('Stronger coordination between the coast guards.'), false);
  });

  it('partners "we" coordinate with are others beside both sides, not the other side set apart (THIRD_PARTNERS)', () => {
    assert.equal(ONE_SIDE_WE.test('We agreed to keep deterring coercion in close coordination with our partner countries.'), false);
    assert.equal(ONE_SIDE_WE.test('We will patrol the strait in cooperation with our partners and allies.'), false);
    // The other side named as "our ally", or expected to act, still sets "we" apart.
    assert.equal(ONE_SIDE_WE.test('We will build our own capabilities, together with our ally.'), true);
    assert.equal(ONE_SIDE_WE.test('We expect our partners to spend more on defense.'), true);
  });

  it('a media availability titled with two officials is a joint appearance (JOINT_TITLE)', () => {
    assert.ok(JOINT_TITLE.test('Media Availability with Secretary Brennan and Minister Morishima, Kobe'));
    assert.ok(!JOINT_TITLE.test('Media Availability with Secretary Brennan, Kobe'));
  });

  it('a guest’s "today we have had a Defence Ministers’ meeting here" is the meeting with the host’s minister (HOSTED_COUNTERPART)', () => {
    const r = ownPage(
      'Press Conference, Osaka',
      'Release details',
      'The Hon Jane Roe MP',
      'Minister for Defence',
      'Let me begin by thanking the Japanese Government, who have been so kind in hosting me this week.',
      'Last month in Seoul I held a meeting with Minister Lee and Secretary Brennan.',
      'And today, we have had a Defence Ministers’ meeting of real weight here in Osaka.',
    );
    const roe = r.proposedOfficials.find((p) => p.name === 'Jane Roe');
    assert.ok(roe && r.proposedCall);
    assert.deepEqual(r.proposedCall.participantIds, [11], 'the host’s minister of defense, not the earlier meeting’s people');
    assert.deepEqual(r.proposedCall.proposedParticipants, [roe.key]);
  });
});
