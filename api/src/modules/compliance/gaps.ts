import type { EffectiveValue, LayerSource } from '../standard/effective.js';
import { valuePath } from '../standard/policy.js';

/**
 * The compliance engine: an outlet's gaps from its facts and its effective
 * standard. Pure (no database, no clock), so plan checking, roll-ups and the
 * impact preview all ask the same function and get the same answer, and the
 * tests state the rules directly.
 *
 * What is measured against what (the standard's own field descriptions):
 * - marketingStaffMin: every position's headcount together, head and deputies
 *   included (营销服务人员总数);
 * - salesServiceStaffMin: the same without the outlet head and the deputies;
 * - lobbyStaffTotal: lobby managers and lobby guides together;
 * - staffing/<POSITION>: that position's headcount;
 * - devices/<DEVICE_TYPE>: the number of self-service devices of that type;
 * - zones/<ZONE> when REQUIRED: the zone is present (a zone only planned is
 *   still a gap, one an action item can close);
 * - a core service rule (核心内容): the outlet head has acknowledged it.
 *
 * Headcounts are the current ones: the target headcount is what the plan
 * promises, and a promise closes a gap only through an action with a date or a
 * written justification (the submit guard), never by itself.
 */

export enum GapKind {
  STAFF_BELOW_MINIMUM = 'STAFF_BELOW_MINIMUM',
  LOBBY_STAFF_OUT_OF_RANGE = 'LOBBY_STAFF_OUT_OF_RANGE',
  POSITION_OUT_OF_RANGE = 'POSITION_OUT_OF_RANGE',
  ZONE_MISSING = 'ZONE_MISSING',
  DEVICES_TOO_FEW = 'DEVICES_TOO_FEW',
  CORE_RULE_NOT_ACKNOWLEDGED = 'CORE_RULE_NOT_ACKNOWLEDGED',
}

export const GAP_KINDS: readonly GapKind[] = Object.values(GapKind);

/** Staffing kinds: the gaps a change of headcount can open or close. */
export const STAFFING_GAP_KINDS: readonly GapKind[] = [GapKind.STAFF_BELOW_MINIMUM, GapKind.LOBBY_STAFF_OUT_OF_RANGE, GapKind.POSITION_OUT_OF_RANGE];

export const ZONE_STATUSES = ['PRESENT', 'PLANNED'] as const;
export type ZoneStatus = (typeof ZONE_STATUSES)[number];

/** What the outlet head records about the outlet (plain data; the plan stores it as JSON). */
export interface OutletFacts {
  readonly floorArea?: number | null;
  readonly staffing: readonly { readonly position: string; readonly current: number; readonly target: number }[];
  readonly zones: readonly { readonly zone: string; readonly status: ZoneStatus }[];
  readonly devices: readonly { readonly deviceType: string; readonly count: number }[];
  /** Codes of the core service rules the outlet head has acknowledged. */
  readonly acknowledgedRules: readonly string[];
}

/** A core service rule in the outlet's effective standard, with the unit whose layer holds it. */
export interface CoreRule {
  readonly code: string;
  readonly setBy: LayerSource;
}

export type Expected =
  | { readonly min: number; readonly max: number | null }
  | { readonly requirement: string }
  | { readonly acknowledged: true };

export type Actual = { readonly count: number } | { readonly zone: ZoneStatus | 'ABSENT' } | { readonly acknowledged: false };

export interface Gap {
  readonly kind: GapKind;
  /** The requirement's value path (for a core rule, the rule's own path). */
  readonly path: string;
  readonly expected: Expected;
  readonly actual: Actual;
  /** The unit, layer and revision that set the requirement. */
  readonly setBy: LayerSource;
}

const OUTLET_HEAD = 'OUTLET_HEAD';
const DEPUTY_HEAD = 'DEPUTY_HEAD';
const LOBBY_POSITIONS = ['LOBBY_MANAGER', 'LOBBY_GUIDE'];

type Range = { min: number; max?: number | null };
// Stored ranges without an upper limit may carry max as null or leave it out.
const inRange = (n: number, r: Range) => n >= r.min && (r.max == null || n <= r.max);

/**
 * Every gap of an outlet of `category` with `facts`, against `values` (the
 * effective standard by path, as foldLayers gives it) and the core rules in
 * force. Ordered by path, so the answer is stable for display and comparison.
 */
