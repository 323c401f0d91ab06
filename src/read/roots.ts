import type { GraphQLResolveInfo } from 'graphql';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { Context } from '../context';
import { decodeRowId } from '../common/global-id';
import { loadPlanned } from './prefetch';

/**
 * How each field of Query that returns records is read, declared once: compiled (the relations
 * the request selects below its rows become subqueries of the statement that fetches them, see
 * prefetch.ts) or not, with the reason, as `computed(...)` says it for a type's fields.
 * `test/read-differential.test.ts` checks that every Query field returning objects is declared
 * here and compares each compiled one with READ_PLANS=off; `test/read-plans.test.ts` checks that
 * each compiled one with a depth-2 selection of relations is one SQL statement.
 */
export type RootRead = { compiled: true } | { compiled: false; why: string };

const compiled: RootRead = { compiled: true };
const notCompiled = (why: string): RootRead => ({ compiled: false, why });

const IMPORTS = 'the importer’s review lists (issue 19, src/imports/): EDITOR-only review types, not the record; their fields are resolved';
const ANALYSIS = 'an analysis of src/analysis/ computed in JavaScript from several queries, not rows of one table';
const SCALARS = 'its type has no relations (scalar fields only): the list is already one statement';

export const ROOT_READS: Record<string, RootRead> = {
  node: compiled,
  nodes: compiled,
  official: compiled,
  statements: compiled,
  search: compiled,
  calls: compiled,
  commitments: compiled,
  officials: compiled,
  sources: compiled,
  organizations: compiled,
  topics: compiled,
  countries: compiled,
  treaties: compiled,
  territories: compiled,
  deployments: compiled,
  exercises: compiled,
  apiKeys: notCompiled(SCALARS),
  auditLog: notCompiled(SCALARS),
  reportedPositions: notCompiled(
    `${ANALYSIS}: the analysis pager (paginateSql) returns ids (statement, party, confirming, denying, echoing) that JavaScript assembles ` +
      "into positions with the party's holding and title; the records are batched by type (loadMap), one statement per type and level. " +
      'Compiling it needs a row plan in paginateSql, which does not exist',
  ),
  commitmentOmissions: notCompiled(`${ANALYSIS} (windows of calls without a mention, per side)`),
  countryPair: notCompiled(`${ANALYSIS} (aggregates over both countries' calls and statements)`),
  readoutComparison: notCompiled(`${ANALYSIS} (a comparison of the sources' texts)`),
  importDocuments: notCompiled(IMPORTS),
  statementDrafts: notCompiled(IMPORTS),
  textVariants: notCompiled(IMPORTS),
};

/**
 * One record by its id (a single-record root such as `official(id)`): with a read plan, the row
 * and the relations selected below it in one statement; otherwise through the type's loader.
 */
export async function lookupPlanned<T extends ObjectLiteral>(
  ctx: Context,
  info: GraphQLResolveInfo,
  entity: EntityTarget<T> & { name: string },
  id: string,
): Promise<T | null> {
  const key = decodeRowId(id, entity.name, { field: 'id' });
  const planned = await loadPlanned<T>(ctx, info, entity, entity.name, [key]);
  if (planned) return planned.get(key) ?? null;
  return ctx.loaders.byKey<T, number>(entity).load(key);
}
