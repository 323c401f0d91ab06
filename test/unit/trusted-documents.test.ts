import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'graphql';
import { canonicalDocument, isIntrospectionOnly, TrustedDocuments, TrustedDocumentsPolicy } from '../../src/http/trusted-documents';

const LISTED =
  'query Latest($first: Int!, $after: String) { statements(first: $first, after: $after) { totalCount edges { node { id text } } } }';

test('one canonical text for every way of writing an operation, another for another operation', () => {
  const same = [
    LISTED,
    `# a comment
     query Latest($after: String, $first: Int!) {
       statements(after: $after, first: $first) { edges { node { text id } } totalCount }
     }`,
  ];
  assert.equal(canonicalDocument(parse(same[0])), canonicalDocument(parse(same[1])));
  for (const other of [
    LISTED.replace('text', 'date'),
    LISTED.replace('query Latest', 'query Other'),
    LISTED.replace('$first: Int!', '$first: Int'),
    LISTED.replace('totalCount', 'totalCount pageInfo { hasNextPage }'),
  ]) {
    assert.notEqual(canonicalDocument(parse(other)), canonicalDocument(parse(LISTED)), other);
  }
  // Object fields in arguments are ordered too.
  assert.equal(
    canonicalDocument(parse('{ statements(filter: { countries: ["JP"], topics: ["x"] }) { totalCount } }')),
    canonicalDocument(parse('{ statements(filter: { topics: ["x"], countries: ["JP"] }) { totalCount } }')),
  );
});

test('the list finds documents by id (with or without sha256:) and by text, and knows their operation names', () => {
  const documents = new TrustedDocuments({ 'sha256:ABC123': LISTED });
  assert.equal(documents.lookup('sha256:abc123'), LISTED);
  assert.equal(documents.lookup('abc123'), LISTED);
  assert.equal(documents.lookup('abc124'), undefined);
  assert.ok(documents.includes(parse(LISTED.replace(/ +/g, '  '))));
  assert.ok(!documents.includes(parse('{ statements { totalCount } }')));
  assert.ok(documents.isTrustedOperationName('Latest'));
  assert.ok(!documents.isTrustedOperationName('Other'));
  assert.ok(!documents.isTrustedOperationName(null));
  assert.ok(new TrustedDocumentsPolicy('allowlist', documents, false).isTrustedOperationName('Latest'));
  assert.ok(!new TrustedDocumentsPolicy('off', null, true).isTrustedOperationName('Latest'));
  assert.throws(() => new TrustedDocuments(['x']), /JSON object/);
  assert.throws(() => new TrustedDocuments({ a: 'query {' }), /"a" is not GraphQL/);
  assert.throws(() => new TrustedDocuments({ a: 1 }), /"a" is not a string/);
});

test('introspection-only operations: __schema, __type and __typename at the root, nothing else', () => {
  assert.ok(isIntrospectionOnly(parse('query IntrospectionQuery { __schema { types { name } } }')));
  assert.ok(isIntrospectionOnly(parse('{ __type(name: "Statement") { fields { name } } __typename }')));
  assert.ok(!isIntrospectionOnly(parse('{ __schema { types { name } } statements { totalCount } }')));
  assert.ok(!isIntrospectionOnly(parse('{ ...F } fragment F on Query { __typename }')));
  assert.ok(!isIntrospectionOnly(parse('fragment F on Query { __typename }')));
});