export function gapsOf(facts: OutletFacts, values: ReadonlyMap<string, EffectiveValue>, category: string, coreRules: readonly CoreRule[] = []): Gap[] {
  const gaps: Gap[] = [];
  const at = (...segments: string[]) => values.get(valuePath('outletCategories', category, ...segments));
  const headcount = new Map<string, number>();
  for (const s of facts.staffing) headcount.set(s.position, (headcount.get(s.position) ?? 0) + s.current);
  const count = (positions?: readonly string[], except: readonly string[] = []) =>
    [...headcount].filter(([p]) => (positions ? positions.includes(p) : !except.includes(p))).reduce((n, [, c]) => n + c, 0);

  const minimum = (v: EffectiveValue | undefined, actual: number) => {
    if (v && actual < (v.value as number)) {
      gaps.push({ kind: GapKind.STAFF_BELOW_MINIMUM, path: v.path, expected: { min: v.value as number, max: null }, actual: { count: actual }, setBy: v.setBy });
    }
  };
  minimum(at('marketingStaffMin'), count());
  minimum(at('salesServiceStaffMin'), count(undefined, [OUTLET_HEAD, DEPUTY_HEAD]));

  const lobby = at('lobbyStaffTotal');
  if (lobby) {
    const n = count(LOBBY_POSITIONS);
    const r = lobby.value as Range;
    if (!inRange(n, r)) gaps.push({ kind: GapKind.LOBBY_STAFF_OUT_OF_RANGE, path: lobby.path, expected: { min: r.min, max: r.max ?? null }, actual: { count: n }, setBy: lobby.setBy });
  }

  const prefix = valuePath('outletCategories', category) + '/';
  const zoneStatus = new Map<string, ZoneStatus>();
  for (const z of facts.zones) if (zoneStatus.get(z.zone) !== 'PRESENT') zoneStatus.set(z.zone, z.status);
  const devices = new Map<string, number>();
  for (const d of facts.devices) devices.set(d.deviceType, (devices.get(d.deviceType) ?? 0) + d.count);

  for (const v of values.values()) {
    if (!v.path.startsWith(prefix)) continue;
    const [field, key, ...rest] = v.path.slice(prefix.length).split('/');
    if (!key || rest.length) continue;
    if (field === 'staffing') {
      const n = headcount.get(key) ?? 0;
      const r = v.value as Range;
      if (!inRange(n, r)) gaps.push({ kind: GapKind.POSITION_OUT_OF_RANGE, path: v.path, expected: { min: r.min, max: r.max ?? null }, actual: { count: n }, setBy: v.setBy });
    } else if (field === 'devices') {
      const n = devices.get(key) ?? 0;
      if (n < (v.value as number)) gaps.push({ kind: GapKind.DEVICES_TOO_FEW, path: v.path, expected: { min: v.value as number, max: null }, actual: { count: n }, setBy: v.setBy });
    } else if (field === 'zones') {
      const status = zoneStatus.get(key) ?? 'ABSENT';
      if (v.value === 'REQUIRED' && status !== 'PRESENT') {
        gaps.push({ kind: GapKind.ZONE_MISSING, path: v.path, expected: { requirement: 'REQUIRED' }, actual: { zone: status }, setBy: v.setBy });
      }
    }
  }

  const acknowledged = new Set(facts.acknowledgedRules);
  for (const rule of coreRules) {
    if (!acknowledged.has(rule.code)) {
      gaps.push({ kind: GapKind.CORE_RULE_NOT_ACKNOWLEDGED, path: valuePath('serviceRules', rule.code), expected: { acknowledged: true }, actual: { acknowledged: false }, setBy: rule.setBy });
    }
  }
  return gaps.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** What a roll-up keeps of an outlet's gaps: whether it complies, and how many gaps of each kind. */
export interface GapSummary {
  readonly compliant: boolean;
  readonly byKind: Readonly<Partial<Record<GapKind, number>>>;
}

export function summarizeGaps(gaps: readonly Gap[]): GapSummary {
  const byKind: Partial<Record<GapKind, number>> = {};
  for (const g of gaps) byKind[g.kind] = (byKind[g.kind] ?? 0) + 1;
  return { compliant: gaps.length === 0, byKind };
}
