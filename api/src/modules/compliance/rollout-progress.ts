import type { EntityManager } from '@mikro-orm/postgresql';
import { effectivePhases, PHASE_ORDER, type PhaseDates } from '../rollout/rollout.dates.js';
import type { Rollup, RollupCounts } from './rollup.js';

/**
 * The roll-up by rollout phase and wave (issue 11, "by rollout phase and
 * wave"), for one rollout: head office's latest launched unless named.
 *
 * - Waves: outlets by the wave their tier-two branch's approved scheme put
 *   them in (rollout_outlet_wave), with a "no wave yet" bucket (wave null);
 *   per wave, how many meet the standard and how many are late (the wave has
 *   ended and the outlet does not meet it). These come from the roll-up's own
 *   tally rows, so they cost no statement of their own.
 * - Phases: outlets by the phase in force today at their branch: head
 *   office's dates narrowed by the tier-one branch's approved localization
 *   (the tier-two schemes date waves, not phases), as the timeline shows
 *   them. NOT_STARTED before the first phase; otherwise the last phase that
 *   has started. Per phase, `late`: outlets not yet compliant at branches
 *   where that phase has already ended.
 *
 * Two statements whatever the subtree: the rollout, and the approved
 * localizations of the tier-one branches concerned.
 */

export const NOT_STARTED = 'NOT_STARTED';

export interface WaveCount {
  /** null: outlets no approved scheme has placed in a wave yet. */
  wave: number | null;
  outlets: number;
  compliant: number;
  late: number;
}

export interface PhaseCount {
  /** A RolloutPhase, or NOT_STARTED. */
  phase: string;
  outlets: number;
  late: number;
}

export interface ProgressCounts {
  byWave: WaveCount[];
  byPhase: PhaseCount[];
}

export interface RolloutProgress extends ProgressCounts {
  rollout: { id: string; code: string; titleZh: string; titleEn: string; phases: PhaseDates[] };
  children: (ProgressCounts & { unitId: string })[];
}

interface RolloutRow {
  id: string;
  code: string;
  title_zh: string;
  title_en: string;
  phases: PhaseDates[];
}

/** The rollout named, or the one launched last; null when there is none (or no such code). */
async function rolloutNamed(em: EntityManager, code: string | null): Promise<RolloutRow | null> {
  const rows: RolloutRow[] = await em.execute(
    `select id, code, title_zh, title_en, phases from rollout ${code ? 'where code = ?' : 'order by created_at desc, code desc limit 1'}`,
    code ? [code] : [],
  );
  return rows[0] ?? null;
}

function waveCounts(counts: RollupCounts, rolloutId: string, today: string): WaveCount[] {
  const byNumber = new Map<number, WaveCount>();
  let placed = 0;
  for (const w of counts.waves) {
    const [rollout, number, end, compliant] = w.key.split('/');
    if (rollout !== rolloutId) continue;
    const n = Number(number);
    let entry = byNumber.get(n);
    if (!entry) byNumber.set(n, (entry = { wave: n, outlets: 0, compliant: 0, late: 0 }));
    entry.outlets += w.outlets;
    placed += w.outlets;
    if (compliant === 'true') entry.compliant += w.outlets;
    else if (end < today) entry.late += w.outlets;
  }
  const unplaced = counts.outlets - placed;
  const compliantAll = counts.byCompliance.find((c) => c.compliance === 'COMPLIANT')?.outlets ?? 0;
  const compliantPlaced = [...byNumber.values()].reduce((s, w) => s + w.compliant, 0);
  return [
    ...[...byNumber.values()].sort((a, b) => a.wave! - b.wave!),
    { wave: null, outlets: unplaced, compliant: compliantAll - compliantPlaced, late: 0 },
  ];
}

