/**
 * The benchmark's query set: for each, our GraphQL document and, where
 * PostGraphile can give the same raw data, its document, with a normaliser
 * per side so the two answers can be compared field by field (codes, names,
 * levels, counts and order).
 *
 * The effective-standard queries use only the generic `values` list and the
 * PolicedValue interface, so they survive changes to how the standard's
 * content is shaped.
 */
import { BENCH_ROLLOUT, codes } from './network.js';

/** A unit as both servers' answers are compared. */
export interface Unit {
  code: string;
  level?: string;
  name?: string;
  category?: string | null;
  childCount?: number;
  parent?: Unit | null;
  children?: Unit[];
}

type Data = Record<string, any>;

export interface BenchQuery {
  id: string;
  label: string;
  ours: string;
  /** PostGraphile's document, when it can answer the same question. */
  peer?: string;
  /** Both answers brought to one shape (ours, theirs). */
  normaliseOurs?: (data: Data) => unknown;
  normalisePeer?: (data: Data) => unknown;
  /** Throws unless our answer is the one expected at this network (non-empty, right codes). */
  check: (data: Data) => void;
}

const ourUnit = (u: Data): Unit => ({
  code: u.code,
  ...(u.level !== undefined && { level: u.level }),
  ...(u.name !== undefined && { name: u.name.zh }),
  ...(u.category !== undefined && { category: u.category }),
  ...(u.childCount !== undefined && { childCount: u.childCount }),
  ...(u.parent !== undefined && { parent: u.parent && ourUnit(u.parent) }),
  ...(u.children !== undefined && { children: u.children.map(ourUnit) }),
});

/** PostGraphile's names: nameZh, `kids`/`below` aliases of orgUnitsByParentId, `parent` alias of orgUnitByParentId. */
const peerUnit = (u: Data): Unit => ({
  code: u.code,
  ...(u.level !== undefined && { level: u.level }),
  ...(u.nameZh !== undefined && { name: u.nameZh }),
  ...(u.category !== undefined && { category: u.category }),
  ...(u.below !== undefined && { childCount: u.below.totalCount }),
  ...(u.parent !== undefined && { parent: u.parent && peerUnit(u.parent) }),
  ...(u.kids !== undefined && { children: u.kids.nodes.map(peerUnit) }),
});

function expect(condition: unknown, what: string): asserts condition {
  if (!condition) throw new Error(`wrong answer: ${what}`);
}

/** Sorted by code, as both servers are asked to order. */
const isSortedByCode = (units: { code: string }[]) => units.every((u, i) => i === 0 || units[i - 1].code < u.code);

export interface QueryTargets {
  /** A generated tier-one branch, e.g. B01. */
  tierOne: string;
  /** A generated outlet, e.g. B01-01-001. */
  outlet: string;
  /** Tier-two branches per tier-one and outlets per tier-two in the generated network. */
  tierTwoPerTierOne: number;
  outletsPerTierTwo: number;
}

export const defaultTargets = (shape: { tierTwoPerTierOne: number; outletsPerTierTwo: number }): QueryTargets => ({
  tierOne: codes.tierOne(1),
  outlet: codes.outlet(1, 1, 1),
  tierTwoPerTierOne: shape.tierTwoPerTierOne,
  outletsPerTierTwo: shape.outletsPerTierTwo,
});

/** The outlets under a tier-one branch, `first` of them, ordered by code, with the total. */
export function outletPage(t: QueryTargets, first: number): BenchQuery {
  return {
    id: `page${first}`,
    label: `page of ${first} outlets under a tier-one branch, with totalCount`,
    ours: `{ orgUnits(filter: { under: "${t.tierOne}", level: OUTLET }, first: ${first}) { totalCount nodes { code level name { zh } } } }`,
    peer: `{ benchPgOutletsUnder(unitCode: "${t.tierOne}", first: ${first}) { totalCount nodes { code level nameZh } } }`,
    normaliseOurs: (d) => ({ total: d.orgUnits.totalCount, units: d.orgUnits.nodes.map(ourUnit) }),
    normalisePeer: (d) => ({ total: d.benchPgOutletsUnder.totalCount, units: d.benchPgOutletsUnder.nodes.map(peerUnit) }),
    check: (d) => {
      const page = d.orgUnits;
      expect(page.totalCount === t.tierTwoPerTierOne * t.outletsPerTierTwo, `totalCount ${page.totalCount}`);
      expect(page.nodes.length === Math.min(first, page.totalCount), `${page.nodes.length} nodes`);
      expect(page.nodes[0].code === codes.outlet(1, 1, 1) && isSortedByCode(page.nodes), 'first outlet or order');
    },
  };
}

