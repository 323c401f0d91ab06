import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type SQL, sql } from 'pg-sql2';
import { toGlobalId } from '../../src/common/global-id';
import { statementConditions } from '../../src/statements/statement.service';
import {
  compileFilter,
  MATCH_FIELD_NAMES,
  MATCH_FIELDS,
  matchCondition,
  matches,
  matchValues,
  type StatementFacts,
} from '../../src/statements/statement-match';

const facts = (over: Partial<StatementFacts> = {}): StatementFacts => ({
  countries: ['US', 'JP'],
  speakerIds: [7],
  callIds: [3],
  commitmentIds: [11, 12],
  topicIds: [],
  ...over,
});

describe('what a statement filter means, live', () => {
  test('no filter, or an empty one, matches every statement', () => {
    assert.equal(matches(compileFilter(null), facts()), true);
    assert.equal(matches(compileFilter({}), facts({ callIds: [null] })), true);
  });

  test('a list means "any of"; fields combine with AND', () => {
    const m = compileFilter({ countries: ['kr', 'jp'], commitmentIds: [toGlobalId('Commitment', 12)] });
    assert.equal(matches(m, facts()), true);
    assert.equal(matches(m, facts({ countries: ['US'] })), false, 'no country in common');
    assert.equal(matches(m, facts({ commitmentIds: [11] })), false, 'the other field fails');
  });

  test("an empty list matches nothing, as `= ANY('{}')` does in SQL", () => {
    assert.equal(matches(compileFilter({ topicIds: [] }), facts({ topicIds: [1] })), false);
  });

  test('a statement without a call fails a callIds filter', () => {
    const m = compileFilter({ callIds: [toGlobalId('Call', 3)] });
    assert.equal(matches(m, facts()), true);
    assert.equal(matches(m, facts({ callIds: [null] })), false);
  });

  test('values are checked as statements(filter:) checks them, with the path of the bad one', () => {
    assert.throws(
      () => compileFilter({ speakerIds: [toGlobalId('Official', 1), toGlobalId('Topic', 2)] }),
      (e: any) => e.code === 'BAD_USER_INPUT' && JSON.stringify(e.details.field) === JSON.stringify(['filter', 'speakerIds', 1]),
    );
    assert.throws(
      () => compileFilter({ countries: ['USA'] }),
      (e: any) => e.code === 'BAD_USER_INPUT',
    );
    assert.deepEqual([...compileFilter({ countries: [' us '] }).countries!], ['US']);
  });
});

describe('what a statement filter means, in SQL', () => {
  const e = sql.identifier('e');
  const text = (fragment: SQL) => sql.compile(fragment).text;
  test('the condition and the loaded facts of each field read the same column', () => {
    for (const name of MATCH_FIELD_NAMES) {
      const { table, column } = MATCH_FIELDS[name];
      const condition = text(matchCondition(name, e, sql.value([])));
      const values = text(matchValues(name, e));
      if (table) {
        assert.match(
          condition,
          new RegExp(`FROM "${table}" m WHERE m\\.statement_id = "e"\\.id AND m\\."${column}" = ANY\\(\\$1\\)`),
          name,
        );
        assert.match(values, new RegExp(`SELECT m\\."${column}" FROM "${table}" m WHERE m\\.statement_id = "e"\\.id`), name);
      } else {
        assert.equal(condition, `"e"."${column}" = ANY($1)`);
        assert.equal(values, `ARRAY["e"."${column}"]`);
      }
    }
  });

  test('statements(filter:) uses the declared condition for every matchable field, with the checked values', () => {
    const speaker = toGlobalId('Official', 7);
    const conditions = statementConditions({ speakerIds: [speaker], countries: ['jp'] });
    const compiled = sql.compile(sql.join(conditions.on(e), ' AND '));
    const [countries, speakers] = [sql.value(['JP']), sql.value([7])];
    const expected = sql.compile(sql.join([matchCondition('countries', e, countries), matchCondition('speakerIds', e, speakers)], ' AND '));
    assert.equal(compiled.text, expected.text);
    assert.deepEqual(compiled.values, [['JP'], [7]]);
  });

  test('with stances, the commitments narrow the same links as the stances', () => {
    const parts = statementConditions({ commitmentIds: [toGlobalId('Commitment', 1)], stances: ['AFFIRMS' as any] }).on(e);
    assert.equal(parts.length, 1);
    const { text: condition, values } = sql.compile(parts[0]);
    assert.match(condition, /statement_commitments l .*l\.commitment_id = ANY\(\$1\)\) AND l\.stance = ANY\(\$2\)/s);
    assert.deepEqual(values, [[1], ['AFFIRMS']]);
  });
});
