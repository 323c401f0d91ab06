import { Role } from '../auth/role';
import { mutation } from '../write/mutation-resolvers';
import { AddStatementInput, AddStatementPayload } from './statement.inputs';
import { addStatement } from './statement.service';

export const statementMutations = [
  mutation({
    name: 'addStatement',
    description:
      'Records a statement with its source (existing or new), authors (speakers or attributed organization), parties, call, commitments, topics and reporting sources, all or nothing.',
    role: Role.EDITOR,
    input: AddStatementInput,
    inputDescription: 'The statement and what comes with it.',
    payload: AddStatementPayload,
    write: addStatement,
  }),
];
