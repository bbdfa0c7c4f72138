import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LayerKind, foldLayers, type Layer, type LayerValue } from '../standard/effective.js';
import { Policy } from '../standard/standard.types.js';
import { GapKind, STAFFING_GAP_KINDS, gapsOf, summarizeGaps, type CoreRule, type OutletFacts } from './gaps.js';

/** Layers built by hand, as effective.test.ts does: the engine needs no database. */

const source = (unitCode: string, layerKind: LayerKind, layerCode: string, revision: number) => ({
  unitId: `id-${unitCode}`,
  unitCode,
  layerKind,
  layerId: `id-${layerCode}`,
  layerCode,
  revision,
});
const HO = source('HO', LayerKind.EDITION, 'HO-2026-01', 7);
const FS = source('GD-FS', LayerKind.LOCAL_VERSION, 'GD-FS-2026-01', 2);

const C = 'LARGE_FULL_FUNCTION';
const P = `outletCategories/${C}`;
const int = (value: number): LayerValue => ({ kind: 'INTEGER', value, policy: Policy.RAISE_ONLY });
const range = (min: number, max: number | null): LayerValue => ({ kind: 'RANGE', value: { min, max }, policy: Policy.RAISE_ONLY });
const req = (value: 'REQUIRED' | 'OPTIONAL'): LayerValue => ({ kind: 'REQUIREMENT', value, policy: Policy.RAISE_ONLY });
const layer = (s: Layer['source'], values: Record<string, LayerValue>, removed?: string[]): Layer => ({ source: s, values: new Map(Object.entries(values)), removed });

/** Head office's figures for a large outlet (a trimmed copy of the seeded standard). */
const headOffice = layer(HO, {
  [`${P}/marketingStaffMin`]: int(12),
  [`${P}/salesServiceStaffMin`]: int(8),
  [`${P}/lobbyStaffTotal`]: range(4, 6),
  [`${P}/staffing/OUTLET_HEAD`]: range(1, 1),
  [`${P}/staffing/DEPUTY_HEAD`]: range(1, 2),
  [`${P}/staffing/LOBBY_MANAGER`]: range(2, 3),
  [`${P}/staffing/LOBBY_GUIDE`]: range(0, null),
  [`${P}/devices/ATM`]: int(1),
  [`${P}/devices/CASH_RECYCLER`]: int(2),
  [`${P}/zones/VIP`]: req('REQUIRED'),
  [`${P}/zones/WAITING`]: req('REQUIRED'),
  [`${P}/zones/CONSULTATION`]: req('OPTIONAL'),
  // Another category's figures must not count against this outlet.
  ['outletCategories/GENERAL/marketingStaffMin']: int(99),
  ['outletCategories/GENERAL/zones/SAFE']: req('REQUIRED'),
});

const CORE: CoreRule[] = [{ code: 'COMPLAINT_HANDLING', setBy: HO }];

/** An outlet that meets head office's standard exactly. */
const compliant: OutletFacts = {
  floorArea: 800,
  staffing: [
    { position: 'OUTLET_HEAD', current: 1, target: 1 },
    { position: 'DEPUTY_HEAD', current: 2, target: 2 },
    { position: 'LOBBY_MANAGER', current: 2, target: 2 },
    { position: 'LOBBY_GUIDE', current: 2, target: 2 },
    { position: 'RELATIONSHIP_MANAGER', current: 5, target: 6 },
  ],
  zones: [
    { zone: 'VIP', status: 'PRESENT' },
    { zone: 'WAITING', status: 'PRESENT' },
  ],
  devices: [
    { deviceType: 'ATM', count: 1 },
    { deviceType: 'CASH_RECYCLER', count: 2 },
  ],
  acknowledgedRules: ['COMPLAINT_HANDLING'],
};

const ho = foldLayers([headOffice]);
const withStaff = (f: OutletFacts, position: string, current: number): OutletFacts => ({
  ...f,
  staffing: [...f.staffing.filter((s) => s.position !== position), { position, current, target: current }],
});

