import { Role } from '../auth/role';
import { createMutation, updateMutation } from '../write/mutation-resolvers';
import { SourceFields, SourcePayload } from './source.inputs';
import { sourceWrites } from './source.service';

const common = { writes: sourceWrites, fields: SourceFields, payload: SourcePayload, field: 'source', role: Role.EDITOR };

export const sourceMutations = [
  createMutation({
    ...common,
    name: 'createSource',
    description: 'Records a document: a readout, release, press conference, article…',
    input: 'The source to record.',
  }),
  updateMutation({ ...common, name: 'updateSource', description: 'Corrects a source.', input: 'Changes to a source.' }),
];
