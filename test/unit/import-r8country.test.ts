/**
 * Documents about countries the dataset does not know (issue 19, round 8): a minister's own release headed in capitals and
 * written in the first person, a release's contact line naming the press office before its body, a quotation followed by
 * its speaker's line. Invented sentences and names, not the corpus's.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  CONTACT_OFFICE_LINE,
  COUNTRY_AROUND_BODY,
  OWN_RELEASE_VOICE,
  publisherLine,
  publisherPerson,
  unquoted,
} from '../../src/imports/pipeline/publisher';
import { QUOTE_THEN_ATTRIBUTION, quotesAttributedAfter } from '../../src/imports/pipeline/turns';
import { isTitleLine } from '../../src/imports/pipeline/people';
import { segment } from '../../src/imports/pipeline/segment';
import { releaseWithoutPublisher, world } from './import-world';
import { OTHER_SETTING } from '../../src/imports/pipeline/proposed-call';
import { commitmentsIn } from '../../src/imports/pipeline/commitments';
import { Lexicon } from '../../src/imports/lexicon';

/** The test world with three countries the dataset knows nothing else of. */
function wider() {
  const data = world();
  for (const [code, name, aliases] of [
    ['NO', 'Norway', ['Norwegian']],
    ['GH', 'Ghana', ['Ghanaian']],
    ['CL', 'Chile', ['Chilean']],
  ] as const)
    data.countries.push({ code, name, aliases: [...aliases], timeZone: 'UTC' } as (typeof data.countries)[number]);
  return new Lexicon(data);
}
const lex = wider();
/** Titles of the commitments stage 6 proposes for a sentence of talks between these countries. */
const proposed = (text: string, countries: string[]) =>
  commitmentsIn(lex, text, { countries, proposals: [], document: text }).proposed.map((p) => p.title);

