import type { GraphQLObjectType } from 'graphql';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { Call } from '../calls/call.entity';
import { CallParticipant } from '../calls/call-participant.entity';
import { Commitment } from '../commitments/commitment.entity';
import { StatementCommitment } from '../commitments/statement-commitment.entity';
import type { ConnectionArgs, ConnectionResult } from '../common/connection';
import { pageOf, type PageRequest, pageRequest, withKeys } from '../common/pagination';
import { tableOf } from '../common/rows';
import { Official } from '../officials/official.entity';
import { holdingTitleSql } from '../officials/official.service';
import { Organization } from '../organizations/organization.entity';
import { Source } from '../sources/source.entity';
import { Statement } from '../statements/statement.entity';
import { type StatementFilter, StatementOrder } from '../statements/statement.inputs';
import { statementOrders, withTitle } from '../statements/statement.queries';
import { listStatementsOf, statementCursorOrdering, type StatementParent, statementsOfSql } from '../statements/statement.service';
import {
  collectFields,
  defineRelation,
  fieldsAt,
  materialize,
  planEntity,
  planJson,
  type PlanScope,
  type Relation,
  selectsPageInfo,
  setsOf,
} from './prefetch';

/**
 * The relations read plans compile (see prefetch.ts). Each entry gives the same value, in the
 * same order, as the field's resolver; test/read-plans.test.ts compares the two on every one.
 * Only public fields belong here: a compiled field's value is returned without its resolver.
 */

/** The row `fk` points to (null when the key is null), as the byKey loaders give it. */
function belongsTo(target: EntityTarget<ObjectLiteral>, fk: string): Relation {
  return (scope, alias, _args, field) => {
    if (!field.type) return null;
    const a = scope.unique('b');
    const plan = planEntity(scope, target, field.type, setsOf(field), a);
    return {
      sql: `(SELECT ${planJson(plan, a)} FROM ${tableOf(scope.db, target)} ${a} WHERE ${a}.id = ${alias}.${fk})`,
      build: (json) => (json == null ? null : materialize(scope.db, plan, json as Record<string, unknown>)),
    };
  };
}

/** The rows whose `fk` is the parent's id, ordered as the manyBy loaders order them (by id). */
function hasMany(target: EntityTarget<ObjectLiteral>, fk: string): Relation {
  return (scope, alias, _args, field) => {
    if (!field.type) return null;
    const a = scope.unique('m');
    const plan = planEntity(scope, target, field.type, setsOf(field), a);
    return {
      sql: `coalesce((SELECT json_agg(${planJson(plan, a)} ORDER BY ${a}.id) FROM ${tableOf(scope.db, target)} ${a} WHERE ${a}.${fk} = ${alias}.id), '[]')`,
      build: (json) => (json as Record<string, unknown>[]).map((row) => materialize(scope.db, plan, row)),
    };
  };
}

const officialType = (scope: PlanScope) => scope.info.schema.getType('Official') as GraphQLObjectType;

/** Officials linked through `table` (statement_speakers, statement_parties), each with the title held on the statement's date. */
function officialsWithTitles(table: string): Relation {
  return (scope, alias, _args, field) => {
    if (!field.type) return null;
    const link = scope.unique('l');
    const o = scope.unique('o');
    const selected = [...collectFields(scope.info, field.type, setsOf(field)).values()];
    const officials = selected.filter((f) => f.name === 'official');
    const plan = planEntity(scope, Official, officialType(scope), officials.flatMap(setsOf), o);
    const wantsTitle = selected.some((f) => f.name === 'title');
    const title = wantsTitle ? holdingTitleSql(`${o}.id`, `${alias}.date`) : 'NULL';
    return {
      sql: `coalesce((SELECT json_agg(json_build_object('o', ${planJson(plan, o)}, 't', ${title}) ORDER BY ${link}.position, ${link}.official_id)
                        FROM ${table} ${link} JOIN officials ${o} ON ${o}.id = ${link}.official_id WHERE ${link}.statement_id = ${alias}.id), '[]')`,
      build: (json, parent) =>
        (json as { o: Record<string, unknown>; t: string | null }[]).map((row) =>
          withTitle(scope.ctx, materialize(scope.db, plan, row.o), String(parent.date), wantsTitle ? row.t : undefined),
        ),
    };
  };
}

