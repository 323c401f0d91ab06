import { Arg, Ctx, Mutation, Resolver, type ClassType } from 'type-graphql';
import type { Role } from '../auth/role';
import type { Context } from './context';
import type { EntityWrites } from './entity-writes';
import { CreateInput, type MutationInput, type UpdateInput, UpdateInputOf } from './mutation';
import type { NodeEntity } from './node';
import { runWrite } from './write';

export interface EntityMutationOptions<E extends NodeEntity, I extends object> {
  /** Mutation name; its input type is named after it, e.g. CreateOrganizationInput. */
  name: string;
  description: string;
  /** Description of the `input` argument. */
  input: string;
  writes: EntityWrites<E, I>;
  /** The plain class declaring the input's fields. */
  fields: ClassType<I>;
  payload: ClassType<object>;
  /** The payload's field holding the object, e.g. "organization". */
  field: string;
  role: Role;
}

const typeName = (mutation: string) => `${mutation[0].toUpperCase()}${mutation.slice(1)}Input`;

/** A resolver with one mutation creating an object from `fields` through `writes`. */
export function createMutation<E extends NodeEntity, I extends object>(o: EntityMutationOptions<E, I>): ClassType<object> {
  const Input = CreateInput(o.fields, typeName(o.name), o.input);

  @Resolver()
  class CreateResolver {
    @Mutation(() => o.payload, { name: o.name, description: `${o.description} Needs the ${o.role} role.` })
    mutate(@Ctx() ctx: Context, @Arg('input', () => Input, { description: o.input }) input: I & MutationInput) {
      return runWrite(ctx, { operation: o.name, role: o.role, input }, async (tx) => ({ [o.field]: await o.writes.create(tx, input) }));
    }
  }
  return CreateResolver;
}

/** A resolver with one mutation changing an object at a known version. */
export function updateMutation<E extends NodeEntity, I extends object>(o: EntityMutationOptions<E, I>): ClassType<object> {
  const Input = UpdateInputOf(o.fields, typeName(o.name), o.input);

  @Resolver()
  class UpdateResolver {
    @Mutation(() => o.payload, { name: o.name, description: `${o.description} Needs the ${o.role} role.` })
    mutate(@Ctx() ctx: Context, @Arg('input', () => Input, { description: o.input }) input: Partial<I> & UpdateInput) {
      return runWrite(ctx, { operation: o.name, role: o.role, input }, async (tx) => ({ [o.field]: await o.writes.update(tx, input) }));
    }
  }
  return UpdateResolver;
}