/** The outlets of `counts` all under one tier-one branch, whose phases in force are `phases`. */
function phaseCounts(counts: RollupCounts, phases: { phase: string; start: string; end: string }[], today: string): PhaseCount[] {
  const result: PhaseCount[] = [{ phase: NOT_STARTED, outlets: 0, late: 0 }, ...PHASE_ORDER.map((phase) => ({ phase: phase as string, outlets: 0, late: 0 }))];
  const started = phases.filter((p) => p.start <= today);
  const current = started.length ? started[started.length - 1].phase : NOT_STARTED;
  result.find((r) => r.phase === current)!.outlets += counts.outlets;
  const notCompliant = counts.outlets - (counts.byCompliance.find((c) => c.compliance === 'COMPLIANT')?.outlets ?? 0);
  for (const p of phases) if (p.end < today) result.find((r) => r.phase === p.phase)!.late += notCompliant;
  return result;
}

function addPhases(into: PhaseCount[], from: PhaseCount[]) {
  for (const f of from) {
    const t = into.find((x) => x.phase === f.phase)!;
    t.outlets += f.outlets;
    t.late += f.late;
  }
}

/**
 * Phase and wave progress over the roll-up `rollup` of the unit at
 * `unitPath`. Its children's outlets each sit under one tier-one branch (the
 * child itself under head office, the unit's own tier-one below it).
 */
export async function rolloutProgress(em: EntityManager, rollup: Rollup, unitPath: string, rolloutCode: string | null, today: string): Promise<RolloutProgress | null> {
  const rollout = await rolloutNamed(em, rolloutCode);
  if (!rollout) return null;
  const ids = unitPath.split('/').filter(Boolean);
  // Under head office each child is a tier-one branch; below, every outlet shares the unit's tier-one (ids[1]).
  const tierOneOf = (childId: string) => (ids.length >= 2 ? ids[1] : childId);
  const tierOnes = [...new Set(ids.length >= 2 ? [ids[1]] : rollup.children.map((c) => c.unitId))];
  const localized: { unit_id: string; phases: PhaseDates[] }[] = tierOnes.length
    ? await em.execute(
        `select p.unit_id, p.phases from rollout_plan p join org_unit u on u.id = p.unit_id
          where p.rollout_id = ? and p.status = 'APPROVED' and u.level = 'TIER_ONE_BRANCH' and p.unit_id = any(?::uuid[])`,
        [rollout.id, `{${tierOnes.join(',')}}`],
      )
    : [];
  const narrowed = new Map(localized.map((l) => [l.unit_id, l.phases]));
  const phasesAt = (tierOne: string | null) => {
    const own = tierOne ? narrowed.get(tierOne) : undefined;
    return effectivePhases({ code: '', phases: rollout.phases }, own?.length ? [{ code: '', phases: own }] : [], today);
  };

  const children = rollup.children.map((c) => ({ unitId: c.unitId, byWave: waveCounts(c, rollout.id, today), byPhase: phaseCounts(c, phasesAt(tierOneOf(c.unitId)), today) }));
  const byPhase = phaseCounts({ ...rollup, outlets: 0, byCompliance: [] }, [], today);
  for (const c of children) addPhases(byPhase, c.byPhase);
  // The unit's own outlets (not under any child): under head office they follow head office's dates.
  const childOutlets = rollup.children.reduce((s, c) => s + c.outlets, 0);
  if (rollup.outlets > childOutlets) {
    const ownCompliant = (rollup.byCompliance.find((c) => c.compliance === 'COMPLIANT')?.outlets ?? 0) -
      rollup.children.reduce((s, c) => s + (c.byCompliance.find((x) => x.compliance === 'COMPLIANT')?.outlets ?? 0), 0);
    const own = { ...rollup, outlets: rollup.outlets - childOutlets, byCompliance: [{ compliance: 'COMPLIANT' as const, outlets: ownCompliant }] };
    addPhases(byPhase, phaseCounts(own, phasesAt(ids.length >= 2 ? ids[1] : null), today));
  }
  return {
    rollout: { id: rollout.id, code: rollout.code, titleZh: rollout.title_zh, titleEn: rollout.title_en, phases: rollout.phases },
    byWave: waveCounts(rollup, rollout.id, today),
    byPhase,
    children,
  };
}
