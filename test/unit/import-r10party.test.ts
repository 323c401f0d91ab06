/**
 * Issue 19, tenth round on parties and calls (tuned on real published documents, tested on invented ones): who a
 * description or a group of countries stands for. Invented people, places and sentences.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { engagementClause, extract, mainClause } from '../../src/imports/extract';
import { Lexicon, type LexiconData } from '../../src/imports/lexicon';
import { editDistance, variantOfName } from '../../src/imports/pipeline/people';
import { intendedEngagement, VISIT_ENGAGEMENT } from '../../src/imports/pipeline/proposed-call';
import {
  LEE_CALL_LEAD,
  leeCallStory,
  passageWith,
  pentagonReadout,
  sortedIds,
  wireStory,
  withLeeCall,
  withLeeCallAndJanuaryCall,
  world,
} from './import-world';

const passage = passageWith;
/** The test world with Australia, and a meeting on record (id 60) of the U.S. secretary and the Japanese minister on that day. */
const withAustralia = (date: string): LexiconData => {
  const w = world();
  w.countries.push({ code: 'AU', name: 'Australia', aliases: ['Australian'], timeZone: 'Australia/Sydney' });
  w.calls.push({ id: 60, title: `Brennan–Morishima meeting in Lisbon, ${date}`, date, participantIds: [10, 11] });
  return w;
};
/** A wire story (publisher 4) of 2 March 2031 in the world given, its paragraphs as given, every draft kept. */
const news = wireStory;
const sorted = sortedIds;

describe('COUNTRY_DESCRIBED_OFFICIAL: "the <country> minister" is that country\'s participant in the talks', () => {
  it('opening a sentence, with or without a word of defence', () => {
    const r = leeCallStory(
      'The U.S. defense chief vowed to keep in close step with Lee on the drills.',
      'The Korean minister stressed that his navy would double its patrols in the strait.',
    );
    assert.deepEqual(passage(r, /close step/)?.partyIds, [10]);
    assert.deepEqual(passage(r, /double its patrols/)?.partyIds, [12]);
  });

  it('a country with no participant in the talks, or a title before a name, is not read so', () => {
    const r = leeCallStory(
      'The Japanese minister stressed that the canal must stay open to all shipping.',
      'The Korean Minister Lee Do-yun stressed that the patrols would continue.',
    );
    assert.deepEqual(passage(r, /canal must stay open/)?.partyIds ?? [], []);
    assert.deepEqual(passage(r, /patrols would continue/)?.partyIds, [12]);
  });
});

describe('COUNTRY_GROUP: officials named as a group by their countries', () => {
  it('"the Korean and U.S. defense ministers": each country\'s participant', () => {
    const r = leeCallStory('The South Korean and U.S. defense ministers reaffirmed their resolve to finish the new radar site.');
    assert.deepEqual(sorted(passage(r, /radar site/)?.partyIds), [10, 12]);
  });

  it('"the defense ministers of A, B and C": a country outside the call is its official the text names', () => {
    const r = leeCallStory(
      'Kenta Morishima joined the two by video from Osaka.',
      'The defense ministers of Japan, the United States and South Korea agreed to hold a joint drill in the autumn.',
    );
    assert.deepEqual(sorted(passage(r, /joint drill/)?.partyIds), [10, 11, 12]);
  });
});

