import { columnOrders } from '../common/ordering';
import type { Source } from './source.entity';

/** The orders of a source list. */
export const sourceOrders = columnOrders<Source, 'PUBLISHED'>(
  'Source',
  {
    PUBLISHED: {
      column: 'published_on',
      value: (s) => s.publishedOn,
      label: 'Publication date',
      describe: { ASC: 'Earliest published first.', DESC: 'Latest published first.' },
      cursorName: 'published',
    },
  },
  { description: 'Orders of a source list; ties are broken by id.' },
);
