/**
 * Issue 19, eighth round on authors, parties and sources: which kind of document a body's account of a call is, who "we"
 * and "the two" are, and who takes a position when one answers another. Invented people, places and sentences.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openingAdjunct, quoteInsideClause, REMOTE_CALL, secondThatClauseSubjects } from '../../src/imports/pipeline/attribution';
import { clauseOfVerb, groupAsSubject } from '../../src/imports/pipeline/coref';
import { turnLabel } from '../../src/imports/pipeline/turns';
import { blocks } from '../../src/imports/pipeline/segment';
import { leeCallStory, leeStory, leeTranscript } from './import-world';

const story = leeStory;
const transcript = leeTranscript;

describe('CALL_NOUN: a story\'s "call" with no medium is a telephone call', () => {
  it('reads "his first call with", "the 20-minute call", not "a courtesy call", "a call for restraint" or the verb', () => {
    assert.ok(REMOTE_CALL.test('in his first call with the new minister'));
    assert.ok(REMOTE_CALL.test('During the 20-minute call, the two …'));
    assert.ok(REMOTE_CALL.test('The call came as tensions rose.'));
    assert.ok(!REMOTE_CALL.test('Lee paid a courtesy call on the governor.'));
    assert.ok(!REMOTE_CALL.test('They issued a call for restraint.'));
    assert.ok(!REMOTE_CALL.test('Brennan called Lee from Hawaii.'));
  });

  it('"the Pentagon statement" about such a call is its readout', () => {
    const r = story(
      'WASHINGTON, March 2 (Harbor) - Harold Brennan told Lee Do-yun in his first call with the new minister that the alliance was "unbreakable," the Pentagon said.',
      'The two men agreed to hold a joint drill in the spring, according to the Pentagon statement.',
    );
    const drill = r.passages.find((p) => /joint drill/.test(p.text));
    assert.equal(drill?.source.kind, 'READOUT');
    assert.equal(drill?.source.publisherId, 1);
  });
});

describe("OPENING_ADJUNCT: who a sentence's opening phrase names is not its subject", () => {
  it('measures "During …, which …," and "In response to …," but not a subject', () => {
    const a = 'During the hour-long call, which Lee had asked for, the two agreed to share radar data.';
    assert.equal(a.slice(openingAdjunct(a)), 'the two agreed to share radar data.');
    const b = 'In response to Minister Lee, Secretary Brennan made clear that the pledge holds.';
    assert.equal(b.slice(openingAdjunct(b)), 'Secretary Brennan made clear that the pledge holds.');
    assert.equal(openingAdjunct('Brennan, in response to Lee, said the pledge holds.'), 0);
    assert.equal(openingAdjunct('In addition to the drills, 23 more ships will come.'), 0);
    // A clause with a finite verb of its own: its subject took a position too.
    assert.equal(openingAdjunct('After Minister Lee explained the radar plan, Secretary Brennan welcomed it.'), 0);
    const c = 'After meeting Minister Lee in Seoul, Secretary Brennan welcomed the radar plan.';
    assert.equal(c.slice(openingAdjunct(c)), 'Secretary Brennan welcomed the radar plan.');
  });

  it('makes the two the parties of "During the call, which X requested, the two agreed …"', () => {
    const r = story(
      'SEOUL, March 2 (Harbor) - Lee Do-yun spoke by phone with Harold Brennan on Sunday, the ministry said.',
      'During the half-hour call, which Brennan had requested, the two agreed to keep their joint patrols at full strength, according to the ministry.',
    );
    const p = r.passages.find((x) => /joint patrols/.test(x.text));
    assert.deepEqual([...(p?.partyIds ?? [])].sort(), [10, 12]);
  });

  it('leaves out the one answered: "In response to X, Y confirmed …" is Y\'s position', () => {
    const r = story(
      'SEOUL, March 2 (Harbor) - Lee Do-yun spoke by phone with Harold Brennan on Sunday, the ministry said.',
      'In response to Minister Lee, Secretary Brennan confirmed once more that the treaty covers the outlying islands, the ministry said.',
    );
    const p = r.passages.find((x) => /outlying islands/.test(x.text));
    assert.deepEqual(p?.partyIds, [10]);
  });
});

describe('GROUP_AS_SUBJECT: "both of us" takes the position only as a subject', () => {
  it("reads the group before its clause's verb, not in the predicate", () => {
    assert.ok(groupAsSubject('Both of us want the drills to go on.'));
    assert.ok(groupAsSubject('The friendship between the two of us is a warning to anyone.'));
    assert.ok(groupAsSubject('We sat for an hour, and I can say that both our teams mean to finish by May.'));
    assert.ok(!groupAsSubject('Peace on the strait rests on both of us spending more.'));
    assert.ok(!groupAsSubject('It is good for both of our countries.'));
  });

  it("a quoted claim about both is the speaker's own position", () => {
    const [p] = leeCallStory('"Security on the peninsula rests on both of us spending more, and soon," Lee said.').passages;
    assert.deepEqual(p?.partyIds, [12]);
  });
});

describe("CLAUSE_OF_THE_VERB: the subject of the position verb's own clause", () => {
  it('starts after ", and" when a subject follows', () => {
    const w = 'We did, and I told ';
    assert.equal(w.slice(clauseOfVerb(w)), 'I told ');
    assert.equal(clauseOfVerb('We went over the plan and '), 0);
  });

  it('"We did, and I told him that we want …" in an interview is the speaker\'s position alone', () => {
    const r = transcript(
      'Harbor Talk, Episode 9: Secretary Harold Brennan',
      null,
      'HOST: You spoke with Minister Lee by phone on Sunday. Did you talk about the port?',
      'BRENNAN: We did, and I told him that we want more American ships calling at that port, not fewer.',
    );
    const p = r.passages.find((x) => /ships calling/.test(x.text));
    assert.deepEqual(p?.partyIds, [10]);
  });
});

describe('BRACKET_LABEL: turns marked in lenticular brackets', () => {
  it('reads "【Q】" and "【A】" as a question and an answer, not a bracketed heading', () => {
    assert.equal(turnLabel('【Q】Will the drills go on?')?.role, 'QUESTION');
    assert.equal(turnLabel('【A】They will, and we agreed on the dates.')?.role, 'ANSWER');
    assert.equal(turnLabel('【Opening remarks】'), null);
    const text = '【Q】Will you meet again?\n【A】We agreed to meet soon.';
    assert.equal(blocks(text).length, 2);
  });

  it('a bracketed answer\'s "we agreed" after a call is both sides', () => {
    const r = transcript(
      'Press Conference by Minister LEE Do-yun',
      3,
      'This morning I held a telephone call with Secretary Harold Brennan. We confirmed that the alliance remains strong.',
      '【Q】When will the two of you meet?\n【A】We agreed to meet in person soon, and the staffs will fix a date.',
    );
    const p = r.passages.find((x) => /meet in person soon/.test(x.text));
    assert.equal(p?.text.startsWith('We agreed'), true);
    assert.deepEqual([...(p?.partyIds ?? [])].sort(), [10, 12]);
  });
});

describe("LEAD_OWN_CLAIM: a speaker's lead-in before a claim of their own keeps them a party", () => {
  const conference = (answer: string) =>
    transcript(
      'Press Conference by Minister LEE Do-yun',
      3,
      'This morning I held a telephone call with Secretary Harold Brennan.',
      'Q: Will the pledge survive the change of government in Washington?',
      `A: ${answer}`,
    ).passages.find((p) => /pledge/.test(p.text));

  it('"What I can say is that the pledge … does not hang on …, and the Secretary said the same": both', () => {
    const p = conference(
      'What I can say is that the pledge to defend the islands does not hang on any one official, and the Secretary said the same today.',
    );
    assert.deepEqual([...(p?.partyIds ?? [])].sort(), [10, 12]);
  });

  it('"What I can say is that the Secretary told me …": the Secretary only', () => {
    const p = conference('What I can say is that the Secretary told me the pledge to defend the islands still holds.');
    assert.deepEqual(p?.partyIds, [10]);
  });
});

describe('BACKSHIFTED_SECOND_CLAUSE: ", while the two sides would …" goes on reporting', () => {
  it('finds the subject of a backshifted clause without "that", not of one in the present', () => {
    const text = 'Seoul would open a radar site, while the two sides would share its data';
    const [c] = secondThatClauseSubjects(text);
    assert.equal(text.slice(c.subjectStart, c.subjectEnd), 'the two sides');
    assert.deepEqual(secondThatClauseSubjects('Seoul would open a radar site, while the two sides share a border'), []);
  });

  it('makes the other side a party', () => {
    const [p] = leeCallStory('Lee said Seoul would open a radar site in the spring, while the two sides would share its data.').passages;
    assert.deepEqual([...(p?.partyIds ?? [])].sort(), [10, 12]);
  });
});

describe('OUTER_IT: "…, it added." is the account of the body the paragraph is attributed to', () => {
  it('makes the ministry the author of what it reports an official said', () => {
    const r = leeCallStory(
      'Brennan reaffirmed the pledge to defend the South, the ministry said. Lee, for his part, said Seoul would take the lead in its own ground defense, it added.',
    );
    const p = r.passages.find((x) => /ground defense/.test(x.text));
    assert.deepEqual(p?.speakerIds, []);
    assert.equal(p?.attributedOrganizationId, 3);
    assert.deepEqual(p?.partyIds, [12]);
  });
});

describe('A quotation "…," X replied.', () => {
  it("is X's words", () => {
    const [p] = leeCallStory(
      '"The size of the garrison is for both governments to settle, and I trust the alliance to settle it well," Lee replied.',
    ).passages;
    assert.deepEqual(p?.speakerIds, [12]);
  });
});

describe('ACADEMIC_DESCRIBED: a speaker described by academic work is no official', () => {
  it('yields nothing for "…," said X, who teaches …', () => {
    const r = leeCallStory(
      '"Seoul wants every promise in writing before the election," said Mina Ko, who teaches politics at a college in Busan.',
    );
    assert.equal(r.passages.filter((p) => /in writing/.test(p.text)).length, 0);
  });
});

describe('RELATIVE_BEFORE_QUOTE: the comma closing a relative clause sets no quotation off', () => {
  it('keeps the quoted predicate inside the reported clause', () => {
    assert.ok(
      quoteInsideClause(
        'Lee said Brennan had told him that the treaty, which binds both allies, ',
        'of course covers the islands.',
        () => false,
      ),
    );
    assert.ok(!quoteInsideClause('Lee said, ', 'of course the treaty covers the islands.', () => false));
  });
});

describe('JOINT_DOCUMENT_REPORTER: "…, according to a joint communiqué." is the signatories\' words', () => {
  it('makes the subject the authors and parties, the joint statement the source', () => {
    const r = leeCallStory(
      'Lee and Brennan agreed to set a date for handing wartime command to Seoul, according to a joint communique issued after the talks.',
    );
    const p = r.passages.find((x) => /wartime command/.test(x.text));
    assert.deepEqual([...(p?.speakerIds ?? [])].sort(), [10, 12]);
    assert.equal(p?.source.kind, 'JOINT_STATEMENT');
  });
});

describe("OWN_FIRST_CLAUSE: a quotation opening on the speaker's own claim", () => {
  it('keeps the speaker a party beside the other the next clause names', () => {
    const [p] = leeCallStory(
      '"The treaty is no bargaining chip for us; Secretary Brennan told me plainly that Washington stands by it," Lee told reporters.',
    ).passages;
    assert.deepEqual([...(p?.partyIds ?? [])].sort(), [10, 12]);
    const [q] = leeCallStory('"Secretary Brennan told me plainly that Washington stands by the treaty," Lee told reporters.').passages;
    assert.deepEqual(q?.partyIds, [10]);
  });
});

describe("OWN_LATER_SENTENCE: a later sentence of a quotation in the speaker's first person", () => {
  it('makes the speaker a party beside the one the first sentence reports', () => {
    const [p] = leeCallStory(
      '"The Secretary told me the pledge has not changed. Our patrols will go on as planned," Lee told reporters.',
    ).passages;
    assert.deepEqual([...(p?.partyIds ?? [])].sort(), [10, 12]);
  });
});
