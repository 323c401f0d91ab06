import 'reflect-metadata';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { statementOrders } from '../../src/statements/statement.queries';
import { onSpeakerRows } from '../../src/statements/statement.service';

test('date orders move to the speaker rows, with the same name, directions and cursor values', () => {
  for (const name of ['DATE_ASC', 'DATE_DESC'] as const) {
    const ordering = statementOrders.orderings[name];
    const moved = onSpeakerRows(ordering);
    assert.ok(moved, name);
    assert.equal(moved.name, ordering.name);
    assert.deepEqual(
      moved.keys.map((k) => k.expr),
      ['sp.date', 'sp.statement_id'],
    );
    assert.deepEqual(
      moved.keys.map((k) => k.direction),
      ordering.keys.map((k) => k.direction),
    );
    const row = { rowId: 42, date: '2025-01-31' } as never;
    assert.deepEqual(
      moved.keys.map((k) => k.value!(row)),
      ordering.keys.map((k) => k.value!(row)),
    );
  }
});

test('orders not led by the date, or with keys the speaker rows do not hold, stay on the statements', () => {
  for (const name of ['RECORDED_ASC', 'RECORDED_DESC'] as const) assert.equal(onSpeakerRows(statementOrders.orderings[name]), null, name);
  const byText = {
    name: 'x',
    keys: [
      { expr: 'e.date', direction: 'ASC' as const },
      { expr: 'e.text', direction: 'ASC' as const },
    ],
  };
  assert.equal(onSpeakerRows(byText), null);
});
