/**
 * Rules for readouts of calls and meetings with countries not on record (issue 19, round 4), on sentences written for
 * these tests: titles that are never part of a name, an officer-in-charge (acting), a title after post-nominals, the
 * post a relative clause says someone is serving in, and the country of the body named after a name.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../src/imports/extract';
import { Lexicon } from '../../src/imports/lexicon';
import { countryOfZone } from '../../src/imports/pipeline/countries';
import { textDates } from '../../src/imports/pipeline/dates';
import { callKindOf } from '../../src/imports/pipeline/proposed-call';
import { segment } from '../../src/imports/pipeline/segment';
import { appointmentAfter, titledPeople } from '../../src/imports/pipeline/people';
import { publisherLine, publisherPerson } from '../../src/imports/pipeline/publisher';
import { pentagonReadout, releaseWithoutPublisher, world } from './import-world';

/** The titled people of a text (a country's name alone is a capitalised pair too; the extractor drops it as a country). */
const people = (text: string) =>
  titledPeople(text)
    .filter((p) => p.title)
    .map((p) => [p.name, p.title, p.capacity, p.countryCode]);

describe('readouts with countries not on record (round 4)', () => {
  it('never takes a one-word title head into the name ("Undersecretary", "Envoy")', () => {
    assert.deepEqual(people('The delegation called on Senior Undersecretary Lucia B. Ferrand and Special Envoy Okon Adeyemi.'), [
      ['Lucia B. Ferrand', 'Senior Undersecretary', 'SUBSTANTIVE', null],
      ['Okon Adeyemi', 'Special Envoy', 'SUBSTANTIVE', null],
    ]);
  });

  it('reads an officer-in-charge as acting, and a country adjective inside the title as the country', () => {
    assert.deepEqual(people('She met Officer-in-Charge of the Peruvian Ministry of Defense Tomas R. Quispe in Lima.'), [
      ['Tomas R. Quispe', 'Officer-in-Charge of the Ministry of Defense', 'ACTING', 'PE'],
    ]);
  });

  it('reads the post a relative clause says someone is serving or acting in, over the rank before the name', () => {
    assert.deepEqual(
      people(
        'He hosted Senior Undersecretary Lucia B. Ferrand, who is currently serving as Officer-in-Charge of the Chilean Ministry of National Defense.',
      ),
      [['Lucia B. Ferrand', 'Officer-in-Charge of the Ministry of National Defense', 'ACTING', 'CL']],
    );
    assert.deepEqual(people('They welcomed Maj. Gen. Ivo Hallik, who is acting as Minister of Defence of Estonia, to the talks.'), [
      ['Ivo Hallik', 'Minister of Defence', 'ACTING', 'EE'],
    ]);
  });

  it('reads a title written after post-nominals ("… MP, Assistant Minister for …,")', () => {
    assert.deepEqual(
      people('The Vice Minister received the Hon Priya NAIDOO MP, Assistant Minister for Defence of New Zealand, on Friday.'),
      [['Priya Naidoo', 'Assistant Minister for Defence', 'SUBSTANTIVE', 'NZ']],
    );
  });

  it('takes the country of the body named after the name ("of Chile’s Ministry of …", "of the Irish Defence Forces")', () => {
    assert.deepEqual(people("She met Deputy Minister Rosa Ibáñez of Chile's Ministry of National Defense at the Pentagon."), [
      ['Rosa Ibáñez', 'Deputy Minister', 'SUBSTANTIVE', 'CL'],
    ]);
    assert.deepEqual(people('He met Chief of Staff Aoife Brennan of the Irish Defence Forces in Dublin.'), [
      ['Aoife Brennan', 'Chief of Staff', 'SUBSTANTIVE', 'IE'],
    ]);
  });

  it('proposes the meeting with an officer-in-charge not on record, both of them its participants', () => {
    const text = [
      'Readout of Secretary of Defense Harold Brennan’s Meeting With Chilean Officer-in-Charge of the Ministry of National Defense Lucia B. Ferrand',
      'March 3, 2031',
      'Secretary of Defense Harold Brennan met today in Santiago with Senior Undersecretary Lucia B. Ferrand, who is serving as Officer-in-Charge of the Chilean Ministry of National Defense.',
      'The two officials agreed to expand combined search-and-rescue training along the southern coast.',
    ].join('\n\n');
    const r = pentagonReadout(text, '2031-03-03');
    const ferrand = r.proposedOfficials.find((p) => p.name === 'Lucia B. Ferrand')!;
    assert.deepEqual([ferrand.capacity, ferrand.countryCode], ['ACTING', 'CL']);
    assert.deepEqual([r.proposedCall?.participantIds, r.proposedCall?.proposedParticipants], [[10], [ferrand.key]]);
    const agreed = r.passages.find((x) => /search-and-rescue/.test(x.text))!;
    assert.deepEqual([agreed.partyIds, agreed.proposedParties], [[10], [ferrand.key]]);
  });

  it("reads a minister's own release: the name with its courtesy title at the head, the title on the next line", () => {
    assert.deepEqual(publisherPerson('Hon Tamsin Reardon\nMinister of Defence\n\n3 May 2031\n\nMinister talks with ally'), {
      name: 'Tamsin Reardon',
      title: 'Minister of Defence',
      start: 4,
      end: 18,
    });
    assert.equal(
      publisherPerson('The Hon Tamsin Reardon MP\nDeputy Prime Minister\nMinister for Defence\n\nText.')?.name,
      'Tamsin Reardon',
    );
    // A name without its title line, or inside a sentence, is no byline.
    assert.equal(publisherPerson('Hon Tamsin Reardon\n\nThe minister spoke today.'), null);
    assert.equal(publisherPerson('Title\n\nThe Hon Tamsin Reardon MP met the visiting delegation on Friday.\nMinister of Defence'), null);
  });

  it('takes the country of a publisher not on record from the time zone the importer gave, when it is one country’s', () => {
    assert.equal(countryOfZone('Pacific/Auckland'), 'NZ');
    assert.equal(countryOfZone('Europe/London'), 'GB');
    assert.equal(countryOfZone('Etc/UTC'), null);
    assert.equal(countryOfZone(null), null);
  });

  it("makes the minister of an own release the author of its third-person prose, with the publisher's country", () => {
    const text = [
      'Hon Tamsin Reardon',
      'Minister of Defence',
      '3 May 2031',
      'Minister talks with US counterpart',
      'Defence Minister Tamsin Reardon spoke with Secretary of Defense Harold Brennan this morning.',
      'The Minister also raised the navy’s plan to send a second frigate on patrol in the region, which Secretary Brennan welcomed.',
    ].join('\n\n');
    const r = releaseWithoutPublisher(text, '2031-05-03', 'Pacific/Auckland');
    const reardon = r.proposedOfficials.find((p) => p.name === 'Tamsin Reardon')!;
    assert.equal(reardon.countryCode, 'NZ');
    const raised = r.passages.find((x) => /second frigate/.test(x.text))!;
    assert.deepEqual(
      [raised.proposedSpeakers, raised.attributedOrganizationId, raised.proposedOrganization ?? null],
      [[reardon.key], null, null],
    );
    // A body's line is still the publisher (no minister byline then).
    assert.equal(publisherLine('Ministry of Defence\n\nText.')?.name, 'Ministry of Defence');
  });

  it('proposes the engagement a story reports as two people discussing, when it names no call or meeting', () => {
    const story = (lead: string) =>
      extract(
        new Lexicon(world()),
        ['Chile, U.S. talk naval drills', lead, 'Ruiz said in a statement that Chile would host the exercise in 2032.'].join('\n\n'),
        {
          kind: 'NEWS_ARTICLE',
          publisherId: 4,
          publishedOn: '2031-05-07',
          title: 'Chile, U.S. talk naval drills',
          keepAll: true,
        },
      );
    const r = story(
      "SANTIAGO, May 7 (HT) — Chile's Defense Minister, Ana Ruiz, and U.S. Secretary of Defense Harold Brennan discussed on Tuesday a joint naval exercise off the Chilean coast.",
    );
    const ruiz = r.proposedOfficials.find((p) => p.name === 'Ana Ruiz')!;
    assert.deepEqual(
      [r.proposedCall?.participantIds, r.proposedCall?.proposedParticipants, r.proposedCall?.date],
      [[10], [ruiz.key], '2031-05-06'],
    );
    // One person discussing something with others not named: no engagement between two people.
    const alone = story(
      "SANTIAGO, May 7 (HT) — Chile's Defense Minister, Ana Ruiz, discussed a joint naval exercise with reporters and analysts on Tuesday.",
    );
    assert.equal(alone.proposedCall, null);
  });

  it('reads a role written in lower case with "nominee" or "-designate" before a name as a designate', () => {
    assert.deepEqual(appointmentAfter(' told senators on Monday', 'Separately, the navy minister nominee '), {
      role: 'navy minister',
      rule: 'role with "nominee" or "-designate" before the name',
    });
    assert.equal(appointmentAfter(' said', 'the incoming defence secretary-designate ')?.role, 'defence secretary');
    // A role without either word is no appointment.
    assert.equal(appointmentAfter(' said', 'they met the defense minister '), null);
  });

  it('resolves "the Associate Minister" or "the Assistant Minister" to the proposed official with that title', () => {
    const text = [
      'Readout of Secretary of Defense Harold Brennan’s Call With Peruvian Associate Minister of Defense Elena Vargas',
      'March 3, 2031',
      'Secretary of Defense Harold Brennan spoke by phone today with Peru’s Associate Minister of Defense, Elena Vargas.',
      'Secretary Brennan praised Peru’s coastal patrols, and the Associate Minister agreed that the patrols should continue next year.',
    ].join('\n\n');
    const r = pentagonReadout(text, '2031-03-03');
    const vargas = r.proposedOfficials.find((p) => p.name === 'Elena Vargas')!;
    assert.deepEqual([vargas.title, vargas.countryCode], ['Associate Minister of Defense', 'PE']);
    const agreed = r.passages.find((x) => /coastal patrols/.test(x.text))!;
    assert.deepEqual([agreed.partyIds, agreed.proposedParties], [[10], [vargas.key]]);
  });

  it('keeps lower-case particles inside a name, and royal or academic courtesy titles out of it', () => {
    assert.deepEqual(
      people(
        'He met Minister of Defence Joost van der Hoeven, Minister of Defense Ana Paula da Costa Reis and Minister of Defense Prince Faisal bin Saad Al Rashid.',
      ).map((p) => [p[0], p[1]]),
      [
        ['Joost van der Hoeven', 'Minister of Defence'],
        ['Ana Paula da Costa Reis', 'Minister of Defense'],
        ['Faisal bin Saad Al Rashid', 'Minister of Defense'],
      ],
    );
    assert.deepEqual(
      people('The Minister for Defence, the Hon Dr Ilse Maarten, met Prime Minister Karim al-Nouri.').map((p) => [p[0], p[1]]),
      [
        ['Ilse Maarten', 'Minister for Defence'],
        ['Karim al-Nouri', 'Prime Minister'],
      ],
    );
  });

  it('leaves a military rank between a civilian title and the name out of the title', () => {
    assert.deepEqual(
      people(
        'She spoke with Deputy Minister of National Defense Senior Lieutenant General Pham Van Long and Chief of the Joint Staff Maj. Gen. Omar Haddad.',
      ).map((p) => [p[0], p[1]]),
      [
        ['Pham Van Long', 'Deputy Minister of National Defense'],
        ['Omar Haddad', 'Chief of the Joint Staff'],
      ],
    );
    // A title whose last word is "General" keeps it.
    assert.deepEqual(
      people('He met Secretary General Ines Mota.').map((p) => [p[0], p[1]]),
      [['Ines Mota', 'Secretary General']],
    );
  });

  it('takes the country from a title ending "of the Republic of …" or "of the United Kingdom"', () => {
    assert.deepEqual(
      people(
        'They welcomed the Minister of Defence of the Republic of Estonia Kalev Tamm and the Secretary of State for Defence of the United Kingdom Alan Firth.',
      ),
      [
        ['Kalev Tamm', 'Minister of Defence', 'SUBSTANTIVE', 'EE'],
        ['Alan Firth', 'Secretary of State for Defence', 'SUBSTANTIVE', 'GB'],
      ],
    );
  });

  it('reads a title after the name that opens with the country ("…, Latvian Minister of Defence,"), and hyphenated ranks', () => {
    assert.deepEqual(
      people('She met Edgars Ozols, Latvian Minister of Defence, and Hamad bin Rashid al Kaabi, UK Defence Attaché, in Riga.'),
      [
        ['Edgars Ozols', 'Minister of Defence', 'SUBSTANTIVE', 'LV'],
        ['Hamad bin Rashid al Kaabi', 'Defence Attaché', 'SUBSTANTIVE', 'GB'],
      ],
    );
    assert.deepEqual(
      people('He met Chief of Staff of the Army Lieutenant-General Nasser bin Ali Al Hamad.').map((p) => [p[0], p[1]]),
      [['Nasser bin Ali Al Hamad', 'Chief of Staff of the Army']],
    );
  });

  it('keeps a retired officer\'s rank "(Ret.)" inside the sentence, and reads the title before it', () => {
    const text = 'She met Deputy Minister of Defense Maj. Gen. (Ret.) Arif Wibowo in Surabaya. They spoke for an hour.';
    assert.equal(segment(text).sentences.length, 2);
    assert.deepEqual(
      people(text).map((p) => [p[0], p[1]]),
      [['Arif Wibowo', 'Deputy Minister of Defense']],
    );
  });

  it('reads "the day before yesterday" as two days before publication', () => {
    assert.deepEqual(
      textDates('The two ministers spoke the day before yesterday and met again yesterday.', '2031-05-07').map((d) => [d.text, d.date]),
      [
        ['the day before yesterday', '2031-05-05'],
        ['yesterday', '2031-05-06'],
      ],
    );
  });

  it('reads Indian government titles ("Raksha Mantri Shri …") and a "telephonic conversation" as a phone call', () => {
    assert.deepEqual(
      people('Raksha Mantri Shri Vikram Desai held a telephonic conversation with the Secretary.').map((p) => [p[0], p[1]]),
      [['Vikram Desai', 'Raksha Mantri']],
    );
    assert.equal(callKindOf('held a telephonic conversation with').kind, 'PHONE_CALL');
    const r = pentagonReadout(
      [
        'Secretary Brennan holds telephonic talks with Indian Defence Minister',
        'March 3, 2031',
        'Secretary of Defense Harold Brennan held telephonic talks with Raksha Mantri Shri Vikram Desai on March 2.',
      ].join('\n\n'),
      '2031-03-03',
    );
    const desai = r.proposedOfficials.find((p) => p.name === 'Vikram Desai')!;
    assert.deepEqual(
      [r.proposedCall?.participantIds, r.proposedCall?.proposedParticipants, r.proposedCall?.date],
      [[10], [desai.key], '2031-03-02'],
    );
  });

  it("dates a story's account of an earlier call between other people on record by the day or the month it gives", () => {
    const data = world();
    data.calls = [
      { id: 100, title: 'Brennan–Morishima telephone call, February 2031', date: '2031-02-10', participantIds: [10, 11] },
      { id: 101, title: 'Brennan–Morishima telephone call, April 2031', date: '2031-04-20', participantIds: [10, 11] },
      { id: 102, title: 'Brennan–Lee telephone call, May 2031', date: '2031-05-14', participantIds: [10, 12] },
    ];
    const text = [
      'Allies keep drills on track',
      'SEOUL, May 15 (HT) - Minister of National Defense Lee Do-yun and Secretary of Defense Harold Brennan agreed on Wednesday to keep the autumn drills on schedule, the ministry said.',
      "The call came a month after Brennan's April 20 call with Morishima, in which the two agreed to share radar data in real time, the ministry said.",
      'In February, Brennan had also told Morishima that Washington would send more patrol aircraft, the ministry said at the time.',
    ].join('\n\n');
    const r = extract(new Lexicon(data), text, {
      kind: 'NEWS_ARTICLE',
      publisherId: 4,
      publishedOn: '2031-05-15',
      title: 'Allies keep drills on track',
      keepAll: true,
    });
    const callOf = (words: RegExp) => r.passages.find((p) => words.test(p.text))?.callId;
    assert.equal(callOf(/autumn drills/), 102);
    assert.equal(callOf(/radar data/), 101);
    assert.equal(callOf(/patrol aircraft/), 100);
  });

  it('takes the country named right after the name ("… of Sweden", "… Jr. of the Republic of the Philippines")', () => {
    assert.deepEqual(
      people(
        'She held talks with Minister for Defence Lars Eklund of Sweden and Secretary of National Defense Ramon D. CRUZ Jr. of the Republic of the Philippines.',
      ),
      [
        ['Lars Eklund', 'Minister for Defence', 'SUBSTANTIVE', 'SE'],
        ['Ramon D. Cruz Jr.', 'Secretary of National Defense', 'SUBSTANTIVE', 'PH'],
      ],
    );
  });

  it('gives the minister named on a publisher\'s line ("From: Ministry of Defence and The Rt Hon …") the publisher\'s country', () => {
    assert.deepEqual(
      publisherLine('News story\n\nFrom: Ministry of Defence and The Rt Hon Tamsin Reardon MP\nPublished 3 May 2031\n\nText.')?.people,
      ['Tamsin Reardon'],
    );
    const text = [
      'News story',
      'Defence Secretary meets US counterpart',
      'From: Ministry of Defence and The Rt Hon Tamsin Reardon MP',
      'Defence Secretary Tamsin Reardon met Secretary of Defense Harold Brennan in Washington on Tuesday.',
      'The two agreed to speed up joint work on undersea sensors.',
    ].join('\n\n');
    const r = releaseWithoutPublisher(text, '2031-05-07', 'Europe/London');
    assert.equal(r.proposedOfficials.find((p) => p.name === 'Tamsin Reardon')?.countryCode, 'GB');
    assert.deepEqual(
      r.proposedOrganizations.map((o) => [o.name, o.countryCode]),
      [['Ministry of Defence', 'GB']],
    );
  });
});