describe('MULTILATERAL_MEETING: a meeting of officials named by three countries or more', () => {
  /** A meeting on record of the U.S. secretary and the Japanese minister the day before. */
  const story = (...paragraphs: string[]) => news(withAustralia('2031-03-01'), ...paragraphs);

  it('is their meeting, proposed, not the bilateral meeting on record between two of them', () => {
    const r = story(
      'LISBON (Harbor) — The defense ministers of Japan, the United States, South Korea and Australia expressed concern on Saturday about the blockade of the strait.',
      'The four are Japanese Defense Minister Kenta Morishima, U.S. Secretary of Defense Harold Brennan, South Korean Defense Minister Lee Do-yun and Australian Defence Minister Tom Arkwright.',
      'The ministers agreed to study a joint patrol plan for the strait.',
    );
    assert.equal(r.proposedCall?.rule.startsWith('MULTILATERAL_MEETING'), true);
    assert.deepEqual(sorted(r.proposedCall?.participantIds), [10, 11, 12]);
    assert.equal(r.proposedCall?.proposedParticipants.length, 1);
    for (const words of [/expressed concern/, /joint patrol plan/]) {
      const p = passage(r, words);
      assert.equal(p?.callId, null);
      assert.deepEqual(sorted(p?.partyIds), [10, 11, 12]);
      assert.equal(p?.proposedParties.length, 1);
    }
  });

  it('so are talks whose people, one not on record, are of three countries, one each', () => {
    const r = story(
      'LISBON (Harbor) — U.S. Secretary of Defense Harold Brennan, Japanese Minister of Defense Kenta Morishima and Australian Minister for Defence Tom Arkwright held talks in Lisbon on Saturday.',
      'The three ministers agreed to study a joint patrol plan for the strait.',
    );
    assert.equal(r.proposedCall?.rule.startsWith('MULTILATERAL_MEETING'), true);
    const p = passage(r, /joint patrol plan/);
    assert.equal(p?.callId, null);
    assert.deepEqual(sorted(p?.partyIds), [10, 11]);
    assert.equal(p?.proposedParties.length, 1);
  });

  it('two countries named as a group leave the meeting on record alone', () => {
    const r = story(
      'LISBON (Harbor) — The defense ministers of Japan and the United States expressed concern on Saturday about the blockade of the strait.',
    );
    assert.equal(r.proposedCall, null);
    assert.equal(passage(r, /expressed concern/)?.callId, 60);
  });
});

describe('GROUP_OF_ITS_SIZE: "the three ministers" is not the two people of a call', () => {
  it('a counted group of another size than the talks gets no parties from them', () => {
    const r = leeCallStory('The three ministers agreed to meet again in the autumn.', 'The two ministers agreed to share radar data.');
    assert.deepEqual(passage(r, /meet again/)?.partyIds ?? [], []);
    assert.deepEqual(sorted(passage(r, /radar data/)?.partyIds), [10, 12]);
  });
});

describe('ENGAGEMENT_CLAUSE: the people of a proposed call are those of its clause', () => {
  it('ends the clause at a clause of time or cause after the engagement words, not at "as well as"', () => {
    const a = 'The call between Ortiz and Brennan came days after President Vale froze the aid package.';
    assert.equal(a.slice(0, engagementClause(a)), 'The call between Ortiz and Brennan came');
    const b = 'Ortiz met with Brennan as well as with Lee in Lisbon.';
    assert.equal(engagementClause(b), b.length);
    const c = 'After President Vale spoke, Ortiz met with Brennan in Lisbon.';
    assert.equal(engagementClause(c), c.length);
  });

  it('a president named in a clause of cause is no participant of the proposed call', () => {
    const r = news(
      world(),
      'LISBON (Harbor) — The telephone conversation between Defense Minister Ana Ortiz of Chile and Harold Brennan came after President Tomas Vale of Chile froze the aid package.',
      'Ortiz and Brennan agreed to keep the joint exercise on schedule.',
    );
    assert.deepEqual(r.proposedCall?.participantIds, [10]);
    assert.deepEqual(
      r.proposedCall?.proposedParticipants.map((k) => r.proposedOfficials.find((o) => o.key === k)?.name),
      ['Ana Ortiz'],
    );
  });
});

describe('NAME_VARIANT: an official on record under another spelling', () => {
  it('one word the same, the other a letter or two apart (a typo, another romanization), in either order', () => {
    assert.equal(editDistance('kishiu', 'kishi'), 1);
    assert.equal(editDistance('ab', 'ba'), 1);
    assert.ok(variantOfName('Morishimo Kenta', 'Kenta Morishima'));
    assert.ok(variantOfName('Lee Do-yeun', 'Lee Do-yun'));
    assert.ok(variantOfName('Harold Brenan', 'Harold Brennan'));
    assert.ok(!variantOfName('Lee Min-ji', 'Lee Do-yun'));
    assert.ok(!variantOfName('Kim Jin', 'Kim Jun'));
    assert.ok(!variantOfName('Kim Min-ji', 'Kim Min-jae'));
    assert.ok(!variantOfName('Harold Brennan', 'Harold Brennan'));
  });

  it('a story that misspells the counterpart reads the official on record, and proposes no one', () => {
    const r = leeCallStory('Harold Brenan and Lee Do-yeun agreed to hold the joint exercise in the spring.');
    assert.deepEqual(sorted(passage(r, /joint exercise/)?.partyIds), [10, 12]);
    assert.deepEqual(r.proposedOfficials, []);
  });
});

