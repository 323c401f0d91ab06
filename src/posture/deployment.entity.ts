import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Node, NodeEntity } from '../common/node';

export enum DeploymentStatus {
  ACTIVE = 'ACTIVE',
  PLANNED = 'PLANNED',
  ENDED = 'ENDED',
}
registerEnumType(DeploymentStatus, { name: 'DeploymentStatus', description: 'Whether a deployment is under way.' });

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

  @Field(() => DeploymentStatus, { description: 'Active, planned or ended.' })
  @Column('text')
  status: DeploymentStatus;

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
