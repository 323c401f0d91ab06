/**
 * Round 19 (branch i19-r19people): officials the world lacks, proposed as a person is written — a post given after the
 * name in lower case and owned by a country, and names listed after a plural (a title in the plural, visiting counterparts).
 * Invented people and wording.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../src/imports/extract';
import { Lexicon } from '../../src/imports/lexicon';
import { titledPeople } from '../../src/imports/pipeline/people';
import { world } from './import-world';

const people = (s: string) => titledPeople(s).map((p) => ({ name: p.name, title: p.title, country: p.countryCode }));

describe('round 19: officials the world lacks, as a person is written', () => {
  it("a post in lower case after the name, owned by a country, is that country's post (COUNTRY_TITLE_AFTER)", () => {
    assert.deepEqual(people("Ruiz held talks with Tomas Verhulst, Belgium's presidential adviser on national security, on Monday."), [
      { name: 'Tomas Verhulst', title: 'Presidential Adviser on National Security', country: 'BE' },
    ]);
    assert.deepEqual(people('Vice Minister Lee Ha-jun (R) and Oliver Penrith (L), Britain’s minister for defence exports, pose.').at(-1), {
      name: 'Oliver Penrith',
      title: 'Minister for Defence Exports',
      country: 'GB',
    });
    // Not a country's: no post.
    assert.equal(people("Ruiz met Tomas Verhulst, Acme's senior adviser on trade, on Monday.")[0].title, null);
  });

  it('each name listed after a title in the plural holds that title (PLURAL_TITLE)', () => {
    assert.deepEqual(
      people('Foreign Ministers Lina Sorvari and Tomas Verhulst and Defence Ministers Oliver Penrith and Ana Ruiz met today.').map((p) => [
        p.name,
        p.title,
      ]),
      [
        ['Lina Sorvari', 'Foreign Minister'],
        ['Tomas Verhulst', 'Foreign Minister'],
        ['Oliver Penrith', 'Defence Minister'],
        ['Ana Ruiz', 'Defence Minister'],
      ],
    );
  });

  it('visiting counterparts listed after the plural are of its country (COUNTERPART_APPOSITION)', () => {
    const p = titledPeople('The two ministers met their visiting Chilean counterparts, Lina Sorvari and Tomas Verhulst, in Tokyo.');
    assert.deepEqual(
      p.map((x) => [x.name, x.countryCode, x.counterpart]),
      [
        ['Lina Sorvari', 'CL', true],
        ['Tomas Verhulst', 'CL', true],
      ],
    );
  });

  it('a country set apart from the title by a preposition or a bracket, or one a title is "for", is not the person\'s (COUNTRY_NOT_QUALIFYING)', () => {
    const text = [
      'Minister Kenta Morishima met Defence Minister Arvind Rao in Delhi on Monday during the state visit to Japan of President Tomas Verhulst.',
      'Indian envoy to Japan Priya Menon said the talks went well.',
      'The delegation included Deputy Assistant Secretary of State for Korea Oliver Penrith (Harbor Times) Defence Minister Ana Ruiz.',
    ].join('\n\n');
    const r = extract(new Lexicon(world()), text, { kind: 'NEWS_ARTICLE', publisherId: 4, publishedOn: '2031-03-02', title: 'Talks' });
    const country = (name: string) => r.proposedOfficials.find((o) => o.name === name)?.countryCode ?? null;
    assert.equal(country('Tomas Verhulst'), null);
    assert.equal(country('Priya Menon'), null);
    assert.equal(country('Oliver Penrith'), null);
    assert.equal(country('Ana Ruiz'), null);
  });

  it('an officer-in-charge, joined to a rank by "and" or in apposition after the name, acts (OFFICER_IN_CHARGE_JOINED, _AFTER)', () => {
    const capacity = (s: string) => titledPeople(s).map((p) => [p.name, p.capacity]);
    assert.deepEqual(
      capacity('A call with Chilean Senior Undersecretary and Officer in Charge of the Ministry of Defence Tomas Verhulst.'),
      [['Tomas Verhulst', 'ACTING']],
    );
    assert.deepEqual(capacity('SANTIAGO -- Senior Undersecretary Tomas Verhulst, Officer-in-Charge, Ministry of Defence, met Ana Ruiz.'), [
      ['Tomas Verhulst', 'ACTING'],
      ['Ana Ruiz', 'SUBSTANTIVE'],
    ]);
    assert.deepEqual(capacity('Senior Undersecretary Tomas Verhulst, the spokesman, said so.'), [['Tomas Verhulst', 'SUBSTANTIVE']]);
  });

  it('a head of state named beside ministers is neither their signatory nor one of "the ministers" (POST_GROUP_NO_HEAD_OF_STATE)', () => {
    const lex = new Lexicon(world());
    const title = 'Joint Statement on the Visit of Secretary of Defense Harold Brennan to Chile';
    const joint = extract(
      lex,
      [
        title,
        'Secretary of Defense Harold Brennan made his first visit to Chile to meet with President Ana Ruiz and Minister of National Defense Tomas Verhulst.',
        'The Secretaries reaffirmed their commitment to the alliance and agreed to expand joint exercises.',
      ].join('\n\n'),
      { kind: 'JOINT_STATEMENT', publisherId: 1, publishedOn: '2031-03-02', title },
    );
    const statement = joint.passages.find((p) => p.text.startsWith('The Secretaries'))!;
    assert.deepEqual(statement.proposedSpeakers, ['official:tomas verhulst']);
    assert.deepEqual(statement.proposedParties, ['official:tomas verhulst']);
    const release = extract(
      lex,
      [
        'Verhulst meets Morishima in Tokyo',
        "TOKYO -- Minister of National Defense Tomas Verhulst met with Japan's Minister of Defense Kenta Morishima on the sidelines of the state visit to Japan of President Ana Ruiz.",
        'Both ministers exchanged views on regional security developments and agreed to deepen cooperation.',
      ].join('\n\n'),
      {
        kind: 'PRESS_RELEASE',
        publisherId: null,
        publishedOn: '2031-03-02',
        title: 'Verhulst meets Morishima in Tokyo',
        timeZone: 'America/Santiago',
      },
    );
    const both = release.passages.find((p) => p.text.startsWith('Both ministers'))!;
    assert.deepEqual([both.partyIds, both.proposedParties], [[11], ['official:tomas verhulst']]);
  });

  it('two countries as the subject of talks of four are the four of them (TALKS_OF_TWO_COUNTRIES)', () => {
    const title = 'Japan, Chile to seek defense pact';
    const r = extract(
      new Lexicon(world()),
      [
        title,
        'TOKYO -- Japan and Chile agreed Saturday to start talks toward a defense agreement that would allow closer cooperation between their militaries.',
        "Defense Minister Kenta Morishima and Japanese Foreign Minister Hiro Tanabe met with Chile's Foreign Minister Ana Ruiz and Defense Minister Tomas Verhulst in Tokyo for their first security talks.",
      ].join('\n\n'),
      { kind: 'NEWS_ARTICLE', publisherId: 4, publishedOn: '2031-03-02', title },
    );
    const lead = r.passages.find((p) => p.text.startsWith('Japan and Chile'))!;
    assert.deepEqual(
      [lead.partyIds, [...lead.proposedParties].sort()],
      [[11], ['official:ana ruiz', 'official:hiro tanabe', 'official:tomas verhulst']],
    );
  });

  it("a participant reporting what the talks' two countries did speaks for both sides (PARTICIPANT_REPORTS_PAIR)", () => {
    const title = 'Japan, Chile to deepen defense ties';
    const r = extract(
      new Lexicon(world()),
      [
        title,
        'TOKYO -- Defense Minister Kenta Morishima met his Chilean counterpart Tomas Verhulst in Santiago on Monday.',
        'Japan and Chile agreed on Monday to further deepen defense ties in the face of an increasingly severe security environment, Defense Minister Kenta Morishima said.',
        'Morishima said Chile and Japan have agreed to deepen cooperation on military exchanges.',
        'Japan and Chile will continue to work together on maritime security, Morishima said.',
      ].join('\n\n'),
      { kind: 'NEWS_ARTICLE', publisherId: 4, publishedOn: '2031-03-02', title },
    );
    const parties = (start: string) => {
      const p = r.passages.find((x) => x.text.startsWith(start))!;
      return [p.partyIds, p.proposedParties];
    };
    assert.deepEqual(parties('Japan and Chile agreed'), [[11], ['official:tomas verhulst']]);
    assert.deepEqual(parties('Morishima said Chile'), [[11], ['official:tomas verhulst']]);
    // The speaker's own outlook: theirs alone.
    assert.deepEqual(parties('Japan and Chile will'), [[11], []]);
  });
});