describe('OTHER_PAIR_NOT_THE_DATED_CALL: the one call on record that day is not an engagement between others', () => {
  it('"A held a call with C" when the call on record that day is A\'s with B: a proposed call of A and C', () => {
    const r = news(
      withLeeCall(),
      'WASHINGTON, March 2 (Harbor) - Secretary of Defense Harold Brennan held a call with Japanese Minister of Defense Kenta Morishima on Sunday.',
      'Brennan and Morishima agreed to expand the joint air patrols.',
    );
    assert.deepEqual(sorted(r.proposedCall?.participantIds), [10, 11]);
    assert.equal(passage(r, /joint air patrols/)?.callId, null);
  });
});

describe('INTENDED_ENGAGEMENT: talks to come are no call held', () => {
  it('a verb of intention, plan or schedule, or "if held", before the engagement words', () => {
    assert.ok(intendedEngagement('Minister Ortiz said Monday she is seeking to hold '));
    assert.ok(intendedEngagement('Ortiz is scheduled to hold bilateral meetings with the host, as well as trilateral '));
    assert.ok(intendedEngagement("If held, Ortiz's "));
    assert.ok(!intendedEngagement('Minister Ortiz, who plans to retire. Ortiz '));
    assert.ok(!intendedEngagement('Minister Ortiz held '));
  });

  it('"X is seeking to hold talks with Y" proposes no call', () => {
    const r = news(
      world(),
      'TOKYO (Harbor) — Japanese Defense Minister Kenta Morishima said Tuesday he is seeking to hold talks with Lee Do-yun, as the two governments weigh new drills.',
      'Morishima said the alliance must grow stronger.',
    );
    assert.equal(r.proposedCall, null);
  });
});

describe('A proposed official takes no country from another person named before the title', () => {
  it('"Secretary X met with Prime Minister Y": Y is not of X\'s country', () => {
    const r = news(
      world(),
      'TOKYO (Harbor) — Secretary of Defense Harold Brennan met with Prime Minister Sora Tanabe in Tokyo on Tuesday.',
      'U.S. Ambassador Carla Weiss attended the talks.',
    );
    const country = (name: string) => r.proposedOfficials.find((o) => o.name === name)?.countryCode;
    assert.notEqual(country('Sora Tanabe'), 'US');
    assert.equal(country('Carla Weiss'), 'US');
  });
});

describe('MULTILATERAL_SIGNATORIES: a joint statement of three countries is not a bilateral call between two of its signatories', () => {
  const statement = (...paragraphs: string[]) =>
    extract(new Lexicon(withAustralia('2031-04-03')), paragraphs.join('\n\n'), {
      kind: 'JOINT_STATEMENT',
      publisherId: 1,
      publishedOn: '2031-04-03',
      title: 'Joint Statement of the Trilateral Defense Ministers’ Meeting',
      keepAll: true,
    });

  it('their meeting is proposed, with the member not on record, after the banner lines of a web page', () => {
    const r = statement(
      'An official website of the government',
      'Here is how you know',
      'Official websites use a secure address',
      'Share sensitive information only on official sites',
      'Home : News : Releases',
      'Joint Statement of the Trilateral Defense Ministers’ Meeting',
      'LISBON -- Australian Minister for Defence Tom Arkwright, Japanese Minister of Defense Kenta Morishima and U.S. Secretary of Defense Harold Brennan held a trilateral meeting in Lisbon on April 3.',
      'The Ministers agreed to hold a combined maritime exercise every year.',
      'The defense ministers from Japan and Australia reaffirmed their alliances with the United States.',
    );
    assert.ok(r.proposedCall);
    assert.deepEqual(sorted(r.proposedCall.participantIds), [10, 11]);
    assert.equal(r.proposedCall.proposedParticipants.length, 1);
    const all = passage(r, /combined maritime exercise/);
    assert.equal(all?.callId, null);
    assert.deepEqual(sorted(all?.partyIds), [10, 11]);
    assert.equal(all?.proposedParties.length, 1);
    const two = passage(r, /from Japan and Australia/);
    assert.deepEqual(two?.partyIds, [11]);
    assert.equal(two?.proposedParties.length, 1);
  });
});

describe('VERB_WITH_PARTNER: "X underscored with Y …" is a position of both', () => {
  it('in a readout; "shared with Y" passes something on and is not', () => {
    const r = pentagonReadout(
      [
        "Readout of Secretary Brennan's Meeting With Minister Lee",
        'Secretary of Defense Harold Brennan met with Minister of National Defense Lee Do-yun in Seoul on March 2.',
        'Secretary Brennan underscored with Minister Lee progress on modernizing the roles of the alliance.',
        'Secretary Brennan shared with Minister Lee his view that the drills must go on.',
      ].join('\n\n'),
      '2031-03-02',
      withLeeCall(),
    );
    assert.deepEqual(sorted(passage(r, /modernizing the roles/)?.partyIds), [10, 12]);
    assert.deepEqual(passage(r, /drills must go on/)?.partyIds, [10]);
  });
});

