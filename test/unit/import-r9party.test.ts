/**
 * Issue 19, ninth round on parties (tuned on real published documents, tested on invented ones): who is present at a
 * speaker's remarks, and who "we" is there. Invented people, places and sentences.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AGREEING_WE, extract, type Extraction } from '../../src/imports/extract';
import { Lexicon } from '../../src/imports/lexicon';
import { participleOpening, RECIPROCAL_ACT, subjectAppositive, turnGroupOf } from '../../src/imports/pipeline/coref';
import { addressedInPerson } from '../../src/imports/pipeline/turns';
import { leeTranscript, pentagonReadout, withLeeCall, world } from './import-world';

/** A transcript of the Department of Defense (publisher 1) in the world with the Brennan–Lee call. */
const transcript = (title: string, ...paragraphs: string[]): Extraction => leeTranscript(title, 1, ...paragraphs);

describe('ADDRESSED_IN_PERSON: a speaker who addresses the other side by name speaks at a joint appearance', () => {
  it('reads greetings and vocatives with a title, not a title in the third person', () => {
    assert.deepEqual(addressedInPerson('Good morning, Minister Lee. Thank you for coming.'), ['Lee']);
    assert.deepEqual(addressedInPerson('Well, welcome back, Deputy Prime Minister Okafor, to the capital.'), ['Okafor']);
    assert.deepEqual(addressedInPerson('Secretary Brennan, it is a pleasure to host you in Seoul.'), ['Brennan']);
    assert.deepEqual(addressedInPerson('Thank you, Minister Lee, for the frank talks.'), ['Lee']);
    assert.deepEqual(addressedInPerson('In our meeting, Secretary Brennan and I agreed to meet again.'), []);
    assert.deepEqual(addressedInPerson('Minister Lee called me last night about the drills.'), []);
    assert.deepEqual(addressedInPerson('Thank you all for coming.'), []);
  });

  it('the host\'s remarks alone, the guest greeted: "we" as a subject is both sides', () => {
    const r = transcript(
      'Secretary Brennan Remarks Welcoming Minister Lee Do-yun',
      'SECRETARY HAROLD BRENNAN: Good evening, Minister Lee. It is good to have you here again.',
      'Tonight we are united in condemning the missile firings over the strait.',
    );
    const p = r.passages.find((x) => /missile firings/.test(x.text));
    assert.deepEqual([...(p?.partyIds ?? [])].sort(), [10, 12]);
  });

  it('the same remarks with the guest only spoken of: the speaker alone', () => {
    const r = transcript(
      'Secretary Brennan Remarks on the Alliance',
      'SECRETARY HAROLD BRENNAN: Good evening, everyone. I spoke with Minister Lee yesterday.',
      'Tonight we are united in condemning the missile firings over the strait.',
    );
    const p = r.passages.find((x) => /missile firings/.test(x.text));
    assert.deepEqual(p?.partyIds, [10]);
  });
});

describe('"we" after an opening time adverb at a joint appearance', () => {
  it('"Today we …", "Now we …" as a subject is both sides; "the threats we face" is not a subject', () => {
    assert.ok(turnGroupOf('Today we stand together against the blockade.', true));
    assert.ok(turnGroupOf('Now we will build the new port side by side.', true));
    assert.equal(turnGroupOf('Today we stand together against the blockade.', false), null);
  });
});

/** A wire story (publisher 4) of 2 March 2031 in the world with the Brennan–Lee call, its paragraphs as given. */
const story = (...paragraphs: string[]): Extraction =>
  extract(new Lexicon(withLeeCall()), paragraphs.join('\n\n'), {
    kind: 'NEWS_ARTICLE',
    publisherId: 4,
    publishedOn: '2031-03-02',
    keepAll: true,
  });

describe('PARTICIPLE_APPOSITIVE: a participle phrase after the subject says where and when, not who', () => {
  it('sets off ", meeting …,", ", speaking …," but not ", including …,"', () => {
    assert.ok(subjectAppositive('The two ministers, meeting in Busan for the first time since the election, also '));
    assert.ok(subjectAppositive('Brennan, speaking beside the premier, '));
    assert.equal(subjectAppositive('The ministers, including Minister Lee, '), null);
  });

  it('a head of state named in it is no party to the counted pair', () => {
    const r = story(
      'SEOUL, March 2 (Harbor) - Secretary of Defense Harold Brennan and his South Korean counterpart, Lee Do-yun, agreed Sunday to hold more drills.',
      'The two defense chiefs, meeting in Busan for their first talks since President Oh Jae-sun took office, also agreed to share radar data.',
    );
    const p = r.passages.find((x) => /radar data/.test(x.text));
    assert.deepEqual([...(p?.partyIds ?? [])].sort(), [10, 12]);
    assert.deepEqual(p?.proposedParties, []);
  });
});

