import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { toGlobalId } from '../common/global-id';
import { DateTimeScalar } from '../common/scalars';

export enum AuditAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
  REVOKE = 'REVOKE',
}
registerEnumType(AuditAction, { name: 'AuditAction', description: 'What a write did to an object.' });

/** One row per object a write created, changed or deleted; the table refuses UPDATE and DELETE. */
@ObjectType({ description: 'A change to the record: who made it, when, to what, and the object before and after.' })
@Entity('audit_log')
export class AuditEntry {
  /** bigint: node-postgres returns it as a string, which is exact. */
  @PrimaryColumn('bigint', { name: 'id' })
  rowId: string;

  @Field(() => ID, { description: 'Opaque id of the entry.' })
  get id(): string {
    return toGlobalId('AuditEntry', this.rowId);
  }

  @Field(() => DateTimeScalar, { description: 'When the write was committed (its transaction began).' })
  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Field({ description: 'Name of the API key that made the write, or "cli:<user>" for the command line.' })
  @Column('text')
  actor: string;

  @Column('int', { name: 'api_key_id', nullable: true })
  apiKeyId: number | null;

  @Field({ description: 'The mutation that made the write, e.g. "addStatement".' })
  @Column('text')
  operation: string;

  @Field(() => AuditAction, { description: 'What the write did to the object.' })
  @Column('text')
  action: AuditAction;

  @Field({ description: 'GraphQL type of the object, e.g. "Statement".' })
  @Column('text', { name: 'entity_type' })
  entityType: string;

  @Field(() => ID, { description: 'Global id of the object (it may have been deleted since).' })
  @Column('text', { name: 'entity_id' })
  entityId: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: "The object's fields before the write; null for a creation." })
  @Column('jsonb', { nullable: true })
  before: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: "The object's fields after the write; null for a deletion." })
  @Column('jsonb', { nullable: true })
  after: Record<string, unknown> | null;

  @Field(() => String, {
    nullable: true,
    description: 'Request id of the write (the x-request-id response header), to find it in the logs.',
  })
  @Column('text', { name: 'request_id', nullable: true })
  requestId: string | null;
}
