/**
 * Round 17 (parties): who a draft's group subject stands for when the talks' people are not all on record, and the names
 * that are no people. Invented people, places and sentences.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type DocumentKind, extract } from '../../src/imports/extract';
import { Lexicon, type LexiconData } from '../../src/imports/lexicon';
import { personNames, titledPeople } from '../../src/imports/pipeline/people';
import { passageWith, sortedIds, wireStory, world } from './import-world';

/** A document of 2 March 2031 in the world given, of the kind and publisher given, its paragraphs as given, every draft kept. */
const published = (data: LexiconData, kind: DocumentKind, publisherId: number, title: string | undefined, ...paragraphs: string[]) =>
  extract(new Lexicon(data), paragraphs.join('\n\n'), { kind, publisherId, publishedOn: '2031-03-02', title, keepAll: true });

/** A joint statement published by the U.S. department (1). */
const jointStatement = (...paragraphs: string[]) =>
  published(world(), 'JOINT_STATEMENT', 1, 'Joint Statement on the Defense Partnership', ...paragraphs);

describe('import round 17: group subjects of talks not on record', () => {
  it('JOINT_POSITION, early: "They also agreed …" after a lead making two people of two countries its subject is the two', () => {
    const r = wireStory(
      world(),
      'LISBON (Harbor) -- Minister Kenta Morishima and his Portuguese counterpart, Rui Valente, agreed Wednesday to deepen naval cooperation.',
      'They also agreed to hold a joint exercise in the Atlantic next year.',
    );
    const p = passageWith(r, /joint exercise in the Atlantic/);
    assert.ok(p, 'the "They" sentence is a draft');
    assert.deepEqual(sortedIds(p.partyIds), [11]);
    assert.equal(p.proposedParties.length, 1, 'and the proposed counterpart is its other party');
    assert.match(p.proposedParties[0], /valente/);
  });

  it('JOINT_TITLED_PAIR: a joint statement opening "Secretary X and Minister Y", Y not on record: Y proposed, both signatories', () => {
    const r = jointStatement(
      'Today, Secretary Brennan and Minister Wirananda reaffirmed the strength of the defense partnership between the two nations.',
      'They also agreed to expand maritime training and to meet again within the year.',
    );
    const p = passageWith(r, /expand maritime training/);
    assert.ok(p);
    assert.deepEqual(sortedIds(p.partyIds), [10]);
    assert.deepEqual(p.proposedParties, ['official:wirananda']);
    assert.deepEqual(sortedIds(p.speakerIds), [10], 'the author is the two signatories');
    assert.deepEqual(p.proposedSpeakers, ['official:wirananda']);
  });

  it('a joint statement naming both signatories on record is unchanged: no one proposed', () => {
    const r = jointStatement(
      'Secretary Brennan and Minister Morishima reaffirmed the strength of the alliance.',
      'They agreed to expand maritime training.',
    );
    assert.deepEqual(sortedIds(passageWith(r, /expand maritime training/)?.partyIds), [10, 11]);
    assert.deepEqual(passageWith(r, /expand maritime training/)?.proposedParties, []);
  });
});

describe('import round 17: the talks’ two countries as a release’s subject', () => {
  it('COUNTRY_PAIR_OF_THE_TALKS: "Japan and Portugal have agreed …" in the ministry’s release is the talks’ two people', () => {
    const r = published(
      world(),
      'PRESS_RELEASE',
      2,
      undefined,
      'Minister Kenta Morishima held a meeting with his Portuguese counterpart, Rui Valente, at the ministry in Tokyo on March 2.',
      'Japan and Portugal have agreed to hold regular talks between their navies.',
    );
    const p = passageWith(r, /regular talks between their navies/);
    assert.ok(p);
    assert.deepEqual(sortedIds(p.partyIds), [11]);
    assert.equal(p.proposedParties.length, 1);
  });
});

describe('import round 17: a paper’s own country’s ministry', () => {
  it('HOME_MINISTRY: "according to the Ministry of Defense" in a Seoul paper, on Lee’s talks with a minister not on record, is Seoul’s', () => {
    const w = world();
    w.organizations.push({
      id: 5,
      name: 'Seoul Courier',
      shortName: null,
      aliases: [],
      countryCode: 'KR',
    } as (typeof w.organizations)[number]);
    const r = published(
      w,
      'NEWS_ARTICLE',
      5,
      undefined,
      'SEOUL -- Minister Lee Do-yun held talks with Portuguese Defense Minister Rui Valente on Monday, according to the Ministry of Defense.',
      'The two ministers agreed to expand exchanges between their navies, the Ministry of Defense said.',
    );
    const p = passageWith(r, /expand exchanges between their navies/);
    assert.ok(p);
    assert.equal(p.attributedOrganizationId, 3, 'the Korean ministry on record, not a proposed Portuguese body');
  });
});

