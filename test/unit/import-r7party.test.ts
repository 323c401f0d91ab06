/**
 * Issue 19, seventh round on authors and parties: the principal of a transcript whose title also names the one met, a
 * bare title label for a principal not on record. Invented people, places and sentences.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../src/imports/extract';
import { Lexicon } from '../../src/imports/lexicon';
import { secondThatClauseSubjects } from '../../src/imports/pipeline/attribution';
import { subjectAppositive, WORDS_RECEIVED } from '../../src/imports/pipeline/coref';
import { FIRST_PERSON_SUBJECT, reportedToSpeaker } from '../../src/imports/pipeline/turns';
import { COUNTERPART_IN_TITLE } from '../../src/imports/pipeline/speakers';
import { leeCallStory, pentagonReadout, world } from './import-world';

const transcript = (title: string, body: string) =>
  extract(new Lexicon(world()), `${title}\n\n${body}`, {
    kind: 'TRANSCRIPT',
    publisherId: null,
    publishedOn: '2031-05-04',
    title,
    keepAll: true,
  });

describe('COUNTERPART_IN_TITLE: the one met is not the principal', () => {
  it('sets apart "after his call with …" and "following her meeting with …", not "A Conversation with …"', () => {
    assert.equal(
      'Remarks by Minister Ana Vell after her video call with Secretary Harold Brennan'.replace(COUNTERPART_IN_TITLE, ''),
      'Remarks by Minister Ana Vell',
    );
    assert.equal('Briefing Following His Meeting With the Japanese Minister'.replace(COUNTERPART_IN_TITLE, ''), 'Briefing');
    assert.equal(
      'A Conversation with Secretary Harold Brennan'.replace(COUNTERPART_IN_TITLE, ''),
      'A Conversation with Secretary Harold Brennan',
    );
  });

  it('a bare "Minister:" label is the minister the title names, not on record, not the secretary met', () => {
    const r = transcript(
      'Transcript of Media Interview with Minister of Defence Dr Ana Vell after her Telephone Call with Secretary of Defense Harold Brennan',
      [
        'Journalist: Minister, how did the call go?',
        'Minister: We spoke for an hour this morning. I told the Secretary that we remain committed to the alliance and will keep sending ships to the joint drills.',
      ].join('\n\n'),
    );
    const p = r.passages.find((x) => /keep sending ships/.test(x.text));
    assert.ok(p, 'the answer is drafted');
    assert.deepEqual(p.speakerIds, []);
    assert.deepEqual(p.proposedSpeakers, ['official:ana vell']);
  });
});

describe('SUBJECT_APPOSITIVE: people named in what describes the subject are not parties', () => {
  it('finds the appositive after a head that is no pronoun', () => {
    const words = "Lee, the minister who took over after Morishima's retirement, ";
    const app = subjectAppositive(words);
    assert.ok(app);
    assert.equal(words.slice(app.start, app.end), ", the minister who took over after Morishima's retirement,");
    assert.equal(subjectAppositive('We, the Minister and the Secretary, '), null);
    assert.equal(subjectAppositive('Lee and Brennan '), null);
  });

  it('keeps the head as the one party', () => {
    const told = leeCallStory(
      "Lee, the minister who took over after Morishima's retirement, told Brennan that Seoul remains fully committed to the alliance and will double its patrols.",
    ).passages.find((x) => /double its patrols/.test(x.text));
    assert.deepEqual(told?.partyIds, [12]);
    // The reporter too: the head of the subject, not the person its description names.
    const said = leeCallStory(
      "Lee, the minister who took over after Morishima's retirement, said Seoul remains fully committed to the alliance.",
    ).passages.find((x) => /fully committed/.test(x.text));
    assert.deepEqual(said?.speakerIds, [12]);
    assert.deepEqual(said?.partyIds, [12]);
  });
});

describe("WORDS_RECEIVED: what the speaker heard from another is that other's position", () => {
  it('reads "heard from", "got a message from", "was assured by" with a "that"-clause', () => {
    assert.equal(WORDS_RECEIVED.exec('I heard directly from the Minister that the patrols will go on.')?.[1], 'the Minister');
    assert.equal(WORDS_RECEIVED.exec('Yesterday, we got a clear message from Brennan that nothing will change.')?.[1], 'Brennan');
    assert.equal(WORDS_RECEIVED.exec('I was personally assured by the Secretary that the pledge holds.')?.[1], 'the Secretary');
    assert.ok(!WORDS_RECEIVED.test('I told the Minister that the patrols will go on.'));
    assert.ok(reportedToSpeaker('I also heard from the Minister that the patrols will go on.'));
  });

  it('in a quotation: the other official is the party, the speaker only the author', () => {
    const p = leeCallStory('"I was assured by the Secretary that Washington remains fully committed to the alliance," Lee told reporters.')
      .passages[0];
    assert.deepEqual(p?.speakerIds, [12]);
    assert.deepEqual(p?.partyIds, [10]);
  });
});

describe('TEMPORAL_CLAUSE_SUBJECT: "I" in a clause of time is not the one taking the position', () => {
  it('skips "before I …", "as soon as I …", keeps a main clause\'s "I"', () => {
    assert.ok(!FIRST_PERSON_SUBJECT.test('He promised it before I could say a word: the bases stay open.'));
    assert.ok(!FIRST_PERSON_SUBJECT.test('She confirmed the plan as soon as I arrived.'));
    assert.ok(FIRST_PERSON_SUBJECT.test('Before the meeting, I told him the bases stay open.'));
  });
});

describe('BODY_PARAPHRASE: "X was quoted as telling Y that <clause>" without quotation marks is the body\'s account', () => {
  it('the body of the one quoted is the author, the one quoted a party; with quotation marks the words stay theirs', () => {
    const [p] = leeCallStory(
      'Lee was quoted as telling Brennan that the country would take on a larger share of its own defense.',
    ).passages;
    assert.equal(p?.kind, 'PARAPHRASE');
    assert.deepEqual(p?.speakerIds, []);
    assert.equal(p?.attributedOrganizationId, 3);
    assert.deepEqual(p?.partyIds, [12]);
    const [q] = leeCallStory('"Seoul will take on a larger share of its own defense," Lee was quoted as telling Brennan.').passages;
    assert.equal(q?.kind, 'DIRECT_QUOTE');
    assert.deepEqual(q?.speakerIds, [12]);
  });
});

describe('GROUP before a quoted predicate', () => {
  it('"the two had “…”" is the talks\' participants', () => {
    const [p] = leeCallStory(
      'The Pentagon said on Sunday that the two had "underlined the need for closer missile warning with Tokyo."',
    ).passages;
    assert.deepEqual([...(p?.partyIds ?? [])].sort(), [10, 12]);
  });
});

describe('SECOND_THAT_CLAUSE_SUBJECT: the subject of a frame\'s second "that"-clause is a party', () => {
  it('finds "and that the two sides would …", not a "that" inside the first clause', () => {
    const text = 'Korea would open a new radar site in the spring and that the two sides would share its data';
    const [c] = secondThatClauseSubjects(text);
    assert.equal(text.slice(c.subjectStart, c.subjectEnd), 'the two sides');
    assert.deepEqual(secondThatClauseSubjects('the plan that Korea drew up would hold, and that the two sides would meet'), []);
  });

  it('makes the other side a party of the reported sentence', () => {
    const [p] = leeCallStory(
      'Lee said South Korea would open a new radar site in the spring and that the two sides would share its data in real time.',
    ).passages;
    assert.deepEqual([...(p?.partyIds ?? [])].sort(), [10, 12]);
  });
});

describe('GROUP_OF_LAST_NAMED: "both ministers" with no call on record or reported', () => {
  it('is the last two people named, of two countries', () => {
    const r = pentagonReadout(
      [
        'Readout of Secretary Brennan at the Pacific Security Forum',
        'Secretary of Defense Harold Brennan and Minister of Defense Kenta Morishima of Japan addressed the opening session of the Pacific Security Forum on Friday.',
        'Both ministers agreed to expand joint production of air defense interceptors.',
      ].join('\n\n'),
      '2031-05-04',
    );
    const p = r.passages.find((x) => /joint production/.test(x.text));
    assert.deepEqual([...(p?.partyIds ?? [])].sort(), [10, 11]);
    assert.ok(p?.evidence.some((e) => e.rule.startsWith('GROUP_OF_LAST_NAMED')));
  });
});

describe('GROUP: "both parties"', () => {
  it('is the talks\' participants, as "both sides"', () => {
    const [p] = leeCallStory('During the call, both parties reaffirmed their commitment to the alliance.').passages;
    assert.deepEqual([...(p?.partyIds ?? [])].sort(), [10, 12]);
  });
});

describe('TURN_PEOPLE: people named in a transcript turn are what a later bare title refers to', () => {
  it('"the Secretary" after "I spoke with Harold Brennan, the Secretary of Defense" in the same turn, no call on record', () => {
    const r = transcript(
      'Transcript of Media Interview with Minister of Defence Dr Ana Vell',
      [
        'Journalist: Minister, who did you speak to?',
        'Minister: Last night I spoke with Harold Brennan, the Secretary of Defense. I made the point that the alliance remains the bedrock of our security, and the Secretary agreed with that completely.',
      ].join('\n\n'),
    );
    const p = r.passages.find((x) => /bedrock/.test(x.text));
    assert.ok(p?.partyIds.includes(10));
  });
});

describe('FIRST_PERSON_FRAGMENT capitalised', () => {
  it('a quotation opening with "Our …" is the speaker\'s own position', () => {
    const [p] = leeCallStory('Lee added, "Our crews trust these radars because they never fail."').passages;
    assert.deepEqual(p?.partyIds, [12]);
  });
});
