import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Role } from '../src/auth/role';
import { addDays, today } from '../src/common/validation';
import { newKey, startTestServer, type TestKey, type TestServer } from './helpers';
import { absentId, auditOf, countRows, expectError, mutate, mutateOk, referenceIds } from './write-helpers';

let server: TestServer;
let editor: TestKey;
let admin: TestKey;
let ref: Awaited<ReturnType<typeof referenceIds>>;

before(async () => {
  server = await startTestServer('statements');
  [editor, admin] = [await newKey(server, Role.EDITOR), await newKey(server, Role.ADMIN)];
  ref = await referenceIds(server);
});
after(async () => {
  await server?.stop();
});

const STATEMENT = `statement { id version text kind date
  source { id title kind publisher { name } }
  call { id }
  speakers { official { name } title }
  parties { official { name } title }
  attributedOrganization { name }
  commitments { stance commitment { title } }
  topics { slug }
  reportedIn { id }
} source { id title }`;

const hegsethKimCall = () => ref.calls['Hegseth–Kim Seon-ho introductory telephone call'];
const rokCommitment = () => ref.commitments['U.S. commitment to the defense of the Republic of Korea'];

/** A statement with a new source, a speaker, the call, a commitment, topics and a reporting source. */
function fullInput() {
  return {
    text: 'Kim said the ROK-U.S. alliance remains ironclad.',
    kind: 'PARAPHRASE',
    date: '2025-02-01',
    newSource: {
      kind: 'NEWS_ARTICLE',
      title: 'Acting defense chief holds call with Hegseth',
      publishedOn: '2025-02-01',
      language: 'en',
      publisherId: ref.organizations['Ministry of National Defense'],
      callId: hegsethKimCall(),
    },
    callId: hegsethKimCall(),
    speakerIds: [ref.officials['Kim Seon-ho']],
    commitments: [{ commitmentId: rokCommitment(), stance: 'REAFFIRMS' }],
    topicIds: [ref.topics['us-rok-alliance'], ref.topics['deterrence']],
    reportedInSourceIds: [Object.values(ref.sources)[0]],
  };
}

const STATEMENT_TABLES = [
  'sources',
  'statements',
  'statement_speakers',
  'statement_reports',
  'statement_topics',
  'statement_commitments',
  'audit_log',
  'idempotency_keys',
];

