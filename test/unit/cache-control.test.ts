import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { getOperationAST, isObjectType, parse, type GraphQLSchema } from 'graphql';
import { CACHE_HINTS, MAX_AGE, operationMaxAge } from '../../src/http/cache-control';
import { createSchema } from '../../src/schema';

let schema: GraphQLSchema;
before(async () => {
  schema = await createSchema();
});

const ageOf = (query: string) => {
  const document = parse(query);
  return operationMaxAge(schema, document, getOperationAST(document)!);
};

test('every hint names a type or field of the schema', () => {
  for (const name of Object.keys(CACHE_HINTS.types)) assert.ok(isObjectType(schema.getType(name)), name);
  for (const name of Object.keys(CACHE_HINTS.fields)) {
    const [type, field] = name.split('.');
    const object = schema.getType(type);
    assert.ok(isObjectType(object) && object.getFields()[field], name);
  }
});

test('an operation takes the smallest hint of what it selects, through fragments and connections', () => {
  assert.equal(ageOf('{ countries { totalCount } }'), MAX_AGE.reference);
  assert.equal(ageOf('{ countries { edges { node { name } } } topics { totalCount } }'), MAX_AGE.reference);
  assert.equal(ageOf('{ countries { totalCount } statements { totalCount } }'), MAX_AGE.record);
  assert.equal(ageOf('{ treaties { edges { node { ...T } } } } fragment T on Treaty { name }'), MAX_AGE.reference);
  assert.equal(ageOf('query($id: ID!) { node(id: $id) { id } }'), MAX_AGE.record);
  assert.equal(ageOf('query($id: ID!) { node(id: $id) { ... on Territory { name } } }'), MAX_AGE.reference);
  assert.equal(ageOf('query($id: ID!) { node(id: $id) { ... on Territory { name } ... on Statement { text } } }'), MAX_AGE.record);
  assert.equal(ageOf('{ latestStatementCursor countries { totalCount } }'), MAX_AGE.none);
  assert.equal(ageOf('{ importDocuments { totalCount } }'), MAX_AGE.none);
  assert.equal(ageOf('{ __schema { queryType { name } } }'), MAX_AGE.record);
  assert.equal(ageOf('mutation { deleteNode(input: { id: "x" }) { clientMutationId } }'), MAX_AGE.none);
});
