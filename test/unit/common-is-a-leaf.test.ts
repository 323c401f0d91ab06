import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

/**
 * `src/common/` is the floor every domain stands on: it may import packages and its own files,
 * never a domain folder (nor the app around it). Read from the TypeScript sources, no database.
 */

function repoRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'src', 'common'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no repository root above ${__dirname}`);
  }
}

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Every module specifier of a file: static imports and exports, `import type`, dynamic import() and require(). */
export function specifiers(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) found.push(match[1]);
  return found;
}

/** The specifier leaves `common` when it is relative (or absolute) and resolves outside the folder. */
export function leavesFolder(file: string, specifier: string, folder: string): boolean {
  if (!specifier.startsWith('.') && !path.isAbsolute(specifier) && !specifier.startsWith('src/')) return false; // a package
  const target = specifier.startsWith('src/')
    ? path.join(path.dirname(folder), '..', specifier)
    : path.resolve(path.dirname(file), specifier);
  const relative = path.relative(folder, target);
  return relative.startsWith('..') || path.isAbsolute(relative);
}

test('the import scanner sees every form of import and tells packages from domain folders', () => {
  const source = [
    "import { a } from './errors';",
    "import type { Principal } from '../auth/role';",
    "import {\n  b,\n  c,\n} from '../places/country.entity';",
    "export { d } from './global-id';",
    "import 'reflect-metadata';",
    "const e = await import('../statements/statement-feed');",
    "const f = require('../config');",
    "import { GraphQLError } from 'graphql';",
  ].join('\n');
  const folder = '/repo/src/common';
  const file = path.join(folder, 'x.ts');
  const specs = specifiers(source);
  assert.deepEqual(
    specs.sort(),
    [
      '../auth/role',
      '../config',
      '../places/country.entity',
      '../statements/statement-feed',
      './errors',
      './global-id',
      'graphql',
      'reflect-metadata',
    ].sort(),
  );
  assert.deepEqual(specs.filter((s) => leavesFolder(file, s, folder)).sort(), [
    '../auth/role',
    '../config',
    '../places/country.entity',
    '../statements/statement-feed',
  ]);
  assert.equal(leavesFolder(path.join(folder, 'sub', 'y.ts'), '../errors', folder), false, 'a subfolder of common may import common');
});

test('src/common imports nothing outside src/common but packages', () => {
  const folder = path.join(repoRoot(), 'src', 'common');
  const files = tsFiles(folder);
  assert.ok(files.length > 10, `expected the common files, found ${files.length}`);
  let imports = 0;
  const outside: string[] = [];
  for (const file of files) {
    for (const specifier of specifiers(fs.readFileSync(file, 'utf8'))) {
      imports += 1;
      if (leavesFolder(file, specifier, folder)) outside.push(`${path.relative(folder, file)} imports ${specifier}`);
    }
  }
  assert.ok(imports > files.length, `expected imports in the common files, found ${imports}`);
  assert.deepEqual(outside, [], 'common/ is the floor: move the code that needs a domain out of it, or what it needs into it');
});
