import 'reflect-metadata';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'pg-sql2';
import { columnKey } from '../../src/common/pagination';
import { statementOrders } from '../../src/statements/statement.queries';

const sp = sql.identifier('sp');
const e = sql.identifier('e');
import { onSpeakerRows } from '../../src/statements/statement.service';
import type { Statement } from '../../src/statements/statement.entity';

test('date orders move to the speaker rows, with the same name, directions and cursor values', () => {
  for (const name of ['DATE_ASC', 'DATE_DESC'] as const) {
    const ordering = statementOrders.orderings[name];
    const moved = onSpeakerRows(ordering, sp);
    assert.ok(moved, name);
    assert.equal(moved.name, ordering.name);
    assert.deepEqual(
      moved.keys.map((k) => sql.compile(k.expr(e, {})).text),
      ['"sp"."date"', '"sp"."statement_id"'],
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
  for (const name of ['RECORDED_ASC', 'RECORDED_DESC'] as const)
    assert.equal(onSpeakerRows(statementOrders.orderings[name], sp), null, name);
  const byText = {
    name: 'x',
    keys: [columnKey<Statement>('date', 'ASC'), columnKey<Statement>('text', 'ASC')],
  };
  assert.equal(onSpeakerRows(byText, sp), null);
});