describe('countries the dataset does not know (round 8)', () => {
  it('reads a minister’s release head printed in capitals as the name written in words, with its title', () => {
    const head = publisherPerson('THE HON MARGOT VELLACOTT MP\nMINISTER FOR COASTAL AFFAIRS\n\nMEDIA RELEASE\n\nTitle\n\nText.');
    assert.deepEqual([head?.name, head?.title], ['Margot Vellacott', 'Minister for Coastal Affairs']);
    // Mixed case as before.
    assert.equal(publisherPerson('The Hon Margot Vellacott MP\nMinister for Coastal Affairs\n\nText.')?.name, 'Margot Vellacott');
    // A headline in capitals is no minister's head.
    assert.equal(publisherPerson('THE HON MEMBERS AGREE\nNEW HARBOUR RULES\n\nText.'), null);
  });

  it('hears the first person singular outside quotations only', () => {
    assert.ok(OWN_RELEASE_VOICE.singular.test('This afternoon I met the Secretary.'));
    assert.ok(OWN_RELEASE_VOICE.singular.test('The Secretary told me the patrols would go on.'));
    assert.ok(!OWN_RELEASE_VOICE.singular.test(unquoted('“I will not cut the patrols,” the Secretary said.')));
    assert.ok(!OWN_RELEASE_VOICE.singular.test('Phase II of the plan starts in May.'));
  });

  it('makes a minister’s own first-person release the minister’s words: author and party, a direct quote', () => {
    const text = [
      'THE HON MARGOT VELLACOTT MP',
      'MINISTER FOR COASTAL AFFAIRS',
      'MEDIA RELEASE',
      'Talks with the United States Secretary of Defense',
      'Today I spoke with United States Secretary of Defense Harold Brennan about the safety of the gulf.',
      'I reaffirmed that our navy will keep two frigates on patrol in the gulf next year.',
      'Secretary Brennan and I agreed to hold a joint salvage exercise in the spring.',
      'Media contact: Tom Pryde, Office of the Minister for Coastal Affairs',
    ].join('\n\n');
    const r = releaseWithoutPublisher(text, '2031-05-06', 'Pacific/Auckland');
    const minister = r.proposedOfficials.find((p) => p.name === 'Margot Vellacott');
    assert.ok(minister, JSON.stringify(r.proposedOfficials));
    assert.equal(minister.countryCode, 'NZ');
    const frigates = r.passages.find((p) => /two frigates/.test(p.text));
    assert.ok(frigates, JSON.stringify(r.passages.map((p) => p.text)));
    assert.equal(frigates.kind, 'DIRECT_QUOTE');
    assert.deepEqual([frigates.speakerIds, frigates.proposedSpeakers, frigates.proposedParties], [[], [minister.key], [minister.key]]);
    const salvage = r.passages.find((p) => /salvage exercise/.test(p.text))!;
    assert.deepEqual([salvage.partyIds, salvage.proposedParties], [[10], [minister.key]]);
    // The engagement the minister reports in the first person: with the Secretary, proposed.
    assert.deepEqual([r.proposedCall?.participantIds, r.proposedCall?.proposedParticipants], [[10], [minister.key]]);
  });

  it('reads the body of a contact line that names the press office first', () => {
    assert.ok(CONTACT_OFFICE_LINE.pattern.test('Media Relations, Department of Harbours'));
    assert.ok(CONTACT_OFFICE_LINE.pattern.test('Press Office: Ministry of Coastal Affairs'));
    assert.equal(publisherLine('Title\n\nText of the release.\n\nMedia Relations, Department of Harbours')?.name, 'Department of Harbours');
    assert.equal(publisherLine('Title\n\nText.\n\nPress Office, Ministry of Coastal Affairs')?.name, 'Ministry of Coastal Affairs');
    // A person's contact line is none.
    assert.equal(publisherLine('Title\n\nText.\n\nMedia contact: Tom Pryde, Office of the Minister for Coastal Affairs'), null);
    assert.equal(publisherLine('Title\n\nText.\n\nPress Office, the Secretary will speak at noon'), null);
  });

  it('proposes the body of a contact line as the author of the release, with the country of its time zone', () => {
    const text = [
      'Minister Osei meets United States Secretary of Defense',
      'Minister of Coastal Affairs Kofi Osei met U.S. Secretary of Defense Harold Brennan in Accra on Tuesday.',
      'The two ministers agreed to double joint patrols in the gulf next year.',
      'Press Office, Ministry of Coastal Affairs',
    ].join('\n\n');
    const r = releaseWithoutPublisher(text, '2031-05-06', 'Africa/Accra');
    const body = r.proposedOrganizations.find((o) => o.name === 'Ministry of Coastal Affairs');
    assert.ok(body, JSON.stringify(r.proposedOrganizations));
    assert.equal(body.countryCode, 'GH');
    assert.equal(r.passages.find((p) => /double joint patrols/.test(p.text))?.proposedOrganization, body.key);
  });

  it('gives quotation paragraphs to the speaker named on the line after them', () => {
    assert.ok(QUOTE_THEN_ATTRIBUTION.line.test('– The Honourable Kofi Osei, Minister of Coastal Affairs'));
    assert.ok(QUOTE_THEN_ATTRIBUTION.line.test('Kofi Osei, Minister of Coastal Affairs'));
    assert.ok(!QUOTE_THEN_ATTRIBUTION.line.test('Kofi Osei, who visited the port, said so.'));
    const text = [
      'Quotes',
      '“Our navies will keep the gulf open together.”',
      '“Nothing about our patrols will change.”',
      '– The Honourable Kofi Osei, Minister of Coastal Affairs',
      'Quick facts',
    ].join('\n\n');
    const { blocks } = segment(text);
    const { turns, lines } = quotesAttributedAfter(text, blocks, isTitleLine);
    assert.deepEqual(
      turns.map((t) => [t.label, t.fromBlock, t.toBlock]),
      [['The Honourable Kofi Osei, Minister of Coastal Affairs', 1, 2]],
    );
    assert.deepEqual([...lines], [3]);
    // Not a title after the comma: no attribution.
    const plain = '“We will see.”\n\nKofi Osei, Accra harbour master and poet';
    assert.equal(quotesAttributedAfter(plain, segment(plain).blocks, isTitleLine).turns.length, 0);
  });

  it('makes the speaker on the line after a release’s quotation its author', () => {
    const text = [
      'Minister Osei meets United States Secretary of Defense',
      'Today, the Honourable Kofi Osei, Minister of Coastal Affairs, met U.S. Secretary of Defense Harold Brennan in Accra.',
      'The two ministers agreed to double joint patrols in the gulf next year.',
      'Quotes',
      '“Our two navies will keep this gulf open together, and we will not let our share of the patrols slip.”',
      '– The Honourable Kofi Osei, Minister of Coastal Affairs',
      'Press Office, Ministry of Coastal Affairs',
    ].join('\n\n');
    const r = releaseWithoutPublisher(text, '2031-05-06', 'Africa/Accra');
    const osei = r.proposedOfficials.find((p) => p.name === 'Kofi Osei');
    assert.ok(osei, JSON.stringify(r.proposedOfficials));
    const quote = r.passages.find((p) => /share of the patrols/.test(p.text));
    assert.ok(quote, JSON.stringify(r.passages.map((p) => p.text)));
    assert.deepEqual([quote.kind, quote.proposedSpeakers, quote.proposedOrganization ?? null], ['DIRECT_QUOTE', [osei.key], null]);
  });

  it('makes "the Head of" a body, named by its initials, the minister who heads it: the party of what he does', () => {
    const text = [
      'Head of the MCA hosts U.S. Secretary',
      'On Tuesday, Minister of Coastal Affairs Kofi Osei hosted U.S. Secretary of Defense Harold Brennan in Accra.',
      'The Head of the MCA presented the ministry’s plan to buy four patrol boats and stressed that Ghana pays its own way.',
      'Press Office, Ministry of Coastal Affairs',
    ].join('\n\n');
    const r = releaseWithoutPublisher(text, '2031-05-06', 'Africa/Accra');
    const osei = r.proposedOfficials.find((p) => p.name === 'Kofi Osei')!;
    const plan = r.passages.filter((p) => /patrol boats|pays its own way/.test(p.text));
    assert.equal(plan.length, 1, JSON.stringify(r.passages.map((p) => p.text)));
    assert.deepEqual(
      [plan[0].kind, plan[0].proposedParties, plan[0].proposedOrganization],
      ['PARAPHRASE', [osei.key], 'organization:ministry of coastal affairs'],
    );
  });

  it('proposes the collective defense of an alliance organization named by its possessive article', () => {
    assert.deepEqual(proposed('The Secretary said the U.S. commitment to NATO’s Article 5 is beyond question.', ['US', 'NO']), [
      'NATO collective defense commitment',
    ]);
    // The organization's target is another commitment, not its collective defense.
    assert.deepEqual(
      proposed('The Secretary said the U.S. commitment to NATO’s spending target is a matter for allies.', ['US', 'NO']),
      [],
    );
  });

  it('proposes an organization’s target a member says it will meet, named by the possessive, and not a plan to reach it', () => {
    assert.deepEqual(proposed('Minister Dahl said Norway will meet NATO’s new air defence target of three percent of GDP.', ['US', 'NO']), [
      'NATO new air defence target of three percent of GDP',
    ]);
    assert.deepEqual(proposed('Minister Dahl outlined Norway’s plan to reach NATO’s air defence target in time.', ['US', 'NO']), []);
  });

  it('proposes the U.S. presence the United States will maintain in a country', () => {
    assert.deepEqual(proposed('The envoy said the United States would keep its rotational force presence in Ghana.', ['US', 'GH']), [
      'U.S. rotational force presence in Ghana',
    ]);
    assert.deepEqual(proposed('The envoy said the United States would keep its embassy in Ghana open.', ['US', 'GH']), []);
  });

  it('proposes a bilateral alliance affirmed as such, not one only named in a clause', () => {
    assert.deepEqual(proposed('The Secretary reaffirmed the historic U.S.-Chilean alliance.', ['US', 'CL']), ['U.S.-Chile alliance']);
    assert.deepEqual(proposed('Both sides affirmed the alliance between the United States and Norway.', ['US', 'NO']), [
      'U.S.-Norway alliance',
    ]);
    assert.deepEqual(proposed('Both sides reaffirmed that the U.S.-Chilean alliance is strong.', ['US', 'CL']), []);
    assert.deepEqual(proposed('They reaffirmed the strength of the U.S.-Chilean alliance.', ['US', 'CL']), []);
  });

  it('proposes the modernization of a joint body named in full that both sides agree to carry forward', () => {
    assert.deepEqual(proposed('The ministers agreed to speed up the modernization of the Southern Ocean Patrol Command.', ['US', 'CL']), [
      'Modernization of the Southern Ocean Patrol Command',
    ]);
    assert.deepEqual(proposed('The minister agreed to pursue the modernization of the Chilean Armed Forces.', ['US', 'CL']), []);
  });

  it('reads a legislature’s term as a time, not as remarks in another setting than the talks', () => {
    assert.ok(!OTHER_SETTING.pattern.test('Minister Dahl set out a plan to double the fleet in the next Parliament.'));
    assert.ok(!OTHER_SETTING.pattern.test('The bill is due before the current Congress ends.'));
    assert.ok(OTHER_SETTING.pattern.test('Minister Dahl told parliament on Tuesday that the fleet would double.'));
  });

  it('proposes the programme a member commits to doing its share of, named by its acronym', () => {
    assert.deepEqual(
      proposed('Minister Dahl restated Norway’s commitment to delivering its share of the NORDCAP radar chain.', ['US', 'NO']),
      ['NORDCAP radar chain'],
    );
  });

  it('gives quotations after a "Quotes attributable to X:" or "X said:" line to X, until one carries its own attribution', () => {
    const text = [
      'Minister Vellacott meets U.S. Secretary',
      'Minister for Coastal Affairs Margot Vellacott met United States Secretary of Defense Harold Brennan in Wellington on Tuesday.',
      'Quotes attributable to Minister for Coastal Affairs Margot Vellacott:',
      '“Our navies will keep the gulf open together, and we will not let our share of the patrols slip.”',
      '“We agreed that our frigates will stay in the gulf through the winter.”',
      '“We stand with Wellington on the gulf,” Secretary Brennan said at the meeting.',
      'Press Office, Ministry of Coastal Affairs',
    ].join('\n\n');
    const r = releaseWithoutPublisher(text, '2031-05-06', 'Pacific/Auckland');
    const minister = r.proposedOfficials.find((p) => p.name === 'Margot Vellacott')!;
    const by = (re: RegExp) => r.passages.find((p) => re.test(p.text))?.proposedSpeakers;
    assert.deepEqual(by(/share of the patrols/), [minister.key]);
    assert.deepEqual(by(/through the winter/), [minister.key]);
    assert.notDeepEqual(by(/stand with Wellington/), [minister.key]);
  });

  it('proposes the alliance’s collective defense for "Article 5" named alone between the United States and a member', () => {
    assert.deepEqual(
      proposed('Minister Dahl said Article 5 is the ground Norway stands on, and Washington stands on it too.', ['US', 'NO']),
      ['NATO collective defense commitment'],
    );
    // A partner outside the alliance: another treaty's article.
    assert.deepEqual(proposed('Minister Osei said Article 5 is the ground Ghana stands on.', ['US', 'GH']), []);
  });

  it('proposes a named system the United States is committed to sell or deliver to the partner, not a deterrent it provides', () => {
    assert.deepEqual(proposed('The envoy said the United States remains committed to selling Chile Condor-class frigates.', ['US', 'CL']), [
      'U.S. sale of Condor-class frigates to Chile',
    ]);
    assert.deepEqual(proposed('Washington is committed to the delivery of 8 K-9 helicopters to Ghana next year.', ['US', 'GH']), [
      'U.S. delivery of 8 K-9 helicopters to Ghana',
    ]);
    assert.deepEqual(proposed('Chile has committed to deliver four new patrol boats by 2030.', ['US', 'CL']), []);
  });

  it('reads a body’s country written as an adjective before it or in brackets after it, apart from its name', () => {
    assert.ok(COUNTRY_AROUND_BODY.before.test('Chilean Ministry of Harbours'));
    const line = (l: string) => ((r) => (r ? [r.name, r.country] : null))(publisherLine(`Title\n\n${l}\n\nText.`));
    assert.deepEqual(line('Chilean Ministry of Harbours'), ['Ministry of Harbours', 'Chilean']);
    assert.deepEqual(line('Ministry of Harbours (Chile)'), ['Ministry of Harbours', 'Chile']);
    // Not a country: no publisher line ("Coastal Ministry of …" is no form of the publisher line).
    assert.equal(line('Coastal Ministry of Harbours'), null);
    const text = ['Dahl meets U.S. Secretary', 'Norwegian Ministry of Defence', 'The two ministers agreed to double joint patrols.'].join(
      '\n\n',
    );
    const r = releaseWithoutPublisher(text, '2031-05-06', 'UTC');
    assert.deepEqual(
      r.proposedOrganizations.map((o) => [o.name, o.countryCode]),
      [['Ministry of Defence', 'NO']],
    );
  });

  it('reads the part of a header or dateline set apart by bars or dashes that is a body’s name', () => {
    const name = (l: string) => publisherLine(`Title\n\n${l}\n\nText.`)?.name ?? null;
    assert.equal(name('News release | Ministry of Harbours'), 'Ministry of Harbours');
    assert.equal(name('May 6, 2031 – Accra – Department of Coastal Affairs / Coast Guard'), 'Department of Coastal Affairs');
    assert.equal(name('Minister Osei meets U.S. Secretary – Accra'), null);
  });
});
