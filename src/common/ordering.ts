import { ArgsType, Field, registerEnumType, type ClassType } from 'type-graphql';
import { ConnectionArgs } from './connection';
import type { CursorValue, Ordering, SortKey } from './pagination';

export interface SortColumn<T> {
  /** SQL on alias `e`, never null. */
  expr: string;
  /** Reads the value off a row; omit for computed expressions (then selected with the row). */
  value?: (row: T) => CursorValue;
  /** What the column is, for the enum values' descriptions: "Name", "Date signed". */
  label: string;
}

const idKey = <T extends { rowId: number }>(direction: 'ASC' | 'DESC'): SortKey<T> => ({ expr: 'e.id', direction, value: (r) => r.rowId });

/**
 * An `<Type>Order` enum with an ascending and a descending value per column (NAME_ASC,
 * NAME_DESC, …) and the keyset ordering behind each, ties broken by `tieBreak` (the row id).
 */
export function columnOrders<T, V extends string = string>(
  typeName: string,
  columns: Record<string, SortColumn<T>>,
  tieBreak: (direction: 'ASC' | 'DESC') => SortKey<T> = idKey as unknown as (direction: 'ASC' | 'DESC') => SortKey<T>,
): { values: Record<string, V>; orderings: Record<V, Ordering<T>> } {
  const values: Record<string, V> = {};
  const valuesConfig: Record<string, { description: string }> = {};
  const orderings = {} as Record<V, Ordering<T>>;
  for (const [column, spec] of Object.entries(columns)) {
    for (const direction of ['ASC', 'DESC'] as const) {
      const value = `${column}_${direction}` as V;
      values[value] = value;
      valuesConfig[value] = { description: `${spec.label}, ${direction === 'ASC' ? 'ascending' : 'descending'}.` };
      orderings[value] = { name: value.toLowerCase(), keys: [{ expr: spec.expr, direction, value: spec.value }, tieBreak(direction)] };
    }
  }
  registerEnumType(values, { name: `${typeName}Order`, description: `Orders of a ${typeName} list; ties are broken by id.`, valuesConfig });
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
