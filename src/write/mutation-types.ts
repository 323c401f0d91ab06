import { Field, getMetadataStorage, ID, InputType, Int, ObjectType, type ClassType } from 'type-graphql';

/**
 * Input and payload shapes shared by every mutation. An entity's input fields are declared once,
 * on a plain class of @Field properties, and stamped into its create and update input types:
 * the update type takes the same fields, every one optional, plus id and version.
 */

@InputType('MutationInputFields', { description: 'Fields every mutation input has (never emitted on its own).' })
export abstract class MutationInput {
  @Field(() => String, {
    nullable: true,
    description:
      'Idempotency key chosen by the client, e.g. a UUID: a retry with the same key and input returns the first result without writing again (the same input with another mutation or other values is a CONFLICT). Echoed in the payload. Overrides the Idempotency-Key header.',
  })
  clientMutationId?: string | null;
}

@InputType('UpdateInputFields', { description: 'Fields every update input has (never emitted on its own).' })
export abstract class UpdateInput extends MutationInput {
  @Field(() => ID, { description: 'Id of the object to change.' })
  id: string;

  @Field(() => Int, { description: 'The `version` of the object this change is based on; CONFLICT when it has changed since.' })
  version: number;
}

function copyFields(from: ClassType<object>, to: ClassType<object>, optional: boolean): void {
  const storage = getMetadataStorage();
  const classes: object[] = [];
  for (let c: object = from; c !== Function.prototype; c = Object.getPrototypeOf(c)) classes.push(c);
  for (const field of storage.fields.filter((f) => classes.includes(f.target))) {
    if (!optional) {
      storage.collectClassFieldMetadata({ ...field, target: to });
      continue;
    }
    // A default would turn "left out" into a value, and an update would then overwrite with it.
    const { defaultValue: _default, ...typeOptions } = field.typeOptions;
    const options = { ...typeOptions, nullable: true };
    const getType = () => {
      // type-graphql learns that a field is a list only when it first reads the type.
      const type = field.getType();
      Object.assign(options, { array: field.typeOptions.array, arrayDepth: field.typeOptions.arrayDepth });
      return type;
    };
    storage.collectClassFieldMetadata({ ...field, target: to, typeOptions: options, getType });
  }
}

/** An input type with the fields of `fields` as they are, e.g. `NewSourceInput`. */
export function InputOf<T extends object>(fields: ClassType<T>, name: string, description: string): ClassType<T> {
  @InputType(name, { description })
  class Input {}
  copyFields(fields, Input, false);
  return Input as ClassType<T>;
}

/** `CreateXInput`: the fields of `fields` plus clientMutationId. */
export function CreateInput<T extends object>(fields: ClassType<T>, name: string, description: string): ClassType<T & MutationInput> {
  @InputType(name, { description })
  class Create extends MutationInput {}
  copyFields(fields, Create, false);
  return Create as ClassType<T & MutationInput>;
}

/** `UpdateXInput`: id, version, clientMutationId, and every field of `fields` optional. */
export function UpdateInputOf<T extends object>(
  fields: ClassType<T>,
  name: string,
  description: string,
): ClassType<Partial<T> & UpdateInput> {
  @InputType(name, {
    description: `${description} Fields left out stay as they are; null clears an optional field.`,
  })
  class Update extends UpdateInput {}
  copyFields(fields, Update, true);
  return Update as ClassType<Partial<T> & UpdateInput>;
}

@ObjectType('MutationPayloadFields', { description: 'Fields every mutation payload has (never emitted on its own).' })
export abstract class MutationPayload {
  @Field(() => String, { nullable: true, description: "The input's clientMutationId, unchanged." })
  clientMutationId: string | null;
}

/** `XPayload { clientMutationId, x: X! }`: what a mutation returns, the changed object. */
export function PayloadOf<K extends string, T extends object>(
  field: K,
  nodeType: ClassType<T>,
  description = `The ${nodeType.name} as written.`,
  name = `${nodeType.name}Payload`,
): ClassType<MutationPayload & Record<K, T>> {
  @ObjectType(name, { description: `What a mutation of a ${nodeType.name} returns.` })
  class PayloadType extends MutationPayload {}
  Field(() => nodeType, { description })(PayloadType.prototype, field);
  return PayloadType as ClassType<MutationPayload & Record<K, T>>;
}
