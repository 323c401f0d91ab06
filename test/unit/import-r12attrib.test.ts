/**
 * Round 12 of the author and originating source in stories about talks: who speaks for a body, how a body's account goes
 * on across a story's paragraphs. Invented sentences, not the corpus's wording (the Brennan–Lee test world).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  BODY_OF_A_SIDE_NOT_ON_RECORD,
  POST_QUOTED,
  SPOKESPERSON_NAMED_BEFORE_TITLE,
  talksGroupSubject,
} from '../../src/imports/pipeline/attribution';
import { subjectAppositive } from '../../src/imports/pipeline/coref';
import { leeStory, passageWith, wireStory, world } from './import-world';

const LEAD = 'SEOUL, March 2 (Harbor) - Lee Do-yun and Harold Brennan spoke by phone on Sunday.';

describe('import round 12: a spokesperson named before the title in apposition speaks for the body', () => {
  it('reads the name before the comma of the apposition, in full and by family name', () => {
    const m = SPOKESPERSON_NAMED_BEFORE_TITLE.name.exec('According to Maya Ortiz, the ')!;
    assert.deepEqual([m[1], m[2]], ['Maya Ortiz', 'Ortiz']);
    const n = SPOKESPERSON_NAMED_BEFORE_TITLE.name.exec('In a short note, Tomas Vidal, a spokesman for the ')!;
    assert.deepEqual([n[1], n[2]], ['Tomas Vidal', 'Vidal']);
    assert.equal(SPOKESPERSON_NAMED_BEFORE_TITLE.name.exec('The drills near the '), null);
  });
  it('gives the sentences that name the spokesperson again to the body, not to a proposed person', () => {
    const r = leeStory(
      LEAD,
      'According to Maya Ortiz, the Pentagon press secretary, Brennan held the call to go over the drills of the spring.',
      'Maya Ortiz also noted that Brennan and Lee reaffirmed the value of combined air patrols near the islands.',
      'Ortiz further said that the two agreed to widen the exchange of radar data between their fleets.',
    );
    for (const words of [/combined air patrols/, /exchange of radar data/]) {
      const p = passageWith(r, words)!;
      assert.equal(p.attributedOrganizationId, 1, String(words));
      assert.deepEqual(p.speakerIds, []);
      assert.equal(p.proposedSpeakers.length, 0);
      assert.equal(p.source.publisherId, 1);
      assert.equal(p.source.isDocument, false);
    }
  });
});

describe("import round 12: the talks' people together go on relaying the body's document", () => {
  it('reads a plural reference or two people named as the group', () => {
    assert.equal(talksGroupSubject('They ', 0), true);
    assert.equal(talksGroupSubject('The two ministers also ', 0), true);
    assert.equal(talksGroupSubject('Both officials ', 0), true);
    assert.equal(talksGroupSubject('Brennan and Lee ', 2), true);
    assert.equal(talksGroupSubject('Lee ', 1), false);
    assert.equal(talksGroupSubject('The fleet ', 0), false);
  });
  it("keeps the body's document for the group in the next paragraph, not for the other side alone", () => {
    const r = leeStory(
      LEAD,
      'Brennan stressed the value of the alliance during the call, the Pentagon said in a statement.',
      'They also agreed to widen the exchange of radar data between their fleets.',
    );
    const p = passageWith(r, /exchange of radar data/)!;
    assert.equal(p.attributedOrganizationId, 1);
    assert.equal(p.source.publisherId, 1);
    const q = passageWith(
      leeStory(
        LEAD,
        'Brennan stressed the value of the alliance during the call, the Pentagon said in a statement.',
        'Lee also pledged to widen the exchange of radar data between the fleets.',
      ),
      /exchange of radar data/,
    )!;
    assert.notEqual(q.attributedOrganizationId, 1);
  });
});

describe('import round 12: a phrase of the occasion between the subject and the verb', () => {
  it('is set off like an appositive: the people it names are where the subject spoke, not the subject', () => {
    const words = 'Brennan, at a news briefing after his talks with Minister Lee Do-yun, ';
    const app = subjectAppositive(words)!;
    assert.equal(words.slice(0, app.start), 'Brennan');
    assert.ok(subjectAppositive('Lee, during the visit to the northern base, '));
    assert.equal(subjectAppositive('Brennan and Lee, '), null);
  });
  it('gives the reported words to the subject before the phrase', () => {
    const r = leeStory(
      LEAD,
      'Brennan, at a news briefing after his talks with Lee Do-yun, said he backed a wider exchange of radar data between the fleets.',
    );
    const p = passageWith(r, /exchange of radar data/)!;
    assert.deepEqual(p.speakerIds, [10]);
  });
});

describe('import round 12: a body named generically whose match on record is of no side of the talks', () => {
  /** The test world with a wire service of no country as the publisher (4). */
  const data = () => {
    const w = world();
    w.organizations = w.organizations.map((o) => (o.id === 4 ? { ...o, countryCode: null } : o));
    return w;
  };
  it('applies only to an unqualified name whose body is of no side', () => {
    assert.equal(BODY_OF_A_SIDE_NOT_ON_RECORD.applies('JP', new Set(['US']), false), true);
    assert.equal(BODY_OF_A_SIDE_NOT_ON_RECORD.applies('JP', new Set(['US', 'JP']), false), false);
    assert.equal(BODY_OF_A_SIDE_NOT_ON_RECORD.applies('JP', new Set(['US']), true), false);
    assert.equal(BODY_OF_A_SIDE_NOT_ON_RECORD.applies('JP', new Set(), false), false);
  });
  it("is the like-named body of the side not on record, proposed with the dateline's country, the author of what it reports", () => {
    const r = wireStory(
      data(),
      'NEW DELHI, March 2 (Harbor) - Defence Minister Arjun Mehta and Harold Brennan spoke by phone on Sunday.',
      'Mehta and Brennan agreed to widen the exchange of radar data between the two navies, the Ministry of Defense said in a statement.',
      'According to the ministry, Brennan also pledged to send more patrol aircraft to the region.',
    );
    const body = r.proposedOrganizations.find((o) => o.name === 'Ministry of Defense')!;
    assert.equal(body.countryCode, 'IN');
    for (const words of [/patrol aircraft/, /exchange of radar data/]) {
      const p = passageWith(r, words)!;
      assert.equal(p.attributedOrganizationId, null, String(words));
      assert.equal(p.proposedOrganization, body.key, String(words));
      assert.equal(p.source.kind, 'PRESS_RELEASE');
      assert.equal(p.source.isDocument, false);
    }
  });
  it('stays the body on record when its country is a side of the talks', () => {
    const r = wireStory(
      data(),
      'TOKYO, March 2 (Harbor) - Kenta Morishima and Harold Brennan spoke by phone on Sunday.',
      'Morishima and Brennan agreed to send more patrol aircraft to the region, the Ministry of Defense said in a statement.',
    );
    const p = passageWith(r, /patrol aircraft/)!;
    assert.equal(p.attributedOrganizationId, 2);
    assert.equal(p.proposedOrganization ?? null, null);
  });
});

