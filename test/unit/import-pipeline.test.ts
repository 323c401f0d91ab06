/**
 * The import pipeline's stages on short passages written for these tests (invented people,
 * places and dates in the shapes real publishers use), and the whole pipeline on small documents
 * of each genre: a readout, a wire story, a Q:/A: transcript, a release with bullets and an acting
 * official, and a readout of a call with a country the lexicon lacks.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract, type Extraction } from '../../src/imports/extract';
import { Lexicon, type LexiconData } from '../../src/imports/lexicon';
import { matchCommitments, proposeCommitment, stanceOf } from '../../src/imports/pipeline/commitments';
import { textDates } from '../../src/imports/pipeline/dates';
import { skipReason } from '../../src/imports/pipeline/dispositions';
import { trailingFrame } from '../../src/imports/pipeline/frames';
import { personNames, titledPeople } from '../../src/imports/pipeline/people';
import { runPipeline } from '../../src/imports/pipeline';
import { segment } from '../../src/imports/pipeline/segment';
import { turnLabel, turns } from '../../src/imports/pipeline/turns';

/** A small world: two allies, a third country not otherwise on record, three officials, two calls between the same two. */
function world(): LexiconData {
  return {
    countries: [
      { code: 'US', name: 'United States', aliases: ['U.S.', 'American'], timeZone: 'America/New_York' },
      { code: 'JP', name: 'Japan', aliases: ['Japanese'], timeZone: 'Asia/Tokyo' },
      { code: 'PH', name: 'Philippines', aliases: [], timeZone: 'Asia/Manila' },
    ],
    organizations: [
      { id: 1, name: 'Department of Defense', shortName: 'DoD', aliases: ['Pentagon'], countryCode: 'US' },
      { id: 2, name: 'Ministry of Defense', shortName: 'MOD', aliases: [], countryCode: 'JP' },
    ],
    officials: [
      {
        id: 10,
        name: 'Harold T. Brennan Jr.',
        nativeName: null,
        aliases: [],
        countryCode: 'US',
        holdings: [{ title: 'Secretary of Defense', capacity: 'SUBSTANTIVE', startDate: '2030-01-01', endDate: null, organizationId: 1 }],
      },
      {
        id: 11,
        name: 'Kenta Morishima',
        nativeName: null,
        aliases: [],
        countryCode: 'JP',
        holdings: [{ title: 'Minister of Defense', capacity: 'SUBSTANTIVE', startDate: '2030-01-01', endDate: null, organizationId: 2 }],
      },
    ],
    commitments: [
      { id: 1, title: 'Article V of the U.S.-Japan security treaty applies to the Senkaku Islands', aliases: ['Article V + Senkaku'] },
    ],
    topics: [],
    calls: [
      { id: 100, title: 'Brennan–Morishima call, 3 March', date: '2031-03-03', participantIds: [10, 11] },
      { id: 101, title: 'Brennan–Morishima call, 9 March', date: '2031-03-09', participantIds: [10, 11] },
    ],
    variants: [],
  };
}
const lex = () => new Lexicon(world());

describe('segmentation', () => {
  it('does not cut at initials, suffixes, "U.S." or month abbreviations', () => {
    const text = 'Secretary Harold T. Brennan Jr. met the U.S. Ambassador on Mar. 4 in Tokyo. Gen. Ito attended. The talks ended.';
    const spans = segment(text).sentences.map((s) => text.slice(s.start, s.end));
    assert.deepEqual(spans, [
      'Secretary Harold T. Brennan Jr. met the U.S. Ambassador on Mar. 4 in Tokyo.',
      'Gen. Ito attended.',
      'The talks ended.',
    ]);
  });

  it('keeps bullet lines and transcript turns apart, and a quotation across sentences whole', () => {
    const text = 'Summary\n□ First point of the release.\n□ Second point.\n\nQ: A question?\nMINISTER MORISHIMA: “One. Two.” Three.';
    const { sentences } = segment(text);
    assert.deepEqual(
      sentences.map((s) => text.slice(s.start, s.end)),
      ['Summary', '□ First point of the release.', '□ Second point.', 'Q: A question?', 'MINISTER MORISHIMA: “One. Two.”', 'Three.'],
    );
  });

  it('GLUED_COLON: starts a sentence after a colon glued to a capitalised word, not after a label, a time or an address', () => {
    const text =
      'The two agreed on exchanges, including the following activities:On May 3, Minister Ito met the envoy. Q:What next? At 10:30 the talks ended. See https://example.org/news for more.';
    assert.deepEqual(
      segment(text).sentences.map((s) => text.slice(s.start, s.end)),
      [
        'The two agreed on exchanges, including the following activities:',
        'On May 3, Minister Ito met the envoy.',
        'Q:What next?',
        'At 10:30 the talks ended.',
        'See https://example.org/news for more.',
      ],
    );
    // One cut per glued colon, in one pass (a page of them stays linear).
    const many = 'ab:Cd '.repeat(2_000);
    assert.equal(segment(many).sentences.length, 2_001);
  });
});

