import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Role } from '../src/auth/role';
import { toGlobalId } from '../src/common/global-id';
import { newKey, startTestServer, type TestKey, type TestServer } from './helpers';
import { absentId, auditOf, expectError, mutate, mutateOk, referenceIds } from './write-helpers';

let server: TestServer;
let editor: TestKey;
let admin: TestKey;
let ref: Awaited<ReturnType<typeof referenceIds>>;
/** Ids of objects the cases create, by type, for later cases to refer to. */
const made: Record<string, string> = {};

before(async () => {
  server = await startTestServer('writes');
  [editor, admin] = [await newKey(server, Role.EDITOR), await newKey(server, Role.ADMIN)];
  ref = await referenceIds(server);
});
after(async () => {
  await server?.stop();
});

type Input = Record<string, unknown>;

/**
 * One entity's mutations: a creation, an update, and inputs that must fail. `input` may use ids
 * made by earlier cases. Every case runs the same checks, so each mutation gets them all.
 */
interface Case {
  type: string;
  create: string;
  update: string;
  /** Payload field and the fields to read back. */
  field: string;
  select: string;
  role: 'EDITOR' | 'ADMIN';
  input: () => Input;
  /** Checks the created object against the input. */
  created: (node: any) => void;
  change: Input;
  changed: (node: any) => void;
  /** Replaces part of a valid input to make it invalid; `fields` lists every field blamed. */
  invalid: { patch: Input; fields: (string | number)[][] };
  /** A thunk, as it may use ids made by earlier cases. */
  missing?: { patch: () => Input; field: (string | number)[] };
  duplicate: { patch?: Input; field: string };
}