/** A branch with its children and grandchildren (for a tier-one: its tier-two branches and all their outlets). */
export function branchSubtree(branch: string, expectedUnits?: number): BenchQuery {
  const sub = (depth: number): string => (depth ? ` children { code level name { zh } category${sub(depth - 1)} }` : '');
  const peerSub = (depth: number): string => (depth ? ` kids: orgUnitsByParentId(orderBy: CODE_ASC) { nodes { code level nameZh category${peerSub(depth - 1)} } }` : '');
  return {
    id: `subtree:${branch}`,
    label: `a branch's subtree: ${branch}, its children and theirs`,
    ours: `{ orgUnit(code: "${branch}") { code${sub(2)} } }`,
    peer: `{ orgUnitByCode(code: "${branch}") { code${peerSub(2)} } }`,
    normaliseOurs: (d) => ourUnit(d.orgUnit),
    normalisePeer: (d) => peerUnit(d.orgUnitByCode),
    check: (d) => {
      const root = d.orgUnit;
      expect(root?.code === branch, `root ${root?.code}`);
      const units = 1 + root.children.length + root.children.reduce((n: number, c: Data) => n + c.children.length, 0);
      if (expectedUnits !== undefined) expect(units === expectedUnits, `${units} units, expected ${expectedUnits}`);
      expect(isSortedByCode(root.children), 'children in code order');
    },
  };
}

export function querySet(t: QueryTargets): BenchQuery[] {
  const tierTwo = t.outlet.split('-').slice(0, 2).join('-');
  return [
    {
      id: 'typename',
      label: 'fixed cost of an authenticated request: { __typename }',
      ours: '{ __typename }',
      peer: '{ __typename }',
      normaliseOurs: (d) => d,
      normalisePeer: (d) => d,
      check: (d) => expect(d.__typename === 'Query', '__typename'),
    },
    {
      id: 'tree',
      label: 'tree: head office → tier-one → tier-two, with child counts',
      ours: '{ orgUnit(code: "HO") { code level name { zh } children { code level name { zh } childCount children { code level name { zh } childCount } } } }',
      peer:
        '{ orgUnitByCode(code: "HO") { code level nameZh kids: orgUnitsByParentId(orderBy: CODE_ASC) { nodes { code level nameZh below: orgUnitsByParentId { totalCount } ' +
        'kids: orgUnitsByParentId(orderBy: CODE_ASC) { nodes { code level nameZh below: orgUnitsByParentId { totalCount } } } } } } }',
      normaliseOurs: (d) => ourUnit(d.orgUnit),
      normalisePeer: (d) => peerUnit(d.orgUnitByCode),
      check: (d) => {
        const generated = d.orgUnit.children.filter((c: Data) => /^B\d\d$/.test(c.code));
        expect(generated.length > 0 && generated[0].code === t.tierOne, 'the generated tier-one branches');
        expect(generated[0].children.length === t.tierTwoPerTierOne, 'tier-two branches of the first');
        expect(generated[0].children[0].childCount === t.outletsPerTierTwo, 'outlets counted under a tier-two');
      },
    },
    outletPage(t, 50),
    {
      id: 'outlet-chain',
      label: 'one outlet by code with its parent chain up to head office',
      ours: `{ orgUnit(code: "${t.outlet}") { code level name { zh } parent { code level name { zh } parent { code level name { zh } parent { code level name { zh } } } } } }`,
      peer:
        `{ orgUnitByCode(code: "${t.outlet}") { code level nameZh parent: orgUnitByParentId { code level nameZh ` +
        'parent: orgUnitByParentId { code level nameZh parent: orgUnitByParentId { code level nameZh } } } } }',
      normaliseOurs: (d) => ourUnit(d.orgUnit),
      normalisePeer: (d) => peerUnit(d.orgUnitByCode),
      check: (d) => expect(d.orgUnit.code === t.outlet && d.orgUnit.parent.parent.parent.code === 'HO', 'chain up to HO'),
    },
    branchSubtree(t.tierOne, 1 + t.tierTwoPerTierOne * (1 + t.outletsPerTierTwo)),
    {
      id: 'deep',
      label: "deep hierarchy: an outlet, its tier-two's outlets, each with its chain up to head office",
      ours: `{ orgUnit(code: "${t.outlet}") { code parent { code children { code parent { code parent { code parent { code } } } } } } }`,
      peer:
        `{ orgUnitByCode(code: "${t.outlet}") { code parent: orgUnitByParentId { code kids: orgUnitsByParentId(orderBy: CODE_ASC) { nodes { code ` +
        'parent: orgUnitByParentId { code parent: orgUnitByParentId { code parent: orgUnitByParentId { code } } } } } } } }',
      normaliseOurs: (d) => ourUnit(d.orgUnit),
      normalisePeer: (d) => peerUnit(d.orgUnitByCode),
      check: (d) => {
        const siblings = d.orgUnit.parent.children;
        expect(d.orgUnit.parent.code === tierTwo && siblings.length === t.outletsPerTierTwo, 'siblings of the outlet');
        expect(siblings.every((s: Data) => s.parent.parent.parent.code === 'HO'), 'every chain ends at HO');
      },
    },
    {
      id: 'effective',
      label: "an outlet's full effective standard (every policed value; three layers: head office, its tier-one and tier-two branches' local versions)",
      ours:
        `{ effectiveStandard(orgUnitCode: "${t.outlet}") { orgUnit { code } values { __typename path policy setBy { unitCode layerCode revision } ` +
        '... on IntValue { value } } } }',
      check: (d) => {
        expect(d.effectiveStandard?.orgUnit.code === t.outlet, 'the outlet');
        expect(d.effectiveStandard.values.length > 0, 'values');
        expect(d.effectiveStandard.values.some((v: Data) => typeof v.value === 'number'), 'some integer values');
        // The generated network gives every branch an approved local version: the outlet folds three layers.
        const setters = new Set(d.effectiveStandard.values.map((v: Data) => v.setBy.unitCode));
        expect(['HO', t.tierOne, t.outlet.slice(0, t.outlet.lastIndexOf('-'))].every((c) => setters.has(c)), 'values set by HO, the tier-one and the tier-two branch');
      },
    },
    outletsWithStaffing(t, 100),
    {
      id: 'rollup',
      label: "head office's compliance roll-up over every outlet, with the per-branch drill-down and the rollout by phase and wave",
      ours:
        '{ complianceRollup(orgUnitCode: "HO") { outlets overdueActions byPlanStatus { status outlets } byCompliance { compliance outlets } ' +
        'gapsByKind { kind outlets } byCategory { category outlets } children { orgUnit { code } outlets } ' +
        'rollout { rolloutCode byWave { wave outlets compliant late } byPhase { phase outlets late } children { unitId byWave { wave outlets } } } } }',
      check: (d) => {
        const r = d.complianceRollup;
        expect(r && r.outlets >= t.tierTwoPerTierOne * t.outletsPerTierTwo, 'at least a tier-one branch of outlets');
        expect(r.byPlanStatus.reduce((n: number, s: Data) => n + s.outlets, 0) === r.outlets, 'statuses add up');
        expect(r.children.some((c: Data) => c.orgUnit?.code === t.tierOne), 'the drill-down names the tier-one branches');
        // The generated rollout, launched last: its waves and phases account for every outlet.
        expect(r.rollout?.rolloutCode === BENCH_ROLLOUT, `the rollout ${r.rollout?.rolloutCode}`);
        expect(r.rollout.byWave.reduce((n: number, w: Data) => n + w.outlets, 0) === r.outlets, 'waves add up');
        expect(r.rollout.byWave.some((w: Data) => w.wave === 1 && w.outlets > 0), 'outlets in wave 1');
        expect(r.rollout.byPhase.reduce((n: number, p: Data) => n + p.outlets, 0) === r.outlets, 'phases add up');
      },
    },
  ];
}