describe('turns', () => {
  it('tells questions, moderators, answers and speakers apart', () => {
    assert.equal(turnLabel('Q: Will you go?')?.role, 'QUESTION');
    assert.equal(turnLabel('REPORTER (Asahi): Any news?')?.role, 'QUESTION');
    assert.equal(turnLabel('MODERATOR: Next question.')?.role, 'MODERATOR');
    assert.equal(turnLabel('A: Yes.')?.role, 'ANSWER');
    assert.equal(turnLabel('Minister MORISHIMA: Yes.')?.label, 'Minister MORISHIMA');
    assert.equal(turnLabel('Note: this is not a turn.'), null);
  });

  it('gives "A:" to the principal speaker and carries a turn over its paragraphs', () => {
    const text = 'Q: First?\n\nA: We agreed on the plan.\n\nIt will start soon.\n\nQ: Second?';
    const { blocks } = segment(text);
    const ts = turns(text, blocks, true, 'Minister Morishima');
    assert.deepEqual(
      ts.map((t) => [t.role, t.label, t.fromBlock, t.toBlock]),
      [
        ['QUESTION', 'Q', 0, 0],
        ['ANSWER', 'Minister Morishima', 1, 2],
        ['QUESTION', 'Q', 3, 3],
      ],
    );
  });
});

describe('people', () => {
  it('reads names with initials and suffixes, in both orders, and stops at a possessive', () => {
    const names = (t: string) => personNames(t).map((p) => [p.name, p.family]);
    assert.deepEqual(names('Secretary Harold T. Brennan Jr. spoke.'), [['Harold T. Brennan Jr.', 'Brennan']]);
    assert.deepEqual(names('Minister MORISHIMA Kenta spoke.'), [['Kenta Morishima', 'Morishima']]);
    assert.deepEqual(names('Vice Minister Park Min-jae spoke.'), [['Park Min-jae', 'Park']]);
    assert.deepEqual(names("Readout of Harold Brennan's Call With Minister Morishima"), [['Harold Brennan', 'Brennan']]);
  });

  it('takes the title before a name, and an acting or designate capacity', () => {
    const [p] = titledPeople('Acting Director General for Regional Policy Lim Ha-eun attended.');
    assert.deepEqual([p.name, p.title, p.capacity], ['Lim Ha-eun', 'Director General for Regional Policy', 'ACTING']);
    const [q] = titledPeople('Philippine Defense Secretary-designate Ramon Dizon said so.');
    assert.deepEqual([q.name, q.title, q.capacity], ['Ramon Dizon', 'Defense Secretary', 'DESIGNATE']);
  });

  it('matches a recorded official written in the other order, in capitals, or without initials', () => {
    const l = lex();
    const ids = (t: string) =>
      l
        .mentions(t)
        .filter((m) => m.kind === 'official')
        .map((m) => m.ids[0]);
    assert.deepEqual(ids('MORISHIMA Kenta and Harold Brennan Jr. met; Minister MORISHIMA spoke.'), [11, 10, 11]);
  });
});

describe('reporting frames', () => {
  it('finds the reporter after the clause, and "according to"', () => {
    const s = 'The two sides will hold drills in May, Japan’s Defense Ministry said.';
    const f = trailingFrame(s)!;
    assert.equal(s.slice(...f.clause), 'The two sides will hold drills in May');
    assert.equal(s.slice(...f.reporter), 'Japan’s Defense Ministry');
    const g = trailingFrame('According to the ministry, the drills will be held in May.')!;
    assert.match(g.rule, /According to/);
    assert.equal(trailingFrame('He said that the drills will be held in May.'), null);
  });
});