const cases: Case[] = [
  {
    type: 'Organization',
    create: 'createOrganization',
    update: 'updateOrganization',
    field: 'organization',
    role: 'EDITOR',
    select: 'id version name shortName kind aliases country { code } parent { id }',
    input: () => ({
      name: '  Ministry of Foreign Affairs ',
      kind: 'MINISTRY',
      countryCode: 'kr',
      aliases: ['MOFA (Korea)'],
      parentId: null,
    }),
    created: (o) => {
      assert.equal(o.name, 'Ministry of Foreign Affairs');
      assert.equal(o.country.code, 'KR');
      assert.deepEqual(o.aliases, ['MOFA (Korea)']);
    },
    change: { shortName: 'MOFA', parentId: null },
    changed: (o) => assert.equal(o.shortName, 'MOFA'),
    invalid: {
      patch: { name: 'x'.repeat(301), countryCode: 'Korea', aliases: ['A', 'a'] },
      fields: [
        ['input', 'name'],
        ['input', 'aliases', 1],
        ['input', 'countryCode'],
      ],
    },
    missing: { patch: () => ({ name: 'Unattached', parentId: absentId('Organization') }), field: ['input', 'parentId'] },
    duplicate: { patch: { name: 'ministry of foreign affairs' }, field: 'name' },
  },
  {
    type: 'Official',
    create: 'createOfficial',
    update: 'updateOfficial',
    field: 'official',
    role: 'EDITOR',
    select: 'id version name nativeName aliases country { code }',
    input: () => ({ name: 'Cho Tae-yul', nativeName: '조태열', countryCode: 'KR', aliases: ['Cho Tae Yul'] }),
    created: (o) => {
      assert.equal(o.nativeName, '조태열');
      assert.deepEqual(o.aliases, ['Cho Tae Yul']);
    },
    change: { aliases: ['Cho Tae Yul', 'Tae-yul Cho'], nativeName: null },
    changed: (o) => {
      assert.deepEqual(o.aliases, ['Cho Tae Yul', 'Tae-yul Cho']);
      assert.equal(o.nativeName, null);
    },
    invalid: {
      patch: { name: ' ', nativeName: 'a\nb' },
      fields: [
        ['input', 'name'],
        ['input', 'nativeName'],
      ],
    },
    missing: { patch: () => ({ name: 'Nobody', countryCode: 'ZZ' }), field: ['input', 'countryCode'] },
    duplicate: { patch: { name: 'CHO TAE-YUL' }, field: 'name' },
  },
  {
    type: 'Post',
    create: 'createPost',
    update: 'updatePost',
    field: 'post',
    role: 'EDITOR',
    select: 'id version title organization { id }',
    input: () => ({ title: 'Minister of Foreign Affairs', organizationId: made.Organization }),
    created: (p) => assert.equal(p.organization.id, made.Organization),
    change: { title: 'Minister of Foreign Affairs and Trade' },
    changed: (p) => assert.equal(p.title, 'Minister of Foreign Affairs and Trade'),
    invalid: {
      patch: { title: '', organizationId: 'not-an-id!' },
      fields: [
        ['input', 'title'],
        ['input', 'organizationId'],
      ],
    },
    missing: { patch: () => ({ organizationId: absentId('Organization') }), field: ['input', 'organizationId'] },
    duplicate: { patch: { title: 'minister of foreign affairs and trade' }, field: 'title' },
  },
  {
    type: 'PostHolding',
    create: 'appointOfficial',
    update: 'updatePostHolding',
    field: 'postHolding',
    role: 'EDITOR',
    select: 'id version capacity startDate endDate note title official { id } post { id }',
    input: () => ({
      officialId: made.Official,
      postId: made.Post,
      capacity: 'SUBSTANTIVE',
      startDate: '2023-12-30',
      note: 'Appointed by the President.',
    }),
    created: (h) => {
      assert.equal(h.official.id, made.Official);
      assert.equal(h.title, 'Minister of Foreign Affairs and Trade');
      assert.equal(h.endDate, null);
    },
    change: { capacity: 'ACTING', note: null },
    changed: (h) => {
      assert.equal(h.title, 'Acting Minister of Foreign Affairs and Trade');
      assert.equal(h.note, null);
    },
    invalid: { patch: { startDate: '2024-05-01', endDate: '2024-04-30' }, fields: [['input', 'endDate']] },
    missing: { patch: () => ({ officialId: absentId('Official') }), field: ['input', 'officialId'] },
    duplicate: { field: 'startDate' },
  },
  {
    type: 'Source',
    create: 'createSource',
    update: 'updateSource',
    field: 'source',
    role: 'EDITOR',
    select: 'id version kind title url publishedOn publishedAt language contentHash publisher { id } call { id }',
    input: () => ({
      kind: 'PRESS_RELEASE',
      title: "Results of the Foreign Ministers' call",
      url: 'https://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=1',
      publishedOn: '2025-02-03',
      publishedAt: '2025-02-03T09:30:00+09:00',
      language: 'ko',
      publisherId: made.Organization,
      contentHash: 'AB'.repeat(32),
    }),
    created: (s) => {
      assert.equal(s.language, 'ko');
      assert.equal(s.publishedAt, '2025-02-03T00:30:00.000Z');
      assert.equal(s.contentHash, 'ab'.repeat(32));
      assert.equal(s.publisher.id, made.Organization);
    },
    change: { url: null, callId: null },
    changed: (s) => assert.equal(s.url, null),
    invalid: {
      patch: { url: 'ftp://example.org/x', publishedOn: '2999-01-01', language: 'Korean', contentHash: 'abc' },
      fields: [
        ['input', 'url'],
        ['input', 'publishedOn'],
        ['input', 'language'],
        ['input', 'contentHash'],
      ],
    },
    missing: { patch: () => ({ title: 'Another', url: null, callId: absentId('Call') }), field: ['input', 'callId'] },
    duplicate: { patch: { title: "RESULTS OF THE FOREIGN MINISTERS' CALL", url: null }, field: 'title' },
  },
  {
    type: 'Commitment',
    create: 'createCommitment',
    update: 'updateCommitment',
    field: 'commitment',
    role: 'EDITOR',
    select: 'id version title kind article guarantor { code } beneficiary { code } treaty { id }',
    input: () => ({
      title: 'U.S. extended deterrence to the Republic of Korea',
      kind: 'EXTENDED_DETERRENCE',
      guarantorCode: 'US',
      beneficiaryCode: 'KR',
      treatyId: ref.treaties['Mutual Defense Treaty between the United States and the Republic of Korea'],
    }),
    created: (c) => assert.equal(c.beneficiary.code, 'KR'),
    change: { article: 'Article III' },
    changed: (c) => assert.equal(c.article, 'Article III'),
    invalid: {
      patch: { beneficiaryCode: 'US', treatyId: null, article: 'Article II' },
      fields: [
        ['input', 'beneficiaryCode'],
        ['input', 'article'],
      ],
    },
    missing: { patch: () => ({ title: 'Other', territoryId: absentId('Territory') }), field: ['input', 'territoryId'] },
    duplicate: { field: 'title' },
  },
  {
    type: 'Treaty',
    create: 'createTreaty',
    update: 'updateTreaty',
    field: 'treaty',
    role: 'ADMIN',
    select: 'id version name signedOn inForceOn parties { code }',
    input: () => ({
      name: 'Security Treaty between Australia, New Zealand, and the United States',
      shortName: 'ANZUS',
      signedOn: '1951-09-01',
      inForceOn: '1952-04-29',
      partyCodes: ['US', 'JP'],
    }),
    created: (t) =>
      assert.deepEqual(
        t.parties.map((p: any) => p.code),
        ['JP', 'US'],
      ),
    change: { partyCodes: ['US', 'KR', 'JP'] },
    changed: (t) =>
      assert.deepEqual(
        t.parties.map((p: any) => p.code),
        ['JP', 'KR', 'US'],
      ),
    invalid: {
      patch: { partyCodes: ['US'], signedOn: '1700-01-01' },
      fields: [
        ['input', 'signedOn'],
        ['input', 'partyCodes'],
      ],
    },
    missing: { patch: () => ({ name: 'Other', partyCodes: ['US', 'ZZ'] }), field: ['input', 'partyCodes', 1] },
    duplicate: { field: 'name' },
  },
  {
    type: 'Territory',
    create: 'createTerritory',
    update: 'updateTerritory',
    field: 'territory',
    role: 'ADMIN',
    select: 'id version name aliases region administeredBy { code } claimedBy { code }',
    input: () => ({ name: 'Dokdo', aliases: ['Takeshima', 'Liancourt Rocks'], administeredByCode: 'KR', claimantCodes: ['JP'] }),
    created: (t) => {
      assert.equal(t.administeredBy.code, 'KR');
      assert.deepEqual(
        t.claimedBy.map((c: any) => c.code),
        ['JP'],
      );
    },
    change: { region: 'Sea of Japan (East Sea)', claimantCodes: [] },
    changed: (t) => assert.deepEqual(t.claimedBy, []),
    invalid: {
      patch: { name: 'x'.repeat(201), claimantCodes: ['JP', 'jp'] },
      fields: [
        ['input', 'name'],
        ['input', 'claimantCodes', 1],
      ],
    },
    missing: { patch: () => ({ name: 'Other', administeredByCode: 'ZZ' }), field: ['input', 'administeredByCode'] },
    duplicate: { field: 'name' },
  },
  {
    type: 'Topic',
    create: 'createTopic',
    update: 'updateTopic',
    field: 'topic',
    role: 'ADMIN',
    select: 'id version slug name description',
    input: () => ({ slug: 'missile-defense', name: 'Missile defense' }),
    created: (t) => assert.equal(t.slug, 'missile-defense'),
    change: { description: 'Defending against ballistic and cruise missiles.' },
    changed: (t) => assert.match(t.description, /ballistic/),
    invalid: {
      patch: { slug: 'Missile Defense', name: '' },
      fields: [
        ['input', 'slug'],
        ['input', 'name'],
      ],
    },
    duplicate: { field: 'slug' },
  },
  {
    type: 'Call',
    create: 'recordCall',
    update: 'updateCall',
    field: 'call',
    role: 'EDITOR',
    select: 'id version title kind date timeZone startedAt durationMinutes participants { isInitiator official { id } }',
    input: () => ({
      title: 'Cho–Hegseth telephone call',
      kind: 'PHONE_CALL',
      date: '2025-02-05',
      timeZone: 'Asia/Seoul',
      startedAt: '2025-02-05T08:00:00+09:00',
      durationMinutes: 20,
      participants: [{ officialId: made.Official, isInitiator: true }, { officialId: ref.officials['Pete Hegseth'] }],
    }),
    created: (c) => {
      assert.equal(c.participants.length, 2);
      assert.deepEqual(
        c.participants.map((p: any) => p.isInitiator),
        [true, false],
      );
    },
    change: { durationMinutes: 25, summary: 'Introductory call.' },
    changed: (c) => assert.equal(c.durationMinutes, 25),
    invalid: {
      patch: { timeZone: 'Mars/Olympus', durationMinutes: 0, participants: [] },
      fields: [
        ['input', 'timeZone'],
        ['input', 'durationMinutes'],
        ['input', 'participants'],
      ],
    },
    missing: {
      patch: () => ({ title: 'Other', participants: [{ officialId: made.Official }, { officialId: absentId('Official') }] }),
      field: ['input', 'participants', 1, 'officialId'],
    },
    duplicate: { patch: { title: 'CHO–HEGSETH TELEPHONE CALL' }, field: 'title' },
  },
];

