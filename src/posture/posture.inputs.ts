import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../common/scalars';
import { PayloadOf } from '../write/mutation-types';
import { Deployment, DeploymentStatus } from './deployment.entity';
import { Exercise } from './exercise.entity';

/** The fields of createDeployment and updateDeployment. */
export class DeploymentFields {
  @Field({ description: 'Platform or unit type, e.g. "MQ-9 Reaper"; at most 200 characters. Unique with operator and base.' })
  platform: string;

  @Field(() => Int, { nullable: true, description: 'How many, when reported; at least 1.' })
  count?: number | null;

  @Field({ description: 'Where they are based, e.g. "Kadena Air Base, Okinawa"; at most 300 characters.' })
  base: string;

  @Field(() => String, { nullable: true, description: 'What they do there; at most 2000 characters.' })
  mission?: string | null;

  @Field(() => DeploymentStatus, { description: 'Active, planned or ended, as reported (read back as `recordedStatus`).' })
  status: DeploymentStatus;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'The day the status was reported true, e.g. the date of the report; not after tomorrow. Give it with every status you record.',
  })
  statusRecordedOn?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True when the deployment has no planned end (then no expectedEndMonth); false when left out on creation.',
  })
  indefinite?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Month the deployment is expected to end, YYYY-MM; not with indefinite.' })
  expectedEndMonth?: string | null;

  @Field(() => ID, { description: 'Id of the organization (service or unit) operating it.' })
  operatorId: string;

  @Field({ description: 'ISO code of the host country.' })
  hostCountryCode: string;

  @Field(() => ID, { nullable: true, description: 'Id of the source reporting it.' })
  sourceId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Ids of the statements that mention it (replaces the list on update).' })
  statementIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Ids of the territories it covers or operates around (replaces the list on update).' })
  territoryIds?: string[] | null;
}

export const DeploymentPayload = PayloadOf('deployment', Deployment);

/** The fields of createExercise and updateExercise. */
export class ExerciseFields {
  @Field({ description: 'Name of the exercise, e.g. "Resolute Dragon"; at most 200 characters, unique.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Where it is held; at most 300 characters.' })
  area?: string | null;

  @Field(() => String, { nullable: true, description: 'What it practises; at most 2000 characters.' })
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the organization conducting it.' })
  organizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the source reporting it.' })
  sourceId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Ids of the statements that mention it (replaces the list on update).' })
  statementIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Ids of the territories it is held around (replaces the list on update).' })
  territoryIds?: string[] | null;
}

export const ExercisePayload = PayloadOf('exercise', Exercise);

@InputType({ description: 'Narrows a list of deployments. Fields combine with AND; a list means "any of".' })
export class DeploymentFilter {
  @Field(() => [ID], { nullable: true, description: 'Operating organizations.' })
  operatorIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: "ISO codes of the operator's country." })
  operatorCountries?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'ISO codes of the host country.' })
  hostCountries?: string[] | null;

  @Field(() => [DeploymentStatus], {
    nullable: true,
    description: 'Statuses on `statusAsOf` (as the `status` field derives them: an expected end that has passed reads ENDED).',
  })
  statuses?: DeploymentStatus[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day `statuses` applies to; today (UTC) when omitted.' })
  statusAsOf?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words that must all appear in the platform or the base (case and accents ignored).',
  })
  text?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Statements that mention it.' })
  statementIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Territories it is linked to.' })
  territoryIds?: string[] | null;
}

@InputType({ description: 'Narrows a list of exercises. Fields combine with AND; a list means "any of".' })
export class ExerciseFilter {
  @Field(() => [ID], { nullable: true, description: 'Conducting organizations.' })
  organizationIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Words that must all appear in the name or the area (case and accents ignored).' })
  text?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Statements that mention it.' })
  statementIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Territories it is linked to.' })
  territoryIds?: string[] | null;
}
