/**
 * Round 13 of what is a draft in readouts, releases and joint statements: sentences of a release's account that were
 * skipped for want of a subject or a verb the extractor reads (a pronoun after a connective, a bare title, a family name two
 * officials share, "renewed their commitment", "elaborated", the talks closing with the group's stance, "once again", an
 * opening "In line with …"), a trailing "a sentiment he noted" read as an attribution, a phrase quoted in a release read as
 * a quotation, and a re-poster's disclaimer. Invented people, places and sentences, not the wording of any document.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../src/imports/extract';
import { Lexicon, type LexiconData } from '../../src/imports/lexicon';
import { skipReason } from '../../src/imports/pipeline/dispositions';
import { trailingFrame } from '../../src/imports/pipeline/frames';
import { world } from './import-world';

/** A Japanese MOD release (publisher 2) of 2 March 2031, its paragraphs as given, every draft kept. */
const modRelease = (data: LexiconData, ...paragraphs: string[]) =>
  extract(new Lexicon(data), paragraphs.join('\n\n'), {
    kind: 'PRESS_RELEASE',
    publisherId: 2,
    publishedOn: '2031-03-02',
    title: 'Defence Ministerial Telephone Conference (Summary)',
    keepAll: true,
  });
const draftOf = (r: ReturnType<typeof modRelease>, words: string) => r.passages.find((p) => p.originalText.includes(words));
const OPENING = 'On March 1, 2031, Defense Minister Morishima held a teleconference with Minister of Defence Tomas Varga of Ruritania.';

describe('import round 13: the subject of a release’s sentence', () => {
  it('CONNECTIVE_BEFORE_PRONOUN: "Furthermore, he …", "As part of this, he …" is the last person named', () => {
    const r = modRelease(
      world(),
      OPENING,
      'Minister Varga stated that the two plans share many elements. Furthermore, he expressed support for closer naval training.',
      'Minister Morishima stressed the value of regular contact. As part of this, he expressed an intention to send a cadet ship next year.',
    );
    assert.deepEqual(draftOf(r, 'Furthermore, he expressed')?.proposedParties, ['official:tomas varga']);
    assert.deepEqual(draftOf(r, 'As part of this, he expressed')?.partyIds, [11]);
  });

  it('BARE_TITLE_OF_LAST_NAMED: "In particular, Secretary mentioned …" is the last person named with that title', () => {
    const r = modRelease(
      world(),
      'On March 1, 2031, Minister Morishima had a meeting with Secretary Tomas Varga.',
      '◦ In particular, Secretary mentioned the wish to further expand exchanges in the field of defense.',
    );
    assert.deepEqual(draftOf(r, 'Secretary mentioned the wish')?.proposedParties, ['official:tomas varga']);
  });

  it('NAME_HELD_ON_THE_DAY: a family name two officials share is the one in office on the day', () => {
    const data = world();
    data.officials.push({
      id: 13,
      name: 'Lee Min-ho',
      nativeName: null,
      aliases: [],
      countryCode: 'KR',
      holdings: [
        { title: 'Vice Minister of National Defense', capacity: 'SUBSTANTIVE', startDate: '2035-01-01', endDate: null, organizationId: 3 },
      ],
    } as LexiconData['officials'][number]);
    const r = modRelease(
      data,
      'Defense Minister Lee Do-yun had a breakfast meeting with Minister of Defence Tomas Varga of Ruritania on March 2.',
      'Minister Lee emphasized the necessity of cooperation among like-minded countries.',
    );
    assert.deepEqual(draftOf(r, 'Minister Lee emphasized')?.partyIds, [12]);
  });

  it('ONCE_AGAIN_WITH_VERB: "they once again expressed" is no earlier occasion, the group a draft', () => {
    const r = modRelease(
      world(),
      'On March 1, 2031, Minister Morishima held a teleconference with the defence minister of Ruritania.',
      'Regarding the North Sea and the Baltic Sea, they once again expressed their will to oppose any unilateral change.',
    );
    assert.ok(draftOf(r, 'they once again expressed'));
  });

  it('OPENING_IN_LINE_WITH: "In line with shared intent …, the Ministers recognized …": "shared" is no verb there', () => {
    const r = modRelease(
      world(),
      OPENING,
      'In line with shared intent to move “at full speed” on the frigate plan, the Ministers recognized the work underway at the yards.',
    );
    assert.deepEqual(draftOf(r, 'the Ministers recognized the work')?.partyIds, [11]);
  });
});

describe('import round 13: verbs of a release’s account', () => {
  it('STANCE_RENEWED: "renewed their commitment", "elaborated" the policy', () => {
    const r = modRelease(
      world(),
      OPENING,
      'In addition, the two Ministers renewed their commitment to raising defense cooperation to a new level.',
      'During the meeting, held in Tokyo as part of the tour, Minister Varga elaborated the approach whereby Ruritania widens its partnerships.',
      'The two Ministers renewed the lease of the training range.',
    );
    assert.ok(draftOf(r, 'renewed their commitment'));
    assert.ok(draftOf(r, 'Minister Varga elaborated'));
    assert.ok(!draftOf(r, 'renewed the lease'));
  });

  it('CLOSING_WITH_STANCE: "The meeting concluded with the two officials committing to …" is their position', () => {
    const r = modRelease(
      world(),
      OPENING,
      'The meeting concluded with the two defense officials committing to uphold peace in the region.',
    );
    const p = draftOf(r, 'committing to uphold');
    assert.ok(p);
    assert.deepEqual(p.partyIds, [11]);
    assert.deepEqual(p.proposedParties, ['official:tomas varga']);
  });
});

