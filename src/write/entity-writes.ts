import type { ClassType } from 'type-graphql';
import type { UpdateInput } from './mutation-types';
import type { NodeEntity } from '../common/node';
import { InputCheck, type Path } from '../common/validation';
import type { RowOptions, UniqueKey, WriteTx } from './write-tx';
import { countryRecorder } from '../places/record-country';

/** Countries linked to a row through a table of its own, e.g. a treaty's parties. */
export interface CountrySet<I> {
  field: keyof I & string;
  table: string;
  ownerColumn: string;
  min?: number;
}

/** Rows of another entity linked to a row through a table of its own, e.g. the statements mentioning a deployment. */
export interface RefSet<I> {
  field: keyof I & string;
  table: string;
  ownerColumn: string;
  targetColumn: string;
  entity: ClassType<NodeEntity>;
}

export interface EntitySpec<E extends NodeEntity, I> {
  entity: ClassType<E>;
  unique?: UniqueKey[];
  /** Values for columns a creation leaves out. */
  defaults?: Partial<E>;
  /**
   * Reads and checks the input's columns; a field left out stays undefined (unchanged). A null
   * in a required column is already a problem in `v`, so it never reaches the row.
   */
  read(v: InputCheck, input: Partial<I>): { [K in keyof E]?: E[K] | null };
  rules?: RowOptions<E>['rules'];
  countrySets?: CountrySet<I>[];
  refSets?: RefSet<I>[];
}

/** What an input will write: the row's columns and its country and reference sets. */
export interface Draft<E> {
  values: Partial<E>;
  sets: Record<string, (string | number)[]>;
}

function defined<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * Create and update for an entity from a description of its input: the same reading, rules and
 * natural keys serve both, so an update cannot slip past a check a creation makes.
 */
export class EntityWrites<E extends NodeEntity, I extends object> {
  constructor(private readonly spec: EntitySpec<E, I>) {}

  read(v: InputCheck, input: Partial<I>, creating: boolean): Draft<E> {
    const values = defined(this.spec.read(v, input)) as Partial<E>;
    const sets: Record<string, (string | number)[]> = {};
    for (const set of this.spec.countrySets ?? []) {
      const codes = v.countries(set.field, input[set.field] as string[] | null | undefined, set.min);
      if (codes) sets[set.field] = codes.sort();
      else if (creating) sets[set.field] = [];
    }
    for (const set of this.spec.refSets ?? []) {
      const ids = v.refs(set.field, input[set.field] as string[] | null | undefined, set.entity);
      if (ids) sets[set.field] = ids.sort((a, b) => a - b);
      else if (creating) sets[set.field] = [];
    }
    return { values: creating ? { ...this.spec.defaults, ...values } : values, sets };
  }

  /** Inserts a draft read (and `done`-checked) by the caller, for mutations that write more than the row. */
  async insert(tx: WriteTx, draft: Draft<E>, path: Path = ['input'], extra?: object): Promise<E> {
    const row = await tx.insert(this.spec.entity, draft.values, {
      path,
      unique: this.spec.unique,
      rules: this.spec.rules,
      extra: { after: { ...draft.sets, ...extra } },
    });
    for (const set of this.spec.countrySets ?? []) {
      await tx.link(
        set.table,
        [set.ownerColumn, 'country_code'],
        (draft.sets[set.field] ?? []).map((code) => [row.rowId, code]),
      );
    }
    for (const set of this.spec.refSets ?? []) {
      await tx.link(
        set.table,
        [set.ownerColumn, set.targetColumn],
        (draft.sets[set.field] ?? []).map((id) => [row.rowId, id]),
      );
    }
    return row;
  }

  async create(tx: WriteTx, input: I, path: Path = ['input']): Promise<E> {
    const v = new InputCheck(path);
    const draft = this.read(v, input, true);
    await v.done(tx.manager, countryRecorder(tx));
    return this.insert(tx, draft, path);
  }

  async update(tx: WriteTx, input: Partial<I> & Pick<UpdateInput, 'id' | 'version'>, path: Path = ['input']): Promise<E> {
    const v = new InputCheck(path);
    const rowId = v.decode('id', input.id, this.spec.entity);
    const draft = this.read(v, input, false);
    await v.done(tx.manager, countryRecorder(tx));
    const changedSets = (this.spec.countrySets ?? []).filter((set) => draft.sets[set.field] !== undefined);
    const changedRefs = (this.spec.refSets ?? []).filter((set) => draft.sets[set.field] !== undefined);
    const before: Record<string, (string | number)[]> = {};
    for (const set of changedSets) before[set.field] = await tx.linked(set.table, set.ownerColumn, rowId!, 'country_code');
    for (const set of changedRefs)
      before[set.field] = (await tx.linked(set.table, set.ownerColumn, rowId!, set.targetColumn)).map(Number).sort((a, b) => a - b);
    const row = await tx.update(this.spec.entity, { rowId: rowId!, version: input.version }, draft.values, {
      path,
      unique: this.spec.unique,
      rules: this.spec.rules,
      extra: { before, after: draft.sets },
    });
    for (const set of changedSets) await tx.replaceLinks(set.table, set.ownerColumn, row.rowId, 'country_code', draft.sets[set.field]);
    for (const set of changedRefs) await tx.replaceLinks(set.table, set.ownerColumn, row.rowId, set.targetColumn, draft.sets[set.field]);
    return row;
  }
}