describe('dates, commitments, dispositions', () => {
  it('reads dates without a year and "the morning of" relative to publication', () => {
    const dates = textDates('They met on the morning of March 9 and again yesterday.', '2031-03-10');
    assert.deepEqual(
      dates.map((d) => d.date),
      ['2031-03-09', '2031-03-09'],
    );
  });

  it('matches Article V / Senkaku in any order and "Article 5"; proposes a treaty article the dataset lacks', () => {
    const l = lex();
    assert.equal(matchCommitments(l.data.commitments, 'the Senkaku Islands fall under Article 5 of the treaty').length, 1);
    const p = proposeCommitment(l, 'He affirmed that Article IV of the U.S.-Philippines Mutual Defense Treaty covers attacks at sea.');
    assert.equal(p?.title, 'Article IV of the U.S.-Philippines Mutual Defense Treaty');
    assert.deepEqual(p?.countryCodes, ['US', 'PH']);
    assert.equal(proposeCommitment(l, 'Article V of the U.S.-Japan Security Treaty applies.'), null);
    assert.equal(stanceOf('They reaffirmed the ironclad commitment.'), 'REAFFIRMS');
  });

  it('gives every skipped sentence a reason', () => {
    const base = { role: null, belowThreshold: false, hasSubject: false, words: 10 };
    assert.equal(skipReason({ ...base, role: 'QUESTION', text: 'Will you?' }).reason, 'QUESTION');
    assert.equal(skipReason({ ...base, text: 'Share this page on social media.' }).reason, 'BOILERPLATE');
    assert.equal(skipReason({ ...base, text: 'The talks took place in a hotel near the harbor.' }).reason, 'BACKGROUND');
    assert.equal(skipReason({ ...base, belowThreshold: true, text: 'It was said to be useful.' }).reason, 'BELOW_THRESHOLD');
  });
});

const view = (r: Extraction) =>
  r.passages.map((p) => ({
    text: p.text,
    speakers: p.speakerIds,
    org: p.attributedOrganizationId,
    parties: p.partyIds,
    proposed: [...p.proposedSpeakers, ...p.proposedParties],
    call: p.callId,
    commitments: p.commitments.map((c) => c.id),
    source: `${p.source.kind}${p.source.isDocument ? ' (document)' : ''} ${p.source.publisherId ?? ''}`.trim(),
  }));

