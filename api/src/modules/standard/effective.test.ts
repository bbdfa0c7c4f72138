import { describe, expect, it } from 'vitest';
import { bankStandard } from '../../../../seeds/standard/bank-standard.js';
import { toRuleParameter } from '../../seed-standard.js';
import { LayerKind, editionValues, foldLayers, valuesUnder, type Layer, type LayerValue, type PolicedContent } from './effective.js';
import { POLICED_VALUES, policedValueFor } from './policy.js';
import { Policy } from './standard.types.js';
import { toStoredParameter } from './standard.kinds.js';

/** The fold is plain data in, plain data out: these tests need no database. */

const source = (unitCode: string, layerKind: LayerKind, layerCode: string, revision: number) => ({
  unitId: `id-${unitCode}`,
  unitCode,
  layerKind,
  layerId: `id-${layerCode}`,
  layerCode,
  revision,
});
const HO = source('HO', LayerKind.EDITION, 'HO-2026-01', 7);
const GD = source('GD', LayerKind.LOCAL_VERSION, 'GD-2026-01', 3);
const FS = source('GD-FS', LayerKind.LOCAL_VERSION, 'GD-FS-2026-01', 2);

const MSM = 'outletCategories/LARGE_FULL_FUNCTION/marketingStaffMin';
const ATM = 'outletCategories/LARGE_FULL_FUNCTION/devices/ATM';
const RECYCLER = 'outletCategories/LARGE_FULL_FUNCTION/devices/CASH_RECYCLER';
const int = (value: number, policy = Policy.RAISE_ONLY): LayerValue => ({ kind: 'INTEGER', value, policy });
const layer = (s: Layer['source'], values: Record<string, LayerValue>, removed?: string[]): Layer => ({ source: s, values: new Map(Object.entries(values)), removed });

describe('folding layers', () => {
  it('gives head office as the source of a value nobody below changed, with nothing overridden', () => {
    const folded = foldLayers([layer(HO, { [MSM]: int(12) }), layer(GD, {}), layer(FS, {})]);
    expect(folded.get(MSM)).toEqual({ path: MSM, kind: 'INTEGER', value: 12, policy: Policy.RAISE_ONLY, setBy: HO, overrode: null });
  });

  it('names the lowest unit that changed a value, and the chain of values it overrode, across three levels', () => {
    const folded = foldLayers([layer(HO, { [MSM]: int(12), [ATM]: int(1) }), layer(GD, { [MSM]: int(14) }), layer(FS, { [MSM]: int(15), [ATM]: int(2) })]);
    const msm = folded.get(MSM)!;
    expect(msm).toMatchObject({ value: 15, setBy: FS });
    expect(msm.overrode).toMatchObject({ value: 14, setBy: GD });
    expect(msm.overrode!.overrode).toMatchObject({ value: 12, setBy: HO, overrode: null });
    expect(folded.get(ATM)).toMatchObject({ value: 2, setBy: FS, overrode: { value: 1, setBy: HO, overrode: null } });
  });

  it('does not credit a layer that only repeats the value above it, but does credit a tightened policy', () => {
    const repeated = foldLayers([layer(HO, { [MSM]: int(12) }), layer(GD, { [MSM]: int(12) })]);
    expect(repeated.get(MSM)!.setBy).toBe(HO);
    const locked = foldLayers([layer(HO, { [MSM]: int(12) }), layer(GD, { [MSM]: int(12, Policy.LOCKED) })]);
    expect(locked.get(MSM)).toMatchObject({ policy: Policy.LOCKED, setBy: GD, overrode: { policy: Policy.RAISE_ONLY, setBy: HO } });
  });

  it('drops what a layer marks not applicable, and lets a lower layer add what was dropped or never there', () => {
    const folded = foldLayers([
      layer(HO, { [ATM]: int(1), [RECYCLER]: int(2) }),
      layer(GD, {}, ['outletCategories/LARGE_FULL_FUNCTION/devices/ATM']),
      layer(FS, { 'outletCategories/LARGE_FULL_FUNCTION/devices/FX_EXCHANGE': int(1) }),
    ]);
    expect(valuesUnder(folded, 'outletCategories/LARGE_FULL_FUNCTION/devices').map((v) => [v.path, v.setBy.unitCode, v.overrode])).toEqual([
      [RECYCLER, 'HO', null],
      ['outletCategories/LARGE_FULL_FUNCTION/devices/FX_EXCHANGE', 'GD-FS', null],
    ].sort());
  });

  it('selects by whole path segments, not by string prefix', () => {
    const folded = foldLayers([layer(HO, { 'zones/VIP/equipment': { kind: 'CODE_LIST', value: [], policy: Policy.FREE }, 'zones/VIP_2/equipment': { kind: 'CODE_LIST', value: [], policy: Policy.FREE } })]);
    expect(valuesUnder(folded, 'zones/VIP').map((v) => v.path)).toEqual(['zones/VIP/equipment']);
    expect(valuesUnder(folded).map((v) => v.path)).toEqual(['zones/VIP/equipment', 'zones/VIP_2/equipment']);
  });

  it('answers frozen values, so a cached answer cannot be changed by whoever reads it', () => {
    const folded = foldLayers([layer(HO, { [MSM]: int(12) })]);
    expect(Object.isFrozen(folded.get(MSM))).toBe(true);
  });
});