describe('create and update mutations', () => {
  for (const c of cases) {
    test(`${c.create} / ${c.update}: happy paths, audited; invalid input, missing references, duplicates, stale versions`, async () => {
      const as = c.role === 'ADMIN' ? admin : editor;
      const created = await mutateOk(
        server,
        as.headers,
        c.create,
        { ...c.input(), clientMutationId: `${c.type}-1` },
        `clientMutationId ${c.field} { ${c.select} }`,
      );
      assert.equal(created.clientMutationId, `${c.type}-1`);
      const node = created[c.field];
      assert.equal(node.version, 1);
      c.created(node);
      made[c.type] = node.id;

      const updated = (
        await mutateOk(server, as.headers, c.update, { id: node.id, version: 1, ...c.change }, `${c.field} { ${c.select} }`)
      )[c.field];
      assert.equal(updated.id, node.id);
      assert.equal(updated.version, 2);
      c.changed(updated);
      const { node: read } = await server.data(`query($id: ID!) { node(id: $id) { ... on ${c.type} { version } } }`, { id: node.id });
      assert.equal(read.version, 2, 'the update is stored');

      const audit = await auditOf(server, admin.headers, node.id);
      assert.deepEqual(
        audit.map((a) => [a.action, a.operation, a.actor, a.entityType]),
        [
          ['UPDATE', c.update, as.name, c.type],
          ['CREATE', c.create, as.name, c.type],
        ],
      );
      assert.equal(audit[1].before, null);
      for (const [key, value] of Object.entries(audit[0].before!))
        assert.deepEqual(value, audit[1].after![key], `before.${key} is what was created`);
      assert.equal(audit[0].after!.version, 2);

      const stale = await mutate(server, as.headers, c.update, { id: node.id, version: 1, ...c.change });
      assert.equal(expectError(stale, 'CONFLICT', ['input', 'version']).currentVersion, 2);

      const invalid = expectError(
        await mutate(server, as.headers, c.create, { ...c.input(), ...c.invalid.patch }),
        'BAD_USER_INPUT',
        c.invalid.fields[0],
      );
      assert.deepEqual(
        invalid.problems.map((p: any) => p.field),
        c.invalid.fields,
      );

      if (c.missing)
        expectError(await mutate(server, as.headers, c.create, { ...c.input(), ...c.missing.patch() }), 'NOT_FOUND', c.missing.field);

      const duplicate = await mutate(server, as.headers, c.create, { ...c.input(), ...c.change, ...c.duplicate.patch });
      assert.equal(expectError(duplicate, 'CONFLICT', ['input', c.duplicate.field]).existingId, node.id);

      const absent = await mutate(server, as.headers, c.update, { id: absentId(c.type), version: 1, ...c.change });
      expectError(absent, 'NOT_FOUND', ['input', 'id']);
      const required = Object.keys(c.input()).find((k) => !['aliases', 'participants', 'partyCodes'].includes(k))!;
      expectError(await mutate(server, as.headers, c.update, { id: node.id, version: 2, [required]: null }), 'BAD_USER_INPUT', [
        'input',
        required,
      ]);
      assert.equal((await auditOf(server, admin.headers, node.id)).length, 2, 'failed writes leave no audit entry');
    });
  }
});

