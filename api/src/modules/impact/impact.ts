import { sameValue } from '../standard/policy.js';
import type { EffectiveValue } from '../standard/effective.js';

/**
 * The impact preview's pure part: which values an outlet group sees change
 * when a draft replaces a layer, with no database and no GraphQL.
 *
 * An outlet has no layer of its own: its effective values depend only on the
 * layers of its chain (head office, its tier-one and its tier-two branch) and
 * on its category. So the service counts outlets per (tier-two branch,
 * category) in one statement, folds each tier-two chain twice (with and
 * without the draft), and this module diffs the two folds and keeps, for each
 * category, the values that apply to it.
 */

/** One value that differs between the two folds: before is null where the draft adds it, after where it drops it. */
export interface ValueChange {
  readonly path: string;
  readonly before: EffectiveValue | null;
  readonly after: EffectiveValue | null;
}

/**
 * The values whose value or policy differ between `before` and `after`, in
 * path order. Who set a value does not count on its own: a new edition that
 * repeats a value changes nothing an outlet sees.
 */
export function changedValues(before: ReadonlyMap<string, EffectiveValue>, after: ReadonlyMap<string, EffectiveValue>): ValueChange[] {
  const changes: ValueChange[] = [];
  for (const path of new Set([...before.keys(), ...after.keys()])) {
    const b = before.get(path) ?? null;
    const a = after.get(path) ?? null;
    if (b && a && b.policy === a.policy && sameValue(b.value, a.value)) continue;
    changes.push({ path, before: b, after: a });
  }
  return changes.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
}

const CATEGORIES = 'outletCategories/';

/** Whether a value at `path` applies to an outlet of `category`: everything except other categories' requirements. */
export function appliesToCategory(path: string, category: string | null): boolean {
  if (!path.startsWith(CATEGORIES)) return true;
  return category != null && path.startsWith(`${CATEGORIES}${category}/`);
}

/** Outlets of one category under one tier-two branch, as the grouping statement counts them. */
export interface OutletGroup {
  readonly tierOneId: string;
  readonly tierTwoId: string;
  readonly category: string | null;
  readonly outlets: number;
}

export interface GroupImpact extends OutletGroup {
  readonly changes: readonly ValueChange[];
}

export interface Impact {
  /** Only the groups that see at least one change, by tier-one, tier-two branch and category. */
  readonly groups: readonly GroupImpact[];
  readonly outletsAffected: number;
  /** Tier-one and tier-two branches with affected outlets, plus those outlets: every unit whose standard moves. */
  readonly unitsAffected: number;
}

/**
 * The impact over `groups`, given each tier-two chain's changes (computed once
 * per chain by the caller, whatever the number of categories under it).
 */
export function impactOf(groups: readonly OutletGroup[], changesOfChain: (tierTwoId: string) => readonly ValueChange[]): Impact {
  const affected: GroupImpact[] = [];
  for (const group of groups) {
    const changes = changesOfChain(group.tierTwoId).filter((c) => appliesToCategory(c.path, group.category));
    if (changes.length) affected.push({ ...group, changes });
  }
  const key = (g: OutletGroup) => `${g.tierOneId}/${g.tierTwoId}/${g.category ?? ''}`;
  affected.sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
  const outletsAffected = affected.reduce((n, g) => n + g.outlets, 0);
  const branches = new Set(affected.flatMap((g) => [g.tierOneId, g.tierTwoId]));
  return { groups: affected, outletsAffected, unitsAffected: branches.size + outletsAffected };
}
