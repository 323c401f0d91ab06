import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';

/**
 * SQL is built one way: pg-sql2 fragments (`sql\`…${sql.value(x)}…\``, `sql.identifier`,
 * `sql.join`), compiled once and run through `readQuery` for reads. This test reads every file
 * under src/ (outside the DB layer) and fails on SQL built from strings:
 * - TypeORM's query builder (`createQueryBuilder`);
 * - `sql.raw` (pg-sql2's escape hatch);
 * - `.query(…)` or `readQuery(…)` given a template literal with substitutions, a string
 *   concatenation, or a variable initialised with one in the same file.
 * A constant SQL string (`'SELECT 1'`) is not built, and passes.
 */
const ROOT = path.resolve(__dirname, '..', '..', '..');
const SRC = path.join(ROOT, 'src');

/** The DB layer: it sets up the database itself (CREATE DATABASE, migrations, routing). */
const DB_LAYER = ['src/db/'];

/**
 * What may still build SQL from strings, file by file, with how many places (so a new one in
 * the same file fails too) and why. Shrink this list; never grow it without a reason here.
 */
const ALLOWED: Record<string, { count: number; why: string }> = {};

interface Finding {
  file: string;
  line: number;
  what: string;
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Whether an expression is SQL text being built: a template with substitutions or a `+` concatenation. */
function isBuiltText(node: ts.Expression): boolean {
  if (ts.isParenthesizedExpression(node)) return isBuiltText(node.expression);
  if (ts.isTemplateExpression(node)) return true;
  return ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken;
}

export function findStringSql(file: string, text: string): Finding[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const builtVariables = new Set<string>();
  const findings: Finding[] = [];
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const collect = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && isBuiltText(node.initializer)) {
      builtVariables.add(node.name.text);
    }
    ts.forEachChild(node, collect);
  };
  collect(source);
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
      if (name === 'createQueryBuilder') findings.push({ file, line: lineOf(node), what: 'createQueryBuilder' });
      if (name === 'raw' && ts.isPropertyAccessExpression(callee) && callee.expression.getText(source) === 'sql') {
        findings.push({ file, line: lineOf(node), what: 'sql.raw' });
      }
      // The SQL text: `x.query(text, …)`, `readQuery(db, text, …)`.
      const first = node.arguments[name === 'readQuery' ? 1 : 0];
      if ((name === 'query' || name === 'readQuery') && first && !ts.isSpreadElement(first)) {
        const built = isBuiltText(first) || (ts.isIdentifier(first) && builtVariables.has(first.text));
        if (built) findings.push({ file, line: lineOf(node), what: `${name}() with SQL built from strings` });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

test('SQL under src/ is built with pg-sql2, not from strings, except where the allow-list says why', () => {
  const findings = filesUnder(SRC)
    .map((full) => path.relative(ROOT, full).split(path.sep).join('/'))
    .filter((file) => !DB_LAYER.some((prefix) => file.startsWith(prefix)))
    .flatMap((file) => findStringSql(file, fs.readFileSync(path.join(ROOT, file), 'utf8')));
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const problems: string[] = [];
  for (const [file, found] of byFile) {
    const allowed = ALLOWED[file]?.count ?? 0;
    if (found.length > allowed) {
      problems.push(`${file}: ${found.length} place(s), ${allowed} allowed: ${found.map((f) => `line ${f.line} ${f.what}`).join('; ')}`);
    }
  }
  // An allowance nobody uses any more is removed, so the list only shrinks.
  for (const [file, { count }] of Object.entries(ALLOWED)) {
    const used = byFile.get(file)?.length ?? 0;
    if (used < count) problems.push(`${file}: the allow-list grants ${count}, only ${used} left: lower it`);
  }
  assert.deepEqual(problems, [], 'build SQL with pg-sql2 (sql`…`, sql.value, sql.identifier, sql.join) and run reads through readQuery');
});

test('the check sees each way of building SQL from strings, and passes fragments and constants', () => {
  const found = findStringSql(
    'x.ts',
    `
    const table = 'calls';
    const built = \`SELECT * FROM \${table}\`;
    db.query(built);
    db.query(\`SELECT * FROM \${table}\`);
    db.query('SELECT * FROM ' + table);
    readQuery(db, \`SELECT \${1}\`);
    repo.createQueryBuilder('e');
    sql.raw(table);
    db.query('SELECT 1');
    db.query(\`SELECT 2\`);
    const { text, values } = sql.compile(sql\`SELECT * FROM \${sql.identifier(table)}\`);
    readQuery(db, text, values);
  `,
  );
  assert.deepEqual(
    found.map((f) => f.what),
    [
      'query() with SQL built from strings',
      'query() with SQL built from strings',
      'query() with SQL built from strings',
      'readQuery() with SQL built from strings',
      'createQueryBuilder',
      'sql.raw',
    ],
  );
});
