import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { createSchema, printSortedSchema } from '../src/schema';
import { possibleTypes, printPossibleTypes } from '../scripts/possible-types';

test('schema/schema.graphql is what the code builds (run `npm run schema` after changing the API)', async () => {
  const committed = fs.readFileSync(path.join(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8');
  assert.equal(committed, printSortedSchema(await createSchema()));
});

test('client/possible-types.ts is what the schema implies (run `npm run schema` after changing the API)', async () => {
  const committed = fs.readFileSync(path.join(__dirname, '..', '..', 'client', 'possible-types.ts'), 'utf8');
  const schema = await createSchema();
  assert.equal(committed, printPossibleTypes(schema));
  assert.ok(possibleTypes(schema).Node.includes('Statement'));
});

test('every type, field and argument of the schema has a description', async () => {
  const schema = await createSchema();
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
    if (!type.description) missing.push(type.name);
    if ('getFields' in type) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
  }
  assert.deepEqual(missing, []);
});