describe('import round 17: the country of a person not on record', () => {
  it('COUNTERPARTS_LISTED: "their Portuguese counterparts, Ana Lobo and Rui Valente" are both counterparts of that country', () => {
    const people = titledPeople(
      'The talks were attended by Minister Kenta Morishima from the Japanese side, and their Portuguese counterparts, Ana Lobo and Rui Valente.',
    );
    const lobo = people.find((p) => p.name === 'Ana Lobo');
    const valente = people.find((p) => p.name === 'Rui Valente');
    assert.equal(lobo?.counterpart, true);
    assert.equal(valente?.counterpart, true, 'the second name of the list too');
  });

  it('PLACE_NAME_COUNTRY: "the South China Sea" just before the title does not make the official Chinese', () => {
    const r = wireStory(
      world(),
      'MANILA (Harbor) -- Secretary Harold Brennan criticized risky maneuvers in the South China Sea in a call to Defense Secretary Ramon Dizon.',
      'Dizon said the Philippines would keep resupplying its troops.',
    );
    const dizon = r.proposedOfficials.find((p) => p.name === 'Ramon Dizon');
    assert.ok(dizon, 'proposed');
    assert.notEqual(dizon.countryCode, 'CN');
  });
});

describe('import round 17: names that are no people', () => {
  it('HONOURS_POST_NOMINAL: "Senator the Hon Jane Roe CSC" is Jane Roe, not a second person "Roe Csc"', () => {
    const names = personNames('Senator the Hon Jane Roe CSC\n\nMinister for Defence').map((n) => n.name);
    assert.deepEqual(names, ['Jane Roe']);
  });

  it('HONOURS_POST_NOMINAL: a title after the honours is still read ("Jane Roe AO CSC, Minister for Defence,")', () => {
    const [p] = titledPeople('Jane Roe AO CSC, Minister for Defence, said the drills would go ahead.');
    assert.equal(p?.name, 'Jane Roe');
    assert.equal(p?.title, 'Minister for Defence');
  });

  it('DOCUMENT_OR_BODY_WORD: a resolution, report or strategy named after a rank word is no person', () => {
    for (const text of [
      'They cited United Nations General Assembly Resolution ES-99/1 of last year.',
      'The ministers welcomed the United States Indo-Pacific Strategy Report announced by Secretary Brennan.',
    ]) {
      const names = titledPeople(text).map((n) => n.name);
      assert.ok(!names.some((n) => /Resolution|Strategy|Report|Assembly/.test(n)), `${text}: ${names.join(', ')}`);
    }
  });

  it('ABBREVIATION_OR_RANK_WORD: a month abbreviation, "PM" or a rank word ends or opens no name', () => {
    const names = personNames(
      'Secretary of State for Defence John Roe Oct 12 met Rao PM and Ltc Dana Pike, and Lieutenant Colonel Omar T. Vasquez.',
    ).map((n) => n.name);
    assert.ok(names.includes('John Roe'), names.join(', '));
    assert.ok(names.includes('Dana Pike'), names.join(', '));
    assert.ok(names.includes('Omar T. Vasquez'), names.join(', '));
    assert.ok(!names.some((n) => /\b(?:Oct|Pm|Ltc|Lieutenant|Colonel)\b/.test(n)), names.join(', '));
  });

  it('QUOTED_NICKNAME: "Defense Secretary Ramon “Monching” Dizon Jr." is Ramon Dizon Jr., with that title', () => {
    const [p] = titledPeople('Defense Secretary Ramon “Monching” Dizon Jr. met Minister Kenta Morishima on Monday.');
    assert.equal(p?.name, 'Ramon Dizon Jr.');
    assert.equal(p?.title, 'Defense Secretary');
  });

  it('TITLE_BEFORE_ITS_STATE: "John Roe MP, Secretary of State for Defence of the United Kingdom of …" has that title', () => {
    const [p] = titledPeople(
      'The Rt Hon John Roe MP, Secretary of State for Defence of the United Kingdom of Great Britain and Northern Ireland (hereinafter the “UK”), and the minister met.',
    );
    assert.equal(p?.name, 'John Roe');
    assert.equal(p?.title, 'Secretary of State for Defence');
  });
});