describe('documents of each genre', () => {
  it('a readout: bare title and pronoun resolve, the call is chosen by the date the text gives', () => {
    const text = [
      'Readout of Secretary of Defense Harold T. Brennan Jr.’s Call With Japanese Minister of Defense Kenta Morishima',
      'Secretary of Defense Harold T. Brennan Jr. spoke by phone with Japanese Minister of Defense Kenta Morishima on March 9.',
      'The Secretary affirmed that Article V of the security treaty applies to the Senkaku Islands.',
      'He said the two countries would expand joint patrols in the East China Sea.',
      'The two ministers agreed to meet in person later this year.',
    ].join('\n\n');
    const r = extract(lex(), text, { kind: 'READOUT', publisherId: 1, publishedOn: '2031-03-09' });
    const v = view(r);
    assert.equal(r.proposedOfficials.length, 0, JSON.stringify(r.proposedOfficials));
    const article = v.find((d) => /Article V/.test(d.text))!;
    assert.deepEqual([article.parties, article.org, article.call, article.commitments], [[10], 1, 101, [1]]);
    const pronoun = v.find((d) => /joint patrols/.test(d.text))!;
    assert.deepEqual([pronoun.parties, pronoun.call], [[10], 101]);
    const two = v.find((d) => /meet in person/.test(d.text))!;
    assert.deepEqual(two.parties.sort(), [10, 11]);
    assert.ok(r.dispositions.every((d) => d.status === 'DRAFTED' || d.reason));
  });

  it('a wire story: trailing attribution, and a ministry statement quoted after a press conference', () => {
    const text = [
      'TOKYO (Wire) — Japan and the United States will hold their largest air drills in years, Japan’s Defense Ministry said on Friday.',
      'Minister Kenta Morishima told reporters the drills were meant to send a clear signal to the region.',
      'In a statement released later, the ministry said: “The two allies will continue to train together to strengthen deterrence.”',
      'Share this article',
    ].join('\n\n');
    // keepAll: the frames are under test here, not the measured confidence threshold.
    const r = extract(lex(), text, { kind: 'NEWS_ARTICLE', publisherId: null, publishedOn: '2031-03-14', keepAll: true });
    const v = view(r);
    const trailing = v.find((d) => /largest air drills/.test(d.text));
    assert.ok(trailing, JSON.stringify(v));
    assert.equal(trailing.org, 2);
    const told = v.find((d) => /clear signal/.test(d.text))!;
    assert.deepEqual(told.speakers, [11]);
    const quote = v.find((d) => /train together/.test(d.text))!;
    assert.equal(quote.org, 2);
    assert.deepEqual(quote.speakers, []);
    const last = r.dispositions[r.dispositions.length - 1];
    assert.deepEqual([last.status, last.reason], ['SKIPPED', 'BOILERPLATE']);
  });

  it('a Q:/A: transcript: questions are skipped, answers are the principal speaker’s', () => {
    const text = [
      'Press Conference by Minister of Defense Kenta Morishima',
      'Q: Did you discuss the Senkaku Islands with Secretary Brennan?',
      'A: Yes. We confirmed that Article V of the Japan-U.S. Security Treaty applies to the Senkaku Islands.',
      'Q: Anything else?',
      'A: We will continue to work closely on deterrence in the region.',
    ].join('\n\n');
    const r = extract(lex(), text, {
      kind: 'PRESS_CONFERENCE',
      publisherId: 2,
      publishedOn: '2031-03-10',
      title: 'Press Conference by Minister of Defense Kenta Morishima',
    });
    const v = view(r);
    assert.ok(v.length >= 2, JSON.stringify(v));
    assert.ok(v.every((d) => d.speakers[0] === 11));
    assert.ok(v.some((d) => d.commitments.includes(1)));
    const questions = r.dispositions.filter((d) => d.reason === 'QUESTION');
    assert.equal(questions.length, 2);
  });

  it('a readout of a call with a country not on record: the official takes the country from the text; the treaty article is proposed', () => {
    const text = [
      'Secretary of Defense Harold T. Brennan Jr. spoke with Philippine Secretary of National Defense Ramon Dizon on March 20.',
      'Secretary Brennan reaffirmed that Article IV of the U.S.-Philippines Mutual Defense Treaty extends to armed attacks on Philippine vessels in the South China Sea.',
    ].join('\n\n');
    const r = extract(lex(), text, { kind: 'READOUT', publisherId: 1, publishedOn: '2031-03-20' });
    assert.deepEqual(
      r.proposedOfficials.map((p) => [p.name, p.title, p.countryCode]),
      [['Ramon Dizon', 'Secretary of National Defense', 'PH']],
    );
    assert.deepEqual(
      r.proposedCommitments.map((c) => c.title),
      ['Article IV of the U.S.-Philippines Mutual Defense Treaty'],
    );
    const d = r.passages.find((p) => /Article IV/.test(p.text))!;
    assert.equal(d.commitments.length, 0);
    assert.equal(d.proposedCommitments.length, 1);
    assert.ok(r.proposedCall, 'no call on record: proposed');
    assert.deepEqual(r.proposedCall!.participantIds, [10]);
  });

  it('runPipeline is one pure call on plain data: drafts and a disposition for every sentence', () => {
    const out = runPipeline({
      text: 'Minister Kenta Morishima said that Japan would double its patrols. The weather was mild.',
      metadata: { kind: 'NEWS_ARTICLE', publisherId: null, publishedOn: '2031-03-10' },
      lexicon: world(),
    });
    assert.equal(out.sentenceCount, 2);
    assert.deepEqual(
      out.dispositions.map((d) => [d.status, d.reason]),
      [
        ['DRAFTED', null],
        ['SKIPPED', 'BACKGROUND'],
      ],
    );
    assert.deepEqual(JSON.parse(JSON.stringify(out)), out);
  });
});
