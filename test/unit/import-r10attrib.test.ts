/**
 * Round 10 of the author and originating source of statements in real wire stories and news pages, tuned on real
 * documents. Invented sentences, not the corpus's wording.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { continuesRelayedAccount, quotedPhrase, SPOKEN_SETTING_OPENING, WRITTEN_ACCOUNT } from '../../src/imports/pipeline/attribution';
import { leeStory } from './import-world';

const LEAD = 'SEOUL, March 2 (Harbor) - Lee Do-yun and Harold Brennan spoke by phone on Sunday, the ministry said.';

describe('import round 10: a quoted phrase with no verb, run into the clause', () => {
  it('is words of the clause, whatever its case or the quotation before it', () => {
    assert.equal(
      quotedPhrase('The envoys vowed to keep countering ', 'Northern incursions, such as its drone flights over the strait.'),
      true,
    );
    assert.equal(quotedPhrase('Lund called the drills a "reckless move" to the fleet and a ', 'breach of the ceasefire terms.'), true);
  });
  it('is not a quoted predicate, a quotation set off by a comma, or a characterisation', () => {
    assert.equal(quotedPhrase('The ministry said Lund ', 'welcomed the new patrol schedule.'), false);
    assert.equal(quotedPhrase('Lund said, ', 'A stronger fleet for a safer sea.'), false);
    assert.equal(quotedPhrase('Lund backed the plan, calling it ', 'a fair share of the burden.'), false);
  });
  it('reads a listed phrase and a phrase with a relative clause after its head', () => {
    assert.equal(
      quotedPhrase('the envoys voiced worry over abuses in the north, ', 'unlawful claims at sea', ' and "moves that alter the border"'),
      true,
    );
    assert.equal(quotedPhrase('unlawful claims at sea" and ', 'unilateral moves that seek to alter the border'), true);
    assert.equal(quotedPhrase('the envoys listed their worries, ', 'Our fleets remain ready.', ' Lund said.'), false);
    assert.equal(quotedPhrase('The ministry said ', 'the alliance remains strong'), false);
  });
  it('leaves no draft of the phrase alone: the sentence is the passage', () => {
    const r = leeStory(
      LEAD,
      'The ministers agreed on the need for close coordination in countering "Northern drone incursions, such as its flights over the islands."',
    );
    assert.equal(r.passages.filter((p) => /^Northern drone/.test(p.text)).length, 0);
    const p = r.passages.find((x) => /close coordination/.test(x.text))!;
    assert.equal(p.kind, 'PARAPHRASE');
    assert.match(p.text, /^The ministers agreed/);
  });
});

describe('import round 10: "… as saying by <reporter>" after a quotation', () => {
  it('drafts the quotation only, not the attribution after it', () => {
    const r = leeStory(
      LEAD,
      '"We will keep the bombers near the peninsula," Lee was quoted as saying by presidential spokeswoman Ana Ruiz.',
    );
    assert.equal(r.passages.length, 1);
    assert.equal(r.passages[0].kind, 'DIRECT_QUOTE');
    assert.deepEqual(r.passages[0].speakerIds, [12]);
  });
});

describe('import round 10: the account a story relays goes on in the sentences after it', () => {
  it('goes on with the signatories of a joint statement as the subject, not on another occasion', () => {
    assert.equal(continuesRelayedAccount('The envoys backed a shared radar picture.', 'joint', { group: true, recent: false }), true);
    assert.equal(continuesRelayedAccount('Lund backed a shared radar picture.', 'joint', { group: false, recent: true }), false);
    assert.equal(
      continuesRelayedAccount('In May, the envoys backed a shared radar picture.', 'joint', { group: true, recent: true }),
      false,
    );
  });
  it('goes on with a spokesperson\'s account on "reportedly", or "also" close after it', () => {
    assert.equal(continuesRelayedAccount('The admiral reportedly backed the plan.', 'person', { group: false, recent: false }), true);
    assert.equal(continuesRelayedAccount('The admiral also backed the plan.', 'person', { group: false, recent: true }), true);
    assert.equal(continuesRelayedAccount('The admiral also backed the plan.', 'person', { group: false, recent: false }), false);
    assert.equal(continuesRelayedAccount('The admiral backed the plan.', 'person', { group: false, recent: true }), false);
  });
  it('reads a written briefing as a written document', () => {
    for (const w of ['said in a written press briefing that', 'said in written comments that', 'said in a statement that'])
      assert.ok(WRITTEN_ACCOUNT.test(w), w);
    assert.ok(!WRITTEN_ACCOUNT.test('said at a press briefing that'));
  });
  it('gives the paragraphs after a joint statement to its signatories, until another source speaks', () => {
    const r = leeStory(
      LEAD,
      'In a joint statement issued after the talks, the two ministers said they would keep their navies in step.',
      'The talks were the first since the spring.',
      'The ministers agreed to open a shared radar picture of the strait.',
      'They welcomed the start of talks on a logistics pact.',
      '"We will keep the bombers near the peninsula for as long as it takes," Brennan told reporters.',
      'The ministers also agreed to hold more frequent drills.',
    );
    for (const re of [/shared radar picture/, /logistics pact/]) {
      const p = r.passages.find((x) => re.test(x.text))!;
      assert.equal(p.source.kind, 'JOINT_STATEMENT', p.text);
      assert.deepEqual([...p.speakerIds].sort(), [10, 12]);
    }
    const after = r.passages.find((x) => /frequent drills/.test(x.text))!;
    assert.equal(after.source.kind, 'NEWS_ARTICLE');
  });
  it('gives a spokesperson\'s account to the sentences that say "reportedly" or "also" after it, the principals their parties', () => {
    const r = leeStory(
      'SEOUL, March 2 (Harbor) - President Park Min-jae met with Harold Brennan on Sunday in Seoul.',
      'Presidential spokeswoman Ana Ruiz said in a written press briefing that the president and Brennan exchanged views on the situation.',
      'Park also emphasized the need for effective joint drills to deter the North.',
      'Brennan reportedly said that the alliance is stronger than ever. He also pledged to bolster extended deterrence against the North.',
    );
    const ruiz = (re: RegExp) => {
      const p = r.passages.find((x) => re.test(x.text))!;
      assert.deepEqual(p.speakerIds, [], p.text);
      assert.equal(p.proposedSpeakers.length, 1, p.text);
      assert.equal(p.source.kind, 'PRESS_RELEASE', p.text);
      return p;
    };
    ruiz(/effective joint drills/);
    assert.deepEqual(ruiz(/stronger than ever/).partyIds, [10]);
    assert.deepEqual(ruiz(/extended deterrence/).partyIds, [10]);
  });
  it('does not carry a principal\'s own words or a sentence without "also" or "reportedly"', () => {
    const r = leeStory(
      'SEOUL, March 2 (Harbor) - President Park Min-jae met with Harold Brennan on Sunday in Seoul.',
      'Presidential spokeswoman Ana Ruiz said in a written press briefing that the president and Brennan exchanged views on the situation.',
      'Brennan said the alliance is stronger than ever.',
      'Park also emphasized the need for effective joint drills to deter the North.',
    );
    const own = r.passages.find((x) => /stronger than ever/.test(x.text))!;
    assert.deepEqual(own.speakerIds, [10]);
    const drills = r.passages.find((x) => /effective joint drills/.test(x.text))!;
    assert.equal(drills.source.kind, 'NEWS_ARTICLE');
  });
});

describe('import round 10: "his office said" after a person is named', () => {
  it("is the office of the one the pronoun refers to, that body's document", () => {
    const r = leeStory(
      'WASHINGTON, March 2 (Harbor) - Harold Brennan spoke on Sunday with Lee Do-yun and Kenta Morishima about the launches.',
      'Lee Do-yun said the launches posed a grave threat, and vowed to bolster response capabilities.',
      'The three ministers agreed to keep in close contact, his office said in a statement, without giving details.',
    );
    const p = r.passages.find((x) => /close contact/.test(x.text))!;
    assert.equal(p.attributedOrganizationId, 3);
    assert.equal(p.source.kind, 'PRESS_RELEASE');
    assert.equal(p.source.isDocument, false);
  });
});

describe('import round 10: a quotation after a reply or an opening', () => {
  it('is the words of the one who replied or opened', () => {
    const r = leeStory(
      'SEOUL, March 2 (Harbor) - Lee Do-yun and Harold Brennan met in Seoul on Sunday.',
      'Brennan opened the meeting by saying, "As the closest of partners, we want to work side by side on every front."',
      'Asked whether the South would build its own arsenal, Lee replied, "There will never be such weapons built in the Republic of Korea."',
    );
    assert.deepEqual(r.passages.find((x) => /side by side/.test(x.text))!.speakerIds, [10]);
    assert.deepEqual(r.passages.find((x) => /never be such weapons/.test(x.text))!.speakerIds, [12]);
  });
});

describe("import round 10: the paragraph after a body's news that is not its account of the talks", () => {
  it("stays the story's own account", () => {
    const r = leeStory(
      'TOKYO, March 2 (Harbor) - Kenta Morishima and Harold Brennan met in Tokyo on Sunday.',
      'After the meeting, the Defense Ministry announced that the U.S. forces had set up a liaison team in Tokyo.',
      'The two ministers confirmed they would oppose any unilateral attempt to change the status quo by force.',
    );
    const p = r.passages.find((x) => /status quo/.test(x.text))!;
    assert.equal(p.source.kind, 'NEWS_ARTICLE');
    assert.equal(p.attributedOrganizationId, 4);
  });
});

describe('import round 10: a quotation the ministers gave in a joint statement', () => {
  it("is their joint statement's words, and the paragraphs after it with them as the subject too", () => {
    const r = leeStory(
      'TOKYO, March 2 (Harbor) - Lee Do-yun and Harold Brennan held talks in Seoul on Sunday.',
      '"The two countries remain opposed to any unilateral action that seeks to change the status quo by force," the two ministers said in a joint statement, referring to the islets.',
      'They also reaffirmed their commitment to the denuclearization of the peninsula.',
    );
    for (const re of [/remain opposed/, /denuclearization/]) {
      const p = r.passages.find((x) => re.test(x.text))!;
      assert.equal(p.source.kind, 'JOINT_STATEMENT', p.text);
      assert.deepEqual([...p.speakerIds].sort(), [10, 12]);
    }
  });
});

describe('import round 10: words said on a speaking occasion the sentence opens on', () => {
  it('names the openings of a press conference, a briefing, a speech, an interview, "speaking to"', () => {
    for (const w of [
      'During a press conference after the talks, Lund urged …',
      'At a joint news conference in Oslo, Lund stressed …',
      'Speaking to reporters on Monday, Lund pledged …',
      'In an interview with a broadcaster, Lund warned …',
    ])
      assert.ok(SPOKEN_SETTING_OPENING.test(w), w);
    for (const w of ['At the talks, Lund urged …', 'During the meeting, Lund pledged …', 'In a statement, the ministry said …'])
      assert.ok(!SPOKEN_SETTING_OPENING.test(w), w);
  });
  it('gives the sentence to its subject, speaking there, not to the newspaper', () => {
    const r = leeStory(
      'SEOUL, March 2 (Harbor) - Lee Do-yun and Harold Brennan met in Seoul on Sunday.',
      'During a press conference following the talks, Brennan urged his two allies "to sit down and settle their differences," as the rift only helps the North.',
      'At the talks, Brennan urged the allies to keep their drills.',
    );
    const spoken = r.passages.find((x) => /settle their differences/.test(x.text))!;
    assert.deepEqual(spoken.speakerIds, [10]);
    assert.equal(spoken.source.kind, 'PRESS_CONFERENCE');
    assert.equal(r.passages.find((x) => /keep their drills/.test(x.text))!.source.kind, 'NEWS_ARTICLE');
  });
  it('gives "Speaking at a news conference, X said" to X when X is not on record', () => {
    const r = leeStory(
      'TOKYO, March 2 (Harbor) - Lee Do-yun, Harold Brennan and Foreign Minister Taro Hoshino held talks in Seoul on Sunday.',
      'Speaking at a joint news conference, Hoshino said the allies would expand their coastguard patrols.',
    );
    const p = r.passages.find((x) => /coastguard patrols/.test(x.text))!;
    assert.equal(p.proposedSpeakers.length, 1);
    assert.equal(p.source.kind, 'PRESS_CONFERENCE');
  });
});

describe('import round 10: an appositive between a subject and its quoted predicate', () => {
  it('keeps the quoted predicate inside the sentence, one passage', () => {
    const r = leeStory(
      LEAD,
      'Lee stressed that the South, as a party to the nonproliferation treaty, "cannot and will not possess nuclear arms," calling disarmament an "unshakable commitment."',
    );
    assert.equal(r.passages.filter((p) => /^cannot and will not/.test(p.text)).length, 0);
    const p = r.passages.find((x) => /nonproliferation treaty/.test(x.text))!;
    assert.equal(p.kind, 'PARAPHRASE');
    assert.deepEqual(p.speakerIds, [12]);
  });
});

describe('import round 10: a contracted subject and verb before a quoted predicate', () => {
  it('reads \'X said he’s "…"\' as one paraphrase of X', () => {
    const r = leeStory(
      LEAD,
      'Brennan said he’s “personally committed to overseeing the next phase of the rotation, which will deepen our presence.”',
    );
    assert.equal(r.passages.length, 1);
    assert.equal(r.passages[0].kind, 'PARAPHRASE');
    assert.deepEqual(r.passages[0].partyIds, [10]);
  });
});

describe('import round 10: a participle that opens the sentence', () => {
  it("has the main clause's subject: one passage, that subject the author", () => {
    const r = leeStory(
      LEAD,
      'Noting that security cooperation with Japan is also important, Lee said that he would make continued efforts.',
    );
    assert.equal(r.passages.length, 1);
    assert.match(r.passages[0].text, /^Noting that/);
    assert.deepEqual(r.passages[0].speakerIds, [12]);
  });
});

describe('import round 10: a quotation followed by "X expressed to Y"', () => {
  it("is X's words, not the last body's", () => {
    const r = leeStory(
      'SEOUL, March 2 (Harbor) - Lee Do-yun and Harold Brennan met in Seoul on Sunday, the Pentagon said.',
      '"I feel the heavy responsibility of carrying our alliance further," Lee expressed to Brennan, emphasizing the alliance.',
    );
    const p = r.passages.find((x) => /heavy responsibility/.test(x.text))!;
    assert.deepEqual(p.speakerIds, [12]);
  });
});

describe('import round 10: a report or analysts outside the talks as the reporter', () => {
  it('is not the source of the preceding text: no draft', () => {
    const r = leeStory(
      'SEOUL, March 2 (Harbor) - Lee Do-yun and Harold Brennan spoke by phone on Sunday.',
      'Lee said the launches posed a grave threat and vowed to bolster the response.',
      'An excerpt of a confidential panel report said that the North kept developing its missile programmes during the past year.',
    );
    assert.equal(r.passages.filter((p) => /missile programmes/.test(p.text)).length, 0);
    assert.equal(r.passages.length, 1);
  });
});

describe("import round 10: a third country's official as the subject of a news sentence", () => {
  it('is no position of the talks, after an opening phrase too; a side of the talks stays', () => {
    const r = leeStory(
      LEAD,
      'In response to the growing cooperation, Chinese defense spokesperson Liang Wen warned against undermining regional security.',
      'In response to the launches, Korean defense spokesperson Park Ji-hoon warned against undermining regional security.',
    );
    assert.equal(r.passages.filter((p) => /Liang Wen/.test(p.text)).length, 0);
    assert.equal(r.passages.filter((p) => /Park Ji-hoon/.test(p.text)).length, 1);
  });
});
