import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'pg-sql2';
import { keyCondition } from '../../src/common/natural-key';

describe('natural keys', () => {
  const row: Record<string, unknown> = { date: '2025-01-31', title: 'Call', code: null };
  const compiled = (parts: string[], nullsEqual: boolean) => {
    const condition = keyCondition(parts, (c) => row[c], nullsEqual);
    if (!condition) return null;
    const { text, values } = sql.compile(condition);
    return { text, values };
  };

  test('columns and lower()/md5() of columns, as the unique index spells them', () => {
    assert.deepEqual(compiled(['date', 'lower(title)'], false), {
      text: '"date" IS NOT DISTINCT FROM $1 AND lower("title") = lower($2)',
      values: ['2025-01-31', 'Call'],
    });
    assert.equal(compiled(['md5(title)'], false)?.text, 'md5("title") = md5($1)');
  });

  test('a null part matches nothing under a plain UNIQUE, and a null where nulls are equal', () => {
    assert.equal(compiled(['date', 'code'], false), null);
    assert.deepEqual(compiled(['code'], true), { text: '"code" IS NOT DISTINCT FROM $1', values: [null] });
  });

  test('anything else is a programming error', () => {
    assert.throws(() => keyCondition(['upper(title)'], (c) => row[c], false), /not a column/);
    assert.throws(() => keyCondition(['title; DROP TABLE x'], (c) => row[c], false), /not a column/);
  });
});