describe('countries not on record', () => {
  test('a real country a write names is recorded with it (name, capital time zone, audited); a failed write records none; a code of no country is NOT_FOUND', async () => {
    const countries = async () =>
      (await server.data('{ countries(first: 100) { edges { node { code name timeZone } } } }')).countries.edges.map((e: any) => e.node);
    assert.equal(
      (await countries()).find((c: any) => c.code === 'GB'),
      undefined,
      'the reference dataset has no United Kingdom',
    );

    // A write refused after the country was recorded in its transaction (its parent does not exist) leaves no country behind.
    const orphan = await mutate(server, editor.headers, 'createOrganization', {
      name: 'Fairbrook Defence Staff',
      kind: 'MINISTRY',
      countryCode: 'GB',
      parentId: absentId('Organization'),
    });
    expectError(orphan, 'NOT_FOUND', ['input', 'parentId']);
    assert.equal(
      (await countries()).find((c: any) => c.code === 'GB'),
      undefined,
      'nothing recorded by a failed write',
    );

    const official = await mutateOk(
      server,
      editor.headers,
      'createOfficial',
      { name: 'Amelia Fairbrook', countryCode: 'gb' },
      'official { id country { code name timeZone } }',
    );
    assert.deepEqual(official.official.country, { code: 'GB', name: 'United Kingdom', timeZone: 'Europe/London' });
    const organization = await mutateOk(
      server,
      editor.headers,
      'createOrganization',
      { name: 'Fairbrook Defence Review', kind: 'MEDIA', countryCode: 'GB' },
      'organization { country { code } }',
    );
    assert.equal(organization.organization.country.code, 'GB');
    assert.equal((await countries()).filter((c: any) => c.code === 'GB').length, 1, 'recorded once');
    const audit = await auditOf(server, admin.headers, toGlobalId('Country', 'GB'));
    assert.deepEqual(
      audit.map((a) => [a.action, a.operation, a.actor, a.entityType]),
      [['CREATE', 'createOfficial', editor.name, 'Country']],
    );

    // "ZZ" and "UK" are well formed but name no country (the United Kingdom's code is GB).
    for (const code of ['ZZ', 'UK'])
      expectError(await mutate(server, editor.headers, 'createOfficial', { name: `Nobody ${code}`, countryCode: code }), 'NOT_FOUND', [
        'input',
        'countryCode',
      ]);
  });
});

