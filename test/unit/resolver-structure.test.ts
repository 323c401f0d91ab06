import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';

/**
 * Resolvers are GraphQL shape only: SQL lives in the domain's service or `*.queries.ts`, and a
 * resolver reaches another domain through its services, loaders or types, never its resolver.
 */
const SRC = path.resolve(__dirname, '../../../src');
/** Resolver files under `dir`, at any depth (a domain may have a folder per feature, as src/analysis does). */
function resolversUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return resolversUnder(full);
    return entry.name.endsWith('.resolver.ts') ? [full] : [];
  });
}
const resolverFiles = resolversUnder(SRC);

const STRING_LITERAL = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g;
const SQL = /\b(SELECT|INSERT|UPDATE|DELETE)\b[\s\S]*\b(FROM|INTO|SET)\b|\b(EXISTS|JOIN|WHERE|ANY)\s*\(|\bWHERE\b/;

/** The string literals of a source text that look like SQL. */
export function sqlLiterals(source: string): string[] {
  return (source.match(STRING_LITERAL) ?? []).filter((literal) => SQL.test(literal));
}

/** The resolver modules a source text imports. */
export function resolverImports(source: string): string[] {
  return [...source.matchAll(/from\s+['"]([^'"]+\.resolver)['"]/g)].map((m) => m[1]);
}

describe('resolver files', () => {
  test('there are resolver files to check', () => {
    assert.ok(resolverFiles.length >= 10, `found only ${resolverFiles.length} resolver files under ${SRC}`);
  });

  test('the checks recognise SQL and resolver imports', () => {
    assert.deepEqual(sqlLiterals("x('SELECT a FROM b WHERE c = ANY($1)')"), ["'SELECT a FROM b WHERE c = ANY($1)'"]);
    assert.equal(sqlLiterals('qb.where(`EXISTS (SELECT 1 FROM t)`)').length, 1);
    assert.equal(sqlLiterals("qb.where('e.x = :x')").length, 0, 'a bare column comparison is not caught by the WHERE rule');
    assert.equal(sqlLiterals("{ description: 'Select the statements made from a call.' }").length, 0);
    assert.deepEqual(resolverImports("import { countryOf } from '../places/places.resolver';"), ['../places/places.resolver']);
  });

  for (const file of resolverFiles) {
    const name = path.relative(SRC, file);
    const source = fs.readFileSync(file, 'utf8');
    test(`${name} holds no SQL`, () => {
      assert.deepEqual(sqlLiterals(source), [], `${name} holds SQL: move it to the domain's service or *.queries.ts`);
    });
    test(`${name} declares no ordering (orders with their SQL live in *.queries.ts)`, () => {
      assert.doesNotMatch(source, /\bcolumnOrders\s*[<(]/);
    });
    test(`${name} imports no other resolver`, () => {
      assert.deepEqual(resolverImports(source), [], `${name} imports a resolver: import the service, queries or types instead`);
    });
  }
});