describe('addStatement', () => {
  test('records a statement with a new source, speakers, call, commitments, topics and reporting sources at once', async () => {
    const payload = await mutateOk(server, editor.headers, 'addStatement', fullInput(), STATEMENT);
    const s = payload.statement;
    assert.equal(s.version, 1);
    assert.equal(s.source.id, payload.source.id);
    assert.equal(s.source.title, 'Acting defense chief holds call with Hegseth');
    assert.equal(s.call.id, hegsethKimCall());
    assert.deepEqual(s.speakers, [{ official: { name: 'Kim Seon-ho' }, title: 'Acting Minister of National Defense' }]);
    assert.deepEqual(s.commitments, [
      { stance: 'REAFFIRMS', commitment: { title: 'U.S. commitment to the defense of the Republic of Korea' } },
    ]);
    assert.deepEqual(s.topics.map((t: any) => t.slug).sort(), ['deterrence', 'us-rok-alliance']);
    assert.deepEqual(
      s.reportedIn.map((r: any) => r.id),
      [Object.values(ref.sources)[0]],
    );

    const { node: commitment } = await server.data(
      `query($id: ID!) { node(id: $id) { ... on Commitment { history(last: 1) { edges { node { stance statement { id } } } } } } }`,
      { id: rokCommitment() },
    );
    assert.equal(commitment.history.edges[0].node.statement.id, s.id, "the commitment's history has it");

    const [statementEntry] = await auditOf(server, admin.headers, s.id);
    const [sourceEntry] = await auditOf(server, admin.headers, payload.source.id);
    for (const entry of [statementEntry, sourceEntry])
      assert.deepEqual([entry.action, entry.operation, entry.actor], ['CREATE', 'addStatement', editor.name]);
    assert.equal((statementEntry.after!.speakerIds as number[]).length, 1);
  });

  test('takes an existing source and an attributed organization without speakers', async () => {
    const source = ref.sources[Object.keys(ref.sources).find((t) => /press conference/i.test(t))!];
    const { statement } = await mutateOk(
      server,
      editor.headers,
      'addStatement',
      {
        text: 'The ministry said the call confirmed close coordination.',
        kind: 'PARAPHRASE',
        date: '2025-01-31',
        sourceId: source,
        attributedOrganizationId: ref.organizations['Ministry of Defense'],
      },
      STATEMENT,
    );
    assert.equal(statement.source.id, source);
    assert.deepEqual(statement.speakers, []);
    assert.equal(statement.attributedOrganization.name, 'Ministry of Defense');
  });

  test('records the parties the text names apart from its author, with their titles that day, in one transaction', async () => {
    const source = ref.sources[Object.keys(ref.sources).find((t) => /National Defense release/i.test(t))!];
    const input = {
      text: 'Secretary Hegseth and Acting Minister Kim agreed to hold a ministerial meeting at an early date.',
      kind: 'PARAPHRASE',
      date: '2025-01-31',
      sourceId: source,
      attributedOrganizationId: ref.organizations['Ministry of National Defense'],
      partyIds: [ref.officials['Pete Hegseth'], ref.officials['Kim Seon-ho']],
    };
    const { statement } = await mutateOk(server, editor.headers, 'addStatement', input, STATEMENT);
    assert.deepEqual(statement.speakers, []);
    assert.equal(statement.attributedOrganization.name, 'Ministry of National Defense');
    assert.deepEqual(statement.parties, [
      { official: { name: 'Pete Hegseth' }, title: 'Secretary of Defense' },
      { official: { name: 'Kim Seon-ho' }, title: 'Acting Minister of National Defense' },
    ]);
    const [entry] = await auditOf(server, admin.headers, statement.id);
    assert.equal((entry.after!.partyIds as number[]).length, 2);
    const byParty = await server.data(`query($f: StatementFilter) { statements(first: 100, filter: $f) { edges { node { id } } } }`, {
      f: { partyIds: [ref.officials['Kim Seon-ho']] },
    });
    assert.ok(byParty.statements.edges.some((e: any) => e.node.id === statement.id));

    const before = await countRows(server, ['statements', 'statement_parties']);
    const bad = await mutate(server, editor.headers, 'addStatement', {
      ...input,
      text: 'Another one.',
      partyIds: [ref.officials['Kim Seon-ho'], ref.officials['Kim Seon-ho'], absentId('Official')],
    });
    const problems = expectError(bad, 'BAD_USER_INPUT', ['input', 'partyIds', 1]).problems.map((p: any) => p.field);
    assert.deepEqual(problems[0], ['input', 'partyIds', 1]);
    expectError(
      await mutate(server, editor.headers, 'addStatement', { ...input, text: 'Third one.', partyIds: [absentId('Official')] }),
      'NOT_FOUND',
      ['input', 'partyIds', 0],
    );
    expectError(
      await mutate(server, editor.headers, 'addStatement', { ...input, text: 'No author.', attributedOrganizationId: null }),
      'BAD_USER_INPUT',
      ['input', 'speakerIds'],
    );
    assert.deepEqual(await countRows(server, ['statements', 'statement_parties']), before, 'nothing written by a refused input');
  });

  test('refuses bad input with every problem and its field path', async () => {
    const input = fullInput();
    const result = await mutate(server, editor.headers, 'addStatement', {
      ...input,
      text: 'x'.repeat(10_001),
      date: addDays(today(), 2),
      sourceId: Object.values(ref.sources)[0],
      newSource: { ...input.newSource, title: '  ', url: 'javascript:alert(1)' },
      speakerIds: [],
      commitments: [input.commitments[0], input.commitments[0]],
    });
    const problems = expectError(result, 'BAD_USER_INPUT', ['input', 'text']).problems.map((p: any) => p.field);
    assert.deepEqual(problems, [
      ['input', 'text'],
      ['input', 'date'],
      ['input', 'sourceId'],
      ['input', 'newSource', 'title'],
      ['input', 'newSource', 'url'],
      ['input', 'speakerIds'],
      ['input', 'commitments', 1],
      ['input', 'reportedInSourceIds'],
    ]);
    const own = Object.values(ref.sources)[0];
    expectError(
      await mutate(server, editor.headers, 'addStatement', { ...input, newSource: undefined, sourceId: own, reportedInSourceIds: [own] }),
      'BAD_USER_INPUT',
      ['input', 'reportedInSourceIds'],
    );
    expectError(await mutate(server, editor.headers, 'addStatement', { ...input, newSource: undefined }), 'BAD_USER_INPUT', [
      'input',
      'sourceId',
    ]);
    expectError(await mutate(server, editor.headers, 'addStatement', { ...input, kind: 'RUMOUR' }), 'BAD_USER_INPUT');
  });

  test('names each reference that does not exist', async () => {
    const input = fullInput();
    const result = await mutate(server, editor.headers, 'addStatement', {
      ...input,
      speakerIds: [ref.officials['Kim Seon-ho'], absentId('Official')],
      commitments: [{ commitmentId: absentId('Commitment'), stance: 'AFFIRMS' }],
      topicIds: [absentId('Topic')],
    });
    const missing = expectError(result, 'NOT_FOUND', ['input', 'speakerIds', 1]).problems.map((p: any) => p.field);
    assert.deepEqual(missing, [
      ['input', 'speakerIds', 1],
      ['input', 'commitments', 0, 'commitmentId'],
      ['input', 'topicIds', 0],
    ]);
    expectError(
      await mutate(server, editor.headers, 'addStatement', { ...input, speakerIds: [ref.officials['Kim Seon-ho'].replace(/.$/, '@')] }),
      'BAD_USER_INPUT',
      ['input', 'speakerIds', 0],
    );
    expectError(
      await mutate(server, editor.headers, 'addStatement', { ...input, callId: ref.officials['Kim Seon-ho'] }),
      'BAD_USER_INPUT',
      ['input', 'callId'],
    );
  });

  test('the same text from the same source is a CONFLICT naming the statement recorded', async () => {
    const source = Object.values(ref.sources)[1];
    const input = {
      text: 'Both sides agreed to meet soon.',
      kind: 'PARAPHRASE',
      date: '2025-01-31',
      sourceId: source,
      speakerIds: [ref.officials['Pete Hegseth']],
    };
    const first = (await mutateOk(server, editor.headers, 'addStatement', input, 'statement { id }')).statement;
    const again = await mutate(server, editor.headers, 'addStatement', { ...input, text: '  Both sides agreed to meet soon.\n' });
    assert.equal(expectError(again, 'CONFLICT', ['input', 'text']).existingId, first.id);
  });

  test('a failure after the new source was inserted leaves no row anywhere', async () => {
    const before = await countRows(server, STATEMENT_TABLES);
    const input = fullInput();
    // The source is written first; the statement's date is then found to postdate it.
    const result = await mutate(server, editor.headers, 'addStatement', {
      ...input,
      clientMutationId: 'half-way',
      date: '2025-02-05',
      newSource: { ...input.newSource, title: 'Another article', publishedOn: '2025-02-02' },
    });
    expectError(result, 'BAD_USER_INPUT', ['input', 'date']);
    assert.deepEqual(await countRows(server, STATEMENT_TABLES), before);
  });
});

