/**
 * The compliance dashboard's reads: a unit's roll-up with one entry per child
 * (one request), its outlets and overdue actions (paged), and the gaps of its
 * outlets' plans (from the plan list, which carries each plan's live gaps).
 * Exports read every page, 500 rows at a time (the API's cap).
 */
import { graphql } from '../../gql';
import type { ComplianceDashboardQuery, ComplianceOutletsQuery, ComplianceGapsQuery, OverdueActionsListQuery } from '../../gql/graphql';
import { gql } from '../../graphql';

const ROLLUP = graphql(`
  query ComplianceDashboard($code: String!) {
    complianceRollup(orgUnitCode: $code) {
      orgUnit { code level name { zh en } ancestors { code name { zh en } } }
      ...RollupCounts
      children { orgUnit { id code level name { zh en } } ...ChildRollupCounts }
      rollout {
        rolloutCode titleZh titleEn
        byWave { wave outlets compliant late }
        byPhase { phase outlets late }
        children { unitId byWave { wave outlets compliant late } byPhase { phase outlets late } }
      }
    }
  }
`);

graphql(`
  fragment RollupCounts on ComplianceRollupView {
    outlets overdueActions
    byPlanStatus { status outlets }
    byCompliance { compliance outlets }
    gapsByKind { kind outlets }
  }
`);

graphql(`
  fragment ChildRollupCounts on ChildRollupView {
    outlets overdueActions
    byPlanStatus { status outlets }
    byCompliance { compliance outlets }
    gapsByKind { kind outlets }
  }
`);

const OUTLETS = graphql(`
  query ComplianceOutlets($code: String!, $offset: Int!, $limit: Int!) {
    complianceOutlets(orgUnitCode: $code, offset: $offset, limit: $limit) {
      total
      items { code nameZh nameEn category planStatus compliance gapCount gapKinds overdueActions }
    }
  }
`);

const OVERDUE = graphql(`
  query OverdueActionsList($code: String!, $offset: Int!, $limit: Int!) {
    overdueActions(orgUnitCode: $code, offset: $offset, limit: $limit) {
      total
      items { outletCode outletNameZh outletNameEn actionId who what dueDate path }
    }
  }
`);

const GAPS = graphql(`
  query ComplianceGaps($code: String!, $first: Int!, $offset: Int) {
    outletPlans(orgUnitCode: $code, status: "APPROVED", first: $first, offset: $offset) {
      totalCount
      nodes {
        orgUnit { code name { zh en } }
        gaps { kind path expectedMin expectedMax expectedRequirement actualCount actualZone setBy { unitCode } }
      }
    }
  }
`);

export type Rollup = NonNullable<ComplianceDashboardQuery['complianceRollup']>;
export type ChildRollup = Rollup['children'][number];
export type RolloutProgress = NonNullable<Rollup['rollout']>;
export type WaveCount = RolloutProgress['byWave'][number];
export type PhaseCount = RolloutProgress['byPhase'][number];

/** The rollout phases in the bank's order, after "not started"; the API names each outlet's bucket with one of these. */
export const PHASES = ['NOT_STARTED', 'DESIGN', 'PILOT', 'IMPROVE', 'ACCEPTANCE', 'SUMMARY', 'PROMOTION'] as const;

/** The phase a child unit's outlets are in today (they share their tier-one branch's dates, so one bucket holds them all). */
export const currentPhase = (byPhase: PhaseCount[]): string | null => byPhase.find((p) => p.outlets > 0)?.phase ?? null;

/** Wave numbers present anywhere in the progress, in order, then null for "no wave yet". */
export function waveKeys(p: RolloutProgress): (number | null)[] {
  const numbers = [...new Set(p.byWave.filter((w) => w.wave != null && w.outlets > 0).map((w) => w.wave!))].sort((a, b) => a - b);
  return [...numbers, null];
}

export const wave = (list: WaveCount[], key: number | null) => list.find((w) => w.wave === key) ?? { wave: key, outlets: 0, compliant: 0, late: 0 };
export type OutletRow = NonNullable<ComplianceOutletsQuery['complianceOutlets']>['items'][number];
export type OverdueRow = NonNullable<OverdueActionsListQuery['overdueActions']>['items'][number];
type PlanNode = ComplianceGapsQuery['outletPlans']['nodes'][number];
export type GapRow = PlanNode['gaps'][number] & { outletCode: string; outletName: { zh: string; en: string } };

export const PAGE = 50;
const EXPORT_SLICE = 500;

export async function fetchRollup(code: string, signal?: AbortSignal): Promise<Rollup | null> {
  return (await gql(ROLLUP, { code }, { signal })).complianceRollup ?? null;
}

export async function fetchOutlets(code: string, offset: number, limit = PAGE, signal?: AbortSignal) {
  return (await gql(OUTLETS, { code, offset, limit }, { signal })).complianceOutlets ?? { total: 0, items: [] };
}

export async function fetchOverdue(code: string, offset: number, limit = PAGE, signal?: AbortSignal) {
  return (await gql(OVERDUE, { code, offset, limit }, { signal })).overdueActions ?? { total: 0, items: [] };
}

/** The gaps of the approved plans of a page of outlets, one row per gap. */
export async function fetchGaps(code: string, offset: number, first = PAGE, signal?: AbortSignal): Promise<{ total: number; items: GapRow[]; consumed: number }> {
  const page = (await gql(GAPS, { code, first, offset }, { signal })).outletPlans;
  return {
    total: page.totalCount,
    consumed: page.nodes.length,
    items: page.nodes.flatMap((n) => n.gaps.map((g) => ({ ...g, outletCode: n.orgUnit?.code ?? '', outletName: n.orgUnit?.name ?? { zh: '', en: '' } }))),
  };
}

/** Every row of a paged list, a slice at a time, for an export. */
export async function everyRow<T>(read: (offset: number, limit: number) => Promise<{ total: number; items: T[] }>, perSlice = EXPORT_SLICE): Promise<T[]> {
  const rows: T[] = [];
  for (let offset = 0; ; offset += perSlice) {
    const page = await read(offset, perSlice);
    rows.push(...page.items);
    if (offset + perSlice >= page.total) return rows;
  }
}

/** Compliant / with gaps / not assessed yet (a plan under way) / no plan: the four bars of one unit. */
export function complianceBars(r: Pick<ChildRollup, 'byCompliance' | 'byPlanStatus'>) {
  const c = (k: string) => r.byCompliance.find((x) => x.compliance === k)?.outlets ?? 0;
  const noPlan = r.byPlanStatus.find((x) => x.status === 'NONE')?.outlets ?? 0;
  return { compliant: c('COMPLIANT'), withGaps: c('WITH_GAPS'), notAssessed: c('NOT_ASSESSED') - noPlan, noPlan };
}

/** An expected or actual value in a short form for a list cell. */
export function expectedOf(g: GapRow): string {
  if (g.expectedRequirement) return g.expectedRequirement;
  if (g.expectedMin != null || g.expectedMax != null) return g.expectedMax != null ? `${g.expectedMin ?? 0}–${g.expectedMax}` : `≥ ${g.expectedMin}`;
  return '';
}
export function actualOf(g: GapRow): string {
  return g.actualZone ?? (g.actualCount != null ? String(g.actualCount) : '');
}