describe('import round 13: what a release’s sentence is', () => {
  it('REDUCED_RELATIVE_NOT_REPORTER: "…, a sentiment he noted at the summit." is no trailing attribution', () => {
    assert.equal(
      trailingFrame('Particularly, he acknowledged the commitment to a wider role, a sentiment he noted at the summit on May 29.'),
      null,
    );
    assert.ok(trailingFrame('The alliance is stronger than ever, the minister noted at the summit on May 29.'));
    const r = modRelease(
      world(),
      OPENING,
      'Minister Varga stated that the two plans share elements. Particularly, he acknowledged the commitment to a wider role in the region, a sentiment he noted at the summit held on May 29.',
    );
    assert.ok(draftOf(r, 'a sentiment he noted at the summit'));
  });

  it('PHRASE_QUOTED_IN_RELEASE: a phrase quoted in the account is part of the sentence’s draft, not a quotation', () => {
    const r = modRelease(
      world(),
      OPENING,
      'Minister Morishima highly commended the strategic decision on the “shift of weight to the northern region,” which was set out in the review.',
    );
    const p = draftOf(r, 'highly commended');
    assert.ok(p);
    assert.equal(p.kind, 'PARAPHRASE');
    assert.ok(!r.passages.some((x) => x.kind === 'DIRECT_QUOTE'));
  });

  it('PUBLISHER_DISCLAIMER: a re-poster taking no side is page furniture', () => {
    const skip = skipReason({
      role: null,
      belowThreshold: false,
      hasSubject: false,
      text: 'Harbor Wire does not take institutional positions or sides, and all views expressed herein are solely those of the author(s).',
      words: 20,
    });
    assert.equal(skip.reason, 'BOILERPLATE');
  });
});

describe('import round 13: a readout’s opening and a joint statement’s assessment', () => {
  it('OPENER_LINE and MEETING_STANCE_OPENS: the readout opener on its own line, then "spoke with Y today, reiterating …"', () => {
    const r = extract(
      new Lexicon(world()),
      'Readout of the Call\n\nPentagon Press Secretary Jo Banner provided the following readout:\nSecretary of Defense Harold Brennan spoke with Minister Kenta Morishima today, reiterating American commitment to the alliance.\nThe two leaders discussed the regional situation.',
      { kind: 'READOUT', publisherId: 1, publishedOn: '2031-03-02', title: 'Readout of the Call', keepAll: true },
    );
    const p = r.passages.find((x) => x.originalText.includes('reiterating American commitment'));
    assert.ok(p);
    assert.ok(!p.originalText.includes('provided the following readout'));
    assert.deepEqual(p.partyIds, [10]);
  });

  it('ASSESSMENT_GOES_ON: "This action represented a serious violation of …" after the group’s condemnation', () => {
    const r = modRelease(
      world(),
      OPENING,
      'In particular, the two Ministers strongly condemned the recent launch of a ballistic missile by a third country. This action represented a serious violation of the resolutions banning such launches.',
      'This action represented the first drill of its kind in the area.',
    );
    const p = draftOf(r, 'This action represented a serious violation');
    assert.ok(p);
    assert.deepEqual(p.partyIds, [11]);
    assert.ok(!draftOf(r, 'first drill of its kind'));
  });
});

describe('import round 13: courtesies of a release', () => {
  it('THANKS_FOR_EXPLANATION: thanks for an explanation received is no position; thanks for an ally’s act is one', () => {
    const r = modRelease(
      world(),
      OPENING,
      'Minister Varga explained the new defence review. Minister Morishima expressed his appreciation for receiving the explanation from Minister Varga.',
      'Minister Morishima expressed his appreciation for Ruritania’s dispatch of a frigate to the region.',
    );
    assert.ok(!draftOf(r, 'receiving the explanation'));
    assert.ok(draftOf(r, 'dispatch of a frigate'));
  });

  it('PRAISE_ON_APPOINTMENT: praise of a new official’s fitness on the appointment is the congratulation, a courtesy', () => {
    const r = modRelease(
      world(),
      OPENING,
      'Celebrating Varga’s inauguration, Morishima said that Varga is the person best qualified to serve as minister given his long experience.',
      'Morishima said that the alliance is the best qualified framework to keep the peace.',
    );
    assert.ok(!draftOf(r, 'best qualified to serve'));
    assert.ok(draftOf(r, 'best qualified framework'));
  });
});

describe('import round 13: the parties of a purpose that is a stance', () => {
  it('SHARED_WITH_OTHER after a comma: "spoke with Y on the phone today, to reaffirm their shared commitment"', () => {
    const r = extract(
      new Lexicon(world()),
      'Readout of the Call\n\nSecretary of Defense Harold Brennan spoke with Ruritanian Minister of Defence Tomas Varga on the phone today, to reaffirm their shared commitment to the partnership.',
      { kind: 'READOUT', publisherId: 1, publishedOn: '2031-03-02', title: 'Readout of the Call', keepAll: true },
    );
    const p = r.passages.find((x) => x.originalText.includes('to reaffirm their shared commitment'));
    assert.ok(p);
    assert.deepEqual(p.partyIds, [10]);
    assert.deepEqual(p.proposedParties, ['official:tomas varga']);
  });
});