describe('recordCall', () => {
  const call = () => ({
    title: 'Hegseth–Nakatani follow-up call',
    kind: 'VIDEO_CALL',
    date: '2025-03-01',
    timeZone: 'Asia/Tokyo',
    participants: [{ officialId: ref.officials['Pete Hegseth'], isInitiator: true }, { officialId: ref.officials['Gen Nakatani'] }],
  });

  test("checks participants and times against the call's date and time zone", async () => {
    const [hegseth, nakatani] = [ref.officials['Pete Hegseth'], ref.officials['Gen Nakatani']];
    const cases: [Record<string, unknown>, (string | number)[][]][] = [
      [
        {
          participants: [
            { officialId: hegseth, isInitiator: true },
            { officialId: nakatani, isInitiator: true },
          ],
        },
        [['input', 'participants']],
      ],
      [{ participants: [{ officialId: hegseth }, { officialId: hegseth }] }, [['input', 'participants', 1, 'officialId']]],
      [{ startedAt: '2025-03-01T10:00:00+09:00', earliestStart: '2025-03-01T09:00:00+09:00' }, [['input', 'startedAt']]],
      [{ earliestStart: '2025-03-01T15:00:00+09:00', latestStart: '2025-03-01T13:00:00+09:00' }, [['input', 'latestStart']]],
      // 09:00 on 28 February in Washington is 23:00 the same day in Tokyo: not the call's date there.
      [{ startedAt: '2025-02-28T09:00:00-05:00' }, [['input', 'startedAt']]],
      [
        { date: '1799-12-31', timeZone: 'Tokyo' },
        [
          ['input', 'date'],
          ['input', 'timeZone'],
        ],
      ],
    ];
    for (const [patch, fields] of cases) {
      const problems = expectError(await mutate(server, editor.headers, 'recordCall', { ...call(), ...patch }), 'BAD_USER_INPUT').problems;
      assert.deepEqual(
        problems.map((p: any) => p.field),
        fields,
        JSON.stringify(patch),
      );
    }
    const ok = await mutateOk(
      server,
      editor.headers,
      'recordCall',
      { ...call(), startedAt: '2025-02-28T20:00:00-05:00' },
      'call { date startedAt localDates { country { code } earliestDate } }',
    );
    assert.equal(ok.call.startedAt, '2025-03-01T01:00:00.000Z');
    assert.deepEqual(ok.call.localDates.map((d: any) => [d.country.code, d.earliestDate]).sort(), [
      ['JP', '2025-03-01'],
      ['US', '2025-02-28'],
    ]);
  });

  test('a call that fails on its participants writes neither call nor participants', async () => {
    const tables = ['calls', 'call_participants', 'audit_log'];
    const before = await countRows(server, tables);
    const result = await mutate(server, editor.headers, 'recordCall', {
      ...call(),
      title: 'Never recorded',
      participants: [{ officialId: ref.officials['Pete Hegseth'] }, { officialId: absentId('Official') }],
    });
    expectError(result, 'NOT_FOUND', ['input', 'participants', 1, 'officialId']);
    assert.deepEqual(await countRows(server, tables), before);
  });
});
