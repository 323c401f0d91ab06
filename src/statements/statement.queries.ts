import { type SQL, sql } from 'pg-sql2';
import type { Bound } from '../common/pagination';
import type { Context } from '../context';
import { columnOrders } from '../common/ordering';
import { Official } from '../officials/official.entity';
import { holdingOn, holdingTitle } from '../officials/official.service';
import type { PostHolding } from '../officials/post-holding.entity';
import type { Statement } from './statement.entity';
import type { StatementSpeaker } from './statement.types';

/**
 * The search text as a query, accents ignored: the one definition every search path uses. A
 * scalar subquery, so that PostgreSQL computes it once per statement even in a generic plan
 * of a prepared statement (see readQuery), where a bare call would be evaluated again on every row.
 */
export const tsquery = (text: SQL): SQL => sql`(SELECT websearch_to_tsquery('english', f_unaccent(${text})))`;

/** The search text a search list binds (as `bound.query`) for its rank ordering. */
export const searchText = (bound: Bound): SQL => {
  if (!bound.query) throw new Error('a search ordering needs the search text bound as `query`');
  return bound.query;
};

const DATE = {
  column: 'date',
  value: (s: Statement) => s.date,
  label: 'Statement date',
  describe: { ASC: 'Earliest statement date first.', DESC: 'Latest statement date first.' },
  cursorName: 'date',
};

/** The orders of a statement list. */
export const statementOrders = columnOrders<Statement, 'DATE' | 'RECORDED'>(
  'Statement',
  {
    DATE,
    RECORDED: {
      column: 'id',
      value: (s) => s.rowId,
      label: 'Recording order',
      describe: { ASC: 'In the order they were recorded here.', DESC: 'Most recently recorded first.' },
      cursorName: 'recorded',
      unique: true,
    },
  },
  { description: 'Orders of a statement list; ties are broken by id.' },
);

/** The orders of search results; the rank is rounded so its cursor value compares exactly when the page is fetched again. */
export const searchOrders = columnOrders<Statement, 'RELEVANCE' | 'DATE'>(
  'Search',
  {
    RELEVANCE: {
      expr: (t, bound) => sql`round(ts_rank(${t}.search_vector, ${tsquery(searchText(bound))})::numeric, 6)`,
      label: 'Relevance',
      describe: { DESC: 'Best match first.' },
      directions: ['DESC'],
      bare: true,
      tieBreak: 'ASC',
    },
    DATE,
  },
  // Search ranks statements too: its cursors name their own list.
  { description: 'Orders of search results; ties are broken by id.', list: 'search' },
);

/**
 * An official with the post held on `date`; the post and its title are looked up only when
 * selected (`title` or `held` given: already fetched, e.g. by a read plan).
 */
export function withTitle(
  ctx: Context,
  official: Official,
  date: string,
  title?: string | null,
  held?: PostHolding | null,
): StatementSpeaker {
  let holding: Promise<PostHolding | null> | undefined = held !== undefined ? Promise.resolve(held) : undefined;
  const postHolding = () => (holding ??= holdingOn(ctx, official.rowId, date));
  return {
    official,
    get postHolding() {
      return postHolding() as unknown as PostHolding | null;
    },
    get title() {
      if (title !== undefined) return title;
      return postHolding().then((h) => (h ? holdingTitle(ctx, h) : null)) as unknown as string | null;
    },
  };
}
