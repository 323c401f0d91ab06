import type { ConnectionArgs } from '../common/connection';
import type { Context } from '../common/context';
import { listConnection } from '../common/list';
import { columnOrders } from '../common/ordering';
import { StatementCommitment } from './statement-commitment.entity';

/** A commitment's history runs in the order of its statements' dates. */
export const historyOrders = columnOrders<StatementCommitment>('CommitmentHistory', {
  STATEMENT_DATE: { expr: '(SELECT s.date FROM statements s WHERE s.id = e.statement_id)', label: "The statement's date" },
});

/** Every statement on a commitment with its stance, as a connection. */
export function commitmentHistory(ctx: Context, commitmentId: number, page: ConnectionArgs, order: string) {
  return listConnection(ctx, StatementCommitment, page, historyOrders.orderings[order], (qb) =>
    qb.where('e.commitment_id = :commitment', { commitment: commitmentId }),
  );
}
