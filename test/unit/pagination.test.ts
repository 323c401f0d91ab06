import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, keysetSql, pageRequest, type Ordering } from '../../src/common/pagination';

const byDate: Ordering<unknown> = {
  name: 'date-ASC',
  keys: [
    { expr: 'e.date', direction: 'ASC' },
    { expr: 'e.id', direction: 'ASC' },
  ],
};
const relevance: Ordering<unknown> = {
  name: 'relevance',
  keys: [
    { expr: 'rank', direction: 'DESC' },
    { expr: 'e.id', direction: 'ASC' },
  ],
};
const code = (f: () => unknown) => {
  try {
    f();
  } catch (e: any) {
    // Domain errors (InputError, …) carry their code; the GraphQL layer maps them once.
    return e.code ?? e.extensions?.code;
  }
  return 'no error';
};

describe('cursors', () => {
  test('a cursor decodes to the values it was made of, for the ordering it was made for', () => {
    const cursor = encodeCursor(byDate, ['2025-01-31', 42]);
    assert.match(cursor, /^[A-Za-z0-9_-]+$/);
    assert.deepEqual(decodeCursor(cursor, byDate, 'after'), ['2025-01-31', 42]);
  });

  test('a cursor of another order, a forged or an overlong one is a BAD_USER_INPUT', () => {
    const cursor = encodeCursor(byDate, ['2025-01-31', 42]);
    assert.equal(
      code(() => decodeCursor(cursor, relevance, 'after')),
      'BAD_USER_INPUT',
    );
    assert.equal(
      code(() => decodeCursor('not a cursor!', byDate, 'after')),
      'BAD_USER_INPUT',
    );
    assert.equal(
      code(() => decodeCursor(Buffer.from('{"a":1}').toString('base64url'), byDate, 'before')),
      'BAD_USER_INPUT',
    );
    assert.equal(
      code(() => decodeCursor(Buffer.from(JSON.stringify(['date-ASC', { x: 1 }, 2])).toString('base64url'), byDate, 'after')),
      'BAD_USER_INPUT',
    );
    assert.equal(
      code(() => decodeCursor(Buffer.from(JSON.stringify(['date-ASC', 1])).toString('base64url'), byDate, 'after')),
      'BAD_USER_INPUT',
    );
    assert.equal(
      code(() => decodeCursor('A'.repeat(1001), byDate, 'after')),
      'BAD_USER_INPUT',
    );
  });
});

describe('keyset SQL', () => {
  test('after a cursor in ascending order: later date, or same date and higher id', () => {
    assert.deepEqual(keysetSql(byDate, ['2025-01-31', 42], 'after'), {
      sql: '((e.date > :after0) OR (e.date = :after0 AND e.id > :after1))',
      params: { after0: '2025-01-31', after1: 42 },
    });
  });

  test('mixed directions flip per key, and `before` flips them all', () => {
    assert.equal(keysetSql(relevance, [0.5, 9], 'after').sql, '((rank < :after0) OR (rank = :after0 AND e.id > :after1))');
    assert.equal(keysetSql(relevance, [0.5, 9], 'before').sql, '((rank > :before0) OR (rank = :before0 AND e.id < :before1))');
  });
});

describe('page requests', () => {
  test('the default page size, bounded by the maximum', () => {
    assert.equal(pageRequest({}, byDate, 100).size, DEFAULT_PAGE_SIZE);
    assert.equal(pageRequest({}, byDate, 5).size, 5);
    assert.equal(pageRequest({ last: 3 }, byDate, 100).backwards, true);
  });

  test('first and last together, negative or too large, are refused', () => {
    assert.equal(
      code(() => pageRequest({ first: 1, last: 1 }, byDate, 100)),
      'BAD_USER_INPUT',
    );
    assert.equal(
      code(() => pageRequest({ first: -1 }, byDate, 100)),
      'BAD_USER_INPUT',
    );
    assert.equal(
      code(() => pageRequest({ first: 101 }, byDate, 100)),
      'BAD_USER_INPUT',
    );
  });
});
