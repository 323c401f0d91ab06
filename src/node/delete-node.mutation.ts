import { Field, ID, InputType, Int, ObjectType, type ClassType } from 'type-graphql';
import { Role } from '../auth/role';
import { Call } from '../calls/call.entity';
import { Commitment } from '../commitments/commitment.entity';
import { Official } from '../officials/official.entity';
import { PostHolding } from '../officials/post-holding.entity';
import { Post } from '../officials/post.entity';
import { Organization } from '../organizations/organization.entity';
import { Territory } from '../places/territory.entity';
import { Deployment } from '../posture/deployment.entity';
import { Exercise } from '../posture/exercise.entity';
import { Treaty } from '../places/treaty.entity';
import { Source } from '../sources/source.entity';
import { Statement } from '../statements/statement.entity';
import { Topic } from '../topics/topic.entity';
import { badInput } from '../common/errors';
import { mutation } from '../write/mutation-resolvers';
import { decodeGlobalId, decodeRowId } from '../common/global-id';
import { MutationInput, MutationPayload } from '../write/mutation-types';
import type { NodeEntity } from '../common/node';
import type { WriteTx } from '../write/write-tx';

/**
 * Types that can be deleted on their own. Participants and stances belong to their call or
 * statement and go with it; countries are reference data nothing may pull from under the record.
 */
const DELETABLE = new Map<string, ClassType<NodeEntity>>(
  [Organization, Official, Post, PostHolding, Call, Source, Statement, Commitment, Treaty, Territory, Topic, Deployment, Exercise].map(
    (e) => [e.name, e],
  ),
);

@InputType({ description: 'The object to delete.' })
class DeleteNodeInput extends MutationInput {
  @Field(() => ID, { description: `Id of the object: a ${[...DELETABLE.keys()].join(', ')}.` })
  id: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The `version` the deletion is based on; when given, CONFLICT if the object has changed since.',
  })
  version?: number | null;
}

@ObjectType({ description: 'What deleteNode returns.' })
class DeleteNodePayload extends MutationPayload {
  @Field(() => ID, { description: 'Id of the deleted object.' })
  deletedId: string;
}

/** Deletes the object `input.id` names, if its type can be deleted on its own. */
async function deleteNode(tx: WriteTx, input: DeleteNodeInput): Promise<{ deletedId: string }> {
  const field = ['input', 'id'];
  const { type } = decodeGlobalId(input.id, { field });
  const entity = DELETABLE.get(type);
  if (!entity) throw badInput(`${type} objects cannot be deleted on their own`, { field });
  const row = await tx.remove(entity, { rowId: decodeRowId(input.id, type, { field }), version: input.version }, ['input']);
  return { deletedId: row.id };
}

export const nodeMutations = [
  mutation({
    name: 'deleteNode',
    description:
      "Deletes an object nothing else refers to (CONFLICT lists what does); rows that belong to it, such as a call's participants or a statement's links, go with it.",
    role: Role.ADMIN,
    input: DeleteNodeInput,
    inputDescription: 'The object to delete.',
    payload: DeleteNodePayload,
    write: deleteNode,
  }),
];