describe('gapsOf', () => {
  it('finds no gap for an outlet that meets every requirement, and the summary says compliant', () => {
    expect(gapsOf(compliant, ho, C, CORE)).toEqual([]);
    expect(summarizeGaps([])).toEqual({ compliant: true, byKind: {} });
  });

  it('counts every position against the marketing-staff minimum, and all but head and deputies against the sales-service one', () => {
    const short = withStaff(compliant, 'RELATIONSHIP_MANAGER', 3); // 10 in all, 7 besides head and deputies
    expect(gapsOf(short, ho, C, CORE)).toEqual([
      { kind: GapKind.STAFF_BELOW_MINIMUM, path: `${P}/marketingStaffMin`, expected: { min: 12, max: null }, actual: { count: 10 }, setBy: HO },
      { kind: GapKind.STAFF_BELOW_MINIMUM, path: `${P}/salesServiceStaffMin`, expected: { min: 8, max: null }, actual: { count: 7 }, setBy: HO },
    ]);
  });

  it('flags lobby staff below and above the range, managers and guides together', () => {
    const few = withStaff(withStaff(compliant, 'LOBBY_GUIDE', 1), 'RELATIONSHIP_MANAGER', 6);
    expect(gapsOf(few, ho, C, CORE)).toEqual([
      { kind: GapKind.LOBBY_STAFF_OUT_OF_RANGE, path: `${P}/lobbyStaffTotal`, expected: { min: 4, max: 6 }, actual: { count: 3 }, setBy: HO },
    ]);
    const many = withStaff(compliant, 'LOBBY_GUIDE', 5);
    expect(gapsOf(many, ho, C, CORE).map((g) => [g.kind, g.actual])).toEqual([[GapKind.LOBBY_STAFF_OUT_OF_RANGE, { count: 7 }]]);
  });

  it('flags a position below its range, above its range, and absent from the facts, and not one with no upper limit', () => {
    const f = withStaff(withStaff(withStaff(compliant, 'OUTLET_HEAD', 2), 'LOBBY_GUIDE', 3), 'RELATIONSHIP_MANAGER', 6);
    const noDeputy: OutletFacts = { ...f, staffing: f.staffing.filter((s) => s.position !== 'DEPUTY_HEAD') };
    const gaps = gapsOf(noDeputy, ho, C, CORE).filter((g) => g.kind === GapKind.POSITION_OUT_OF_RANGE);
    expect(gaps).toEqual([
      { kind: GapKind.POSITION_OUT_OF_RANGE, path: `${P}/staffing/DEPUTY_HEAD`, expected: { min: 1, max: 2 }, actual: { count: 0 }, setBy: HO },
      { kind: GapKind.POSITION_OUT_OF_RANGE, path: `${P}/staffing/OUTLET_HEAD`, expected: { min: 1, max: 1 }, actual: { count: 2 }, setBy: HO },
    ]);
  });

  it('reads a range stored without its maximum as having no upper limit', () => {
    const open = foldLayers([headOffice, layer(FS, { [`${P}/staffing/LOBBY_GUIDE`]: { kind: 'RANGE', value: { min: 1 }, policy: Policy.RAISE_ONLY } })]);
    expect(gapsOf(compliant, open, C, CORE)).toEqual([]);
    const none = withStaff(withStaff(withStaff(compliant, 'LOBBY_GUIDE', 0), 'LOBBY_MANAGER', 3), 'RELATIONSHIP_MANAGER', 6);
    expect(gapsOf(none, open, C, CORE)).toEqual([
      { kind: GapKind.LOBBY_STAFF_OUT_OF_RANGE, path: `${P}/lobbyStaffTotal`, expected: { min: 4, max: 6 }, actual: { count: 3 }, setBy: HO },
      { kind: GapKind.POSITION_OUT_OF_RANGE, path: `${P}/staffing/LOBBY_GUIDE`, expected: { min: 1, max: null }, actual: { count: 0 }, setBy: FS },
    ]);
  });

  it('flags a required zone that is absent or only planned, and never an optional one', () => {
    const f: OutletFacts = { ...compliant, zones: [{ zone: 'WAITING', status: 'PLANNED' }] };
    expect(gapsOf(f, ho, C, CORE)).toEqual([
      { kind: GapKind.ZONE_MISSING, path: `${P}/zones/VIP`, expected: { requirement: 'REQUIRED' }, actual: { zone: 'ABSENT' }, setBy: HO },
      { kind: GapKind.ZONE_MISSING, path: `${P}/zones/WAITING`, expected: { requirement: 'REQUIRED' }, actual: { zone: 'PLANNED' }, setBy: HO },
    ]);
  });

  it('flags too few devices of a type, counting a type listed twice once in total', () => {
    const f: OutletFacts = { ...compliant, devices: [{ deviceType: 'CASH_RECYCLER', count: 1 }, { deviceType: 'CASH_RECYCLER', count: 1 }] };
    expect(gapsOf(f, ho, C, CORE)).toEqual([
      { kind: GapKind.DEVICES_TOO_FEW, path: `${P}/devices/ATM`, expected: { min: 1, max: null }, actual: { count: 0 }, setBy: HO },
    ]);
  });

  it('flags a core rule the outlet head has not acknowledged, under the rule\'s own path', () => {
    expect(gapsOf({ ...compliant, acknowledgedRules: [] }, ho, C, CORE)).toEqual([
      { kind: GapKind.CORE_RULE_NOT_ACKNOWLEDGED, path: 'serviceRules/COMPLAINT_HANDLING', expected: { acknowledged: true }, actual: { acknowledged: false }, setBy: HO },
    ]);
  });

  it("measures against a branch's local version and names the branch as the unit that set the requirement", () => {
    const local = layer(FS, { [`${P}/devices/ATM`]: int(3), [`${P}/zones/CONSULTATION`]: req('REQUIRED'), [`${P}/lobbyStaffTotal`]: range(5, 7) });
    const folded = foldLayers([headOffice, local]);
    const gaps = gapsOf(compliant, folded, C, CORE);
    expect(gaps.map((g) => [g.kind, g.path, g.expected, g.actual, g.setBy.unitCode, g.setBy.layerKind, g.setBy.revision])).toEqual([
      [GapKind.DEVICES_TOO_FEW, `${P}/devices/ATM`, { min: 3, max: null }, { count: 1 }, 'GD-FS', LayerKind.LOCAL_VERSION, 2],
      [GapKind.LOBBY_STAFF_OUT_OF_RANGE, `${P}/lobbyStaffTotal`, { min: 5, max: 7 }, { count: 4 }, 'GD-FS', LayerKind.LOCAL_VERSION, 2],
      [GapKind.ZONE_MISSING, `${P}/zones/CONSULTATION`, { requirement: 'REQUIRED' }, { zone: 'ABSENT' }, 'GD-FS', LayerKind.LOCAL_VERSION, 2],
    ]);
  });

  it('drops a requirement a local version marks not applicable', () => {
    const local = layer(FS, {}, [`${P}/devices/ATM`]);
    expect(gapsOf({ ...compliant, devices: [{ deviceType: 'CASH_RECYCLER', count: 2 }] }, foldLayers([headOffice, local]), C, CORE)).toEqual([]);
  });

  it('summarizes gaps by kind', () => {
    const gaps = gapsOf({ ...compliant, zones: [], acknowledgedRules: [] }, ho, C, CORE);
    expect(summarizeGaps(gaps)).toEqual({ compliant: false, byKind: { ZONE_MISSING: 2, CORE_RULE_NOT_ACKNOWLEDGED: 1 } });
  });
});

