/**
 * Round 15 of speaker transcripts and press conferences (the speaker of a joint press conference's turns; a newspaper's
 * gist of talks laid out under speakers' names; courtesies and background in a speaker's turn), from constructions of real
 * published transcripts (real-8, real-10, real-12, kept outside the repository). Invented people, places and sentences,
 * not the documents' wording.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../src/imports/extract';
import { Lexicon } from '../../src/imports/lexicon';
import { TURN_GROUP_RULES } from '../../src/imports/pipeline/coref';
import { NOT_A_POSITION, SPEAKER_POSITION, statesBeside } from '../../src/imports/pipeline/dispositions';
import { COURTESY_FORMS, TALKS_HELD, turnNothing } from '../../src/imports/pipeline/turns';
import { passageWith, world } from './import-world';

const pressConference = (title: string, ...paragraphs: string[]) =>
  extract(new Lexicon(world()), [title, ...paragraphs].join('\n\n'), {
    kind: 'PRESS_CONFERENCE',
    publisherId: 1,
    publishedOn: '2031-03-03',
    title,
    keepAll: true,
  });

describe('import round 15: the speaker of a press conference turn', () => {
  it('a joint press conference: each turn from the document, its speaker the turn’s speaker (TURN_SPEAKER_SOURCE)', () => {
    const r = pressConference(
      'Joint Press Conference by Secretary Brennan and Minister Morishima',
      'SECRETARY OF DEFENSE HAROLD BRENNAN: Good afternoon.',
      'We remain committed to strengthening the alliance’s deterrence in the region.',
      'DEFENSE MINISTER KENTA MORISHIMA: Thank you.',
      'Japan will expand its joint exercises with the United States in the southern islands.',
    );
    const a = passageWith(r, /remain committed/);
    const b = passageWith(r, /joint exercises/);
    assert.ok(a && b);
    assert.equal(a!.source.isDocument, true);
    assert.equal(a!.source.kind, 'PRESS_CONFERENCE');
    assert.equal(a!.source.speakerId, 10);
    assert.equal(b!.source.isDocument, true);
    assert.equal(b!.source.speakerId, 11);
  });

  it('a one-speaker press conference keeps the document’s own source, its speaker the title’s principal', () => {
    const r = pressConference(
      'Press Conference by Minister Morishima',
      'MINISTER: Japan will expand its joint exercises with the United States in the southern islands.',
    );
    const p = passageWith(r, /joint exercises/);
    assert.ok(p);
    assert.equal(p!.source.key, 'document');
    assert.equal(p!.source.speakerId, 11);
  });
});

describe('import round 15: a newspaper’s gist of talks laid out under the speakers’ names', () => {
  const gist = () =>
    extract(
      new Lexicon(world()),
      [
        'Outline of the defense talks',
        'The following is an outline of the talks between Minister Kenta Morishima and Secretary Harold Brennan:',
        'Morishima, Brennan: We agree to strengthen joint patrols in the southern straits. We will deepen cooperation on missile defense.',
        'Maritime security',
        'Morishima: I asked for an early return of the northern training area.',
        'Brenan: We will consider the request seriously and respond soon.',
      ].join('\n\n'),
      { kind: 'NEWS_ARTICLE', publisherId: 4, publishedOn: '2031-03-03', title: 'Outline of the defense talks', keepAll: true },
    );

  it('a label naming both: both the authors and the parties (JOINT_LABEL), the paper’s gist (GIST_UNDER_NAMES)', () => {
    const p = passageWith(gist(), /joint patrols/);
    assert.ok(p);
    assert.deepEqual([...p!.speakerIds].sort(), [10, 11]);
    assert.deepEqual([...p!.partyIds].sort(), [10, 11]);
    assert.equal(p!.kind, 'PARAPHRASE');
    assert.equal(p!.source.isDocument, true);
  });

  it('a short line before the next label is a heading, no draft (TURN_SECTION_HEADING)', () => {
    assert.equal(passageWith(gist(), /^Maritime security/), undefined);
  });

  it('a label misspelling a speaker’s family name by one letter is that speaker (MISSPELT_LABEL)', () => {
    const p = passageWith(gist(), /consider the request/);
    assert.ok(p);
    assert.deepEqual(p!.speakerIds, [10]);
  });
});

describe('import round 15: a host’s remarks to a guest the title names, not on record', () => {
  it('"X Greets <country> Minister of Defense His Excellency Jan Roe": the guest proposed, "we" both sides, their meeting (HOSTED_TITLE_GUEST)', () => {
    const title = 'Secretary of Defense Harold Brennan Greets Japanese Minister of Defense His Excellency Taro Ishikawa to the Pentagon';
    // The page's text begins with the first turn; the title is the import's.
    const r = extract(
      new Lexicon(world()),
      [
        'SECRETARY OF DEFENSE HAROLD BRENNAN: Well, welcome, your excellency. It is a pleasure to have you here.',
        'We share a vision for a free and open region, and we will deepen our maritime cooperation.',
      ].join('\n\n'),
      { kind: 'TRANSCRIPT', publisherId: 1, publishedOn: '2031-03-03', title, keepAll: true },
    );
    const guest = r.proposedOfficials.find((o) => /Ishikawa/.test(o.name));
    assert.equal(guest?.name, 'Taro Ishikawa');
    assert.equal(guest?.countryCode, 'JP');
    assert.equal(guest?.title, 'Minister of Defense');
    assert.equal(
      r.proposedOfficials.some((o) => /Excellency/.test(o.name)),
      false,
      'an honorific is no one',
    );
    assert.ok(r.proposedCall?.proposedParticipants.includes(guest!.key));
    const p = passageWith(r, /maritime cooperation/);
    assert.ok(p);
    assert.ok(p!.proposedParties.includes(guest!.key), '"we": the guest too');
  });
});

describe('import round 15: courtesies in a speaker’s turn', () => {
  it('a welcome extended, congratulations expressed, a pleasure to receive the guest: no draft (COURTESY_FORMS)', () => {
    for (const words of [
      'First, I would like to extend my warmest welcome to Secretary Brennan and the delegation on your visit to Tokyo.',
      'Once more, I express my congratulations on your appointment as secretary.',
      'I also want to welcome your delegation, including the deputy minister.',
      'It is now my pleasure to return the favor, to welcome my friend Harold to Tokyo for his first visit.',
      'Secretary Brennan is here at the ministry today and we are very pleased to receive him.',
    ])
      assert.equal(turnNothing(words)?.name, COURTESY_FORMS.name, words);
  });

  it('a courtesy with a stance beside it stays a position', () => {
    assert.equal(turnNothing('I would like to extend my thanks for your steadfast support of the alliance.'), null);
  });
});

describe('import round 15: a joint press conference’s guest proposed from a label first', () => {
  it('the guest a turn’s label proposed, named in the title too, is the joint appearance’s guest: their meeting (JOINT_TITLE_GUEST)', () => {
    const title = 'Joint Press Conference with Secretary Brennan and Japanese State Defense Minister Aiko Sato in Tokyo';
    const r = extract(
      new Lexicon(world()),
      [
        'JAPANESE STATE DEFENSE MINISTER AIKO SATO: Good afternoon.',
        'I would view the defense relations between Japan and the United States as very strong.',
      ].join('\n\n'),
      { kind: 'PRESS_CONFERENCE', publisherId: 1, publishedOn: '2031-03-03', title, keepAll: true },
    );
    const guest = r.proposedOfficials.find((o) => /Sato/.test(o.name));
    assert.ok(guest);
    assert.ok(r.proposedCall, 'the meeting of the two is proposed');
    assert.deepEqual(r.proposedCall!.participantIds, [10]);
    assert.deepEqual(r.proposedCall!.proposedParticipants, [guest!.key]);
    const p = passageWith(r, /defense relations/);
    assert.ok(p);
    assert.equal(p!.source.proposedSpeaker, guest!.key, 'the turn’s speaker, not on record, the source’s speaker (TURN_SPEAKER_SOURCE)');
  });
});

describe('import round 15: the speaker’s own engagements listed', () => {
  it('"I held teleconferences today with Minister X … and with Secretary Y …": background, no draft', () => {
    const r = turnNothing(
      'I held teleconferences today with Defense Minister Lee from 9:40 P.M. and with Secretary Brennan from 10:15 P.M.',
    );
    assert.equal(r?.reason, 'BACKGROUND');
  });
});

describe('import round 15: a decision the speakers took', () => {
  it('"Minister X and I have jointly decided to …", "We have made this decision …": positions (SPEAKER_POSITION)', () => {
    for (const words of [
      'After careful consideration, Minister Morishima and I have jointly decided to postpone this month’s combined air drill.',
      'We have made this decision to give room to diplomacy.',
    ]) {
      assert.ok(SPEAKER_POSITION.position.test(words), words);
    }
  });
});

describe('import round 15: the talks held, in a speaker’s turn', () => {
  it('that the talks were held, or the speaker had a chance to meet: background (TALKS_HELD)', () => {
    for (const words of [
      'The United States and the Republic of Palau held our annual defense dialogue this past Monday, where we engaged in frank and productive discussions on our shared interests.',
      'This morning, I also had a chance to meet with Minister Morishima and I just had a very productive discussion about how to keep the progress going.',
    ])
      assert.equal(turnNothing(words)?.name, TALKS_HELD.name, words);
  });

  it('with a stance or a topic discussed, it stays', () => {
    assert.equal(turnNothing('We held our annual dialogue today and agreed to expand joint patrols.'), null);
  });
});

describe('import round 15: an intention beside a courtesy', () => {
  it('"It was an honour to meet X and I am looking forward to continuing to work with her": the courtesy does not decline it (LOOK_FORWARD_BESIDE)', () => {
    const words = 'It was a great honour to meet the Minister and I am very much looking forward to continuing to work with her.';
    const courtesy = NOT_A_POSITION.find((r) => r.test.test(words));
    assert.ok(courtesy, 'the courtesy rule reads its opening');
    assert.equal(statesBeside(words, courtesy!.test), true);
    assert.equal(statesBeside('It was a great honour to meet the Minister.', courtesy!.test), false);
  });
});

describe('import round 15: "X and I" only as a joint subject', () => {
  it('"… to meet the Secretary and I am looking forward …": no joint subject (AND_I_NEW_CLAUSE); "the Secretary and I agreed": one', () => {
    const rule = TURN_GROUP_RULES.find((r) => /the Minister and I/.test(r.name))!;
    assert.equal(rule.test.test('It was an honour to meet the Secretary and I am looking forward to working with him.'), false);
    assert.equal(rule.test.test('The Secretary and I agreed to expand our joint patrols.'), true);
  });
});
