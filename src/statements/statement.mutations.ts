import { Role } from '../auth/role';
import { mutation } from '../write/mutation-resolvers';
import { AddStatementInput, AddStatementPayload, UpdateStatementInput, UpdateStatementPayload } from './statement.inputs';
import { addStatement, updateStatement } from './statement.service';

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
  mutation({
    name: 'updateStatement',
    description:
      'Corrects a recorded statement at the version read: text, kind, date, source, call, authors, parties, commitments with stances, topics and reporting sources, all or nothing. What is derived from it (its countries, search, comparisons, omissions, reported positions) answers from the corrected record at once.',
    role: Role.EDITOR,
    input: UpdateStatementInput,
    inputDescription: 'The statement, its version, and what to change.',
    payload: UpdateStatementPayload,
    write: updateStatement,
  }),
];
