/**
 * Issue 19, fifth round on transcripts: office abbreviations in labels and words ("Usec.", "ASEC."), reporters labelled
 * "NAME/OUTLET", one person proposed twice (with and without a middle initial), what the talks did not cover, a sentence
 * that goes on with the one before it, courtesies and questions put that yield nothing, the other side's words as the
 * speaker received them. Invented people, places and sentences.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../src/imports/extract';
import { Lexicon } from '../../src/imports/lexicon';
import { segment } from '../../src/imports/pipeline/segment';
import { onePersonProposed } from '../../src/imports/pipeline/speakers';
import { followsOn, reportedToSpeaker, turnLabel, turnNothing, turnPosition } from '../../src/imports/pipeline/turns';
import { world } from './import-world';

const sentencesOf = (text: string) => segment(text).sentences.map((s) => text.slice(s.start, s.end));

describe('office abbreviations do not end a sentence', () => {
  it('keeps "Usec. Lim" and a label "DEP. SEC. ORTIZ:" whole', () => {
    assert.deepEqual(sentencesOf('Thank you, Usec. Lim. The piers are ready.'), ['Thank you, Usec. Lim.', 'The piers are ready.']);
    assert.deepEqual(sentencesOf('DEP. SEC. ORTIZ: We reviewed the plan.'), ['DEP. SEC. ORTIZ: We reviewed the plan.']);
    assert.deepEqual(sentencesOf('Asked by Asec. Varga, he nodded.'), ['Asked by Asec. Varga, he nodded.']);
  });
});

describe('labels', () => {
  it('reads a reporter named with the outlet after a slash as a question', () => {
    assert.equal(turnLabel('MARIA LOPEZ/COAST HERALD: Sir, one question.')?.role, 'QUESTION');
    assert.equal(turnLabel('DEP. SEC. ORTIZ: We agreed.')?.role, 'SPEAKER');
  });

  it('takes one person proposed twice, with and without a middle initial, as one: the fullest spelling', () => {
    assert.deepEqual(onePersonProposed([{ name: 'Paulo Reyes' }, { name: 'Paulo M. Reyes' }]), [{ name: 'Paulo M. Reyes' }]);
    assert.equal(onePersonProposed([{ name: 'Paulo Reyes' }, { name: 'Ana Reyes' }]).length, 2);
  });

  it('proposes a person named with and without a middle initial once, in the fullest spelling', () => {
    const text = [
      'Press Briefing with Undersecretary Paulo Reyes of the Department of Coastal Defense',
      'HOST: Good morning. With us is Undersecretary Paulo Reyes of the Department of Coastal Defense.',
      'UNDERSECRETARY PAULO M. REYES: Thank you. We agreed to finish the new pier by spring.',
    ].join('\n\n');
    const out = extract(new Lexicon(world()), text, {
      kind: 'TRANSCRIPT',
      publisherId: null,
      publishedOn: '2026-03-02',
      title: text.split('\n')[0],
      timeZone: 'Asia/Manila',
      keepAll: true,
    });
    const reyes = out.proposedOfficials.filter((p) => /Reyes/i.test(p.name));
    assert.equal(reyes.length, 1, JSON.stringify(out.proposedOfficials.map((p) => p.name)));
    assert.equal(reyes[0].name, 'Paulo M. Reyes');
  });
});

describe('a turn’s position', () => {
  it('hears what the talks did not cover as no position (round 7: the corpus convention), not as a refusal to say', () => {
    assert.equal(
      turnNothing('The harbor tolls were not discussed at today’s meeting.')?.name.startsWith('what the talks did not cover'),
      true,
    );
    assert.equal(turnNothing('There was no such request from the Minister.')?.reason, 'NO_POSITION');
    assert.equal(turnNothing('No new ports were raised today.')?.reason, 'NO_POSITION');
    assert.equal(turnPosition('No new ports were raised today.'), null);
    assert.ok(turnPosition('This has always been our position.'));
    assert.equal(turnPosition('I will not discuss the harbor tolls.'), null);
  });

  it('joins a sentence pointing back or glossing the aim to the one before it', () => {
    assert.ok(followsOn('That is a pledge, not a slogan.'));
    assert.ok(followsOn('Our aim is to finish what we agreed last spring.', true));
    assert.equal(followsOn('That is a pledge we will keep.', true), false);
    assert.equal(followsOn('Is that a pledge?'), false);
    assert.equal(followsOn('The weather was fine.'), false);
  });

  it('takes the other side’s words as the speaker received them for the other side’s', () => {
    assert.ok(reportedToSpeaker('Minister Arden assured me that the depot stays open, and I found that reassuring.'));
    assert.ok(reportedToSpeaker('She told me that the drills go on.'));
    assert.equal(reportedToSpeaker('He told me that the drills go on, and I told him we will join them.'), false);
  });
});

describe('a turn’s sentence that yields nothing', () => {
  it('takes a courtesy, a question put and the talks just ended for nothing; a stance keeps them', () => {
    assert.equal(
      turnNothing('Let me first welcome Minister Arden back to Lisbon; this is our second meeting this year.')?.reason,
      'NO_POSITION',
    );
    assert.equal(turnNothing('I congratulated her on her appointment.')?.reason, 'NO_POSITION');
    assert.equal(turnNothing('I thanked him for his support of the alliance.'), null);
    assert.equal(turnNothing('I also asked the Minister about the northern ports.')?.reason, 'BACKGROUND');
    assert.equal(turnNothing('We just finished the fourth round of the harbor dialogue.')?.reason, 'BACKGROUND');
    assert.equal(turnNothing('We just finished the talks and agreed to meet again.'), null);
  });
});

describe('a joint briefing with a host, a speaker not on record and reporters with outlets', () => {
  it('drafts the guest’s words as one person, joins the gloss, and proposes the speakers’ meeting', () => {
    const text = [
      'Joint Briefing of Undersecretary Paulo M. Reyes and Secretary Harold Brennan',
      'MS. SANTOS: Good morning. We are joined today by Undersecretary Paulo Reyes and Secretary Harold Brennan.',
      'UNDERSECRETARY PAULO M. REYES: Thank you. Secretary Brennan and I agreed to finish the new piers before next spring.',
      'SECRETARY BRENNAN: Thank you, Usec. Reyes. Our treaty obligations cover your coast guard.',
      'ANA CRUZ/DAILY STAR: For Usec. Reyes: will you add sites?',
      'USEC. REYES: No new sites were discussed today. Our focus is on finishing what we agreed.',
    ].join('\n\n');
    const r = extract(new Lexicon(world()), text, {
      kind: 'TRANSCRIPT',
      publisherId: null,
      publishedOn: '2031-06-10',
      title: text.split('\n')[0],
    });
    const piers = r.passages.find((p) => /new piers/.test(p.text));
    assert.ok(piers);
    assert.deepEqual(piers.proposedSpeakers.length, 1);
    // What the talks left out is no position (corpus convention, round 7): no draft of it, nor of its gloss alone.
    assert.ok(!r.passages.some((p) => /No new sites/.test(p.text)));
    assert.ok(r.proposedCall, 'the speakers’ meeting');
    assert.ok(!r.passages.some((p) => /will you add sites/.test(p.text)));
  });
});

describe('a turn about the talks', () => {
  it('takes what the talks left out for no position though a refusal follows, and takes an earlier call by its month', () => {
    const data = {
      ...world(),
      calls: [
        { id: 100, title: 'Brennan–Morishima phone call', date: '2031-01-20', participantIds: [10, 11] },
        { id: 101, title: 'Brennan–Morishima video call', date: '2031-03-05', participantIds: [10, 11] },
      ],
    };
    const text = [
      'Press Conference by Minister Kenta Morishima',
      'Q: Did the Secretary raise the harbor tolls last night?',
      'A: That was not a subject of last night’s talk, and I will refrain from guessing. Last night the Secretary and I agreed to open the pier.',
      'Q: Did the Minister ask for more ships?',
      'A: The Minister did not ask for more ships. I will not speculate on what comes next.',
      'A: When we spoke by telephone in January, the Secretary and I agreed to expand drills in the north, and those drills have begun.',
    ].join('\n\n');
    const r = extract(new Lexicon(data), text, {
      kind: 'PRESS_CONFERENCE',
      publisherId: 2,
      publishedOn: '2031-03-06',
      timeZone: 'Asia/Tokyo',
      title: text.split('\n')[0],
      keepAll: true,
    });
    // What the talks left out, with a refusal beside it or after it, is no position (corpus convention, round 7).
    assert.ok(!r.passages.some((p) => /not a subject/.test(p.text)));
    assert.ok(!r.passages.some((p) => /did not ask for more ships|comes next/.test(p.text)));
    const drills = r.passages.find((p) => /expand drills/.test(p.text));
    assert.equal(drills?.callId, 100);
  });
});
