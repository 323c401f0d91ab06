import { Role } from '../auth/role';
import { mutation, updateMutation } from '../write/mutation-resolvers';
import { CreateInput } from '../write/mutation-types';
import { CallFields, CallPayload, RecordCallFields } from './call.inputs';
import { callWrites, recordCall } from './call.service';

export const callMutations = [
  mutation({
    name: 'recordCall',
    description: 'Records a call or meeting and its participants at once.',
    role: Role.EDITOR,
    input: CreateInput(RecordCallFields, 'RecordCallInput', 'A call or meeting with the officials who took part.'),
    inputDescription: 'The call and who took part.',
    payload: CallPayload,
    write: async (tx, input: RecordCallFields) => ({ call: await recordCall(tx, input) }),
  }),
  updateMutation({
    writes: callWrites,
    fields: CallFields,
    payload: CallPayload,
    field: 'call',
    role: Role.EDITOR,
    name: 'updateCall',
    description: 'Corrects a call (its participants stay as recorded).',
    input: 'Changes to a call.',
  }),
];