describe('PARTICIPLE_OPENING: a sentence opening on a participle phrase names no parties in it', () => {
  it('reads "Meeting with …,", "Visiting …," but not a place in -ing or "Including …"', () => {
    assert.ok(participleOpening('Meeting with Governor Ames, the Secretary stressed the need for drills.') > 0);
    assert.ok(participleOpening('Visiting the shipyard, the two ministers agreed to build more frigates.') > 0);
    assert.equal(participleOpening('Beijing on Monday, officials said, rejected the plan.'), 0);
    assert.equal(participleOpening('Including the new base, the alliance has six sites.'), 0);
  });

  it("the president met is no party to the Secretary's emphasis", () => {
    const r = story(
      'SEOUL, March 2 (Harbor) - Secretary of Defense Harold Brennan reaffirmed the pledge on his visit to Busan.',
      'Meeting with South Korean President Oh Jae-sun, Brennan stressed the need for close cooperation to keep the sea lanes open.',
    );
    const p = r.passages.find((x) => /sea lanes/.test(x.text));
    assert.deepEqual(p?.partyIds, [10]);
    assert.deepEqual(p?.proposedParties, []);
  });
});

describe('COUNTED_GROUP_MODIFIER: "the two government officials" is the counted group of the talks', () => {
  it("a counted group with a modifier before its noun takes the talks' people as parties", () => {
    const r = story(
      'SEOUL, March 2 (Harbor) - Secretary of Defense Harold Brennan and Minister of National Defense Lee Do-yun held talks in Seoul on Sunday.',
      'The two senior officials agreed to keep working on a joint radar network.',
    );
    const p = r.passages.find((x) => /radar network/.test(x.text));
    assert.deepEqual([...(p?.partyIds ?? [])].sort(), [10, 12]);
  });
});

describe('"we\'ll work together", "we shared the recognition": joint acts whatever the spelling', () => {
  it('RECIPROCAL_ACT reads the contracted "we\'ll"', () => {
    assert.ok(RECIPROCAL_ACT.test('We’ll keep working closely together on the port.') === false);
    assert.ok(RECIPROCAL_ACT.test('We’ll continue to work closely together on the port.'));
    assert.ok(RECIPROCAL_ACT.test("We'll stay in close contact."));
  });

  it('a quoted "We\'ll continue to work closely together" after a meeting is both sides', () => {
    const r = story(
      'SEOUL, March 2 (Harbor) - Secretary of Defense Harold Brennan met Minister of National Defense Lee Do-yun in Seoul on Sunday.',
      '“We’ll continue to work closely together to keep the sea lanes open,” Brennan said.',
    );
    const p = r.passages.find((x) => /sea lanes/.test(x.text));
    assert.deepEqual([...(p?.partyIds ?? [])].sort(), [10, 12]);
  });
});

describe('AGREEING_WE: "we shared the recognition that …" is an act of agreement, as "we confirmed" is', () => {
  it('reads it, and not a "we shared" of anything else', () => {
    assert.ok(AGREEING_WE.test('Moreover, we shared the recognition that the drills matter.'));
    assert.ok(AGREEING_WE.test('We also shared the view that talks should go on.'));
    assert.equal(AGREEING_WE.test('We shared a meal after the talks.'), false);
  });
});

describe('THEY_OF_PREVIOUS_SUBJECT: "They" in a joint statement after a sentence about some of its signatories', () => {
  const title = 'Joint Statement of the Defense Ministers of the United States, Japan and the Republic of Korea';
  const r = extract(
    new Lexicon(world()),
    [
      title,
      '1. Secretary of Defense Harold Brennan, Minister of Defense Kenta Morishima and Minister of National Defense Lee Do-yun met in Tokyo on 1 March 2031.',
      '2. Minister Morishima and Minister Lee welcomed Secretary Brennan to his new office. They reaffirmed that their ties with the United States remain strong. They stressed their support for American engagement in the region. The three ministers agreed to hold joint drills.',
    ].join('\n\n'),
    { kind: 'JOINT_STATEMENT', publisherId: 1, publishedOn: '2031-03-02', title, keepAll: true },
  );
  const parties = (re: RegExp) => [...(r.passages.find((x) => re.test(x.text))?.partyIds ?? [])].sort();

  it('"They" (and a "They" after it) are the two the sentence before named, not all three', () => {
    assert.deepEqual(parties(/ties with the United States/), [11, 12]);
    assert.deepEqual(parties(/American engagement/), [11, 12]);
  });

  it('"The three ministers" are all the signatories', () => {
    assert.deepEqual(parties(/joint drills/), [10, 11, 12]);
  });
});

describe('HE_AND_I: "He and I …" in a quotation is the speaker and the last other person named', () => {
  it('the president the sentence before named, with the speaker', () => {
    const r = story(
      'SEOUL, March 2 (Harbor) - Secretary of Defense Harold Brennan reaffirmed the pledge on his visit to Busan.',
      'Brennan said President Nell Carver, who he said loves the city, stands firmly behind the alliance. “He and I both want to show our steady support for the treaty,” he added.',
    );
    const p = r.passages.find((x) => /steady support/.test(x.text));
    assert.deepEqual(p?.partyIds, [10]);
    assert.deepEqual(p?.proposedParties, ['official:nell carver']);
  });
});

describe('SHARED_WITH_OTHER: "with Y to discuss their shared …" makes Y a holder too', () => {
  it('a readout\'s opening with "their shared resolve" names both', () => {
    const both = pentagonReadout(
      "Readout of Secretary Brennan's Call With Minister Lee\n\nSecretary of Defense Harold Brennan spoke by phone today with Minister of National Defense Lee Do-yun to discuss their shared resolve to keep the combined forces ready.",
      '2031-03-02',
      withLeeCall(),
    ).passages.find((x) => /combined forces/.test(x.text));
    assert.deepEqual([...(both?.partyIds ?? [])].sort(), [10, 12]);
  });
});