/**
 * A page of outlets with their categories, and the staffing minimums in force
 * for those categories at their tier-one branch (the effective values under
 * outletCategories/, generic so that they survive changes to the standard's shape).
 */
export function outletsWithStaffing(t: QueryTargets, first: number): BenchQuery {
  return {
    id: `category-page${first}`,
    label: `page of ${first} outlets with category and effective staffing minimums`,
    ours:
      `{ orgUnits(filter: { under: "${t.tierOne}", level: OUTLET }, first: ${first}) { totalCount nodes { code category } } ` +
      `effectiveStandard(orgUnitCode: "${t.tierOne}") { values(under: "outletCategories") { path policy ... on IntValue { value } } } }`,
    check: (d) => {
      expect(d.orgUnits.nodes.length === Math.min(first, t.tierTwoPerTierOne * t.outletsPerTierTwo), 'page size');
      expect(d.orgUnits.nodes.every((n: Data) => n.category), 'every outlet has a category');
      const minimums = d.effectiveStandard.values.filter((v: Data) => typeof v.value === 'number');
      expect(minimums.length > 0, 'integer minimums under outletCategories');
      const categories = new Set(d.orgUnits.nodes.map((n: Data) => n.category));
      expect([...categories].every((c) => minimums.some((v: Data) => v.path.startsWith(`outletCategories/${c}/`))), 'minimums for each category on the page');
    },
  };
}
