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

type Emit = (path: string, kind: ValueKind, value: unknown, policy: Policy) => void;

/**
 * Where each policed value sits in an edition's stored content, one reader per
 * POLICED_VALUES pattern. The shapes differ per value today (wrapped,
 * sibling policy columns, rows carrying their policy); this table is the only
 * code that knows them, so the value-with-policy reshape changes only it.
 */
export const EDITION_READERS: Record<string, (c: PolicedContent, emit: Emit) => void> = {
  'positions/<POSITION>/duties': (c, emit) => {
    for (const p of c.positions) emit(valuePath('positions', p.code, 'duties'), 'TEXT_LIST', p.duties, p.dutiesPolicy);
  },
  'zones/<ZONE>/equipment': (c, emit) => {
    for (const z of c.zones) emit(valuePath('zones', z.code, 'equipment'), 'CODE_LIST', z.equipment, z.equipmentPolicy);
  },
  'outletCategories/<CATEGORY>/marketingStaffMin': (c, emit) => {
    for (const k of c.outletCategories) emit(valuePath('outletCategories', k.code, 'marketingStaffMin'), 'INTEGER', k.marketingStaffMin.value, k.marketingStaffMin.policy);
  },
  'outletCategories/<CATEGORY>/salesServiceStaffMin': (c, emit) => {
    for (const k of c.outletCategories) {
      if (k.salesServiceStaffMin) emit(valuePath('outletCategories', k.code, 'salesServiceStaffMin'), 'INTEGER', k.salesServiceStaffMin.value, k.salesServiceStaffMin.policy);
    }
  },
  'outletCategories/<CATEGORY>/lobbyStaffTotal': (c, emit) => {
    for (const k of c.outletCategories) emit(valuePath('outletCategories', k.code, 'lobbyStaffTotal'), 'RANGE', k.lobbyStaffTotal.range, k.lobbyStaffTotal.policy);
  },
  'outletCategories/<CATEGORY>/staffing/<POSITION>': (c, emit) => {
    for (const k of c.outletCategories) for (const s of k.staffing) emit(valuePath('outletCategories', k.code, 'staffing', s.position), 'RANGE', s.range, s.policy);
  },
  'outletCategories/<CATEGORY>/devices/<DEVICE_TYPE>': (c, emit) => {
    for (const k of c.outletCategories) for (const d of k.devices) emit(valuePath('outletCategories', k.code, 'devices', d.deviceType), 'INTEGER', d.min, d.policy);
  },
  'outletCategories/<CATEGORY>/smartDevices': (c, emit) => {
    for (const k of c.outletCategories) {
      if (k.smartDevices) emit(valuePath('outletCategories', k.code, 'smartDevices'), 'CODE_LIST', k.smartDevices.deviceTypes, k.smartDevices.policy);
    }
  },
  'outletCategories/<CATEGORY>/zones/<ZONE>': (c, emit) => {
    for (const k of c.outletCategories) for (const z of k.zones) emit(valuePath('outletCategories', k.code, 'zones', z.zone), 'REQUIREMENT', z.requirement, z.policy);
  },
  'outletCategories/<CATEGORY>/outboundMarketing': (c, emit) => {
    for (const k of c.outletCategories) emit(valuePath('outletCategories', k.code, 'outboundMarketing'), 'TEXT', k.outboundMarketing.text, k.outboundMarketing.policy);
  },
  ...Object.fromEntries(
    (['assetsFrom', 'assetsBelow', 'personalLoansFrom'] as const).map((field) => [
      `customerTiers/<TIER>/${field}`,
      (c: PolicedContent, emit: Emit) => {
        for (const t of c.customerTiers) if (t[field]) emit(valuePath('customerTiers', t.code, field), 'MONEY', t[field], t.thresholdPolicy);
      },
    ]),
  ),
  'serviceRules/<RULE>/parameters/<PARAMETER>': (c, emit) => {
    // A parameter's type names its value kind (ParameterType's names are value kinds) and the one field that holds it.
    const field = { INTEGER: 'intValue', RANGE: 'range', MONEY: 'money', CODE_LIST: 'codes', TEXT_LIST: 'texts' } as const;
    for (const r of c.serviceRules) {
      for (const p of r.parameters) emit(valuePath('serviceRules', r.code, 'parameters', p.code), p.type as ValueKind, p[field[p.type]] ?? null, p.policy);
    }
  },
};

/** Every policed value an edition holds, by path: the edition as a layer's values. */
export function editionValues(content: PolicedContent): ReadonlyMap<string, LayerValue> {
  const values = new Map<string, LayerValue>();
  const emit: Emit = (path, kind, value, policy) => values.set(path, Object.freeze({ kind, value, policy }));
  for (const { pattern } of POLICED_VALUES) EDITION_READERS[pattern](content, emit);
  return values;
}
