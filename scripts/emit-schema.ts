import fs from 'node:fs';
import path from 'node:path';
import { createSchema, printSortedSchema } from '../src/schema';

/** `npm run schema`: writes schema/schema.graphql from the code. */
async function main() {
  const file = path.join(__dirname, '..', '..', 'schema', 'schema.graphql');
  fs.writeFileSync(file, printSortedSchema(await createSchema()));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
