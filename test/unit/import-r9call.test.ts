/**
 * Round 9 of which sentences are positions and which call a statement belongs to, from real published documents'
 * constructions (real-2, kept outside the repository). Invented people, places and sentences, not the documents' wording.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { backgroundOf } from '../../src/imports/pipeline/background';
import { OPENING_ADDRESS, OTHER_SETTING } from '../../src/imports/pipeline/proposed-call';
import { leeCallStory, leeStory } from './import-world';

const bg = (t: string, inTurn = false) => backgroundOf(t, inTurn)?.rule ?? null;

const address = (t: string) => OPENING_ADDRESS.pattern.exec(t)?.[1] ?? null;

describe('import round 9: the call a statement belongs to', () => {
  it('a story reporting first an engagement with someone not on record proposes it for the sentences no recorded call took (NEWCOMER_ENGAGEMENT)', () => {
    const text = [
      'SEOUL, March 2 (Harbor) - President Park Min-ho received U.S. Defense Secretary Harold Brennan on Sunday in Seoul, the presidential office said.',
      '“We need a stronger extended deterrence against the North,” Park told Brennan.',
      'Earlier in the day, Brennan and Lee Do-yun agreed to expand combined drills.',
    ].join('\n\n');
    const r = leeStory(text);
    const park = r.passages.find((p) => /stronger extended deterrence/.test(p.text));
    const lee = r.passages.find((p) => /combined drills/.test(p.text));
    assert.ok(park && lee, 'both are drafted');
    assert.equal(park.callId, null);
    assert.equal(park.features.call, 'proposed');
    assert.ok(r.proposedCall, 'the reception is proposed');
    assert.equal(lee.callId, 50);
  });
  it('remarks to reporters at another event (a reception, a dinner, a forum) are not the call’s, nor the quotation that goes on', () => {
    assert.ok(
      OTHER_SETTING.pattern.test('At a dinner hosted by the Chilean Embassy on Friday, Vidal told reporters the review was routine.'),
    );
    assert.ok(OTHER_SETTING.pattern.test('Speaking at a security forum in Oslo, Vidal said the alliance was sound.'));
    assert.ok(!OTHER_SETTING.pattern.test('At the start of the meeting, Vidal said the alliance was sound.'));
    const r = leeCallStory(
      'During a reception hosted by the Kenyan Embassy on Friday night, Lee told reporters that he is confident the budget review will not weaken the alliance.',
      '“It is only a review of the new budget, and I am not worried at all,” he said.',
    );
    const callOf = (words: RegExp) => r.passages.find((p) => words.test(p.text));
    assert.ok(callOf(/budget review will not/) && callOf(/not worried/), 'both are drafted');
    assert.equal(callOf(/budget review will not/)!.callId, null);
    assert.equal(callOf(/not worried/)!.callId, null);
  });
  it('a host opening by addressing the guests by name names the meeting the remarks belong to (OPENING_ADDRESS)', () => {
    assert.equal(address("MINISTER ANA SOTO: Defence Secretary Lund, it's a pleasure to have you in Quito."), 'Defence Secretary Lund');
    assert.equal(address('Minister Okoro it is good to see you again and thanks for coming to Accra.'), 'Minister Okoro');
    assert.equal(
      address('Good morning, everyone. Secretary Varga, Minister Tanaka and General Roux, welcome to Lyon.'),
      'Secretary Varga, Minister Tanaka and General Roux',
    );
    assert.equal(address('Minister Okoro, thank you for your hospitality.'), 'Minister Okoro');
  });
  it('a sentence that only names someone, or speaks of them, is no opening address', () => {
    assert.equal(address('Minister Okoro and I discussed the maritime situation.'), null);
    assert.equal(address('We welcome Minister Okoro’s decision to join the exercise.'), null);
    assert.equal(address('Thank you very much.'), null);
  });
});

describe('import round 9: which sentences are positions', () => {
  it('the agenda of talks about to start is background; a stance beside it keeps the sentence (AGENDA_AHEAD)', () => {
    assert.match(
      bg('This afternoon, we will discuss a range of topics, including port visits and joint training.', true) ?? '',
      /AGENDA_AHEAD/,
    );
    assert.match(bg("We'll also talk about our work with partners in the Baltic.", true) ?? '', /AGENDA_AHEAD/);
    assert.match(bg("I'm really looking forward to our discussions today on maritime security.") ?? '', /AGENDA_AHEAD/);
    assert.equal(bg("We'll discuss how to deepen deterrence, and we are committed to doing so.", true), null);
    assert.equal(bg('We will continue to deepen our cooperation on maritime security.', true), null);
  });
  it("the meeting's context as the story gives it is background; 'a shared …' is no stance verb (MEETING_CONTEXT)", () => {
    assert.match(
      bg('The meeting between the two ministers comes as both navies expand a shared patrol programme.') ?? '',
      /MEETING_CONTEXT/,
    );
    assert.match(bg('Their call came two days after a cargo ship was seized in the strait.') ?? '', /MEETING_CONTEXT|the meeting itself/);
    assert.equal(bg('The ministers agreed that the talks come at a critical time.'), null);
    assert.equal(bg('The call came a week after the two pledged to share radar data.'), null);
  });
  it('exchanged views with adjectives, or reported by a spokesman, is still only the topic of the talks', () => {
    assert.match(bg('Minister Duarte and I exchanged frank, detailed views on the situation in the region.') ?? '', /exchanged views/);
    assert.match(
      bg('A spokeswoman said in a written briefing that the two ministers exchanged thoughts on the security of the sea lanes.') ?? '',
      /exchanged views/,
    );
    assert.equal(bg('The spokeswoman said that the two ministers exchanged views on the strait and agreed to expand patrols.'), null);
  });
  it('a meeting reported by a spokesman, or held "on <day> (<date>)", is the meeting event', () => {
    assert.match(
      bg('General Ferraz spoke on Tuesday (March 4) with the defence chiefs of Chile and Peru about the floods, the ministry said.') ?? '',
      /meeting event/,
    );
    assert.match(
      bg(
        'In a statement, the ministry spokesman said that Minister Lenz and Secretary Obi had an introductory call on Monday to discuss the partnership.',
      ) ?? '',
      /meeting event/,
    );
  });
  it('congratulations on assuming an office, alone, are a courtesy', () => {
    assert.match(
      bg('Minister Haas congratulated Secretary Moreau on assuming the office of Minister of the Armed Forces under the new government.') ??
        '',
      /courtesy/,
    );
  });
});
