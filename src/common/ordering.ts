import type { SQL } from 'pg-sql2';
import { ArgsType, Field, registerEnumType, type ClassType } from 'type-graphql';
import { ConnectionArgs } from './connection';
import { type Bound, columnKey, type CursorValue, type Ordering, type SortKey } from './pagination';

/** What a list sorts by: a column of its rows, or an SQL expression on the row at the alias the list's query builder chooses. */
export type SortBy = { column: string; ifNull?: string | number } | { expr: (t: SQL, bound: Bound) => SQL };

export type SortColumn<T> = SortBy & {
  /** Reads the value off a row; omit for computed expressions (then selected with the row). */
  value?: (row: T) => CursorValue;
  /** What the column is, for the enum values' descriptions: "Name", "Date signed". */
  label: string;
  /** Descriptions of the enum values, when better than "<label>, ascending." / "<label>, descending.". */
  describe?: Partial<Record<'ASC' | 'DESC', string>>;
  /** The directions offered (both by default). */
  directions?: readonly ('ASC' | 'DESC')[];
  /** The enum value is the column's name alone (e.g. RELEVANCE), in its only direction. */
  bare?: boolean;
  /** Name of the ordering in cursors: `<cursorName>-<direction>` (default: the enum value in lower case). */
  cursorName?: string;
  /** The column is the row id itself: no tie-break key after it. */
  unique?: boolean;
  /** Direction of the tie-break by id, when not the column's own. */
  tieBreak?: 'ASC' | 'DESC';
};

const idKey = <T extends { rowId: number }>(direction: 'ASC' | 'DESC'): SortKey<T> => columnKey<T>('id', direction, (r) => r.rowId);

/** The sort key of a column or an expression, in one direction. */
export function sortKey<T>(by: SortBy, direction: 'ASC' | 'DESC', value?: (row: T) => CursorValue): SortKey<T> {
  return 'column' in by ? columnKey(by.column, direction, value, by.ifNull) : { expr: by.expr, direction, value };
}

/**
 * The one way to declare a list's orders: an `<Type>Order` enum with an ascending and a
 * descending value per column (NAME_ASC, NAME_DESC, …) and the keyset ordering behind each,
 * ties broken by `tieBreak` (the row id).
 */
export function columnOrders<T, C extends string = string, V extends string = `${C}_ASC` | `${C}_DESC` | C>(
  typeName: string,
  columns: Record<C, SortColumn<T>>,
  options: {
    /** The last key, breaking ties (default: the row id). */
    tieBreak?: (direction: 'ASC' | 'DESC') => SortKey<T>;
    /** The enum's description. */
    description?: string;
    /** Names the list in cursors when its table does not (see Ordering.list). */
    list?: string;
  } = {},
): { values: { [K in V]: K }; orderings: Record<V, Ordering<T>> } {
  const tieBreak = options.tieBreak ?? (idKey as unknown as (direction: 'ASC' | 'DESC') => SortKey<T>);
  const description = options.description ?? `Orders of a ${typeName} list; ties are broken by id.`;
  const values = {} as { [K in V]: K };
  const valuesConfig: Record<string, { description: string }> = {};
  const orderings = {} as Record<V, Ordering<T>>;
  for (const [column, spec] of Object.entries(columns) as [C, SortColumn<T>][]) {
    for (const direction of spec.directions ?? (['ASC', 'DESC'] as const)) {
      const value = (spec.bare ? column : `${column}_${direction}`) as V;
      (values as Record<string, string>)[value] = value;
      valuesConfig[value] = {
        description: spec.describe?.[direction] ?? `${spec.label}, ${direction === 'ASC' ? 'ascending' : 'descending'}.`,
      };
      const key = sortKey<T>(spec, direction, spec.value);
      orderings[value] = {
        name: spec.cursorName ? `${spec.cursorName}-${direction}` : value.toLowerCase(),
        ...(options.list ? { list: options.list } : {}),
        keys: spec.unique ? [key] : [key, tieBreak(spec.tieBreak ?? direction)],
      };
    }
  }
  registerEnumType(values as Record<string, string>, { name: `${typeName}Order`, description, valuesConfig });
  return { values, orderings };
}

/** Connection arguments with an `orderBy` over `orderEnum`. */
export function OrderedArgs<O extends string>(orderEnum: object, defaultValue: O): ClassType<ConnectionArgs & { orderBy: O }> {
  @ArgsType()
  class OrderedConnectionArgs extends ConnectionArgs {
    @Field(() => orderEnum, { defaultValue, description: 'Order of the list.' })
    orderBy: O;
  }
  return OrderedConnectionArgs;
}

/** Connection arguments with a `filter` and an `orderBy`. */
export function FilteredArgs<F extends object, O extends string>(
  filter: ClassType<F>,
  orderEnum: object,
  defaultValue: O,
): ClassType<ConnectionArgs & { orderBy: O; filter?: F | null }> {
  @ArgsType()
  class FilteredConnectionArgs extends OrderedArgs<O>(orderEnum, defaultValue) {
    @Field(() => filter, { nullable: true, description: 'Narrow the list.' })
    filter?: F | null;
  }
  return FilteredConnectionArgs;
}
