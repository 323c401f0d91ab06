/**
 * Issue 19, round 13 on entities the world lacks (branch i19-r13ent): the talks' participants and the bodies that speak,
 * proposed once per document, and the drafts' author, parties and proposed call drawn from them. Invented people, bodies,
 * places and sentences.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../src/imports/extract';
import { Lexicon } from '../../src/imports/lexicon';
import { titledPeople } from '../../src/imports/pipeline/people';
import { publisherLine, SIGNATURE_RUN_IN } from '../../src/imports/pipeline/publisher';
import { labelSpeaker } from '../../src/imports/pipeline/speakers';
import { passageWith, releaseWithoutPublisher, world } from './import-world';

/** A story of the Harbor Times (publisher 4) of 2 March 2031 in the test world, every draft kept. */
const story = (...paragraphs: string[]) =>
  extract(new Lexicon(world()), paragraphs.join('\n\n'), {
    kind: 'NEWS_ARTICLE',
    publisherId: 4,
    publishedOn: '2031-03-02',
    keepAll: true,
  });

describe('SIGNATURE_RUN_IN: a body’s sign-off run into the last paragraph', () => {
  it('reads the body after the last stop as the publisher line', () => {
    const text =
      'Ilagan, Brennan phone call\n\nThe two secretaries spoke on Tuesday.\n\nThe call ended with both pledging to meet soon. Department of Coastal Defense';
    const line = publisherLine(text);
    assert.equal(line?.name, 'Department of Coastal Defense');
    assert.equal(text.slice(line!.start, line!.end), 'Department of Coastal Defense');
  });

  it('is no sentence that goes on, nor a body named inside the last sentence', () => {
    assert.equal(SIGNATURE_RUN_IN.pattern.test('They met. The Department of Coastal Defense said so.'), false);
    assert.equal(SIGNATURE_RUN_IN.pattern.test('They met at the Department of Coastal Defense'), false);
    assert.equal(SIGNATURE_RUN_IN.pattern.test('They met. Department of Coastal Defense will host the next round'), false);
  });

  it('makes the signed body the proposed author of the release’s prose, of the importer’s time zone', () => {
    const r = releaseWithoutPublisher(
      'Ilagan, Brennan phone call\n\nA phone call was held Tuesday between Defense Secretary Ramon Ilagan and Secretary of Defense Harold Brennan.\n\nThe two Secretaries condemned coercive actions at sea. Department of Coastal Defense',
      '2031-03-05',
      'Asia/Manila',
    );
    const p = passageWith(r, /condemned coercive/);
    assert.equal(p?.proposedOrganization, 'organization:department of coastal defense');
    assert.equal(r.proposedOrganizations.find((o) => o.key === p?.proposedOrganization)?.countryCode, 'PH');
  });
});

describe('PERSON_BETWEEN_QUALIFIER: a country before another official qualifies that one only', () => {
  it('does not give the later official the first one’s country', () => {
    const r = story(
      'In his first call on Thursday with U.S. Secretary Harold Brennan, Defense Secretary Ramon Ilagan affirmed the importance of deterrence.',
    );
    const ilagan = r.proposedOfficials.find((o) => /Ilagan/.test(o.name));
    assert.ok(ilagan);
    assert.notEqual(ilagan!.countryCode, 'US');
  });
});

describe('PROPOSED_BODY_SPEAKS and SPEAKING_BODY_COUNTRY: a body not on record that a story relays', () => {
  const r = story(
    'Philippine Defense Secretary Ramon Ilagan held a call on Thursday with Secretary of Defense Harold Brennan.',
    'In a statement, the Department of Coastal Defense (DCD) said Ilagan congratulated Brennan and reaffirmed the Philippines’ commitment to working closely with the U.S.',
    '“For his part, Secretary Brennan conveyed his optimism about the partnership,” the DCD statement read.',
    'Both officials, according to the DCD, expressed optimism on future meetings.',
    '“The call concluded with both officials reaffirming their commitment to the partnership,” the DCD said.',
  );
  const key = 'organization:department of coastal defense';

  it('is the author of what it is said to have said, by its name or its bracketed acronym', () => {
    for (const words of [/congratulated Brennan/, /conveyed his optimism/, /optimism on future meetings/]) {
      const p = passageWith(r, words);
      assert.equal(p?.proposedOrganization, key, String(words));
      assert.equal(p?.source.kind, 'PRESS_RELEASE', String(words));
    }
  });

  it('TALKS_CONCLUDED_WITH_GROUP: the close of the account, in the body’s quoted words, is both sides’', () => {
    const p = passageWith(r, /concluded with both officials/);
    assert.deepEqual(p?.partyIds, [10]);
    assert.deepEqual(p?.proposedParties, ['official:ramon ilagan']);
  });

  it('is of the country of the talks’ participant not on record', () => {
    assert.equal(r.proposedOrganizations.find((o) => o.key === key)?.countryCode, 'PH');
  });
});

