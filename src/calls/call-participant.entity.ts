import { Field, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Node, NodeEntity } from '../common/node';

@ObjectType({ implements: Node, description: 'An official taking part in a call.' })
@Entity('call_participants')
export class CallParticipant extends NodeEntity {
  @Column('int', { name: 'call_id' })
  callId: number;

  @Column('int', { name: 'official_id' })
  officialId: number;

  @Field({ description: 'True for the side that placed the call or hosted the meeting.' })
  @Column('boolean', { name: 'is_initiator', default: false })
  isInitiator: boolean;
}
