/**
 * Stop 36: TALKS_IN_LEAD, the talks a document's opening or title reports when no call is on record and no other rule
 * proposed one. Invented people, places and sentences.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Lexicon } from '../../src/imports/lexicon';
import { headingBlocks } from '../../src/imports/pipeline/background';
import { matchCommitments } from '../../src/imports/pipeline/commitments';
import { TALKS_IN_LEAD } from '../../src/imports/pipeline/proposed-call';
import { segment } from '../../src/imports/pipeline/segment';
import { passageWith, sortedIds, wireStory, world } from './import-world';

describe('import stop 36: TALKS_IN_LEAD, the talks the opening reports', () => {
  it('talks begun by ministers of two countries named in the next sentences: proposed with them, "they" both', () => {
    const r = wireStory(
      world(),
      'TOKYO (Harbor) -- The Japanese and Korean defense ministers began talks Tuesday in Tokyo to coordinate joint drills at sea.',
      'At the outset of the talks, Defense Minister Kenta Morishima welcomed the Korean navy’s part in the drills.',
      'Minister Lee Do-yun said the drills would show the region that the two navies can work as one.',
      'They also agreed to hold the drills every year, the ministry said.',
    );
    assert.equal(r.proposedCall?.rule, TALKS_IN_LEAD.name);
    assert.deepEqual(sortedIds(r.proposedCall?.participantIds), [11, 12]);
    assert.equal(r.proposedCall?.missing ?? null, null);
    assert.deepEqual(sortedIds(passageWith(r, /hold the drills every year/)?.partyIds), [11, 12]);
  });

  it('a visit and remarks, no talks in the opening: nothing proposed', () => {
    const r = wireStory(
      world(),
      'The visit of Secretary Harold Brennan to Tokyo shows how close the two allies have grown, Minister Kenta Morishima said.',
      'Morishima said the allies would keep working for a free and open region.',
    );
    assert.equal(r.proposedCall, null, 'a story with no title reporting talks and no talks in its opening proposes none');
  });

  it('talks held with no one named: proposed, the participants left to the editor', () => {
    const r = wireStory(
      world(),
      'SEOUL (Harbor) -- The defense chiefs of two allies held talks on Monday in a hotel by the harbor, the ministry said.',
      'The ministry said the chiefs agreed to deepen cooperation in the defense industry.',
    );
    assert.equal(r.proposedCall?.rule, TALKS_IN_LEAD.name);
    assert.deepEqual(r.proposedCall?.participantIds, []);
    assert.equal(r.proposedCall?.missing, TALKS_IN_LEAD.missing);
  });

  it('talks as a topic, or to come, propose nothing', () => {
    for (const lead of [
      'Asked about cost-sharing talks with Washington, Minister Kenta Morishima declined to comment on Monday.',
      'Minister Kenta Morishima plans to hold talks with Secretary Harold Brennan next month, officials said.',
    ]) {
      const r = wireStory(world(), lead, 'Morishima said the alliance with the United States remains the cornerstone of peace.');
      assert.equal(r.proposedCall, null, lead);
    }
  });
});

describe('import stop 36: a news story’s own account, and the reason a sentence is skipped', () => {
  const lead = 'TOKYO (Harbor) -- Harold Brennan and Kenta Morishima met in Tokyo on Monday.';

  it('NEWS_ACCOUNT_VERB: "X thanked Y for …", "X explained …", "X noted …", "X briefed …" are drafts of the paper', () => {
    const r = wireStory(
      world(),
      lead,
      'Brennan thanked Morishima for Japan’s strong response to the missile launch.',
      'Morishima explained Japan’s efforts to strengthen its missile defense.',
      'Brennan noted the importance of the trilateral drills planned for the autumn.',
      'Morishima briefed Brennan on the navy’s new patrol plan for the southwest islands.',
    );
    assert.deepEqual(sortedIds(passageWith(r, /thanked Morishima/)?.partyIds), [10]);
    assert.deepEqual(sortedIds(passageWith(r, /explained Japan/)?.partyIds), [11]);
    assert.deepEqual(sortedIds(passageWith(r, /noted the importance/)?.partyIds), [10]);
    assert.deepEqual(sortedIds(passageWith(r, /briefed Brennan/)?.partyIds), [11]);
  });

  it('COUNTRY_PAIR_SUBJECT: "A and B have (also) agreed …" is the talks’ two sides', () => {
    const r = wireStory(
      world(),
      lead,
      'Japan and the United States have agreed to establish a regular consultative body.',
      'Japan and the United States have also agreed to expand joint drills.',
    );
    assert.deepEqual(sortedIds(passageWith(r, /consultative body/)?.partyIds), [10, 11]);
    assert.deepEqual(sortedIds(passageWith(r, /expand joint drills/)?.partyIds), [10, 11]);
  });

  it('DISCUSSED_AFTER_MEETING: "X held talks with Y … and discussed <topic>" is a draft of both; "… and discussed their talks" is not', () => {
    const r = wireStory(
      world(),
      'SEOUL (Harbor) -- Minister Lee Do-yun held talks with Secretary Harold Brennan in Seoul on Monday and discussed ways to ' +
        'expand cooperation in the arms industry.',
      'After the talks, the two held a joint press conference and discussed their talks.',
    );
    assert.deepEqual(sortedIds(passageWith(r, /arms industry/)?.partyIds), [10, 12]);
    assert.equal(passageWith(r, /joint press conference/), undefined);
  });

  it('thanks alone for a courtesy, with no "for", is not read by it', () => {
    const r = wireStory(world(), lead, 'Brennan thanked his hosts warmly as he left Tokyo.');
    assert.equal(passageWith(r, /thanked his hosts/), undefined);
  });

  it('a sentence naming officials with no frame is skipped for the frame, not for a subject it has (any paragraph)', () => {
    const r = wireStory(
      world(),
      lead,
      'The commitment of Brennan to the alliance with Morishima is strong.',
      'The weather in Tokyo was mild.',
    );
    const skipped = r.dispositions.find((d) => d.start === r.text.indexOf('The commitment of Brennan'));
    assert.equal(skipped?.reason, 'NO_POSITION');
    assert.equal(skipped?.rule, 'no reporting frame or quotation matched');
  });
});

describe('import stop 36: paragraphs a scraped page glued together ("said.In the call")', () => {
  const glued =
    'Minister Lee Do-yun and Secretary Harold Brennan held phone talks Wednesday, the ministry said.In the call, Lee ' +
    'suggested the two nations hold more drills.They also agreed to stay in close touch.Harbor';
  const texts = (text: string) => segment(text).sentences.map((x) => text.slice(x.start, x.end));

  it('cuts after a stop glued to the next sentence', () => {
    assert.deepEqual(texts(glued), [
      'Minister Lee Do-yun and Secretary Harold Brennan held phone talks Wednesday, the ministry said.',
      'In the call, Lee suggested the two nations hold more drills.',
      'They also agreed to stay in close touch.',
      'Harbor',
    ]);
  });

  it('does not cut after an abbreviation, in "U.S.Army" or in a web address', () => {
    for (const text of [
      'The talks with Gen.Nakatani went on for an hour and both sides spoke.',
      'The U.S.Army and its allies trained together on Monday.',
      'Read more at www.harbortimes.example.com/news today.',
    ])
      assert.equal(texts(text).length, 1, text);
  });

  it('a glued paragraph is prose, not a heading before the body', () => {
    assert.equal(headingBlocks([glued]).size, 0);
  });

  it('the drafts of a glued story are read', () => {
    const r = wireStory(world(), glued);
    assert.deepEqual(sortedIds(passageWith(r, /agreed to stay in close touch/)?.partyIds), [10, 12]);
  });
});

describe('import stop 36: TERRITORY_BEFORE, the territory a treaty article covers named just before', () => {
  const commitments = [
    { id: 1, title: 'Article V of the U.S.-Japan security treaty applies to the Senkaku Islands', aliases: ['Article V + Senkaku'] },
  ] as Parameters<typeof matchCommitments>[0];
  const before = 'The second topic was the tension over the Senkaku Islands, which two countries claim. ';
  const lex = new Lexicon({ ...world(), commitments });

  it('the article named, "it" pointing back to the islands named before: the coverage commitment', () => {
    const found = matchCommitments(commitments, 'He acknowledged it is addressed in Article 5 of the treaty.', {
      lex,
      countries: ['US', 'JP'],
      before,
    });
    assert.deepEqual(
      found.map((m) => m.commitment.id),
      [1],
    );
  });

  it('no pointing back, no islands before, or the islands too far back: none', () => {
    const none = (text: string, b: string) => matchCommitments(commitments, text, { lex, countries: ['US', 'JP'], before: b }).length;
    assert.equal(none('He said Article 5 of the treaty binds both allies.', before), 0);
    assert.equal(none('He acknowledged it is addressed in Article 5 of the treaty.', 'The talks covered the budget. '), 0);
    assert.equal(none('He acknowledged it is addressed in Article 5 of the treaty.', before + 'x'.repeat(600)), 0);
  });
});