describe('post holdings', () => {
  test('endPostHolding closes an open holding once; the date cannot precede the start', async () => {
    const holding = (
      await mutateOk(
        server,
        editor.headers,
        'appointOfficial',
        {
          officialId: made.Official,
          postId: made.Post,
          capacity: 'DESIGNATE',
          startDate: '2025-01-10',
        },
        'postHolding { id version }',
      )
    ).postHolding;
    expectError(
      await mutate(server, editor.headers, 'endPostHolding', { id: holding.id, version: 1, endDate: '2025-01-09' }),
      'BAD_USER_INPUT',
      ['input', 'endDate'],
    );
    expectError(await mutate(server, editor.headers, 'endPostHolding', { id: holding.id, version: 7, endDate: '2025-01-20' }), 'CONFLICT', [
      'input',
      'version',
    ]);
    expectError(
      await mutate(server, editor.headers, 'endPostHolding', { id: absentId('PostHolding'), version: 1, endDate: '2025-01-20' }),
      'NOT_FOUND',
      ['input', 'id'],
    );
    const ended = (
      await mutateOk(
        server,
        editor.headers,
        'endPostHolding',
        { id: holding.id, version: 1, endDate: '2025-01-20' },
        'postHolding { version endDate }',
      )
    ).postHolding;
    assert.deepEqual(ended, { version: 2, endDate: '2025-01-20' });
    expectError(await mutate(server, editor.headers, 'endPostHolding', { id: holding.id, version: 2, endDate: '2025-01-21' }), 'CONFLICT', [
      'input',
      'id',
    ]);
    const [entry] = await auditOf(server, admin.headers, holding.id);
    assert.deepEqual([entry.operation, entry.before!.endDate, entry.after!.endDate], ['endPostHolding', null, '2025-01-20']);
  });

  test('an organization cannot become part of itself', async () => {
    const child = (
      await mutateOk(
        server,
        editor.headers,
        'createOrganization',
        { name: 'Office of the Minister', kind: 'OTHER', countryCode: 'KR', parentId: made.Organization },
        'organization { id }',
      )
    ).organization;
    const { node } = await server.data(`query($id: ID!) { node(id: $id) { ... on Organization { version } } }`, { id: made.Organization });
    expectError(
      await mutate(server, editor.headers, 'updateOrganization', { id: made.Organization, version: node.version, parentId: child.id }),
      'BAD_USER_INPUT',
      ['input', 'parentId'],
    );
  });
});