/** The seeded standard as an edition's content (plain data, the shape the rows have: parameters as stored, with their `value`). */
const seeded = {
  positions: bankStandard.positions,
  zones: bankStandard.zones,
  outletCategories: bankStandard.categories,
  customerTiers: bankStandard.customerTiers,
  serviceRules: bankStandard.serviceRules.map((r) => ({ ...r, parameters: r.parameters.map((p) => toStoredParameter(toRuleParameter(p))) })),
} as unknown as PolicedContent;

describe('an edition as a layer', () => {
  it('reads every policed value the table in policy.ts lists, and nothing it does not', () => {
    const values = editionValues(seeded);
    const patterns = new Set([...values.keys()].map((path) => policedValueFor(path)?.pattern));
    expect(patterns.has(undefined)).toBe(false);
    expect([...patterns].sort()).toEqual(POLICED_VALUES.map((v) => v.pattern).sort());
  });

  it("carries the seeded figures under their paths, with each value's kind and policy", () => {
    const values = editionValues(seeded);
    expect(values.get(MSM)).toEqual({ kind: 'INTEGER', value: 12, policy: 'RAISE_ONLY' });
    expect(values.get('outletCategories/GENERAL/marketingStaffMin')!.value).toBe(4);
    expect(values.get('outletCategories/LARGE_FULL_FUNCTION/lobbyStaffTotal')).toMatchObject({ kind: 'RANGE', value: { min: 4, max: 6 } });
    expect(values.get(RECYCLER)).toMatchObject({ kind: 'INTEGER', value: 2 });
    expect(values.get('customerTiers/MASS/assetsBelow')).toMatchObject({ kind: 'MONEY', value: { amount: 50000, currency: 'CNY' } });
    expect(values.get('serviceRules/COMPLAINT_HANDLING/parameters/COMPLAINT_REPLY_WORKING_DAYS')).toMatchObject({ kind: 'INTEGER', value: 3 });
    expect(values.get('serviceRules/EMERGENCY_PLANS/parameters/EMERGENCY_PLANS')).toMatchObject({ kind: 'CODE_LIST', value: expect.any(Array) });
    expect((values.get('serviceRules/EMERGENCY_PLANS/parameters/EMERGENCY_PLANS')!.value as unknown[]).length).toBe(13);
    // A tier without an upper bound has no assetsBelow value at all, rather than a null one.
    expect([...values.values()].every((v) => v.value !== null && v.value !== undefined)).toBe(true);
  });
});
