import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Role } from '../src/auth/role';
import { newKey, startTestServer, type TestKey, type TestServer } from './helpers';
import { absentId, auditOf, countRows, expectError, mutate, mutateOk, referenceIds } from './write-helpers';

let server: TestServer;
let editor: TestKey;
let admin: TestKey;
let ref: Awaited<ReturnType<typeof referenceIds>>;

before(async () => {
  server = await startTestServer('posture');
  [editor, admin] = [await newKey(server, Role.EDITOR), await newKey(server, Role.ADMIN)];
  ref = await referenceIds(server);
});
after(async () => {
  await server?.stop();
});

const DEPLOYMENT = `deployment { id version platform count base status: recordedStatus indefinite expectedEndMonth
  operator { name } hostCountry { code } statements { id } territories { name } }`;

const statementAbout = async (pattern: RegExp) => {
  const { statements } = await server.data('{ statements(first: 100) { edges { node { id text } } } }');
  return statements.edges.map((e: any) => e.node).find((s: any) => pattern.test(s.text)).id;
};

describe('force posture through the write path', () => {
  test('a deployment is created, updated at its version, filtered by its links and deleted, each with an audit entry', async () => {
    const southwest = await statementAbout(/southwest islands/);
    const input = {
      platform: 'MQ-9A Reaper',
      count: 4,
      base: 'Kanoya Air Base, Kagoshima',
      mission: 'Maritime ISR',
      status: 'PLANNED',
      expectedEndMonth: '2025-12',
      operatorId: ref.organizations['United States Marine Corps'],
      hostCountryCode: 'jp',
      statementIds: [southwest],
      territoryIds: [ref.territories['Senkaku Islands']],
      clientMutationId: 'posture-1',
    };
    const { deployment: created } = await mutateOk(server, editor.headers, 'createDeployment', input, DEPLOYMENT);
    assert.deepEqual(
      [
        created.version,
        created.status,
        created.hostCountry.code,
        created.operator.name,
        created.statements.map((s: any) => s.id),
        created.territories.map((t: any) => t.name),
      ],
      [1, 'PLANNED', 'JP', 'United States Marine Corps', [southwest], ['Senkaku Islands']],
    );
    const again = await mutateOk(server, editor.headers, 'createDeployment', input, DEPLOYMENT);
    assert.equal(again.deployment.id, created.id, 'the same clientMutationId returns the same deployment');

    const filtered = async (filter: Record<string, unknown>) =>
      (
        await server.data('query($f: DeploymentFilter) { deployments(filter: $f) { edges { node { id } } } }', { f: filter })
      ).deployments.edges.map((e: any) => e.node.id);
    assert.deepEqual(await filtered({ statementIds: [southwest] }), [created.id]);
    assert.deepEqual(
      await filtered({ territoryIds: [ref.territories['Senkaku Islands']], statuses: ['PLANNED'], statusAsOf: '2025-06-01' }),
      [created.id],
    );
    assert.equal((await filtered({ hostCountries: ['JP'], operatorCountries: ['US'] })).length, 3);
    assert.equal((await filtered({ text: 'reaper kadena' })).length, 2);
    assert.deepEqual(await filtered({ statuses: ['ENDED'], statusAsOf: '2025-06-01' }), []);

    const { deployment: updated } = await mutateOk(
      server,
      editor.headers,
      'updateDeployment',
      {
        id: created.id,
        version: 1,
        status: 'ACTIVE',
        expectedEndMonth: null,
        indefinite: true,
        statementIds: [],
      },
      DEPLOYMENT,
    );
    assert.deepEqual(
      [updated.version, updated.status, updated.indefinite, updated.expectedEndMonth, updated.statements],
      [2, 'ACTIVE', true, null, []],
    );
    expectError(await mutate(server, editor.headers, 'updateDeployment', { id: created.id, version: 1, count: 5 }), 'CONFLICT', [
      'input',
      'version',
    ]);

    // A linked territory cannot be deleted from under the deployment.
    expectError(await mutate(server, admin.headers, 'deleteNode', { id: ref.territories['Senkaku Islands'] }, 'deletedId'), 'CONFLICT', [
      'input',
      'id',
    ]);
    const { deleteNode } = await server.data(
      `mutation($id: ID!) { deleteNode(input: { id: $id, version: 2 }) { deletedId } }`,
      { id: created.id },
      admin.headers,
    );
    assert.equal(deleteNode.deletedId, created.id);
    assert.deepEqual(await countRows(server, ['deployment_statements', 'deployment_territories']), {
      deployment_statements: 0,
      deployment_territories: 0,
    });

    const audit = await auditOf(server, admin.headers, created.id);
    assert.deepEqual(
      audit.map((a) => [a.action, a.operation]),
      [
        ['DELETE', 'deleteNode'],
        ['UPDATE', 'updateDeployment'],
        ['CREATE', 'createDeployment'],
      ],
    );
    assert.equal((audit[2].after!.statementIds as number[]).length, 1);
    assert.deepEqual(audit[1].after!.statementIds, []);
  });

  test('bad deployment input is refused with every problem; nothing is written', async () => {
    const before = await countRows(server, ['deployments', 'deployment_statements', 'audit_log']);
    const bad = await mutate(server, editor.headers, 'createDeployment', {
      platform: ' ',
      count: 0,
      base: 'Kadena Air Base, Okinawa',
      status: 'ACTIVE',
      indefinite: true,
      expectedEndMonth: '2025-13',
      operatorId: ref.organizations['United States Air Force'],
      hostCountryCode: 'Japan',
      statementIds: [absentId('Statement')],
    });
    const problems = expectError(bad, 'BAD_USER_INPUT').problems.map((p: any) => p.field.join('.'));
    assert.deepEqual(problems, ['input.platform', 'input.count', 'input.expectedEndMonth', 'input.hostCountryCode']);
    expectError(
      await mutate(server, editor.headers, 'createDeployment', {
        platform: 'MQ-9 Reaper',
        base: 'Kadena Air Base, Okinawa',
        status: 'ACTIVE',
        operatorId: ref.organizations['United States Air Force'],
        hostCountryCode: 'JP',
      }),
      'CONFLICT',
      ['input', 'platform'],
    );
    expectError(
      await mutate(server, editor.headers, 'createDeployment', {
        platform: 'F-35B',
        base: 'Iwakuni',
        status: 'ACTIVE',
        operatorId: ref.organizations['United States Marine Corps'],
        hostCountryCode: 'JP',
        statementIds: [absentId('Statement')],
      }),
      'NOT_FOUND',
      ['input', 'statementIds', 0],
    );
    expectError(
      await mutate(server, editor.headers, 'createDeployment', {
        platform: 'F-35B',
        base: 'Iwakuni',
        status: 'ACTIVE',
        indefinite: true,
        expectedEndMonth: '2026-01',
        operatorId: ref.organizations['United States Marine Corps'],
        hostCountryCode: 'JP',
      }),
      'BAD_USER_INPUT',
      ['input', 'expectedEndMonth'],
    );
    expectError(
      await mutate(server, {}, 'createDeployment', {
        platform: 'F-35B',
        base: 'Iwakuni',
        status: 'ACTIVE',
        operatorId: ref.organizations['United States Marine Corps'],
        hostCountryCode: 'JP',
      }),
      'UNAUTHENTICATED',
    );
    assert.deepEqual(await countRows(server, ['deployments', 'deployment_statements', 'audit_log']), before);
  });

  test('exercises are written the same way and filtered by the statements and territories that mention them', async () => {
    const { exercise } = await mutateOk(
      server,
      editor.headers,
      'createExercise',
      {
        name: 'Keen Sword',
        area: 'Around Japan',
        organizationId: ref.organizations['Department of Defense'],
        territoryIds: [ref.territories['Senkaku Islands']],
      },
      'exercise { id version name territories { name } statements { id } }',
    );
    assert.deepEqual(exercise.territories, [{ name: 'Senkaku Islands' }]);
    const { exercise: updated } = await mutateOk(
      server,
      editor.headers,
      'updateExercise',
      { id: exercise.id, version: 1, area: 'Around Japan and its southwest islands' },
      'exercise { version area territories { name } }',
    );
    assert.deepEqual(updated, { version: 2, area: 'Around Japan and its southwest islands', territories: [{ name: 'Senkaku Islands' }] });
    const { exercises } = await server.data('query($f: ExerciseFilter) { exercises(filter: $f) { edges { node { name } } } }', {
      f: { territoryIds: [ref.territories['Senkaku Islands']] },
    });
    assert.deepEqual(
      exercises.edges.map((e: any) => e.node.name),
      ['Keen Sword'],
    );
    const named = await server.data('{ exercises(filter: { text: "dragon" }) { edges { node { name } } } }');
    assert.deepEqual(
      named.exercises.edges.map((e: any) => e.node.name),
      ['Resolute Dragon'],
    );
    expectError(await mutate(server, editor.headers, 'createExercise', { name: 'resolute dragon' }), 'CONFLICT', ['input', 'name']);
  });
});

