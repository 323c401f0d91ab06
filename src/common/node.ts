import { Field, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import { CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { toGlobalId } from './global-id';

/** A Node's GraphQL type: its class's name (class names equal GraphQL type names). */
export const nodeTypeName = (value: object): string => value.constructor.name;

/** Every entity type implements Node; its id is opaque and resolvable through `node(id)`. */
@InterfaceType({
  description: 'An object with a globally unique, opaque id. `node(id)` resolves any of them.',
  resolveType: nodeTypeName,
})
export abstract class Node {
  @Field(() => ID, { description: 'Globally unique, opaque id of this object.' })
  id: string;
}

/**
 * Base of every table with an integer surrogate key. The GraphQL `id` is derived from the row
 * id and the class name, so class names must equal GraphQL type names. Registered as an object
 * type only so its fields are inherited; it is never emitted itself.
 */
@ObjectType('NodeEntity', { description: 'Fields every recorded object has.' })
export abstract class NodeEntity implements Node {
  @PrimaryGeneratedColumn({ name: 'id' })
  rowId: number;

  get id(): string {
    return toGlobalId(this.constructor.name, this.rowId);
  }

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** Incremented on every update; writers send it back to detect lost updates. */
  @Field(() => Int, {
    description:
      'Revision of this object, 1 when created and one more on every update; send it back with an update so a change made meanwhile is not overwritten.',
  })
  @VersionColumn({ name: 'version' })
  version: number;
}
