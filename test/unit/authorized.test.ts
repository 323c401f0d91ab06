import 'reflect-metadata';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getMetadataStorage } from 'type-graphql';
import { createSchema } from '../../src/schema';

/**
 * Roles are declared, never checked by hand: every mutation and every query that says it needs a
 * role carries `@Authorized(role)`, and what the schema tells clients matches the declaration.
 */
test('every mutation, and every query documented as needing a role, declares it with @Authorized', async () => {
  const schema = await createSchema();
  const storage = getMetadataStorage();
  const declared = (target: object, methodName: string) =>
    storage.authorizedFields.find((a) => a.target === target && a.fieldName === methodName)?.roles;

  const mutations = Object.values(schema.getMutationType()!.getFields());
  assert.ok(mutations.length > 20, `expected the mutations, found ${mutations.length}`);
  const checked: string[] = [];
  for (const [kind, resolvers, fields] of [
    ['Mutation', storage.mutations, schema.getMutationType()!.getFields()],
    ['Query', storage.queries, schema.getQueryType()!.getFields()],
  ] as const) {
    for (const resolver of resolvers) {
      const field = fields[resolver.schemaName];
      if (!field) continue;
      const roles = declared(resolver.target, resolver.methodName);
      const documented = /Needs the (\w+) role\./.exec(field.description ?? '')?.[1];
      if (kind === 'Mutation') assert.ok(roles, `mutation ${field.name} declares no @Authorized role`);
      assert.deepEqual(
        roles ?? [],
        documented ? [documented] : [],
        `${kind}.${field.name}: declared ${roles ?? 'nothing'}, described as needing ${documented ?? 'nothing'}`,
      );
      if (roles) checked.push(`${kind}.${field.name}:${roles.join()}`);
    }
  }
  for (const expected of ['Mutation.deleteNode:ADMIN', 'Mutation.addStatement:EDITOR', 'Query.auditLog:ADMIN', 'Query.apiKeys:ADMIN']) {
    assert.ok(checked.includes(expected), `${expected} not among ${checked.join(', ')}`);
  }
});
