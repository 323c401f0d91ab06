/**
 * The transcript and background stages of the import pipeline (speakers, turns, background and
 * headings), on short passages written for these tests with invented people and dates, and two
 * small transcripts through the whole pipeline.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../src/imports/extract';
import { Lexicon, type LexiconData } from '../../src/imports/lexicon';
import { backgroundOf, headingBlocks } from '../../src/imports/pipeline/background';
import { dayOfMonthBefore, textDates } from '../../src/imports/pipeline/dates';
import { NOT_A_POSITION } from '../../src/imports/pipeline/dispositions';
import { annotate, breakLongRuns, MAX_TOKEN_CHARS } from '../../src/imports/pipeline/nlp';
import { labelSpeaker, principalOf, type SpeakerLookups } from '../../src/imports/pipeline/speakers';
import { turnLabel } from '../../src/imports/pipeline/turns';

/** Two allies, a defense chief each, one call on record (in March 2031). */
function world(): LexiconData {
  const holding = (title: string, organizationId: number) => ({
    title,
    capacity: 'SUBSTANTIVE' as const,
    startDate: '2030-01-01',
    endDate: null,
    organizationId,
  });
  return {
    countries: [
      { code: 'US', name: 'United States', aliases: ['U.S.', 'American'], timeZone: 'America/New_York' },
      { code: 'JP', name: 'Japan', aliases: ['Japanese'], timeZone: 'Asia/Tokyo' },
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
        holdings: [holding('Secretary of Defense', 1)],
      },
      { id: 11, name: 'Kenta Morishima', nativeName: null, aliases: [], countryCode: 'JP', holdings: [holding('Minister of Defense', 2)] },
    ],
    commitments: [],
    topics: [],
    calls: [{ id: 100, title: 'Brennan–Morishima call, 3 March', date: '2031-03-03', participantIds: [10, 11] }],
    variants: [],
  };
}
const lex = () => new Lexicon(world());

function lookups(publisherCountry: string | null): SpeakerLookups {
  const l = lex();
  return {
    mentions: (t) => l.mentions(t),
    holders: (title, country) => l.holders(title, '2031-06-01', country),
    countryOf: (id) => l.officials.get(id)?.countryCode ?? null,
    publisherCountry,
  };
}

describe('speakers of a transcript', () => {
  it('finds the principal by name or by title alone, in the publisher’s country', () => {
    assert.equal(principalOf('Press Conference by Defense Minister MORISHIMA Kenta', lookups('JP'))?.id, 11);
    assert.equal(principalOf('Press Conference by the Defense Minister', lookups('JP'))?.id, 11);
    assert.equal(principalOf('Remarks by the Secretary of Defense', lookups('US'))?.id, 10);
    // Two officials named: no single principal.
    assert.equal(principalOf('Secretary Brennan and Minister Morishima Joint Press Conference', lookups('US')), null);
  });

  it('reads a turn label: name in capitals with a note, a bare title for the principal, "A"', () => {
    const look = lookups('US');
    assert.equal(labelSpeaker('MINISTER OF DEFENSE MORISHIMA KENTA (THROUGH INTERPRETER)', look, 10, [])?.id, 11);
    assert.equal(labelSpeaker('SECRETARY BRENNAN', look, null, [])?.id, 10);
    assert.equal(labelSpeaker('Minister', lookups('JP'), 11, [])?.id, 11);
    assert.equal(labelSpeaker('A', look, 10, [])?.id, 10);
    assert.equal(labelSpeaker('MODERATOR SMITH', look, 10, []), null);
  });

  it('takes greetings and courtesies for no position, even when they name a country', () => {
    for (const t of [
      'I warmly welcome Secretary Brennan back to Tokyo.',
      'I am very glad to be back in Japan.',
      'We are grateful to Japan for its warm hospitality.',
      'It is a pleasure to host you again.',
    ])
      assert.ok(
        NOT_A_POSITION.some((r) => r.test.test(t)),
        t,
      );
    assert.ok(!NOT_A_POSITION.some((r) => r.test.test('I welcome the decision of the Japanese government to raise defense spending.')));
  });

  it('does not take a header field for a speaker', () => {
    assert.equal(turnLabel('Place: Press Conference Room, Ministry of Defense'), null);
    assert.equal(turnLabel('Time & Date: 9:02-9:14 A.M. June 1, 2031'), null);
    assert.equal(turnLabel('Question:\nWill you visit Okinawa?')?.role, 'QUESTION');
    assert.equal(turnLabel('Minister:\nNothing has been decided.')?.role, 'SPEAKER');
    assert.equal(turnLabel('Q：Will you visit Okinawa?')?.role, 'QUESTION');
    assert.equal(turnLabel('A：Nothing has been decided.')?.role, 'ANSWER');
  });
});