describe("import round 12: an official's post on a social network quoted in a story", () => {
  it('reads the words that name a post around the quotation', () => {
    assert.equal(POST_QUOTED.test('Taking to Twitter, Lee wrote, '), true);
    assert.equal(POST_QUOTED.test(' Lee said in a post on X.'), true);
    assert.equal(POST_QUOTED.test('Lee tweeted: '), true);
    assert.equal(POST_QUOTED.test('In a tweet, the minister said, '), true);
    assert.equal(POST_QUOTED.test(' Lee said in a social media post.'), true);
    assert.equal(POST_QUOTED.test('Lee said at the briefing, '), false);
    assert.equal(POST_QUOTED.test(' Lee told reporters in Seoul.'), false);
  });
  it("is the official's words, written: a statement the official published (PRESS_RELEASE), not the story, not a press conference", () => {
    const r = leeStory(
      LEAD,
      'Taking to Twitter, Lee Do-yun wrote, "Had a fine talk with my friend Harold Brennan. We agreed to widen the exchange of radar data between our fleets."',
    );
    const p = passageWith(r, /exchange of radar data/)!;
    assert.equal(p.kind, 'DIRECT_QUOTE');
    assert.deepEqual(p.speakerIds, [12]);
    // The corpus convention settled by count on 7 December 2026 (stop 41): a minister's post quoted in a story is
    // PRESS_RELEASE, isDocument false, 6 of 7 labelled posts (it was the story itself until then).
    assert.equal(p.source.kind, 'PRESS_RELEASE');
    assert.equal(p.source.isDocument, false);
    assert.equal(p.source.publisherId, 3, "the poster's ministry");
  });
});

describe("import round 12: a body's quotation carries, across a paragraph of the talks' people with no position", () => {
  /** The group's point after the Pentagon's quotation and the paragraph given. */
  const pointAfter = (middle: string) =>
    passageWith(
      leeStory(
        LEAD,
        '"Secretary Brennan and Minister Lee reaffirmed the strength of the alliance in the face of threats at sea," the Pentagon said in a statement.',
        middle,
        'They agreed to widen the exchange of radar data between their fleets.',
      ),
      /exchange of radar data/,
    )!;
  it('keeps the document for the group after a no-position paragraph that follows the quotation', () => {
    const p = pointAfter('The ministers also exchanged views on the drills of the spring.');
    assert.equal(p.attributedOrganizationId, 1);
    assert.equal(p.source.publisherId, 1);
    assert.equal(p.source.isDocument, false);
  });
  it("also over a no-position paragraph whose subject is two of the talks' people named", () => {
    assert.equal(pointAfter('Harold Brennan and Lee Do-yun also exchanged views on the drills of the spring.').attributedOrganizationId, 1);
  });
  it('does not carry over a paragraph of another occasion', () => {
    assert.notEqual(pointAfter('In January, the ministers exchanged views on the drills of the spring.').attributedOrganizationId, 1);
  });
});
