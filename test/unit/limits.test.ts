import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { getIntrospectionQuery, parse, type GraphQLSchema } from 'graphql';
import { checkQueryLimits, LIST_ESTIMATES, measureOperation, type QueryLimits } from '../../src/common/limits';
import { createSchema } from '../../src/schema';
import { fanOut } from '../adversarial-documents';

const limits: QueryLimits = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 50,
  maxFields: 300,
  maxCost: 5000,
  maxIntrospectionLists: 3,
  defaultPageSize: 20,
  maxPageSize: 100,
};

let schema: GraphQLSchema;
before(async () => {
  schema = await createSchema();
});

const measure = (query: string, variables?: Record<string, unknown>) => measureOperation(schema, parse(query), null, variables, limits)!;

describe('query limits: fragments are measured once, not expanded', () => {
  test('fan-out documents: the expanded size is known exactly, the work grows with the document', () => {
    const steps: number[] = [];
    for (const levels of [20, 22, 60]) {
      const figures = measure(fanOut(levels));
      assert.equal(figures.fields, 2 ** levels);
      // Two spreads per fragment plus the root spread and the leaf: linear in the document.
      assert.ok(figures.steps <= 2 * levels + 2, `${figures.steps} steps for ${levels} levels`);
      steps.push(figures.steps);
      const error = checkQueryLimits(schema, parse(fanOut(levels)), null, undefined, limits);
      assert.equal(error?.extensions.code, 'QUERY_LIMIT_EXCEEDED');
      assert.equal(error?.extensions.limit, 'fields');
      assert.equal(error?.extensions.max, 300);
      assert.ok(Number(error?.extensions.actual) > 300);
    }
    assert.ok(steps[2] < steps[0] * 4);
  });

  test('a fragment spread twice counts twice, as the same selections written out would', () => {
    const inline = measure(
      '{ officials(first: 5) { edges { node { name statements(first: 2) { totalCount } } } } a: officials(first: 5) { edges { node { name statements(first: 2) { totalCount } } } } }',
    );
    const spread = measure(
      '{ officials(first: 5) { ...O } a: officials(first: 5) { ...O } } fragment O on OfficialConnection { edges { node { name statements(first: 2) { totalCount } } } }',
    );
    assert.equal(spread.cost, inline.cost);
    assert.equal(spread.fields, inline.fields);
    assert.equal(spread.depth, inline.depth);
  });

  test('nested fan-out with aliases multiplies the cost, and is refused', () => {
    let document = 'query { ...F10 } fragment F0 on Official { name }';
    for (let i = 1; i <= 10; i++)
      document += ` fragment F${i} on Official { ...F${i - 1} officials: holdings { post { holdings { official { ...F${i - 1} } } } } }`;
    document = document.replace('query { ...F10 }', 'query { official(id: "x") { ...F10 } }');
    const error = checkQueryLimits(schema, parse(document), null, undefined, limits);
    assert.equal(error?.extensions.code, 'QUERY_LIMIT_EXCEEDED');
  });

  test('the standard introspection query passes, its lists are counted', () => {
    for (const options of [
      {},
      {
        descriptions: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        schemaDescription: true,
        inputValueDeprecation: true,
        oneOf: true,
      },
    ]) {
      const query = getIntrospectionQuery(options);
      assert.equal(checkQueryLimits(schema, parse(query), null, undefined, limits), null);
      assert.equal(measure(query).introspectionLists, 3);
    }
  });
});

describe('query limits: the cost model', () => {
  const page100 = 'officials(first: $n) { edges { node { statements(first: $n) { edges { node { id } } } } } }';

  test('variables and their defaults are resolved before estimating', () => {
    const literal = measure(`{ ${page100.replaceAll('$n', '100')} }`);
    const byDefault = measure(`query($n: Int = 100) { ${page100} }`);
    const sent = measure(`query($n: Int = 1) { ${page100} }`, { n: 100 });
    assert.ok(literal.cost > limits.maxCost);
    assert.equal(byDefault.cost, literal.cost);
    assert.equal(sent.cost, literal.cost);
    const error = checkQueryLimits(schema, parse(`query($n: Int = 100) { ${page100} }`), null, undefined, limits);
    assert.equal(error?.extensions.limit, 'cost');
  });

  test('an absent or null page size counts as the default page', () => {
    const absent = measure('{ officials { edges { node { id } } } }');
    const nullVariable = measure('query($n: Int) { officials(first: $n) { edges { node { id } } } }');
    const twenty = measure('{ officials(first: 20) { edges { node { id } } } }');
    assert.equal(absent.cost, twenty.cost);
    assert.equal(nullVariable.cost, twenty.cost);
  });

  test('a list argument multiplies by its length, literal or variable', () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `"id${i}"`).join(', ');
    const one = measure(`{ nodes(ids: [${ids(1)}]) { ... on Official { statements(first: 100) { edges { node { id } } } } } }`);
    const hundred = measure(`{ nodes(ids: [${ids(100)}]) { ... on Official { statements(first: 100) { edges { node { id } } } } } }`);
    assert.ok(hundred.cost >= 100 * one.cost - 100, `${hundred.cost} vs ${one.cost}`);
    const variable = measure(
      'query($ids: [ID!]!) { nodes(ids: $ids) { ... on Official { statements(first: 100) { edges { node { id } } } } } }',
      { ids: Array.from({ length: 100 }, (_, i) => `id${i}`) },
    );
    assert.equal(variable.cost, hundred.cost);
    assert.ok(hundred.cost > limits.maxCost);
  });

  test('list fields without a page size count as the stated estimate', () => {
    const one = measure('{ statements(first: 1) { edges { node { id } } } }');
    const withSpeakers = measure('{ statements(first: 1) { edges { node { id speakers { official { id } } } } } }');
    // One statement: its speakers list counts LIST_ESTIMATES.speakers speakers, each with an official.
    assert.equal(withSpeakers.cost - one.cost, 2 * LIST_ESTIMATES.speakers);
  });
});
