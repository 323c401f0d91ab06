import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Client } from 'graphql-ws';
import { Role } from '../src/auth/role';
import { newKey, startTestServer, waitUntil, type TestKey, type TestServer } from './helpers';
import { connect } from './ws';
import { DEFENSE_OF_ROK, mutateOk, recordHegsethKimCall, recordHegsethKimReadout, referenceIds } from './write-helpers';

const OMITTED = `subscription($countries: [String!], $window: Int!, $settle: Int!) {
  commitmentOmitted(countries: $countries, window: $window, settleSeconds: $settle) {
    omission { side { code } commitment { title } call { id } }
  }
}`;

/**
 * A correction re-checks its call: a readout recorded without its call omits nothing, and when
 * `updateStatement` gives it the call, the live `commitmentOmitted` stream reports what the
 * call's readouts left out, as the `commitmentOmissions` query does.
 */
describe('commitmentOmitted after a correction', () => {
  let server: TestServer;
  let editor: TestKey;
  let ref: Awaited<ReturnType<typeof referenceIds>>;
  let client: Client | undefined;

  before(async () => {
    server = await startTestServer('omission-corrections');
    editor = await newKey(server, Role.EDITOR);
    ref = await referenceIds(server);
  });
  after(async () => {
    await client?.dispose();
    await server?.stop();
  });

  test('giving a statement its call reports the omission in that call', async () => {
    client = connect(server.url);
    const events: any[] = [];
    const errors: unknown[] = [];
    client.subscribe(
      { query: OMITTED, variables: { countries: ['US', 'KR'], window: 2, settle: 1 } },
      {
        next: (r: any) => (r.data ? events.push(r.data.commitmentOmitted) : errors.push(r.errors)),
        error: (e) => errors.push(e),
        complete: () => undefined,
      },
    );
    await waitUntil(
      () => server.app.statementFeed.subscriberCount > 0 || errors.length > 0,
      () => 'the subscription on the feed',
      15_000,
    );

    const call = (title: string, date: string) => recordHegsethKimCall(server, editor.headers, ref, title, date);
    const affirm = [{ commitmentId: ref.commitments[DEFENSE_OF_ROK], stance: 'REAFFIRMS' }];
    const second = await call('Hegseth–Kim second telephone call', '2025-03-04');
    await recordHegsethKimReadout(server, editor.headers, ref, second, '2025-03-04', 'Hegseth reaffirmed the defense of the ROK.', affirm);
    const third = await call('Hegseth–Kim third telephone call', '2025-04-10');
    // Recorded without its call: nothing is about the third call yet.
    const { statement } = await recordHegsethKimReadout(
      server,
      editor.headers,
      ref,
      null as unknown as string,
      '2025-04-10',
      'The two discussed the security situation on the Korean Peninsula.',
      [],
    );
    const { node } = await server.data(`query($id: ID!) { node(id: $id) { ... on Statement { version } } }`, { id: statement.id });
    await mutateOk(
      server,
      editor.headers,
      'updateStatement',
      { id: statement.id, version: node.version, callId: third },
      'statement { id }',
    );

    await waitUntil(
      () => events.length > 0 || errors.length > 0,
      () => 'a commitmentOmitted event after the correction',
      30_000,
    );
    assert.deepEqual(errors, []);
    assert.deepEqual(
      events.map((e) => [e.omission.call.id, e.omission.side.code, e.omission.commitment.title]),
      [[third, 'US', DEFENSE_OF_ROK]],
    );
  });
});