describe('deleteNode', () => {
  test('refuses while anything refers to the object, naming what and how many', async () => {
    const result = await mutate(server, admin.headers, 'deleteNode', { id: ref.officials['Pete Hegseth'] }, 'deletedId');
    const extensions = expectError(result, 'CONFLICT', ['input', 'id']);
    const byField = Object.fromEntries(extensions.references.map((r: any) => [`${r.type}.${r.field}`, r.count]));
    assert.ok(byField['CallParticipant.official'] >= 2);
    assert.ok(byField['Statement.parties'] >= 1);
    assert.ok(byField['PostHolding.official'] >= 1);
    assert.match(result.errors![0].message, /CallParticipant\.official/);
  });

  test('deletes an unreferenced object with what it owns, audited with its rows; a stale version or an unknown type is refused', async () => {
    const call = made.Call;
    const { node } = await server.data(`query($id: ID!) { node(id: $id) { ... on Call { version } } }`, { id: call });
    expectError(await mutate(server, admin.headers, 'deleteNode', { id: call, version: node.version - 1 }, 'deletedId'), 'CONFLICT', [
      'input',
      'version',
    ]);
    const deleted = await mutateOk(
      server,
      admin.headers,
      'deleteNode',
      { id: call, version: node.version, clientMutationId: 'del-call' },
      'clientMutationId deletedId',
    );
    assert.deepEqual(deleted, { clientMutationId: 'del-call', deletedId: call });
    assert.equal((await server.data(`query($id: ID!) { node(id: $id) { id } }`, { id: call })).node, null);
    const [entry] = await auditOf(server, admin.headers, call);
    assert.equal(entry.action, 'DELETE');
    assert.equal(entry.after, null);
    assert.equal((entry.before!['CallParticipant.call'] as unknown[]).length, 2, 'the participants are in the audit entry');
    expectError(await mutate(server, admin.headers, 'deleteNode', { id: call }, 'deletedId'), 'NOT_FOUND', ['input', 'id']);
    const country = Buffer.from('Country:US').toString('base64url');
    expectError(await mutate(server, admin.headers, 'deleteNode', { id: country }, 'deletedId'), 'BAD_USER_INPUT', ['input', 'id']);
  });
});
