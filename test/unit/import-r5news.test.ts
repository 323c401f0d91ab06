/**
 * Rules for wire stories, news pages and readouts with countries not on record (issue 19, round 5), on sentences written
 * for these tests: a ministry's portal headed by its state's formal name, a visitor hosted at a reception.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../src/imports/extract';
import { Lexicon } from '../../src/imports/lexicon';
import { clauseGoesOnUnquoted } from '../../src/imports/pipeline/attribution';
import { outsidePastPeriodLead } from '../../src/imports/pipeline/dates';
import { trailingFrame } from '../../src/imports/pipeline/frames';
import { publisherLine } from '../../src/imports/pipeline/publisher';
import { pentagonReadout, releaseWithoutPublisher, world } from './import-world';

describe('stories and readouts of other countries (round 5)', () => {
  it('reads a publisher\'s line that ends with its state\'s formal name ("… of the Kingdom of X")', () => {
    const line = (text: string) => {
      const p = publisherLine(text);
      return p && [p.name, p.country];
    };
    assert.deepEqual(line('Ministry of National Defence of the Kingdom of Cambodia\nNews\n\nText.'), [
      'Ministry of National Defence',
      'Kingdom of Cambodia',
    ]);
    assert.deepEqual(line('Ministry of Defence of the Democratic Socialist Republic of Sri Lanka\n\nText.'), [
      'Ministry of Defence',
      'Democratic Socialist Republic of Sri Lanka',
    ]);
    assert.deepEqual(line('Department of National Defense\n\nText.'), ['Department of National Defense', null]);
  });

  it('proposes the meeting of an official who hosted a reception or dinner for a visitor, and the portal as author', () => {
    const text = [
      'Ministry of National Defence of the Kingdom of Cambodia',
      'Deputy Minister welcomes U.S. Secretary of Defense',
      '(Portal) - General Sok Vannak, Deputy Minister of National Defence, hosted a dinner in Phnom Penh on May 4 for Harold Brennan, U.S. Secretary of Defense, who is on a short visit.',
      'The two sides agreed to widen demining training along the northern border.',
    ].join('\n\n');
    const r = releaseWithoutPublisher(text, '2031-05-05', 'Asia/Phnom_Penh');
    assert.deepEqual(
      r.proposedOrganizations.map((o) => [o.name, o.countryCode]),
      [['Ministry of National Defence', 'KH']],
    );
    const sok = r.proposedOfficials.find((p) => p.name === 'Sok Vannak')!;
    assert.deepEqual([r.proposedCall?.participantIds, r.proposedCall?.proposedParticipants], [[10], [sok.key]]);
    const agreed = r.passages.find((x) => /demining/.test(x.text))!;
    assert.deepEqual([agreed.partyIds, agreed.proposedParties], [[10], [sok.key]]);
  });

  it('reads a quoted predicate followed by an unquoted coordinated clause as a fragment of the paraphrase', () => {
    assert.equal(clauseGoesOnUnquoted('" and that the pair would meet again in the autumn.'), true);
    assert.equal(clauseGoesOnUnquoted('” and agreed to widen pilot exchanges next year.'), true);
    // Every reported part quoted: each quotation stays one.
    assert.equal(clauseGoesOnUnquoted('" and that the leaders "hope to meet soon."'), false);
    assert.equal(clauseGoesOnUnquoted('," the ministry said.'), false);
  });

  it('takes the body named after "In a statement issued …," as the source, not a statement named earlier', () => {
    const text = [
      'Allies pledge closer drills',
      'TOKYO (Harbor Times) - Defense Minister Kenta Morishima spoke with U.S. Secretary of Defense Harold Brennan by phone on Tuesday, the Japanese ministry said in a statement.',
      'Morishima told Brennan that Japan would keep raising its defense budget, the ministry said.',
      'In a statement released late Monday in Washington, the Pentagon said the two ministers "agreed to widen joint air patrols" and that they would meet again in June.',
    ].join('\n\n');
    const r = extract(new Lexicon(world()), text, {
      kind: 'NEWS_ARTICLE',
      publisherId: 4,
      publishedOn: '2031-04-02',
      title: 'Allies pledge closer drills',
      keepAll: true,
    });
    const p = r.passages.find((x) => /air patrols/.test(x.text))!;
    assert.match(p.text, /^In a statement released late Monday .* meet again in June\.$/);
    assert.deepEqual([p.kind, p.source?.publisherId, p.source?.isDocument], ['PARAPHRASE', 1, false]);
    assert.deepEqual(p.partyIds.slice().sort(), [10, 11]);
  });

  it('reads an initial or an abbreviated title before the name after a quotation ("…," P. Lund said), and "we agreed" of a meeting not on record', () => {
    const text = [
      'Ministry of Defence of the Republic of Estonia',
      'Minister Kask and Secretary Brennan agree on closer air defence work',
      'Estonian Minister of Defence Tarmo Kask met with U.S. Secretary of Defense Harold Brennan in Washington on Tuesday.',
      '"Today we agreed to set up a joint working group on air defence for the whole region," T. Kask said after the meeting.',
      '"Your country shows every ally what a steady defence budget can buy," H. Brennan said at the meeting.',
    ].join('\n\n');
    const r = releaseWithoutPublisher(text, '2031-04-09', 'Europe/Tallinn');
    const kask = r.proposedOfficials.find((p) => p.name === 'Tarmo Kask')!;
    const agreed = r.passages.find((x) => /working group/.test(x.text))!;
    assert.deepEqual([agreed.proposedSpeakers, agreed.partyIds, agreed.proposedParties], [[kask.key], [10], [kask.key]]);
    const praise = r.passages.find((x) => /steady defence budget/.test(x.text))!;
    assert.deepEqual(praise.speakerIds, [10]);
  });

  it('reads a proposed official\'s title opening a sentence with no article ("Rajya Raksha Mantri stressed …") as that official', () => {
    const text = [
      'Ministry of Defence',
      'Rajya Raksha Mantri holds talks with US Secretary of Defense',
      'Rajya Raksha Mantri Shri Ravi Deshmane held a telephonic conversation with the US Secretary of Defense Mr Harold Brennan on April 1, 2031.',
      'Rajya Raksha Mantri stressed the value of joint maritime patrols in the western ocean.',
    ].join('\n\n');
    const r = releaseWithoutPublisher(text, '2031-04-01', 'Asia/Kolkata');
    const ravi = r.proposedOfficials.find((p) => p.name === 'Ravi Deshmane')!;
    const stressed = r.passages.find((x) => /maritime patrols/.test(x.text))!;
    assert.deepEqual(stressed.proposedParties, [ravi.key]);
  });

  it('reads "both principals", "the State Secretary" and "presented" in a readout with an official not on record', () => {
    const text = [
      'Readout of Secretary of Defense Harold Brennan’s Meeting With Danish State Secretary Freja Holm',
      'Secretary of Defense Harold Brennan met with Danish State Secretary for Defence Freja Holm at the Pentagon today.',
      'State Secretary Holm presented Denmark’s new plan for Arctic surveillance flights.',
      'Secretary Brennan outlined the U.S. view of the region, and the State Secretary expressed support for closer radar sharing.',
      'Both principals agreed to meet again before the end of the year.',
    ].join('\n\n');
    const r = pentagonReadout(text, '2031-06-02');
    const holm = r.proposedOfficials.find((p) => p.name === 'Freja Holm')!;
    const parties = (re: RegExp) => {
      const p = r.passages.find((x) => re.test(x.text));
      return p && [p.partyIds, p.proposedParties];
    };
    assert.deepEqual(parties(/Arctic surveillance/), [[], [holm.key]]);
    assert.deepEqual(parties(/radar sharing/), [[10], [holm.key]]);
    assert.deepEqual(parties(/meet again/), [[10], [holm.key]]);
  });

  it('keeps "<body> said in a statement that A, adding that B" one passage, and reads remarks posted by a ministry as its release', () => {
    const text = [
      'Allies to widen patrols',
      'TOKYO (Harbor Times) - Defense Minister Kenta Morishima held a video call with U.S. Secretary of Defense Harold Brennan on Tuesday.',
      'The Pentagon said in a statement that the two ministers agreed to widen joint air patrols, adding that they would meet in person in June.',
      '"We have asked our ally to train with us far more often than before," Morishima said in remarks posted by the ministry after the call.',
    ].join('\n\n');
    const r = extract(new Lexicon(world()), text, {
      kind: 'NEWS_ARTICLE',
      publisherId: 4,
      publishedOn: '2031-04-02',
      title: 'Allies to widen patrols',
      keepAll: true,
    });
    const agreed = r.passages.filter((x) => /air patrols|in person/.test(x.text));
    assert.equal(agreed.length, 1);
    assert.match(agreed[0].text, /^The Pentagon said .* in June\.$/);
    assert.deepEqual(agreed[0].partyIds.slice().sort(), [10, 11]);
    const remarks = r.passages.find((x) => /train with us/.test(x.text))!;
    assert.deepEqual([remarks.speakerIds, remarks.source?.kind, remarks.source?.publisherId], [[11], 'PRESS_RELEASE', 2]);
  });

  it('reads "…, who said afterward that …" as the words of the person the relative clause follows', () => {
    const text = [
      'Allies talk by phone',
      'SEOUL (Harbor Times) - Secretary of Defense Harold Brennan spoke by phone on Monday with Japanese Defense Minister Kenta Morishima, who said afterward that the two had agreed to widen joint air patrols.',
    ].join('\n\n');
    const r = extract(new Lexicon(world()), text, {
      kind: 'NEWS_ARTICLE',
      publisherId: 4,
      publishedOn: '2031-04-02',
      title: 'Allies talk by phone',
      keepAll: true,
    });
    const p = r.passages.find((x) => /air patrols/.test(x.text))!;
    assert.deepEqual(p.speakerIds, [11]);
  });

  it('reads "<subject>, according to <body>, <predicate>" as the body\'s account of the whole sentence', () => {
    const sentence = 'Ruiz, according to the ministry, told Lund the coastal patrols would resume in May.';
    const f = trailingFrame(sentence)!;
    assert.equal(sentence.slice(...f.reporter), 'the ministry');
    assert.equal(sentence.slice(...f.clause), sentence);
    assert.equal(trailingFrame('Ruiz, a former pilot, told Lund the coastal patrols would resume in May.'), null);
  });

  it('takes a proposed official\'s title with no article before "stated:" as the speaker of the quotation', () => {
    const text = [
      'Ministry of Defence',
      'Rajya Raksha Mantri holds talks with US Secretary of Defense',
      'Rajya Raksha Mantri Shri Ravi Deshmane held a telephonic conversation with the US Secretary of Defense Mr Harold Brennan on April 1, 2031.',
      'In a message to the press, Rajya Raksha Mantri stated: "Our two navies will sail together more often in the years ahead."',
    ].join('\n\n');
    const r = releaseWithoutPublisher(text, '2031-04-01', 'Asia/Kolkata');
    const ravi = r.proposedOfficials.find((p) => p.name === 'Ravi Deshmane')!;
    const quote = r.passages.find((x) => /sail together/.test(x.text))!;
    assert.deepEqual([quote.kind, quote.proposedSpeakers], ['DIRECT_QUOTE', [ravi.key]]);
  });

  it('reads a sentence opening on "Last week"/"Last month"/"… ago" as outside a call made since', () => {
    assert.equal(outsidePastPeriodLead('Last week Lund told lawmakers the plan was sound.', '2031-04-01', '2031-04-02'), true);
    assert.equal(outsidePastPeriodLead('Last week, Lund told lawmakers the plan was sound.', '2031-03-24', '2031-04-02'), false);
    assert.equal(outsidePastPeriodLead('Last month Lund said the plan was sound.', '2031-04-01', '2031-04-02'), true);
    assert.equal(outsidePastPeriodLead('Two weeks ago Lund said the plan was sound.', '2031-03-19', '2031-04-02'), false);
    assert.equal(outsidePastPeriodLead('Lund said last week that the plan was sound.', '2031-04-01', '2031-04-02'), false);
  });
});
