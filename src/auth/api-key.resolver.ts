import { Authorized, Ctx, Field, ID, InputType, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { mutation } from '../write/mutation-resolvers';
import { MutationInput, MutationPayload, PayloadOf } from '../write/mutation-types';
import { ApiKey } from './api-key.entity';
import { createApiKey, listApiKeys, revokeApiKey } from './api-key.service';
import { Role } from './role';

@InputType({ description: 'A new API key.' })
class CreateApiKeyInput extends MutationInput {
  @Field({ description: 'Unique name saying whose key it is, e.g. "jp-desk-editor": 1 to 64 letters, digits, ".", "_", "@" or "-".' })
  name: string;

  @Field(() => Role, { description: 'What the key may do.' })
  role: Role;
}

@InputType({ description: 'The key to revoke, by id or by name.' })
class RevokeApiKeyInput extends MutationInput {
  @Field(() => ID, { nullable: true, description: 'Id of the key.' })
  id?: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the key.' })
  name?: string | null;
}

@ObjectType({ description: 'A new API key, with the key itself.' })
class CreateApiKeyPayload extends MutationPayload {
  @Field(() => ApiKey, { description: 'The key as admins will see it.' })
  apiKey: ApiKey;

  @Field({ description: 'The key itself, to send as "Authorization: Bearer <key>". Shown this once: only its hash is stored.' })
  key: string;
}

const ApiKeyPayload = PayloadOf('apiKey', ApiKey);

@Resolver()
export class ApiKeyResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [ApiKey], { description: 'Every API key, revoked ones included, by name. Needs the ADMIN role.' })
  apiKeys(@Ctx() ctx: Context) {
    return listApiKeys(ctx.db);
  }
}

export const apiKeyMutations = [
  mutation({
    name: 'createApiKey',
    description:
      'Creates an API key and returns it once. Not replayed by clientMutationId (the key is never stored): a retry gets CONFLICT, and so does a clientMutationId reused with another input.',
    role: Role.ADMIN,
    input: CreateApiKeyInput,
    inputDescription: 'Name and role of the key.',
    payload: CreateApiKeyPayload,
    idempotent: 'claim',
    write: createApiKey,
  }),
  mutation({
    name: 'revokeApiKey',
    description: 'Revokes an API key at once; its name stays taken.',
    role: Role.ADMIN,
    input: RevokeApiKeyInput,
    inputDescription: 'The key to revoke.',
    payload: ApiKeyPayload,
    write: async (tx, input: RevokeApiKeyInput) => ({ apiKey: await revokeApiKey(tx, input) }),
  }),
];
