/**
 * Round 15 of what is a draft: sentences that take no position whatever their wording (a word on the meeting, an incident told
 * as an event, a trip recounted, the story counting occasions, the host's pleasure to receive the guest, the speaker's chance
 * to meet, notes compared) and speakers' positions the turn gate missed (a decision taken jointly, an assessment of a third
 * party, coercion, the relationship), and in phase 2 meetings held in the plural, details withheld, and a welcome or a
 * congratulation extended. Invented people, places and sentences, not the wording of any document.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../src/imports/extract';
import { Lexicon } from '../../src/imports/lexicon';
import { backgroundOf } from '../../src/imports/pipeline/background';
import { SPEAKER_POSITION } from '../../src/imports/pipeline/dispositions';
import { turnNothing } from '../../src/imports/pipeline/turns';
import { world } from './import-world';

const turnGate = (t: string) =>
  (SPEAKER_POSITION.firstPerson.test(t) && SPEAKER_POSITION.position.test(t)) || SPEAKER_POSITION.about.test(t);

describe('import round 15: sentences that are no draft', () => {
  it('MEETING_CALLED: what someone called the meeting, with what the year marks, is no position', () => {
    assert.equal(
      backgroundOf(
        'Morales called the talks “historic,” noting that this year marks the 30th anniversary of the two navies’ first exercise.',
      )?.reason,
      'NO_POSITION',
    );
    assert.equal(backgroundOf('Varga described the meeting as very productive.')?.reason, 'NO_POSITION');
    // A commitment after it keeps the sentence.
    assert.equal(backgroundOf('Varga called the meeting useful and pledged to deepen the partnership.'), null);
  });

  it('INCIDENT_OCCURRED: an incident told as an event is background; a stance toward it is not', () => {
    assert.equal(
      backgroundOf(
        'Meanwhile, an incident occurred twice last week, in which foreign patrol boats shadowed our survey vessel near the reef.',
        true,
      )?.reason,
      'BACKGROUND',
    );
    assert.equal(backgroundOf('We condemned the incident that occurred near the reef and will respond together.', true), null);
  });

  it('TRIP_RECOUNTED: "noted that his first trip … was to …" is background', () => {
    assert.equal(
      backgroundOf(
        'Halvorsen noted that his first trip as minister was to the Baltic region and his first counterpart visit was with Ruiz in Lisbon.',
      )?.reason,
      'BACKGROUND',
    );
  });

  it('NTH_TIME: the story counting occasions is background, whatever the earlier assurance was', () => {
    assert.equal(
      backgroundOf('The remarks by Halvorsen marked the third time this year that a senior official had assured Lisbon of support.')
        ?.reason,
      'BACKGROUND',
    );
  });

  it('SHARED_ADJECTIVE: "our shared security interests" is a topic, so the meeting held stays background', () => {
    assert.equal(
      backgroundOf(
        'Portugal and Norway held our annual defense policy meeting last Thursday where we engaged in frank and productive discussions on our shared maritime interests.',
        true,
      )?.reason,
      'BACKGROUND',
    );
  });

  it('VIEWS_EXCHANGED: "compared notes, if you like, on …" is the topic of the talks', () => {
    assert.equal(
      backgroundOf('We compared notes, if you like, on the exercises each navy held in 2030 and will hold in 2031.', true)?.reason,
      'NO_POSITION',
    );
  });

  it('CHANCE_TO_MEET: the speaker’s chance to meet is the meeting, background', () => {
    assert.equal(
      turnNothing(
        'This afternoon, I also had a chance to meet with President Ortega and Minister Salas and I just had a, as I said, very good discussion about how to speed up our work.',
      )?.reason,
      'BACKGROUND',
    );
    assert.equal(turnNothing('I also had a chance to meet with Minister Salas, and we agreed to expand the exercises.'), null);
  });

  it('HOST_PLEASURE: the host’s pleasure to welcome or receive the guest is a courtesy', () => {
    assert.equal(
      turnNothing('It’s now my pleasure to return the visit, to welcome my friend Anton to Lisbon for his first official visit.')?.reason,
      'NO_POSITION',
    );
    assert.equal(
      turnNothing('Today, Minister Anton Varga is here at the ministry and we’re very pleased to receive him.')?.reason,
      'NO_POSITION',
    );
    assert.equal(turnNothing('It is my pleasure to welcome Minister Varga and to reaffirm our commitment to the alliance.'), null);
  });
});

describe('import round 15 (phase 2): more sentences that are no draft', () => {
  it('MEETING_EVENT takes plurals: "I held teleconferences today with X … and with Y …" is background', () => {
    assert.equal(
      backgroundOf('I held teleconferences today with Minister Salas from 8:30 and with Secretary Ruiz from 9:15.', true)?.reason,
      'BACKGROUND',
    );
  });

  it('DECLINED: "without elaborating details", "would have a chance later to explain" are no position', () => {
    assert.equal(
      backgroundOf('After the meeting, Salas told reporters the talks were useful, without elaborating details of the discussions.')
        ?.reason,
      'NO_POSITION',
    );
    assert.equal(
      backgroundOf('The visiting minister also said he would have a chance later to explain the details to the media.')?.reason,
      'NO_POSITION',
    );
    assert.equal(backgroundOf('Salas reaffirmed the commitment to the treaty, without elaborating details.'), null);
  });

  it('COURTESY_EXPRESSED: a welcome or a congratulation on taking office said as a noun the speaker extends', () => {
    assert.equal(
      turnNothing('First, I would like to extend my warmest welcome to Minister Salas and the delegation on your visit to Lisbon.')?.reason,
      'NO_POSITION',
    );
    assert.equal(
      turnNothing(
        'Along the same lines, I again express my congratulations on the start of your term and becoming the 30th minister of defense.',
      )?.reason,
      'NO_POSITION',
    );
    assert.equal(turnNothing('I extend my warm welcome to Minister Salas and reaffirm our commitment to the alliance.'), null);
  });
});

describe('import round 15 (phase 2): briefings exchanged, a point repeated, the delegation welcomed', () => {
  it('VIEWS_EXCHANGED: "briefed each other on …" is the topic of the talks; a briefing of one side to the other is not touched', () => {
    assert.equal(
      backgroundOf('The two Ministers briefed each other on the security environment of each country and their defence policies.')?.reason,
      'NO_POSITION',
    );
    assert.equal(backgroundOf('Minister Salas briefed the Secretary on the plan to station new coastal units in the north.'), null);
  });

  it('POINT_REPEATED: "reiterated the point he made …" with no content is no position; with "that …" it stays', () => {
    assert.equal(backgroundOf('Ruiz reiterated the point he made during his speech at the forum the day before.')?.reason, 'NO_POSITION');
    assert.equal(backgroundOf('Ruiz reiterated the point he made at the forum that the strait must stay open.'), null);
  });

  it('COURTESY_EXPRESSED: "I also want to welcome your delegation, including …" is a courtesy', () => {
    assert.equal(turnNothing('I also want to welcome your delegation, including his excellency, Ambassador Mora.')?.reason, 'NO_POSITION');
  });
});

describe('import round 15: speakers’ positions the turn gate missed', () => {
  it('a decision taken jointly is a position of the speaker', () => {
    assert.ok(turnGate('After careful thought, Minister Ruiz and I have jointly decided to postpone the spring drill.'));
    assert.ok(turnGate('We have made this decision as a gesture of goodwill.'));
  });

  it('an assessment of a third party’s conduct is about the talks’ subject', () => {
    assert.ok(turnGate('Beijing is increasingly resorting to pressure to get its way at the expense of its neighbours.'));
    assert.ok(turnGate('I also raised our concern about the unsafe intercepts of our patrol aircraft by Chinese fighters.'));
    assert.ok(turnGate('We have seen a worrying rise in coercion around the reef.'));
    // A sea named after a country is no actor.
    assert.ok(!turnGate('On the far side of the South China Sea, the traffic is heavier still.'));
  });

  it('the relationship assessed is a position of the speaker', () => {
    assert.ok(turnGate('Today, our relationship is a vital anchor in a very unsettled region.'));
  });
});

describe('import round 15: a bare group of the talks as subject', () => {
  const readout = (...paragraphs: string[]) =>
    extract(new Lexicon(world()), paragraphs.join('\n\n'), {
      kind: 'READOUT',
      publisherId: 1,
      publishedOn: '2031-03-02',
      title: 'Defense Ministerial Meeting',
      keepAll: true,
    });
  const OPENER = 'Secretary of Defense Harold Brennan and Minister of Defense Kenta Morishima held a meeting today in Honolulu.';

  it('BARE_GROUP: "Ministers confirmed …" (no article, as a ministry’s list has it) is both ministers’ draft', () => {
    const r = readout(OPENER, '- Ministers confirmed the importance of deepening cooperation between the two countries.');
    const p = r.passages.find((x) => x.originalText.includes('deepening cooperation'));
    assert.ok(p);
    assert.deepEqual([...p.partyIds].sort(), [10, 11]);
  });

  it('BARE_GROUP: "During the meeting, two leaders discussed …" is both leaders’ draft', () => {
    const r = readout(OPENER, 'During the meeting, two leaders discussed the regional security situation and the exercises ahead.');
    const p = r.passages.find((x) => x.originalText.includes('regional security situation'));
    assert.ok(p);
    assert.deepEqual([...p.partyIds].sort(), [10, 11]);
  });
});

describe('import round 15: an assessment by "called … “…”" in a story', () => {
  it('CALLED_ASSESSMENT: "X called the launches a “grave threat”" is a draft of a story', () => {
    const r = extract(
      new Lexicon(world()),
      [
        'Honolulu talks',
        'Secretary of Defense Harold Brennan met Minister of Defense Kenta Morishima in Honolulu on Monday.',
        'At the meeting, Morishima called the recent series of missile launches a “grave and direct threat” to the region.',
      ].join('\n\n'),
      { kind: 'NEWS_ARTICLE', publisherId: null, publishedOn: '2031-03-02', title: 'Honolulu talks', keepAll: true },
    );
    assert.ok(r.passages.find((x) => x.originalText.includes('series of missile launches')));
  });
});

describe('import round 15: a wire dateline before a group subject', () => {
  it('DATELINE_BEFORE_GROUP: "HONOLULU -- Japan and the United States agreed …" is a draft', () => {
    const r = extract(
      new Lexicon(world()),
      [
        'Allies to open logistics talks',
        'HONOLULU -- Japan and the United States agreed Monday to start talks toward a new logistics accord between their forces.',
      ].join('\n\n'),
      { kind: 'NEWS_ARTICLE', publisherId: null, publishedOn: '2031-03-02', title: 'Allies to open logistics talks', keepAll: true },
    );
    assert.ok(r.passages.find((x) => x.originalText.includes('new logistics accord')));
  });
});
