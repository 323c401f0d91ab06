import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { keyCondition } from '../../src/common/natural-key';

describe('natural keys', () => {
  const row: Record<string, unknown> = { date: '2025-01-31', title: 'Call', code: null };

  test('columns and lower()/md5() of columns, as the unique index spells them', () => {
    assert.deepEqual(
      keyCondition(['date', 'lower(title)'], (c) => row[c], false),
      {
        sql: 'date IS NOT DISTINCT FROM $1 AND lower(title) = lower($2)',
        values: ['2025-01-31', 'Call'],
      },
    );
    assert.equal(keyCondition(['md5(title)'], (c) => row[c], false)?.sql, 'md5(title) = md5($1)');
  });

  test('a null part matches nothing under a plain UNIQUE, and a null where nulls are equal', () => {
    assert.equal(
      keyCondition(['date', 'code'], (c) => row[c], false),
      null,
    );
    assert.deepEqual(
      keyCondition(['code'], (c) => row[c], true),
      { sql: 'code IS NOT DISTINCT FROM $1', values: [null] },
    );
  });

  test('anything else is a programming error', () => {
    assert.throws(() => keyCondition(['upper(title)'], (c) => row[c], false), /not a column/);
    assert.throws(() => keyCondition(['title; DROP TABLE x'], (c) => row[c], false), /not a column/);
  });
});