describe('gapsOf properties', () => {
  const positions = ['OUTLET_HEAD', 'DEPUTY_HEAD', 'LOBBY_MANAGER', 'LOBBY_GUIDE', 'RELATIONSHIP_MANAGER'];
  const facts = fc.record({
    staffing: fc.tuple(...positions.map(() => fc.nat(8))).map((counts) => counts.map((current, i) => ({ position: positions[i], current, target: current }))),
    zones: fc.subarray(['VIP', 'WAITING', 'CONSULTATION']).map((zs) => zs.map((zone) => ({ zone, status: 'PRESENT' as const }))),
    devices: fc.tuple(fc.nat(3), fc.nat(3)).map(([a, c]) => [{ deviceType: 'ATM', count: a }, { deviceType: 'CASH_RECYCLER', count: c }]),
    acknowledgedRules: fc.subarray(['COMPLAINT_HANDLING']),
  });

  it('raising the headcount of a position with no range of its own never adds a gap', () => {
    // RELATIONSHIP_MANAGER has no range of its own, so more of them can only close minimum gaps.
    fc.assert(
      fc.property(facts, fc.integer({ min: 1, max: 5 }), (f, more) => {
        const before = gapsOf(f, ho, C, CORE);
        const rm = f.staffing.find((s) => s.position === 'RELATIONSHIP_MANAGER')!.current;
        const after = gapsOf(withStaff(f, 'RELATIONSHIP_MANAGER', rm + more), ho, C, CORE);
        const paths = new Set(before.map((g) => g.path));
        expect(after.filter((g) => !paths.has(g.path))).toEqual([]);
      }),
    );
  });

  it('the non-staffing gaps do not depend on the headcount, and the staffing ones do not depend on zones, devices or acknowledgements', () => {
    fc.assert(
      fc.property(facts, facts, (a, b) => {
        const mixed: OutletFacts = { ...a, staffing: b.staffing };
        const staffing = (f: OutletFacts) => gapsOf(f, ho, C, CORE).filter((g) => STAFFING_GAP_KINDS.includes(g.kind));
        const other = (f: OutletFacts) => gapsOf(f, ho, C, CORE).filter((g) => !STAFFING_GAP_KINDS.includes(g.kind));
        expect(other(mixed)).toEqual(other(a));
        expect(staffing(mixed)).toEqual(staffing(b));
      }),
    );
  });

  it('adding a device or a present zone never adds a gap', () => {
    fc.assert(
      fc.property(facts, fc.constantFrom('ATM', 'CASH_RECYCLER'), fc.constantFrom('VIP', 'WAITING', 'CONSULTATION'), (f, device, zone) => {
        const before = gapsOf(f, ho, C, CORE);
        const more: OutletFacts = { ...f, devices: [...f.devices, { deviceType: device, count: 1 }], zones: [...f.zones, { zone, status: 'PRESENT' }] };
        const after = gapsOf(more, ho, C, CORE);
        expect(after.length).toBeLessThanOrEqual(before.length);
        const paths = new Set(before.map((g) => g.path));
        expect(after.every((g) => paths.has(g.path))).toBe(true);
      }),
    );
  });

  it('an outlet is compliant exactly when it has no gap of any kind', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const gaps = gapsOf(f, ho, C, CORE);
        const s = summarizeGaps(gaps);
        expect(s.compliant).toBe(gaps.length === 0);
        expect(Object.values(s.byKind).reduce((n, k) => n + (k ?? 0), 0)).toBe(gaps.length);
      }),
    );
  });
});
