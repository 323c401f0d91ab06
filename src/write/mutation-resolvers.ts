import { Arg, Authorized, Ctx, Mutation, Resolver, type ClassType } from 'type-graphql';
import type { Role } from '../auth/role';
import type { Context } from '../context';
import type { EntityWrites } from './entity-writes';
import { CreateInput, type MutationInput, type UpdateInput, UpdateInputOf } from './mutation-types';
import type { NodeEntity } from '../common/node';
import { runWrite } from './run-write';
import type { WriteTx } from './write-tx';

export interface MutationOptions<I extends object, P extends object> {
  name: string;
  /** What it does; "Needs the … role." is appended. */
  description: string;
  /** Declared as `@Authorized(role)` on the mutation: checked by authChecker before it runs. */
  role: Role;
  input: ClassType<I>;
  /** Description of the `input` argument. */
  inputDescription: string;
  payload: ClassType<object>;
  /** See WriteSpec.idempotent. */
  idempotent?: boolean | 'claim';
  /** The write itself, inside runWrite's transaction; returns the payload. */
  write: (tx: WriteTx, input: I) => Promise<P>;
}

/** A resolver with one mutation `name(input: …): Payload`, declared to need `role`, that writes through runWrite. */
export function mutation<I extends object, P extends object>(o: MutationOptions<I, P>): ClassType<object> {
  @Resolver()
  class MutationResolver {
    @Authorized(o.role)
    @Mutation(() => o.payload, { name: o.name, description: `${o.description} Needs the ${o.role} role.` })
    mutate(@Ctx() ctx: Context, @Arg('input', () => o.input, { description: o.inputDescription }) input: I) {
      return runWrite(ctx, { operation: o.name, input, idempotent: o.idempotent }, (tx) => o.write(tx, input));
    }
  }
  return MutationResolver;
}

export interface EntityMutationOptions<E extends NodeEntity, I extends object> {
  /** Mutation name; its input type is named after it, e.g. CreateOrganizationInput. */
  name: string;
  description: string;
  /** Description of the input type and argument. */
  input: string;
  writes: EntityWrites<E, I>;
  /** The plain class declaring the input's fields. */
  fields: ClassType<I>;
  payload: ClassType<object>;
  /** The payload's field holding the object, e.g. "organization". */
  field: string;
  role: Role;
}

const typeName = (mutationName: string) => `${mutationName[0].toUpperCase()}${mutationName.slice(1)}Input`;

/** A mutation creating an object from `fields` through `writes`. */
export function createMutation<E extends NodeEntity, I extends object>(o: EntityMutationOptions<E, I>): ClassType<object> {
  return mutation({
    ...o,
    input: CreateInput(o.fields, typeName(o.name), o.input),
    inputDescription: o.input,
    write: async (tx, input: I & MutationInput) => ({ [o.field]: await o.writes.create(tx, input) }),
  });
}

/** A mutation changing an object at a known version. */
export function updateMutation<E extends NodeEntity, I extends object>(o: EntityMutationOptions<E, I>): ClassType<object> {
  return mutation({
    ...o,
    input: UpdateInputOf(o.fields, typeName(o.name), o.input),
    inputDescription: o.input,
    write: async (tx, input: Partial<I> & UpdateInput) => ({ [o.field]: await o.writes.update(tx, input) }),
  });
}
