import fs from 'node:fs';
import path from 'node:path';
import { createSchema, printSortedSchema } from '../src/schema';
import { printPossibleTypes } from './possible-types';

/** `npm run schema`: writes schema/schema.graphql and client/possible-types.ts from the code. */
async function main() {
  const schema = await createSchema();
  const file = path.join(__dirname, '..', '..', 'schema', 'schema.graphql');
  fs.writeFileSync(file, printSortedSchema(schema));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
  const types = path.join(__dirname, '..', '..', 'client', 'possible-types.ts');
  fs.writeFileSync(types, printPossibleTypes(schema));
  console.log(`wrote ${path.relative(process.cwd(), types)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