/**
 * A parent's statement connection (an official's, a call's): a first page only — with a cursor
 * or `last` the resolver pages as usual. `totalCount` is counted by the resolver's path when asked.
 */
function statementsOf(parent: StatementParent): Relation {
  return (scope: PlanScope, alias, args, field) => {
    if (!field.type) return null;
    const { filter, orderBy, ...page } = args as ConnectionArgs & { filter?: StatementFilter | null; orderBy?: StatementOrder };
    const order = orderBy ?? StatementOrder.DATE_ASC;
    const ordering = statementOrders.orderings[order];
    const cursorOrdering = statementCursorOrdering(order);
    let request: PageRequest;
    let of: { sql: string; params: Record<string, unknown> };
    const par = scope.unique('par');
    const x = scope.unique('x');
    const node = fieldsAt(scope.info, field.type, setsOf(field), ['edges', 'node']);
    // The node's relations are computed on the page's rows (alias x), outside the LIMIT.
    const plan = planEntity(
      scope,
      Statement,
      node?.type ?? (scope.info.schema.getType('Statement') as GraphQLObjectType),
      node?.sets ?? [],
      x,
    );
    // Without pageInfo nothing reads hasNextPage: no row beyond the page is fetched.
    const more = selectsPageInfo(scope.info, field.type, setsOf(field));
    try {
      request = pageRequest(page, cursorOrdering, scope.ctx.config.maxPageSize);
      // Cursors, `last` and empty pages go through the resolver's paging (as listStatementsOf does).
      if (request.after || request.before || request.backwards || request.size === 0) return null;
      of = statementsOfSql(scope.ctx, parent, `${par}.pid`, filter, order, request.size + (more ? 1 : 0), [], scope.unique('s') + '_');
    } catch {
      return null; // bad arguments: the resolver reports them at the field's path
    }
    scope.addParams(of.params);
    const sortKeys = ordering.keys.map((k) => `${k.expr.replace(/\be\./g, `${x}.`)} ${k.direction}`).join(', ');
    return {
      sql: `(SELECT coalesce(json_agg(${planJson(plan, x)} ORDER BY ${sortKeys}), '[]')
               FROM (SELECT ${alias}.id AS pid) ${par} CROSS JOIN LATERAL (${of.sql}) ${x})`,
      build: (json, parentRow): ConnectionResult<Statement> => {
        const rows = (json as Record<string, unknown>[]).map((row) => materialize(scope.db, plan, row));
        return {
          ...pageOf(withKeys(rows, ordering), request, cursorOrdering),
          get totalCount() {
            return listStatementsOf(scope.ctx, parent, Number(parentRow.id), page, filter, order).then((r) => r.totalCount);
          },
        };
      },
    };
  };
}

defineRelation('Statement', 'source', belongsTo(Source, 'source_id'));
defineRelation('Statement', 'call', belongsTo(Call, 'call_id'));
defineRelation('Statement', 'attributedOrganization', belongsTo(Organization, 'attributed_organization_id'));
defineRelation('Statement', 'speakers', officialsWithTitles('statement_speakers'));
defineRelation('Statement', 'parties', officialsWithTitles('statement_parties'));
defineRelation('Statement', 'commitments', hasMany(StatementCommitment, 'statement_id'));
defineRelation('StatementCommitment', 'statement', belongsTo(Statement, 'statement_id'));
defineRelation('StatementCommitment', 'commitment', belongsTo(Commitment, 'commitment_id'));
defineRelation('Call', 'participants', hasMany(CallParticipant, 'call_id'));
defineRelation('CallParticipant', 'official', belongsTo(Official, 'official_id'));
defineRelation('CallParticipant', 'call', belongsTo(Call, 'call_id'));
defineRelation('Source', 'publisher', belongsTo(Organization, 'publisher_id'));
defineRelation('Source', 'call', belongsTo(Call, 'call_id'));
defineRelation('Official', 'statements', statementsOf('official'));
defineRelation('Call', 'statements', statementsOf('call'));
defineRelation('Commitment', 'statements', statementsOf('commitment'));
defineRelation('Source', 'statements', statementsOf('source'));
defineRelation('Source', 'reportedStatements', statementsOf('reportingSource'));
