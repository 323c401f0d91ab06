import { columnOrders } from '../common/ordering';
import type { Call } from './call.entity';

/** The orders of a call list. */
export const callOrders = columnOrders<Call, 'DATE'>(
  'Call',
  {
    DATE: {
      column: 'date',
      value: (c) => c.date,
      label: 'Date',
      describe: { ASC: 'Earliest first.', DESC: 'Latest first.' },
      cursorName: 'date',
    },
  },
  { description: 'Orders of a call list; ties are broken by id.' },
);
