import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { buildSchema, execute, GraphQLError, parse, subscribe, type ExecutionResult } from 'graphql';
import {
  ConflictError,
  DomainError,
  ErrorCode,
  ForbiddenError,
  InputError,
  NotFoundError,
  UnauthenticatedError,
  badInput,
  notFound,
} from '../../src/common/errors';

function readme(): string {
  for (let dir = __dirname; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    const file = path.join(dir, 'README.md');
    if (fs.existsSync(file) && fs.existsSync(path.join(dir, 'package.json'))) return fs.readFileSync(file, 'utf8');
  }
  throw new Error(`no README.md above ${__dirname}`);
}

test("the README's error-code table lists exactly the catalogue's codes", () => {
  const text = readme();
  const start = text.indexOf('### Error codes');
  assert.ok(start >= 0, 'README has an "Error codes" section');
  const section = text.slice(start, text.indexOf('\n#', start + 1));
  const rows = section.split('\n').filter((line) => line.startsWith('| `'));
  const listed = rows.flatMap((row) => [...row.split('|')[1].matchAll(/`([A-Z_]+)`/g)].map((m) => m[1]));
  assert.equal(new Set(listed).size, listed.length, `a code is listed twice: ${listed.join(', ')}`);
  assert.deepEqual([...listed].sort(), Object.values(ErrorCode).sort());
});

test('domain errors carry their code and details as extensions, and are not GraphQL errors', () => {
  const cases: [DomainError, ErrorCode][] = [
    [new InputError('m'), ErrorCode.BAD_USER_INPUT],
    [new NotFoundError('m'), ErrorCode.NOT_FOUND],
    [new ConflictError('m'), ErrorCode.CONFLICT],
    [new UnauthenticatedError('m'), ErrorCode.UNAUTHENTICATED],
    [new ForbiddenError('m'), ErrorCode.FORBIDDEN],
  ];
  for (const [error, code] of cases) {
    assert.equal(error.code, code);
    assert.ok(error instanceof DomainError && error instanceof Error);
    assert.ok(!(error instanceof GraphQLError));
    assert.deepEqual(error.extensions, { code });
  }
  const e = badInput('"first" is too large', { field: 'first', max: 100 });
  assert.deepEqual([e.name, e.message, e.details], ['InputError', '"first" is too large', { field: 'first', max: 100 }]);
  assert.deepEqual(e.extensions, { code: 'BAD_USER_INPUT', field: ['first'], max: 100 });
});

test('what resolvers and subscribe functions throw becomes coded GraphQL errors without any wrapper, and the rest is left alone', async () => {
  const schema = buildSchema(`
    type Query { sync: Int, async: Int, plain: Int, ok: Int }
    type Subscription { events: Int }
  `);
  const fields = schema.getQueryType()!.getFields();
  fields.sync.resolve = () => {
    throw badInput('bad', { field: ['input', 'ids', 2], extra: 1 });
  };
  fields.async.resolve = async () => {
    throw notFound('nothing');
  };
  fields.plain.resolve = () => {
    throw new Error('internal detail');
  };
  fields.ok.resolve = () => 7;
  schema.getSubscriptionType()!.getFields().events.subscribe = () => {
    throw new ForbiddenError('needs EDITOR');
  };

  const result = (await execute({ schema, document: parse('{ sync async plain ok }') })) as ExecutionResult;
  assert.deepEqual({ ...result.data }, { sync: null, async: null, plain: null, ok: 7 });
  const byPath = Object.fromEntries(result.errors!.map((e) => [String(e.path?.[0]), e]));
  assert.deepEqual(
    [byPath.sync.message, { ...byPath.sync.extensions }],
    ['bad', { code: 'BAD_USER_INPUT', field: ['input', 'ids', 2], extra: 1 }],
  );
  assert.deepEqual([byPath.async.message, { ...byPath.async.extensions }], ['nothing', { code: 'NOT_FOUND' }]);
  let cause: unknown = byPath.async;
  while (cause instanceof Error && 'originalError' in cause && cause.originalError) cause = cause.originalError;
  assert.ok(cause instanceof NotFoundError, 'the domain error stays reachable as the original error, for the log');
  assert.deepEqual(
    [byPath.plain.message, { ...byPath.plain.extensions }],
    ['internal detail', {}],
    'other errors stay as they are, for formatError to hide',
  );

  const subscription = (await subscribe({ schema, document: parse('subscription { events }') })) as ExecutionResult;
  assert.deepEqual(
    subscription.errors?.map((e) => [e.message, e.extensions.code]),
    [['needs EDITOR', 'FORBIDDEN']],
  );
});