describe('status on a date: the deployments filter (SQL) and the status field (JavaScript)', () => {
  test('agree for every recorded status, with and without an end, on both sides of the expected end month', async () => {
    // Every combination the API accepts (an indefinite deployment has no expected end), over the schema's statuses.
    const { __type } = await server.data('{ __type(name: "DeploymentStatus") { enumValues { name } } }');
    const statuses: string[] = __type.enumValues.map((v: any) => v.name);
    const created: string[] = [];
    for (const status of statuses)
      for (const indefinite of [false, true])
        for (const expectedEndMonth of indefinite ? [null] : [null, '2025-08']) {
          const input = {
            platform: 'Statuscheck drone',
            base: `Statuscheck base ${created.length}`,
            status,
            indefinite,
            expectedEndMonth,
            operatorId: ref.organizations['United States Marine Corps'],
            hostCountryCode: 'JP',
          };
          created.push((await mutateOk(server, editor.headers, 'createDeployment', input, 'deployment { id }')).deployment.id);
        }
    for (const asOf of ['2025-07-31', '2025-08-31', '2025-09-01', '2030-01-01']) {
      const { deployments } = await server.data(
        'query($d: Date) { deployments(first: 100, filter: { text: "statuscheck" }) { edges { node { id status(asOf: $d) } } } }',
        { d: asOf },
      );
      const fieldSays = new Map<string, string>(deployments.edges.map((e: any) => [e.node.id, e.node.status]));
      assert.deepEqual([...fieldSays.keys()].sort(), [...created].sort());
      for (const status of statuses) {
        const { deployments: byFilter } = await server.data(
          'query($d: Date, $s: [DeploymentStatus!]) { deployments(first: 100, filter: { text: "statuscheck", statuses: $s, statusAsOf: $d }) { edges { node { id } } } }',
          { d: asOf, s: [status] },
        );
        assert.deepEqual(
          byFilter.edges.map((e: any) => e.node.id).sort(),
          created.filter((id) => fieldSays.get(id) === status).sort(),
          `${status} on ${asOf}`,
        );
      }
    }
  });
});
