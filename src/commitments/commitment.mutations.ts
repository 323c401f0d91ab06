import { Role } from '../auth/role';
import { createMutation, updateMutation } from '../write/mutation-resolvers';
import { CommitmentFields, CommitmentPayload } from './commitment.inputs';
import { commitmentWrites } from './commitment.service';

const common = { writes: commitmentWrites, fields: CommitmentFields, payload: CommitmentPayload, field: 'commitment', role: Role.EDITOR };

export const commitmentMutations = [
  createMutation({
    ...common,
    name: 'createCommitment',
    description: 'Records a commitment one country makes to another.',
    input: 'The commitment to record.',
  }),
  updateMutation({ ...common, name: 'updateCommitment', description: 'Corrects a commitment.', input: 'Changes to a commitment.' }),
];
