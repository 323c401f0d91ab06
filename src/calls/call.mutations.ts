import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../auth/role';
import type { Context } from '../common/context';
import { updateMutation } from '../common/entity-mutations';
import { CreateInput } from '../common/mutation';
import { runWrite } from '../common/write';
import { CallFields, CallPayload, RecordCallFields } from './call.inputs';
import { callWrites, recordCall } from './call.service';

const RecordCallInput = CreateInput(RecordCallFields, 'RecordCallInput', 'A call or meeting with the officials who took part.');

@Resolver()
class RecordCallResolver {
  @Mutation(() => CallPayload, { description: 'Records a call or meeting and its participants at once. Needs the EDITOR role.' })
  recordCall(@Ctx() ctx: Context, @Arg('input', () => RecordCallInput, { description: 'The call and who took part.' }) input: RecordCallFields) {
    return runWrite(ctx, { operation: 'recordCall', role: Role.EDITOR, input }, async (tx) => ({ call: await recordCall(tx, input) }));
  }
}

export const callMutations = [
  RecordCallResolver,
  updateMutation({
    writes: callWrites, fields: CallFields, payload: CallPayload, field: 'call', role: Role.EDITOR,
    name: 'updateCall', description: 'Corrects a call (its participants stay as recorded).', input: 'Changes to a call.',
  }),
];
