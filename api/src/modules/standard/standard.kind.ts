import type { Violations } from '../../shared/errors.js';
import type { EditionItem } from './standard.entities.js';
import type { IntRange } from './standard.types.js';

/**
 * The machinery of one content kind, apart from the list of kinds itself
 * (standard.kinds.ts): what an entry declares, and what every kind gets from
 * that declaration without writing it again.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Ctor<T> = new (...args: any[]) => T;

/**
 * A value as plain data: enums as their strings, classes as their fields. It
 * is what GraphQL delivers for an input and what the demo data writes, so the
 * seeder's rows are checked against the very input types the mutations take.
 */
export type PlainData<T> = T extends string
  ? `${T}`
  : T extends number | boolean | null | undefined
    ? T
    : T extends readonly (infer U)[]
      ? PlainData<U>[]
      : T extends object
        ? { [K in keyof T]: PlainData<T[K]> }
        : T;

/** What a kind's publication check may look at and report (paths are relative to the kind). */
export interface KindValidation {
  /** Items of any kind of the edition, by entity class (a reference check reads another kind). */
  items<T extends object>(entity: Ctor<T>): readonly T[];
  /** Reports a problem at `kind/…path` (the kind alone when path is empty). */
  add(path: string, rule: string, message: string): void;
  /** The shared range rules: not negative, max not below min. */
  range(path: string, r: IntRange): void;
}

/** An optional argument that filters a kind's list field (classifiers by their code list). */
export interface ListFilter<E> {
  arg: string;
  type: () => object;
  description?: string;
  matches(item: E, value: string): boolean;
}

export interface KindDefinition<N extends string, L extends string, E extends EditionItem, I extends { code: string }> {
  /** Its StandardItemKind value (diff, removeStandardItem, the console's routes). */
  kind: N;
  /** Its list field on StandardEdition, and its key in an edition's content. */
  list: L;
  /** The MikroORM entity, which is also the GraphQL output type. */
  entity: Ctor<E>;
  /** The GraphQL input type of its save mutation. */
  input: Ctor<I>;
  /** "a position": the save mutation's description names it. */
  noun: string;
  /** First segment of publication-report paths, e.g. outletCategory/GENERAL/staffing. */
  reportKey: string;
  /** Fields that identify an item inside its edition; the key joins them with "/" (default: code). */
  keyFields?: readonly (keyof I & keyof E & string)[];
  filter?: ListFilter<E>;
  /** Whether a branch's local version may add items of this kind (default yes). */
  localItems?: boolean;
  /** Its own fields' rules on save (references across the edition are checked at publication). */
  check?(input: PlainData<I>, v: Violations): void;
  /** Its part of the publication check. */
  validate?(items: readonly E[], at: KindValidation): void;
  /** How an input becomes the entity's data; the shapes are the same unless a kind says otherwise. */
  toEntity?(input: PlainData<I>): object;
  /** The way back: an item's plain data (`itemData`) as the input that saves it unchanged. */
  toInput?(data: Record<string, unknown>): PlainData<I>;
}

export interface ContentKind<N extends string = string, L extends string = string, E extends EditionItem = EditionItem, I extends { code: string } = { code: string }>
  extends Required<Omit<KindDefinition<N, L, E, I>, 'filter' | 'check' | 'validate'>>,
    Pick<KindDefinition<N, L, E, I>, 'filter' | 'check' | 'validate'> {
  /** The item's key inside its edition: its code, or e.g. KIND/CODE for classifiers. */
  key(item: object): string;
  /** The key's fields as a filter (null when the key has the wrong number of parts). */
  whereKey(key: string): Record<string, string> | null;
  saveMutation: string;
  saveDescription: string;
  /** The local-version mutation that adds (or replaces) a local item of this kind, e.g. addLocalPosition. */
  addLocalMutation: string;
  audit: { save: string; remove: string };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyKind = ContentKind<string, string, any, any>;

/** Everything else a kind needs follows from its definition, the same way for every kind. */
export function defineKind<N extends string, L extends string, E extends EditionItem, I extends { code: string }>(
  d: KindDefinition<N, L, E, I>,
): ContentKind<N, L, E, I> {
  const keyFields = d.keyFields ?? (['code'] as const as readonly (keyof I & keyof E & string)[]);
  const name = d.entity.name;
  return {
    toEntity: (input) => input,
    toInput: (data) => data as PlainData<I>,
    localItems: true,
    ...d,
    keyFields,
    key: (item) => keyFields.map((f) => String((item as Record<string, unknown>)[f])).join('/'),
    whereKey: (key) => {
      const parts = key.split('/');
      return parts.length === keyFields.length ? Object.fromEntries(keyFields.map((f, i) => [f, parts[i]])) : null;
    },
    saveMutation: `save${name}`,
    saveDescription: `Adds or replaces (by ${keyFields.join(' and ')}) ${d.noun} in a draft`,
    addLocalMutation: `addLocal${name}`,
    audit: { save: `standardEdition.save${name}`, remove: `standardEdition.remove${name}` },
  };
}

/** An edition's content under a given list of kinds: one array of entities per list name. */
export type ContentOf<R extends readonly AnyKind[]> = {
  [K in R[number] as K['list']]: InstanceType<K['entity']>[];
};
