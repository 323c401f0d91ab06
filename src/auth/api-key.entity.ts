import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { toGlobalId } from '../common/global-id';
import { DateTimeScalar } from '../common/scalars';
import { Role } from './role';

/** Only the hash of a key is stored; the key itself is shown once, when it is created. */
@ObjectType({ description: 'An API key as admins see it: never the key itself, only its name, role and first characters.' })
@Entity('api_keys')
export class ApiKey {
  @PrimaryGeneratedColumn({ name: 'id' })
  rowId: number;

  @Field(() => ID, { description: 'Opaque id of the key, for `revokeApiKey`.' })
  get id(): string {
    return toGlobalId('ApiKey', this.rowId);
  }

  @Field({ description: 'Unique name saying whose key it is; audit entries name their actor by it.' })
  @Column('text')
  name: string;

  @Field(() => Role, { description: 'What the key may do.' })
  @Column('text')
  role: Role;

  @Field({ description: 'First characters of the key, to recognise it (e.g. "ask_Xy3fQ2").' })
  @Column('text')
  prefix: string;

  @Column('text', { name: 'key_hash', select: false })
  keyHash: string;

  @Field({ description: 'Who created the key: an admin key\'s name, or "cli:<user>" for the command line.' })
  @Column('text', { name: 'created_by' })
  createdBy: string;

  @Field(() => DateTimeScalar, { description: 'When the key was created.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the key was revoked; null while it works.' })
  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt: Date | null;
}