describe('tokens', () => {
  it('cuts a run without spaces for the tokenizer, keeping every offset', () => {
    const text = `Ok. ${'a'.repeat(MAX_TOKEN_CHARS * 3 + 5)} Done.`;
    const safe = breakLongRuns(text);
    assert.equal(safe.length, text.length);
    assert.equal(safe.slice(0, 4), 'Ok. ');
    assert.ok(safe.split(' ').every((w) => w.length <= MAX_TOKEN_CHARS));
    assert.equal(breakLongRuns('The two Ministers agreed.'), 'The two Ministers agreed.');
    const { tokens } = annotate(text);
    assert.equal(tokens[tokens.length - 2].value, 'Done');
    assert.equal(text.slice(tokens[tokens.length - 2].start, tokens[tokens.length - 2].end), 'Done');
  });
});

describe('dates a transcript gives without a month', () => {
  it('reads "the 22nd" as the last such day on or before publication, and "last night" as the day before', () => {
    assert.equal(dayOfMonthBefore(22, '2031-04-24'), '2031-04-22');
    assert.equal(dayOfMonthBefore(28, '2031-04-03'), '2031-03-28');
    assert.equal(dayOfMonthBefore(31, '2031-05-02'), '2031-03-31');
    const dates = textDates('At the meeting on the 22nd, and in the call last night, we agreed.', '2031-04-24').map((d) => [
      d.text,
      d.date,
    ]);
    assert.deepEqual(dates, [
      ['the 22nd', '2031-04-22'],
      ['last night', '2031-04-23'],
    ]);
  });
});

describe('background and headings', () => {
  it('skips the meeting itself, schedules and what others did before, unless a stance verb is there', () => {
    assert.equal(backgroundOf('Secretary Brennan spoke by phone today with Minister Morishima.')?.reason, 'BACKGROUND');
    assert.equal(backgroundOf('Minister Morishima held a video teleconference with Secretary Brennan on June 2.')?.reason, 'BACKGROUND');
    assert.equal(
      backgroundOf('At today’s meeting, the Secretary and I had an in-depth discussion on regional security.')?.reason,
      'BACKGROUND',
    );
    assert.equal(backgroundOf('Secretary Brennan will depart Washington today for Manila.')?.reason, 'BACKGROUND');
    assert.equal(
      backgroundOf('Secretary Brennan hosted Japanese Minister of Defense Morishima at the Pentagon today.')?.reason,
      'BACKGROUND',
    );
    assert.equal(backgroundOf('Yesterday I met U.S. Secretary of Defense Brennan here in Tokyo.')?.reason, 'BACKGROUND');
    assert.equal(backgroundOf('Further details will be released as they become available.')?.reason, 'BOILERPLATE');
    assert.equal(backgroundOf('Secretary Brennan met with Minister Morishima and reaffirmed the commitment to Article V.'), null);
    assert.equal(backgroundOf('The two ministers agreed that the next meeting will be held in Tokyo.'), null);
    assert.equal(backgroundOf('The two ministers discussed the security environment.'), null);
    assert.equal(
      backgroundOf('Brennan did not mention the nuclear umbrella in his remarks, according to a transcript.')?.reason,
      'BACKGROUND',
    );
    assert.equal(
      backgroundOf('Minister Morishima held a meeting with Secretary of Defense Brennan of the United States, who was visiting Japan.')
        ?.reason,
      'BACKGROUND',
    );
    assert.equal(backgroundOf('I would like to hold candid discussions today on how we can deepen our cooperation.'), null);
    assert.equal(backgroundOf('Yesterday, the two leaders announced a plan to modernize our alliance.', true)?.reason, 'BACKGROUND');
    assert.equal(backgroundOf('Yesterday, the two leaders announced a plan to modernize our alliance.'), null);
    assert.equal(backgroundOf('Yesterday, I confirmed our commitment.', true), null);
  });

  it('takes the lines before the first full sentence for headings', () => {
    const heads = headingBlocks([
      'Minister Morishima holds talks with Secretary Brennan',
      '- Agree to strengthen the alliance',
      'June 2, 2031',
      '□ Minister Morishima held talks with Secretary Brennan.',
      'A line without a stop',
    ]);
    assert.deepEqual([...heads], [0, 1, 2]);
  });
});

