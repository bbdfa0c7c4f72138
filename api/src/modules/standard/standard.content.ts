import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { LoaderContext } from '../../shared/loaders.js';
import { StandardEdition } from './standard.entities.js';
import { ChangeType, type ItemDiff, type ValidationProblem } from './standard.outputs.js';
import { EditionStatus, type IntRange } from './standard.types.js';
import { KINDS, type EditionContent, type Kinds } from './standard.kinds.js';
import type { AnyKind, ContentOf, Ctor, KindValidation } from './standard.kind.js';
import { independentQueries } from '../../shared/queries.js';
import { describePolicy, policyFits } from './policy.js';
import { editionValues, type PolicedContent } from './effective.js';

export type { EditionContent };

/**
 * Loads whole editions: one statement per content kind, for any number of
 * editions, each list ordered by code. `kinds` is the registry (a test passes
 * one with an extra kind). `plain` reads rows outside the identity map, so the
 * request's unit of work never tracks them: for content kept across requests.
 */
export async function loadContents<R extends readonly AnyKind[] = Kinds>(
  em: EntityManager,
  editionIds: readonly string[],
  kinds: R = KINDS as unknown as R,
  { plain = false }: { plain?: boolean } = {},
): Promise<Map<string, ContentOf<R>>> {
  const lists = new Map(editionIds.map((id) => [id, Object.fromEntries(kinds.map((k) => [k.list, [] as object[]]))]));
  // Drafts and publication load contents inside their transaction, hence not a plain Promise.all.
  await independentQueries(
    em,
    kinds.map(({ entity, list }) => async () => {
      const rows: { edition: { id: string } }[] = await em.find(entity, { edition: { $in: [...editionIds] } }, { orderBy: { code: 'asc' }, disableIdentityMap: plain });
      for (const row of rows) lists.get(row.edition.id)![list].push(row);
    }),
  );
  // Each list was filled from its own kind's entity: the shape ContentOf promises.
  return lists as unknown as Map<string, ContentOf<R>>;
}

export const editionContent = ({ em }: LoaderContext) =>
  new DataLoader<string, EditionContent>(async (ids) => {
    const contents = await loadContents(em, ids);
    return ids.map((id) => contents.get(id)!);
  });

export const editionById = ({ em }: LoaderContext) =>
  new DataLoader<string, StandardEdition | null>(async (ids) => {
    const found = await em.find(StandardEdition, { id: { $in: [...ids] } });
    return ids.map((id) => found.find((e) => e.id === id) ?? null);
  });

export const editionByCode = ({ em }: LoaderContext) =>
  new DataLoader<string, StandardEdition | null>(async (codes) => {
    const found = await em.find(StandardEdition, { code: { $in: [...codes] } });
    return codes.map((c) => found.find((e) => e.code === c) ?? null);
  });

export const currentEdition = ({ em }: LoaderContext) =>
  new DataLoader<'current', StandardEdition | null>(async (keys) => {
    const edition = await em.findOne(StandardEdition, { isCurrent: true, status: EditionStatus.PUBLISHED });
    return keys.map(() => edition);
  });

/**
 * Plain JSON with absent optional values dropped: `null` and "not given" mean
 * the same in the standard, so they must compare (and be stored) the same.
 */
export function compact<T>(value: T): T {
  if (Array.isArray(value)) return value.map(compact) as T;
  if (value && typeof value === 'object') {
    const plain = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
    return Object.fromEntries(Object.entries(plain).filter(([, v]) => v !== null && v !== undefined).map(([k, v]) => [k, compact(v)])) as T;
  }
  return value;
}

/** An item as plain data, without row identity: what the diff compares and drafts copy. */
export function itemData(item: object): Record<string, unknown> {
  const { id: _id, edition: _edition, ...rest } = item as Record<string, unknown>;
  return compact(rest);
}

/** One kind's items in an edition's content, whatever the kind. */
export const itemsOf = (content: object, spec: AnyKind): object[] => (content as Record<string, object[]>)[spec.list] ?? [];

/**
 * A new row of a kind from plain data. Generic code holds a kind as "any
 * entity", where the ORM's per-entity typing cannot help: the data was checked
 * against the kind's input (save) or read from the same kind (copy).
 */
