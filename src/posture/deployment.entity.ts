import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Node, NodeEntity } from '../common/node';
import { DateScalar } from '../common/scalars';

export enum DeploymentStatus {
  ACTIVE = 'ACTIVE',
  PLANNED = 'PLANNED',
  ENDED = 'ENDED',
}
registerEnumType(DeploymentStatus, { name: 'DeploymentStatus', description: 'Whether a deployment is under way.' });

export enum DeploymentStatusBasis {
  RECORDED = 'RECORDED',
  EXPECTED_END_PASSED = 'EXPECTED_END_PASSED',
}
registerEnumType(DeploymentStatusBasis, {
  name: 'DeploymentStatusBasis',
  description: "What a deployment's status on a given day rests on.",
  valuesConfig: {
    RECORDED: { description: 'The status as recorded (`recordedStatus`, reported on `statusRecordedOn`).' },
    EXPECTED_END_PASSED: {
      description:
        'Inferred, not reported: the deployment was recorded ACTIVE or PLANNED, but its expected end month is over by that day, so it reads ENDED. ' +
        'Record the actual status (and `statusRecordedOn`) when a source reports it.',
    },
  },
});

/** A deployment's status on `asOf` (YYYY-MM-DD): the recorded one, unless its expected end month is over by then. */
export function deploymentStatusOn(
  d: Pick<Deployment, 'recordedStatus' | 'indefinite' | 'expectedEndMonth'>,
  asOf: string,
): { status: DeploymentStatus; basis: DeploymentStatusBasis } {
  if (d.recordedStatus !== DeploymentStatus.ENDED && !d.indefinite && d.expectedEndMonth != null && asOf.slice(0, 7) > d.expectedEndMonth) {
    return { status: DeploymentStatus.ENDED, basis: DeploymentStatusBasis.EXPECTED_END_PASSED };
  }
  return { status: d.recordedStatus, basis: DeploymentStatusBasis.RECORDED };
}

@ObjectType({ implements: Node, description: 'Forces deployed somewhere, the force-posture context statements refer to.' })
@Entity('deployments')
export class Deployment extends NodeEntity {
  @Field({ description: 'Platform or unit type, e.g. "MQ-9 Reaper".' })
  @Column('text')
  platform: string;

  @Field(() => Int, { nullable: true, description: 'How many, when reported.' })
  @Column('int', { nullable: true })
  count: number | null;

  @Field({ description: 'Where they are based, e.g. "Kadena Air Base, Okinawa".' })
  @Column('text')
  base: string;

  @Field(() => String, { nullable: true, description: 'What they do there.' })
  @Column('text', { nullable: true })
  mission: string | null;

  /** As recorded; `status(asOf:)` is derived from it and the dates (see deploymentStatusOn). */
  @Field(() => DeploymentStatus, {
    description:
      'The status as recorded (active, planned or ended), true on `statusRecordedOn`; `status(asOf:)` reads it against the dates.',
  })
  @Column('text', { name: 'status' })
  recordedStatus: DeploymentStatus;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The day the recorded status was reported true (e.g. the date of the report); null when not recorded.',
  })
  @Column('date', { name: 'status_recorded_on', nullable: true })
  statusRecordedOn: string | null;

  @Field({ description: 'True when the deployment has no planned end.' })
  @Column('boolean', { default: false })
  indefinite: boolean;

  @Field(() => String, { nullable: true, description: 'Month the deployment is expected to end, YYYY-MM, when reported.' })
  @Column('text', { name: 'expected_end_month', nullable: true })
  expectedEndMonth: string | null;

  @Column('int', { name: 'operator_id' })
  operatorId: number;

  @Column('char', { name: 'host_country_code', length: 2 })
  hostCountryCode: string;

  @Column('int', { name: 'source_id', nullable: true })
  sourceId: number | null;
}
