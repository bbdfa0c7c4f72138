import { describe, expect, it } from 'vitest';
import { LayerKind, foldLayers, type Layer, type LayerSource } from '../standard/effective.js';
import { Policy } from '../standard/standard.types.js';
import { appliesToCategory, changedValues, impactOf, type OutletGroup } from './impact.js';

const source = (unitCode: string, layerKind = LayerKind.LOCAL_VERSION): LayerSource => ({
  unitId: unitCode,
  unitCode,
  layerKind,
  layerId: `${unitCode}-layer`,
  layerCode: `${unitCode}-2026-01`,
  revision: 1,
});
const layer = (unitCode: string, values: Record<string, number>, removed?: string[], kind?: LayerKind): Layer => ({
  source: source(unitCode, kind),
  values: new Map(Object.entries(values).map(([path, value]) => [path, { kind: 'INTEGER' as const, value, policy: Policy.RAISE_ONLY }])),
  removed,
});

const LARGE = 'outletCategories/LARGE_FULL_FUNCTION/marketingStaffMin';
const GENERAL = 'outletCategories/GENERAL/marketingStaffMin';
const REPLY = 'serviceRules/COMPLAINT_HANDLING/parameters/COMPLAINT_REPLY_WORKING_DAYS';

describe('changedValues', () => {
  const ho = layer('HO', { [LARGE]: 12, [GENERAL]: 4, [REPLY]: 3 }, undefined, LayerKind.EDITION);

  it('lists changed, added and dropped values with who sets them before and after, in path order', () => {
    const draft = layer('GD', { [LARGE]: 14, 'positions/WEALTH_MANAGER/headcount': 1 }, [REPLY]);
    const changes = changedValues(foldLayers([ho]), foldLayers([ho, draft]));
    expect(changes.map((c) => [c.path, c.before?.value ?? null, c.before?.setBy.unitCode ?? null, c.after?.value ?? null, c.after?.setBy.unitCode ?? null])).toEqual([
      [LARGE, 12, 'HO', 14, 'GD'],
      ['positions/WEALTH_MANAGER/headcount', null, null, 1, 'GD'],
      [REPLY, 3, 'HO', null, null],
    ]);
  });

  it('ignores a new layer that repeats the values in force: who set a value does not count on its own', () => {
    const nextEdition = { ...layer('HO', { [LARGE]: 12, [GENERAL]: 4, [REPLY]: 3 }, undefined, LayerKind.EDITION), source: { ...source('HO', LayerKind.EDITION), layerId: 'next' } };
    expect(changedValues(foldLayers([ho]), foldLayers([nextEdition]))).toEqual([]);
  });

  it('counts a changed policy as a change even when the value stays', () => {
    const before = foldLayers([ho]);
    const lockedLayer: Layer = { source: source('HO', LayerKind.EDITION), values: new Map([[REPLY, { kind: 'INTEGER', value: 3, policy: Policy.LOCKED }]]) };
    expect(changedValues(before, foldLayers([ho, lockedLayer])).map((c) => [c.path, c.before?.policy, c.after?.policy])).toEqual([[REPLY, 'RAISE_ONLY', 'LOCKED']]);
  });
});

describe('appliesToCategory', () => {
  it('keeps values outside the categories and those of the outlet’s own category, segment-wise', () => {
    expect(appliesToCategory(REPLY, 'GENERAL')).toBe(true);
    expect(appliesToCategory(GENERAL, 'GENERAL')).toBe(true);
    expect(appliesToCategory(LARGE, 'GENERAL')).toBe(false);
    expect(appliesToCategory('outletCategories/GENERAL_PLUS/marketingStaffMin', 'GENERAL')).toBe(false);
    expect(appliesToCategory(GENERAL, null)).toBe(false);
  });
});

describe('impactOf', () => {
  const groups: OutletGroup[] = [
    { tierOneId: 'GD', tierTwoId: 'GD-FS', category: 'LARGE_FULL_FUNCTION', outlets: 3 },
    { tierOneId: 'GD', tierTwoId: 'GD-FS', category: 'GENERAL', outlets: 5 },
    { tierOneId: 'GD', tierTwoId: 'GD-GZTH', category: 'LARGE_FULL_FUNCTION', outlets: 2 },
    { tierOneId: 'JS', tierTwoId: 'JS-SZ', category: 'LARGE_FULL_FUNCTION', outlets: 7 },
  ];
  const ho = layer('HO', { [LARGE]: 12, [GENERAL]: 4, [REPLY]: 3 }, undefined, LayerKind.EDITION);

  it('keeps only the groups whose category sees a change, and counts their outlets and the branches above them', () => {
    // Guangdong raises the large outlets' minimum; Jiangsu's chain is untouched.
    const gd = layer('GD', { [LARGE]: 14 });
    const folds = new Map([
      ['GD-FS', changedValues(foldLayers([ho]), foldLayers([ho, gd]))],
      ['GD-GZTH', changedValues(foldLayers([ho]), foldLayers([ho, gd]))],
      ['JS-SZ', []],
    ]);
    const impact = impactOf(groups, (t2) => folds.get(t2)!);
    expect(impact.groups.map((g) => [g.tierTwoId, g.category, g.outlets, g.changes.map((c) => c.path)])).toEqual([
      ['GD-FS', 'LARGE_FULL_FUNCTION', 3, [LARGE]],
      ['GD-GZTH', 'LARGE_FULL_FUNCTION', 2, [LARGE]],
    ]);
    expect(impact.outletsAffected).toBe(5);
    expect(impact.unitsAffected).toBe(5 + 3); // the outlets, GD, GD-FS and GD-GZTH
  });

  it('reaches every category under a chain for a value outside the categories', () => {
    const impact = impactOf(groups, (t2) => (t2 === 'GD-FS' ? changedValues(foldLayers([ho]), foldLayers([ho, layer('GD-FS', { [REPLY]: 2 })])) : []));
    expect(impact.groups.map((g) => [g.category, g.outlets])).toEqual([
      ['GENERAL', 5],
      ['LARGE_FULL_FUNCTION', 3],
    ]);
    expect(impact.outletsAffected).toBe(8);
  });

  it('affects nothing when no chain changes', () => {
    expect(impactOf(groups, () => [])).toEqual({ groups: [], outletsAffected: 0, unitsAffected: 0 });
  });
});
