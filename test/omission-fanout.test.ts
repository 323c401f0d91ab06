import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Role } from '../src/auth/role';
import { newKey, SqlCounter, startTestServer, waitUntil, type TestKey, type TestServer } from './helpers';
import { connect } from './ws';
import { DEFENSE_OF_ROK, recordHegsethKimCall, recordHegsethKimReadout, referenceIds } from './write-helpers';

const OMITTED = `subscription Omitted($countries: [String!], $window: Int!, $settle: Int!) {
  commitmentOmitted(countries: $countries, window: $window, settleSeconds: $settle) {
    omission { date side { code } commitment { title } call { id title } priorCalls { id } sources { title } open }
  }
}`;

/**
 * `commitmentOmitted` subscribers share the omission checks: the SQL statements a statement
 * event costs (load, settle, check, execute) are the same for one subscriber as for many.
 */
describe('commitmentOmitted with many subscribers', () => {
  let server: TestServer;
  let editor: TestKey;
  let ref: Awaited<ReturnType<typeof referenceIds>>;
  const sql = new SqlCounter();

  before(async () => {
    server = await startTestServer('omission-fanout', {}, { sqlLogger: sql });
    editor = await newKey(server, Role.EDITOR);
    ref = await referenceIds(server);
  });
  after(async () => {
    await server?.stop();
  });

  const call = (title: string, date: string) => recordHegsethKimCall(server, editor.headers, ref, title, date);
  const readout = (callId: string, date: string, commitments: unknown[]) =>
    recordHegsethKimReadout(
      server,
      editor.headers,
      ref,
      callId,
      date,
      commitments.length ? `Secretary Hegseth reaffirmed the U.S. commitment (${date}).` : `The two discussed the Peninsula (${date}).`,
      commitments,
    );
  const active = async () => (await server.app.server.metrics.activeSubscriptions.get()).values[0]?.value ?? 0;

  /** SQL statements sent from recording a statement that drops the commitment until `subscribers` subscribers all heard of it. */
  async function statementsForOmission(subscribers: number, callId: string, date: string): Promise<{ used: number; onFeed: number }> {
    const client = connect(server.url);
    try {
      const received: unknown[][] = Array.from({ length: subscribers }, () => []);
      const errors: unknown[] = [];
      for (const events of received) {
        client.subscribe(
          { query: OMITTED, variables: { countries: ['US', 'KR'], window: 1, settle: 0 } },
          { next: (r) => (r.data ? events.push(r.data) : errors.push(r.errors)), error: (e) => errors.push(e), complete: () => undefined },
        );
      }
      await waitUntil(
        async () => (await active()) === subscribers || errors.length > 0,
        () => `${subscribers} subscriptions`,
      );
      const before = sql.count;
      await readout(callId, date, []);
      await waitUntil(
        () => received.every((events) => events.length > 0) || errors.length > 0,
        () => `every subscriber to hear of the omission (${received.filter((e) => e.length > 0).length}/${subscribers})`,
      );
      const used = sql.count - before;
      assert.deepEqual(errors, []);
      assert.ok(received.every((events) => events.length === 1));
      return { used, onFeed: server.app.statementFeed.subscriberCount };
    } finally {
      await client.dispose();
      await waitUntil(
        async () => (await active()) === 0,
        () => 'the subscriptions to end',
      );
    }
  }

  test('the SQL an omission costs does not grow with the number of subscribers', async () => {
    const affirm = [{ commitmentId: ref.commitments[DEFENSE_OF_ROK], stance: 'REAFFIRMS' }];
    const [a1, a2, b1, b2] = [
      await call('Fan-out call A1', '2025-03-04'),
      await call('Fan-out call A2', '2025-04-10'),
      await call('Fan-out call B1', '2025-05-05'),
      await call('Fan-out call B2', '2025-06-06'),
    ];
    await readout(a1, '2025-03-04', affirm);
    await readout(b1, '2025-05-05', affirm);
    const one = await statementsForOmission(1, a2, '2025-04-10');
    const many = await statementsForOmission(40, b2, '2025-06-06');
    console.log(`SQL statements from the write to the last delivery: ${one.used} with 1 subscriber, ${many.used} with 40`);
    assert.ok(many.used <= one.used + 5, `${many.used} statements with 40 subscribers, ${one.used} with one`);
    assert.equal(many.onFeed, 1, 'the omission checks ride on the statement feed once');
  });
});