export function createItem(em: EntityManager, spec: AnyKind, data: object, edition: StandardEdition): object {
  return em.create(spec.entity as Ctor<object>, { ...data, edition });
}

/** Field-by-field differences between two editions' content. */
export function diffContents<R extends readonly AnyKind[] = Kinds>(from: ContentOf<R>, to: ContentOf<R>, kinds: R = KINDS as unknown as R): ItemDiff[] {
  const changes: ItemDiff[] = [];
  for (const spec of kinds) {
    const before = new Map(itemsOf(from, spec).map((i) => [spec.key(i), itemData(i)]));
    const after = new Map(itemsOf(to, spec).map((i) => [spec.key(i), itemData(i)]));
    const codes = [...new Set([...before.keys(), ...after.keys()])].sort();
    for (const code of codes) {
      const b = before.get(code);
      const a = after.get(code);
      const fieldNames = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
      const fields = fieldNames
        .filter((f) => JSON.stringify(b?.[f] ?? null) !== JSON.stringify(a?.[f] ?? null))
        .map((field) => ({ field, before: b ? (b[field] ?? null) : null, after: a ? (a[field] ?? null) : null }));
      // The kind goes out as the GraphQL enum's value; a test registry's extra kind goes out as its own name.
      const kind = spec.kind as ItemDiff['kind'];
      if (!b) changes.push({ kind, code, change: ChangeType.ADDED, fields });
      else if (!a) changes.push({ kind, code, change: ChangeType.REMOVED, fields });
      else if (fields.length) changes.push({ kind, code, change: ChangeType.CHANGED, fields });
    }
  }
  return changes;
}

/**
 * What keeps a draft from being published: missing pieces, references to
 * things the edition does not define, contradictory figures, overlapping
 * customer-tier thresholds. Each kind checks its own items (its registry
 * entry's `validate`); this only dispatches and collects.
 */
export function validateContent<R extends readonly AnyKind[] = Kinds>(c: ContentOf<R>, kinds: R = KINDS as unknown as R): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const content = c as Record<string, object[]>;
  for (const spec of kinds) {
    const add = (path: string, rule: string, message: string) =>
      problems.push({ path: path ? `${spec.reportKey}/${path}` : spec.reportKey, rule, message });
    const at: KindValidation = {
      items: <T extends object>(entity: Ctor<T>) => (content[kinds.find((k) => k.entity === entity)?.list ?? ''] ?? []) as T[],
      add,
      range: (path: string, r: IntRange) => {
        if (r.min < 0) add(path, 'non-negative', 'minimum must not be negative');
        if (r.max !== null && r.max < r.min) add(path, 'min-max', `maximum ${r.max} is below minimum ${r.min}`);
      },
    };
    spec.validate?.(content[spec.list], at);
  }
  problems.push(...policyMisfits(content, kinds));
  return problems;
}

const POLICED_LISTS: readonly (keyof PolicedContent)[] = ['positions', 'zones', 'outletCategories', 'customerTiers', 'serviceRules'];

/**
 * Policies that cannot mean anything for their value (RAISE_ONLY on a text,
 * EXTEND_ONLY on a number): the policy module's `policyFits`, over every
 * policed value of the edition. Reported at the item's report path with the
 * value's path after it (outletCategory/GENERAL/outboundMarketing), like the
 * kinds' own problems.
 */
function policyMisfits(content: Record<string, object[]>, kinds: readonly AnyKind[]): ValidationProblem[] {
  if (!POLICED_LISTS.every((list) => Array.isArray(content[list]))) return [];
  const reportKey = new Map(kinds.map((k) => [k.list, k.reportKey]));
  const problems: ValidationProblem[] = [];
  for (const [path, v] of editionValues(content as unknown as PolicedContent)) {
    if (policyFits(v.kind, v.policy)) continue;
    const [list, ...rest] = path.split('/');
    problems.push({ path: [reportKey.get(list) ?? list, ...rest].join('/'), rule: 'policy-misfit', message: `the policy ${describePolicy(v.policy, v.kind)}` });
  }
  return problems;
}
