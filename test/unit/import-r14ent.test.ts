/**
 * Issue 19, round 14 on entities the world lacks (branch i19-r14ent): the body that publishes a release named of itself, the
 * talks' participants proposed once with their country, and the proposed call of a visit received. Invented people, bodies,
 * places and sentences.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../src/imports/extract';
import { Lexicon } from '../../src/imports/lexicon';
import { publisherLine } from '../../src/imports/pipeline/publisher';
import { RECEIVED_AS_GUEST } from '../../src/imports/pipeline/proposed-call';
import { passageWith, releaseWithoutPublisher, world } from './import-world';

describe('BREADCRUMB_TRAIL: a crumb of the page’s trail that names a body', () => {
  it('reads the first crumb naming a mission as the publisher line', () => {
    const text =
      'Embassy of Veloria > Embassy of Veloria Harbor City >> News\n\nBrennan meets Veloria’s minister\n\nThe two met on Tuesday.';
    const line = publisherLine(text);
    assert.equal(line?.name, 'Embassy of Veloria');
    assert.equal(text.slice(line!.start, line!.end), 'Embassy of Veloria');
  });

  it('is no line without a trail', () => {
    assert.equal(publisherLine('Brennan meets Veloria’s minister > a report\n\nThe two met on Tuesday.'), null);
  });
});

describe('FAMILY_NAME_OF_PROPOSED and PUBLISHER_SIDE_COUNTRY', () => {
  const r = releaseWithoutPublisher(
    'Embassy of the Philippines > News\n\nBrennan assures Manila\n\nSecretary of Defense Harold Brennan on Tuesday met Foreign Affairs Secretary Ana M. De la Paz in Washington.\n\n“We agreed that our partnership is vital,” Secretary De la Paz said after the meeting.',
    '2031-03-05',
    'America/New_York',
  );
  it('keeps one official for the full name and the family name of two words', () => {
    const paz = r.proposedOfficials.filter((o) => /Paz/.test(o.name));
    assert.equal(paz.length, 1);
    assert.equal(paz[0].name, 'Ana M. De la Paz');
  });

  it('places the one unplaced participant in the publishing body’s country', () => {
    assert.equal(r.proposedOfficials.find((o) => /Paz/.test(o.name))?.countryCode, 'PH');
    assert.deepEqual(
      r.proposedOrganizations.map((o) => [o.name, o.countryCode]),
      [['Embassy of the Philippines', 'PH']],
    );
  });
});

describe('SELF_NAMED_BODY and RECEIVED_AS_GUEST: a department’s release of a visit it received', () => {
  const text =
    'Upon the invitation of Secretary Ramon Ilagan, Secretary of Defense Harold Brennan was warmly received at the Department of Coastal Defense (DCD) on 4 March 2031.\n\nIn their dialogue, the two officials highlighted the growing exchanges between their forces.';
  it('makes the one body of the time zone’s country the lead names the proposed author, of that country', () => {
    const r = releaseWithoutPublisher(text, '2031-03-04', 'Asia/Manila');
    const p = passageWith(r, /growing exchanges/);
    assert.equal(p?.proposedOrganization, 'organization:department of coastal defense');
    assert.equal(r.proposedOrganizations.find((o) => o.key === p?.proposedOrganization)?.countryCode, 'PH');
  });

  it('proposes the meeting of the guest received and the host named', () => {
    const r = releaseWithoutPublisher(text, '2031-03-04', 'Asia/Manila');
    assert.equal(r.proposedCall?.rule, RECEIVED_AS_GUEST.name);
    assert.deepEqual(r.proposedCall?.participantIds, [10]);
    assert.equal(r.proposedCall?.proposedParticipants.length, 1);
  });

  it('is no author when the body is set in another country’s words', () => {
    const r = releaseWithoutPublisher(text.replace('at the Department', 'at Japan’s Department'), '2031-03-04', 'Asia/Manila');
    assert.equal(passageWith(r, /growing exchanges/)?.proposedOrganization ?? null, null);
  });

  it('reads the passive of a guest received, not a report received', () => {
    assert.equal(RECEIVED_AS_GUEST.pattern.test('Minister Lee was welcomed by Secretary Brennan.'), true);
    assert.equal(RECEIVED_AS_GUEST.pattern.test('The report was received on Monday.'), false);
  });
});

describe('SPEAKER_ABROAD_COUNTRY and PAGE_MINISTER_SPEAKS: a minister’s own transcript of a doorstop abroad', () => {
  const page = (zone: string, extra = '') =>
    extract(
      new Lexicon(world()),
      [
        'Release details',
        'Related ministers and contacts',
        'The Hon Ann Calder MP',
        'Minister for Defence',
        'Release content',
        '7 May 2031',
        'MINISTER:',
        `Thank you all for coming out here this afternoon. I have just had a very good meeting with Secretary Brennan. We spoke about what the ROK has done this year and what the Republic of Korea will do next year.${extra}`,
        'REPORTER:',
        'Did you discuss the exercises?',
      ].join('\n'),
      { kind: 'TRANSCRIPT', publisherId: null, publishedOn: '2031-05-07', title: 'Doorstop, Lakeport', timeZone: zone, keepAll: true },
    );

  it('places the page’s minister in the country the text names most, not the venue’s time zone', () => {
    assert.equal(page('Europe/Brussels').proposedOfficials.find((o) => o.name === 'Ann Calder')?.countryCode, 'KR');
  });

  it('leaves the time zone’s country when the text names it', () => {
    assert.notEqual(
      page('Asia/Tokyo', ' Japan has been a good host.').proposedOfficials.find((o) => o.name === 'Ann Calder')?.countryCode,
      'KR',
    );
  });

  it('makes the page’s minister the one speaking: the meeting told in the first person is with them', () => {
    const call = page('Europe/Brussels').proposedCall;
    assert.deepEqual(call?.participantIds, [10]);
    assert.deepEqual(call?.proposedParticipants, ['official:ann calder']);
  });
});
