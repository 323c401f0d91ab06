import { columnOrders } from '../common/ordering';
import type { Official } from './official.entity';

/** The orders of an official list. */
export const officialOrders = columnOrders<Official, 'NAME'>(
  'Official',
  {
    NAME: {
      column: 'name',
      value: (o) => o.name,
      label: 'Name',
      describe: { ASC: 'By name, A to Z.', DESC: 'By name, Z to A.' },
      cursorName: 'name',
    },
  },
  { description: 'Orders of an official list; ties are broken by id.' },
);