describe('transcripts through the pipeline', () => {
  it('labels on their own line, a principal known by title only: answers are theirs, questions skipped, background not drafted', () => {
    const text = [
      'Press Conference by the Defense Minister',
      'Time & Date: 10:00-10:15 A.M. March 5, 2031',
      'Place: Press Conference Room, Ministry of Defense',
      'Question:\nAt the meeting with Secretary Brennan on the 3rd, did you discuss the southwest islands?',
      'Minister:\nSecretary Brennan and I confirmed that we will expand joint exercises in the southwest islands. Yesterday, I held a meeting with the Chief of Staff.',
      'Question:\nWill you travel abroad this month?',
      'Minister:\nNothing has been decided at this point.',
    ].join('\n\n');
    const r = extract(lex(), text, {
      kind: 'PRESS_CONFERENCE',
      publisherId: 2,
      publishedOn: '2031-03-05',
      title: 'Press Conference by the Defense Minister',
      timeZone: 'Asia/Tokyo',
    });
    assert.equal(r.passages.length, 1, JSON.stringify(r.passages.map((p) => p.text)));
    const [p] = r.passages;
    assert.deepEqual(p.speakerIds, [11]);
    assert.deepEqual([...p.partyIds].sort(), [10, 11]);
    assert.equal(p.callId, 100);
    assert.equal(p.source.isDocument, true);
    const reasons = r.dispositions.map((d) => d.reason);
    assert.ok(reasons.includes('QUESTION'));
    assert.ok(reasons.includes('BACKGROUND'));
    assert.ok(r.dispositions.every((d) => d.status === 'DRAFTED' || d.reason));
  });

  it('two speakers of two countries with no call on record: their meeting is proposed and "we will" is both sides', () => {
    const text = [
      'Secretary Brennan Welcomes Minister Morishima to the Pentagon',
      'SECRETARY BRENNAN: Good morning, and welcome. We will deepen our cooperation on missile defense. Our commitment to the defense of Japan is unwavering.',
      'MINISTER MORISHIMA (THROUGH INTERPRETER): Thank you. I believe that Japan will strengthen its own defense capabilities.',
    ].join('\n\n');
    const r = extract(lex(), text, {
      kind: 'TRANSCRIPT',
      publisherId: 1,
      publishedOn: '2031-06-10',
      title: 'Secretary Brennan Welcomes Minister Morishima to the Pentagon',
    });
    assert.deepEqual([...(r.proposedCall?.participantIds ?? [])].sort(), [10, 11]);
    const we = r.passages.find((p) => /deepen/.test(p.text))!;
    assert.deepEqual([...we.partyIds].sort(), [10, 11]);
    const own = r.passages.find((p) => /unwavering/.test(p.text))!;
    assert.deepEqual(own.partyIds, [10]);
    const japan = r.passages.find((p) => /capabilities/.test(p.text))!;
    assert.deepEqual(japan.speakerIds, [11]);
  });
});
