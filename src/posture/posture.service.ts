import { type SQL, sql } from 'pg-sql2';
import type { ConnectionArgs } from '../common/connection';
import type { Context } from '../context';
import { EntityWrites } from '../write/entity-writes';
import { Conditions, countryCodes, list, rowIds, wordPatterns } from '../common/filters';
import { listConnection } from '../common/list';
import type { Ordering, Where } from '../common/pagination';
import { today } from '../common/validation';
import { Organization } from '../organizations/organization.entity';
import { Territory } from '../places/territory.entity';
import { Source } from '../sources/source.entity';
import { Statement } from '../statements/statement.entity';
import { Deployment } from './deployment.entity';
import { Exercise } from './exercise.entity';
import type { DeploymentFields, DeploymentFilter, ExerciseFields, ExerciseFilter } from './posture.inputs';

const links = (owner: 'deployment' | 'exercise') => [
  {
    field: 'statementIds' as const,
    table: `${owner}_statements`,
    ownerColumn: `${owner}_id`,
    targetColumn: 'statement_id',
    entity: Statement,
  },
  {
    field: 'territoryIds' as const,
    table: `${owner}_territories`,
    ownerColumn: `${owner}_id`,
    targetColumn: 'territory_id',
    entity: Territory,
  },
];

export const deploymentWrites = new EntityWrites<Deployment, DeploymentFields>({
  entity: Deployment,
  unique: [{ columns: ['operator_id', 'lower(platform)', 'lower(base)'], field: 'platform', label: 'platform at this base' }],
  defaults: { indefinite: false },
  read: (v, input) => ({
    platform: v.text('platform', input.platform, { max: 200, required: true }),
    count: v.integer('count', input.count, 1, 1_000_000),
    base: v.text('base', input.base, { max: 300, required: true }),
    mission: v.text('mission', input.mission, { max: 2000, multiline: true }),
    recordedStatus: v.value('status', input.status),
    statusRecordedOn: v.date('statusRecordedOn', input.statusRecordedOn),
    indefinite: input.indefinite === null ? false : input.indefinite,
    expectedEndMonth: v.matches('expectedEndMonth', input.expectedEndMonth, /^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM'),
    operatorId: v.ref('operatorId', input.operatorId, Organization, true),
    hostCountryCode: v.country('hostCountryCode', input.hostCountryCode, true),
    sourceId: v.ref('sourceId', input.sourceId, Source),
  }),
  rules: (d, v) => {
    if (d.indefinite && d.expectedEndMonth != null) v.fail('expectedEndMonth', 'cannot be given for an indefinite deployment');
  },
  refSets: links('deployment'),
});

export const exerciseWrites = new EntityWrites<Exercise, ExerciseFields>({
  entity: Exercise,
  unique: [{ columns: ['lower(name)'], field: 'name', label: 'name' }],
  read: (v, input) => ({
    name: v.text('name', input.name, { max: 200, required: true }),
    area: v.text('area', input.area, { max: 300 }),
    description: v.text('description', input.description, { max: 2000, multiline: true }),
    organizationId: v.ref('organizationId', input.organizationId, Organization),
    sourceId: v.ref('sourceId', input.sourceId, Source),
  }),
  refSets: links('exercise'),
});

/** Both link filters of a posture row, owned through `<owner>_statements` and `<owner>_territories`. */
function linkConditions(
  c: Conditions,
  owner: 'deployment' | 'exercise',
  filter: { statementIds?: string[] | null; territoryIds?: string[] | null },
): void {
  const ownerId = sql.identifier(`${owner}_id`);
  c.when(
    rowIds(filter.statementIds, 'Statement', ['filter', 'statementIds']),
    (e, v) =>
      sql`EXISTS (SELECT 1 FROM ${sql.identifier(`${owner}_statements`)} l WHERE l.${ownerId} = ${e}.id AND l.statement_id = ANY(${v}))`,
  );
  c.when(
    rowIds(filter.territoryIds, 'Territory', ['filter', 'territoryIds']),
    (e, v) =>
      sql`EXISTS (SELECT 1 FROM ${sql.identifier(`${owner}_territories`)} l WHERE l.${ownerId} = ${e}.id AND l.territory_id = ANY(${v}))`,
  );
}

const textCondition = (text: SQL, patterns: SQL) =>
  sql`f_unaccent(${text}) ILIKE ALL (SELECT f_unaccent(p) FROM unnest(${patterns}::text[]) AS p)`;

export function listDeployments(
  ctx: Context,
  page: ConnectionArgs,
  filter: DeploymentFilter | null | undefined,
  ordering: Ordering<Deployment>,
  scope: readonly Where[] = [],
) {
  const c = new Conditions();
  if (filter) {
    c.when(rowIds(filter.operatorIds, 'Organization', ['filter', 'operatorIds']), (e, v) => sql`${e}.operator_id = ANY(${v})`);
    c.when(
      countryCodes(filter.operatorCountries, ['filter', 'operatorCountries']),
      (e, v) => sql`EXISTS (SELECT 1 FROM organizations o WHERE o.id = ${e}.operator_id AND o.country_code = ANY(${v}))`,
    );
    c.when(countryCodes(filter.hostCountries, ['filter', 'hostCountries']), (e, v) => sql`${e}.host_country_code = ANY(${v})`);
    const statuses = list(filter.statuses, ['filter', 'statuses']);
    // The status on a day, as deploymentStatusOn derives it: an expected end month that is over reads ENDED.
    if (statuses) {
      const [month, wanted] = [sql.value((filter.statusAsOf ?? today()).slice(0, 7)), sql.value(statuses)];
      c.add(
        (e) =>
          sql`(CASE WHEN ${e}.status <> 'ENDED' AND NOT ${e}.indefinite AND ${e}.expected_end_month < ${month} THEN 'ENDED' ELSE ${e}.status END) = ANY(${wanted})`,
      );
    }
    if (filter.text != null)
      c.when(wordPatterns(filter.text, ['filter', 'text']), (e, v) => textCondition(sql`${e}.platform || ' ' || ${e}.base`, v));
    linkConditions(c, 'deployment', filter);
  }
  return listConnection(ctx, Deployment, page, ordering, [...scope, ...c.parts]);
}

export function listExercises(
  ctx: Context,
  page: ConnectionArgs,
  filter: ExerciseFilter | null | undefined,
  ordering: Ordering<Exercise>,
  scope: readonly Where[] = [],
) {
  const c = new Conditions();
  if (filter) {
    c.when(rowIds(filter.organizationIds, 'Organization', ['filter', 'organizationIds']), (e, v) => sql`${e}.organization_id = ANY(${v})`);
    if (filter.text != null)
      c.when(wordPatterns(filter.text, ['filter', 'text']), (e, v) => textCondition(sql`${e}.name || ' ' || coalesce(${e}.area, '')`, v));
    linkConditions(c, 'exercise', filter);
  }
  return listConnection(ctx, Exercise, page, ordering, [...scope, ...c.parts]);
}
