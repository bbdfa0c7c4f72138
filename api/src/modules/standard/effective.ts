import { POLICED_VALUES, sameValue, valuePath, type ValueKind } from './policy.js';
import type { CustomerTier, OutletCategory, Position, ServiceRule, Zone } from './standard.entities.js';
import type { Policy } from './standard.types.js';

/**
 * The effective standard as a fold over layers, with no database and no
 * GraphQL: the effective-standard service feeds it, tests call it directly.
 *
 * A layer is what one unit decided at one revision of one of its documents:
 * head office's edition today, a branch's approved local version once issue 10
 * lands. It carries only policed values, keyed by their value path (policy.ts),
 * so a layer from any source folds the same way and the same path names the
 * same value in every layer, in the answer and in a refusal.
 *
 * Layers come top down (head office first). A later layer's value replaces the
 * one above it and records what it replaced. Whether the replacement was
 * allowed is not the fold's business: local versions are checked against the
 * policy when drafted and approved (checkOverride), and only approved ones ever
 * reach the fold.
 */

export enum LayerKind {
  EDITION = 'EDITION',
  LOCAL_VERSION = 'LOCAL_VERSION',
}

/** Which unit set a value, in which layer (edition or local version) and at which revision. */
export interface LayerSource {
  readonly unitId: string;
  readonly unitCode: string;
  readonly layerKind: LayerKind;
  readonly layerId: string;
  /** The edition's or local version's code, e.g. HO-2026-01. */
  readonly layerCode: string;
  readonly revision: number;
}

export interface LayerValue {
  readonly kind: ValueKind;
  readonly value: unknown;
  readonly policy: Policy;
}

export interface Layer {
  readonly source: LayerSource;
  readonly values: ReadonlyMap<string, LayerValue>;
  /**
   * Paths this layer marks not applicable (an item such as serviceRules/X, or
   * a keyed entry such as outletCategories/GENERAL/devices/ATM): the path and
   * everything under it leave the answer.
   */
  readonly removed?: readonly string[];
  /**
   * Items this layer adds that the layers above lack (a branch's local
   * position or service rule). Their policed values are in `values` like any
   * other; the items themselves travel here so the answer can list them with
   * their source.
   */
  readonly items?: readonly LayerItem[];
}

/** An item a layer adds: its kind (the registry's StandardItemKind), its key, and its data as the kind stores it. */
export interface LayerItem {
  readonly kind: string;
  /** Its path: the kind's list and the item's key, e.g. positions/WEALTH_MANAGER. */
  readonly path: string;
  readonly key: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/** A local item in force, with the layer that added it. */
export interface EffectiveItem extends LayerItem {
  readonly setBy: LayerSource;
}

/** One value of the effective standard: what it is, under which policy, who set it, and what it replaced. */
export interface EffectiveValue extends LayerValue {
  readonly path: string;
  readonly setBy: LayerSource;
  /** The value in force before the layer that set this one; null when nothing was above it. */
  readonly overrode: EffectiveValue | null;
}

const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);

/**
 * Folds layers, top down, into the effective values by path. A layer that
 * repeats the value and policy above it changes nothing, so the value keeps
 * naming the unit that actually decided it (a local version copies what it
 * inherits; that copy is not a decision).
 */
export function foldLayers(layers: readonly Layer[]): ReadonlyMap<string, EffectiveValue> {
  const effective = new Map<string, EffectiveValue>();
  for (const layer of layers) {
    for (const prefix of layer.removed ?? []) {
      for (const path of [...effective.keys()]) if (under(path, prefix)) effective.delete(path);
    }
    for (const [path, v] of layer.values) {
      const above = effective.get(path) ?? null;
      if (above && above.policy === v.policy && sameValue(above.value, v.value)) continue;
      effective.set(path, Object.freeze({ path, kind: v.kind, value: v.value, policy: v.policy, setBy: layer.source, overrode: above }));
    }
  }
  return effective;
}

/**
 * The local items in force after `layers`, by path: each as the layer that
 * added it left it, gone where a later layer marks it (or something above it)
 * not applicable. Only its own version removes an item in practice (the
 * local-version service refuses the others), but the fold stays general.
 */
export function foldItems(layers: readonly Layer[]): ReadonlyMap<string, EffectiveItem> {
  const items = new Map<string, EffectiveItem>();
  for (const layer of layers) {
    for (const prefix of layer.removed ?? []) {
      for (const path of [...items.keys()]) if (under(path, prefix)) items.delete(path);
    }
    for (const item of layer.items ?? []) items.set(item.path, Object.freeze({ ...item, setBy: layer.source }));
  }
  return items;
}

/** The effective values at or under `prefix` (segment-wise, so zones/A does not match zones/AB), in path order. */
export function valuesUnder(values: ReadonlyMap<string, EffectiveValue>, prefix?: string | null): EffectiveValue[] {
  const all = [...values.values()];
  return (prefix ? all.filter((v) => under(v.path, prefix)) : all).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

// ─── An edition as a layer ──────────────────────────────────────────────────

/** The lists of an edition's content that hold policed values (an edition's content, or plain rows of the same shape). */
export interface PolicedContent {
  readonly positions: readonly Position[];
  readonly zones: readonly Zone[];
  readonly outletCategories: readonly OutletCategory[];
  readonly customerTiers: readonly CustomerTier[];
  readonly serviceRules: readonly ServiceRule[];
}

/** A policed value as stored: the one shape every policed value has. */
interface Stored {
  readonly value: unknown;
  readonly policy: Policy;
  readonly type?: string;
  readonly [key: string]: unknown;
}

/**
 * The values at one POLICED_VALUES pattern of an edition's content. Every
 * policed value is `{ value, policy }` (see the table in policy.ts), so one
 * walk reads them all: the list, each item by its code, the field, and for a
 * keyed entry each row of that field by its key. A parameter's type names its
 * value kind (ParameterType's names are value kinds).
 */
function* valuesAt(content: PolicedContent, { pattern, kind, key }: (typeof POLICED_VALUES)[number]): Generator<[string, LayerValue]> {
  const [list, , field] = pattern.split('/');
  const items = (content as unknown as Record<string, readonly Record<string, unknown>[]>)[list] ?? [];
  const value = (v: Stored): LayerValue => Object.freeze({ kind: kind ?? (v.type as ValueKind), value: v.value, policy: v.policy });
  for (const item of items) {
    const code = item.code as string;
    const at = item[field] as Stored | readonly Stored[] | null | undefined;
    if (at == null) continue;
    if (key) {
      for (const row of at as readonly Stored[]) yield [valuePath(list, code, field, row[key] as string), value(row)];
    } else {
      yield [valuePath(list, code, field), value(at as Stored)];
    }
  }
}

/** Every policed value an edition holds, by path: the edition as a layer's values. */
export function editionValues(content: PolicedContent): ReadonlyMap<string, LayerValue> {
  const values = new Map<string, LayerValue>();
  for (const entry of POLICED_VALUES) for (const [path, v] of valuesAt(content, entry)) values.set(path, v);
  return values;
}
