import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../auth/role';
import type { Context } from '../common/context';
import { runWrite } from '../common/write';
import { AddStatementInput, AddStatementPayload } from './statement.inputs';
import { addStatement } from './statement.service';

@Resolver()
export class StatementMutations {
  @Mutation(() => AddStatementPayload, {
    description: 'Records a statement with its source (existing or new), speakers, call, commitments, topics and reporting sources, all or nothing. Needs the EDITOR role.',
  })
  addStatement(@Ctx() ctx: Context, @Arg('input', () => AddStatementInput, { description: 'The statement and what comes with it.' }) input: AddStatementInput) {
    return runWrite(ctx, { operation: 'addStatement', role: Role.EDITOR, input }, (tx) => addStatement(tx, input));
  }
}