describe('Editorial brackets in a quotation: who "he" is, and who is told', () => {
  it('"He (Brennan) and I" is the speaker and the one named in brackets', () => {
    const r = leeCallStory(
      'Kenta Morishima spoke to reporters in Osaka on Sunday.',
      '“He (Brennan) and I both want the new radar site finished this year,” Lee said.',
    );
    assert.deepEqual(sorted(passage(r, /radar site/)?.partyIds), [10, 12]);
  });

  it('"I will convey [to Brennan] that we …": the one told takes no position', () => {
    const r = leeCallStory('Lee told reporters, “I will clearly convey [to Brennan] that we will double our patrols in the strait.”');
    assert.deepEqual(passage(r, /double our patrols/)?.partyIds, [12]);
  });
});

describe('WITH_GROUP_PARTICIPLE: "…, with the pair also pledging to …" is the group\'s position too', () => {
  it('adds the people of the talks to the subject', () => {
    const r = leeCallStory(
      'Lee spoke by phone with Brennan, who took office last month, with the pair also pledging to widen the joint drills, the ministry said.',
    );
    assert.deepEqual(sorted(passage(r, /widen the joint drills/)?.partyIds), [10, 12]);
  });
});

describe("DATE_OF_SUBORDINATE_CLAUSE: a month in a clause of time after the main verb dates that clause's event", () => {
  it('the main clause is cut before it', () => {
    assert.equal(
      mainClause('The two agreed to speed up the work after the countries in January confirmed its start'),
      'The two agreed to speed up the work',
    );
    assert.equal(mainClause('When they met in January'), 'When they met in January');
  });

  it('the sentence keeps the call the story reports, not the earlier one of that month', () => {
    const r = extract(
      new Lexicon(withLeeCallAndJanuaryCall()),
      [LEE_CALL_LEAD, 'Brennan and Lee agreed to speed up the radar work after the two countries in January confirmed its start.'].join(
        '\n\n',
      ),
      { kind: 'NEWS_ARTICLE', publisherId: 4, publishedOn: '2031-03-02', keepAll: true },
    );
    assert.equal(passage(r, /radar work/)?.callId, 50);
  });
});

describe("VISIT_ENGAGEMENT: one official's visit to a place, another official named beside it, is their meeting", () => {
  it('proposes the meeting of the two', () => {
    const r = news(
      world(),
      'MANAGUA (Harbor) — Defense Minister Ana Ortiz of Chile thanked the United States for its steady support.',
      "During U.S. Secretary Harold Brennan's visit to Chile, Ortiz stressed the need to guard the southern sea lanes together.",
    );
    assert.equal(r.proposedCall?.rule, VISIT_ENGAGEMENT.name);
    assert.deepEqual(r.proposedCall?.participantIds, [10]);
    assert.equal(r.proposedCall?.proposedParticipants.length, 1);
  });

  it('a visit with no other official named proposes nothing', () => {
    const r = news(world(), "During Secretary Harold Brennan's visit to Chile, he stressed the need to guard the southern sea lanes.");
    assert.equal(r.proposedCall, null);
  });
});

describe('CALL_OF_THE_DAY_GIVEN: of several calls between the same people, the one on the day the sentence gives', () => {
  it('"… received Lee at the Pentagon Thursday" is Thursday\'s meeting, not the call two days before', () => {
    const w = world();
    w.calls.push(
      { id: 70, title: 'Brennan–Lee telephone call, March 2031', date: '2031-03-04', participantIds: [10, 12] },
      { id: 71, title: 'Brennan–Lee meeting at the Pentagon, March 2031', date: '2031-03-06', participantIds: [10, 12] },
    );
    const r = extract(
      new Lexicon(w),
      [
        'Secretary Harold Brennan received Minister Lee Do-yun at the Pentagon Thursday for talks on the alliance.',
        'Earlier this week on Tuesday, Lee toured a shipyard in Virginia.',
        '“We will keep the peace together,” Brennan said.',
      ].join('\n\n'),
      { kind: 'NEWS_ARTICLE', publisherId: 4, publishedOn: '2031-03-08', keepAll: true },
    );
    assert.equal(passage(r, /keep the peace together/)?.callId, 71);
  });
});
