import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'pg-sql2';
import { Conditions } from '../../src/common/filters';
import {
  columnKey,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  encodeCursor,
  keysetCondition,
  orderBySql,
  pageRequest,
  type Ordering,
} from '../../src/common/pagination';

const byDate: Ordering<unknown> = {
  name: 'date-ASC',
  keys: [columnKey('date', 'ASC'), columnKey('id', 'ASC')],
};
const relevance: Ordering<unknown> = {
  name: 'relevance',
  keys: [{ expr: (_t, bound) => sql`rank(${bound.query})`, direction: 'DESC' }, columnKey('id', 'ASC')],
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
  const t = sql.identifier('t');
  const bound = { query: sql.value('alliance') };
  test('after a cursor in ascending order: later date, or same date and higher id, on the alias the builder passes', () => {
    const { text, values } = sql.compile(keysetCondition(byDate, ['2025-01-31', 42], 'after', t));
    assert.equal(text, '(("t"."date" > $1) OR ("t"."date" = $1 AND "t"."id" > $2))');
    assert.deepEqual(values, ['2025-01-31', 42]);
  });

  test('mixed directions flip per key, and `before` flips them all; bound values are parameters', () => {
    const after = sql.compile(keysetCondition(relevance, [0.5, 9], 'after', t, bound));
    assert.equal(after.text, '((rank($1) < $2) OR (rank($1) = $2 AND "t"."id" > $3))');
    assert.deepEqual(after.values, ['alliance', 0.5, 9]);
    assert.equal(
      sql.compile(keysetCondition(relevance, [0.5, 9], 'before', t, bound)).text,
      '((rank($1) > $2) OR (rank($1) = $2 AND "t"."id" < $3))',
    );
  });

  test('a cast compares cursor values as the column type; an order reads backwards reversed', () => {
    const cast: Ordering<unknown> = { name: 'n', keys: [{ ...columnKey('n', 'DESC'), cast: 'int' }] };
    assert.equal(sql.compile(keysetCondition(cast, [3], 'after', t)).text, '(("t"."n" < $1::int))');
    assert.equal(sql.compile(orderBySql(relevance, t, bound)).text, 'rank($1) DESC, "t"."id" ASC');
    assert.equal(sql.compile(orderBySql(relevance, t, bound, true)).text, 'rank($1) ASC, "t"."id" DESC');
  });

  test('a column key with a stand-in for null is never null', () => {
    const signed: Ordering<unknown> = { name: 's', keys: [columnKey('signed_on', 'ASC', undefined, '0001-01-01')] };
    assert.equal(sql.compile(orderBySql(signed, t)).text, `COALESCE("t"."signed_on", '0001-01-01') ASC`);
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

describe('filter conditions', () => {
  test('a condition is written on the alias the list passes in; a value used twice is one parameter; absent values add nothing', () => {
    const c = new Conditions()
      .when([1, 2], (e, v) => sql`(${e}.a = ANY(${v}) OR ${e}.b = ANY(${v}))`)
      .when(null, (e, v) => sql`${e}.c = ${v}`)
      .when('x', (e, v) => sql`${e}.d = ${v}`);
    const { text, values } = sql.compile(sql.join(c.on(sql.identifier('t')), ' AND '));
    assert.equal(text, '("t".a = ANY($1) OR "t".b = ANY($1)) AND "t".d = $2');
    assert.deepEqual(values, [[1, 2], 'x']);
  });
});
