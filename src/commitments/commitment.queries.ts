import { type SQL, sql } from 'pg-sql2';
import { columnOrders } from '../common/ordering';
import type { Commitment } from './commitment.entity';
import { Stance, StatementCommitment } from './statement-commitment.entity';

/** Stances that count as affirming a commitment. */
const AFFIRMING_STANCES = [Stance.AFFIRMS, Stance.REAFFIRMS];

/** The link at `l` (statement_commitments) affirms its commitment. */
export const affirming = (l: SQL): SQL => sql`${l}.stance IN (${sql.join(AFFIRMING_STANCES.map(sql.literal), ', ')})`;

/** The orders of a commitment list. */
export const commitmentOrders = columnOrders<Commitment, 'TITLE' | 'LAST_AFFIRMED'>(
  'Commitment',
  {
    TITLE: {
      column: 'title',
      value: (c) => c.title,
      label: 'Title',
      describe: { ASC: 'By title, A to Z.', DESC: 'By title, Z to A.' },
      cursorName: 'title',
    },
    LAST_AFFIRMED: {
      expr: (e) => sql`COALESCE((SELECT max(s.date) FROM statement_commitments l JOIN statements s ON s.id = l.statement_id
                        WHERE l.commitment_id = ${e}.id AND ${affirming(sql.identifier('l'))}), '0001-01-01')`,
      label: 'Date last affirmed',
      describe: { DESC: 'Most recently affirmed first; never-affirmed last.' },
      directions: ['DESC'],
      cursorName: 'last-affirmed',
      tieBreak: 'ASC',
    },
  },
  { description: 'Orders of a commitment list; ties are broken by id.' },
);

/** A commitment's history runs in the order of its statements' dates. */
export const historyOrders = columnOrders<StatementCommitment>('CommitmentHistory', {
  STATEMENT_DATE: { expr: (e) => sql`(SELECT s.date FROM statements s WHERE s.id = ${e}.statement_id)`, label: "The statement's date" },
});