describe('STATE_NAME_NO_PERSON: a state’s formal name between a title and the name', () => {
  it('reads the title over the formal name, the country from it', () => {
    const [person] = titledPeople(
      'Minister Morishima held a teleconference with Secretary of State for Defence of the United Kingdom of Great Britain and Northern Ireland, the Rt Hon Ann Calder.',
    ).filter((p) => p.title);
    assert.equal(person?.name, 'Ann Calder');
    assert.equal(person?.title, 'Secretary of State for Defence');
    assert.equal(person?.countryCode, 'GB');
  });
});

describe('talks proposed from a meeting "between" two people and a guest hosted by name', () => {
  it('proposes the meeting between the two a sentence names', () => {
    const r = story(
      'Sailors of both navies train together, and the meeting between Secretary of Defense Harold Brennan and Philippine Defense Secretary Ramon Ilagan in Washington yesterday sought to deepen that alliance.',
      'Ilagan said the two countries had agreed an ambitious program of work.',
    );
    assert.ok(r.proposedCall);
    assert.deepEqual(r.proposedCall!.participantIds, [10]);
    assert.equal(r.proposedCall!.proposedParticipants.length, 1);
  });

  it('proposes the visit of a guest hosted by name, without a title', () => {
    const r = story(
      'Philippine Defense Secretary Ramon Ilagan on Friday toured a Japanese frigate.',
      'Minister of Defense Kenta Morishima hosted Ilagan for the visit aboard the ship, a month after the purchase.',
      'Ilagan said the two ministers agreed to conclude the contract quickly.',
    );
    assert.ok(r.proposedCall);
    assert.deepEqual(r.proposedCall!.participantIds, [11]);
  });
});

describe('countries of officials the world lacks', () => {
  it('PAIR_QUALIFIES_NO_ONE: a country joined to another by a dash qualifies no title after it', () => {
    const r = extract(
      new Lexicon(world()),
      'On July 21, Minister Lee Do-yun had a ROK-U.S. Defense Ministers Meeting with Secretary Ann Calder and exchanged views on cooperation.',
      { kind: 'PRESS_RELEASE', publisherId: 3, publishedOn: '2031-07-21', keepAll: true },
    );
    const calder = r.proposedOfficials.find((o) => o.name === 'Ann Calder');
    assert.ok(calder);
    assert.notEqual(calder!.countryCode, 'KR');
  });

  it('OTHER_SPEAKER_SIDE: the page’s own minister is not of the country of the host who speaks the turns', () => {
    const text = [
      'Release details',
      'Related ministers and contacts',
      'The Hon Ann Calder MP',
      'Deputy Prime Minister',
      'Minister for Defence',
      'Release content',
      '7 May 2031',
      'SUBJECTS: Australia-Japan Defence Relationship.',
      "KENTA MORISHIMA, JAPAN'S MINISTER OF DEFENSE (VIA TRANSLATOR): This year marks a milestone in the Japan-Australia defense relationship. Today I had the honor of hosting DPM Calder here in Tokyo and holding a meeting. Japan and Australia will keep working together for peace and stability in the region.",
    ].join('\n');
    const r = extract(new Lexicon(world()), text, {
      kind: 'TRANSCRIPT',
      publisherId: null,
      publishedOn: '2031-05-07',
      title: 'Joint press conference, Tokyo',
      timeZone: 'Asia/Tokyo',
      keepAll: true,
    });
    assert.equal(r.proposedOfficials.find((o) => o.name === 'Ann Calder')?.countryCode, 'AU');
  });
});

describe('LABEL_NAME_NOT_HOLDER: a transcript label naming a person no official on record bears', () => {
  const look = {
    mentions: (t: string) => new Lexicon(world()).mentions(t),
    // The one holder on record of the Minister of Defense's post, whatever the country asked.
    holders: (title: string) => (/^Minister of Defense$/i.test(title) ? [11] : []),
    countryOf: (id: number) => new Lexicon(world()).officials.get(id)?.countryCode ?? null,
    publisherCountry: 'US',
  };

  it('is not the holder on record of a like-named post', () => {
    assert.equal(labelSpeaker('MINISTER OF DEFENSE JANA ROEDER', look, null, []), null);
  });

  it('still reads a label by the title alone, and one naming the holder', () => {
    assert.equal(labelSpeaker('MINISTER OF DEFENSE', look, null, [])?.id, 11);
    assert.equal(labelSpeaker('MINISTER OF DEFENSE KENTA MORISHIMA', look, null, [])?.id, 11);
  });
});

describe('SHARED_WITH_OTHER: a purpose set apart by a comma', () => {
  it('makes the one spoken with a party to "their shared" commitment', () => {
    const r = extract(
      new Lexicon(world()),
      'Readout of a call\n\nSecretary of Defense Harold Brennan spoke with Philippine Secretary of National Defense Ramon Ilagan on the phone today, to reaffirm their shared commitment to the alliance.',
      { kind: 'READOUT', publisherId: 1, publishedOn: '2031-03-05', title: 'Readout of a call', keepAll: true },
    );
    const p = passageWith(r, /shared commitment/);
    assert.deepEqual(p?.partyIds, [10]);
    assert.deepEqual(p?.proposedParties, ['official:ramon ilagan']);
  });
});
