import { Violations } from '../../shared/errors.js';

/**
 * The date rules of a rollout (推广), pure so every level's check is the same
 * function: head office's phases, a tier-one branch's localization (分行推广方案)
 * nested inside them, and a tier-two branch's implementation scheme (实施方案)
 * nested inside its tier-one's waves. Dates are ISO days (yyyy-mm-dd), compared
 * as strings, which orders them correctly.
 */

/** The bank's rollout phases, in the order the bank runs them (facts.yaml `rollout_phases`). */
export enum RolloutPhase {
  DESIGN = 'DESIGN',
  PILOT = 'PILOT',
  IMPROVE = 'IMPROVE',
  ACCEPTANCE = 'ACCEPTANCE',
  SUMMARY = 'SUMMARY',
  PROMOTION = 'PROMOTION',
}
export const PHASE_ORDER: readonly RolloutPhase[] = Object.values(RolloutPhase);

export interface DateRange {
  start: string;
  end: string;
}
export interface PhaseDates extends DateRange {
  phase: RolloutPhase;
}
export interface WaveDates extends DateRange {
  /** 1-based, in the order the waves run. */
  number: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function isDay(s: string): boolean {
  return DAY.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
}

/** Checks one range's own shape; true when both days are usable for further checks. */
function checkRange(v: Violations, r: DateRange, field: string): boolean {
  let ok = true;
  for (const key of ['start', 'end'] as const) {
    if (!isDay(r[key])) {
      v.add(`${field}.${key}`, 'format', `must be a date as yyyy-mm-dd, not "${r[key]}"`);
      ok = false;
    }
  }
  if (ok && r.start > r.end) {
    v.add(`${field}.end`, 'dates-ordered', `ends ${r.end}, before it starts ${r.start}`);
    ok = false;
  }
  return ok;
}

/** Whether `inner` lies inside `outer`, ends included. */
export const within = (inner: DateRange, outer: DateRange) => inner.start >= outer.start && inner.end <= outer.end;

/**
 * Head office's phases: each phase once, in the bank's order, each range
 * ordered, and no phase starting before the previous one ends (a phase may
 * start the day after, or later, but never overlap).
 */
export function checkPhases(v: Violations, phases: readonly PhaseDates[], field = 'phases'): void {
  if (!phases.length) v.add(field, 'required', 'a rollout needs at least one phase');
  const seen = new Set<RolloutPhase>();
  // The order is checked against the phase listed before, the overlap against the last phase with usable dates.
  let listed: RolloutPhase | null = null;
  let previous: PhaseDates | null = null;
  phases.forEach((p, i) => {
    const at = `${field}[${i}]`;
    if (!PHASE_ORDER.includes(p.phase)) {
      v.add(`${at}.phase`, 'one-of', `must be one of ${PHASE_ORDER.join(', ')}`);
      return;
    }
    if (seen.has(p.phase)) v.add(`${at}.phase`, 'unique', `${p.phase} is listed twice`);
    seen.add(p.phase);
    if (listed && PHASE_ORDER.indexOf(p.phase) < PHASE_ORDER.indexOf(listed)) {
      v.add(`${at}.phase`, 'phases-in-order', `${p.phase} comes before ${listed} in the bank's order (${PHASE_ORDER.join(' → ')})`);
    }
    listed = p.phase;
    if (!checkRange(v, p, at)) return;
    if (previous && p.start <= previous.end) {
      v.add(`${at}.start`, 'phases-not-overlapping', `${p.phase} starts ${p.start}, but ${previous.phase} runs until ${previous.end}`);
    }
    previous = p;
  });
}

/**
 * A branch's own phase dates, each inside the same phase of the level above
 * (`parentName` says whose, for the message). Phases the level above does
 * not have cannot be dated below it.
 */
export function checkNestedPhases(v: Violations, own: readonly PhaseDates[], parent: readonly PhaseDates[], parentName: string, field = 'phases'): void {
  const above = new Map(parent.map((p) => [p.phase, p]));
  const seen = new Set<RolloutPhase>();
  own.forEach((p, i) => {
    const at = `${field}[${i}]`;
    const outer = above.get(p.phase);
    if (!outer) {
      v.add(`${at}.phase`, 'parent-phase', `${parentName} has no ${p.phase} phase to narrow`);
      return;
    }
    if (seen.has(p.phase)) v.add(`${at}.phase`, 'unique', `${p.phase} is listed twice`);
    seen.add(p.phase);
    if (!checkRange(v, p, at)) return;
    if (!within(p, outer)) {
      v.add(at, 'within-parent-phase', `${p.phase} ${p.start}–${p.end} lies outside ${parentName}'s ${p.phase} ${outer.start}–${outer.end}`);
    }
  });
}

/**
 * Waves: numbered 1, 2, … in order, each inside `outer` (the promotion phase,
 * or the wave of the level above), and each starting after the previous one
 * starts (waves may overlap: a second wave can begin before the first ends).
 */
export function checkWaves(v: Violations, waves: readonly WaveDates[], outer: DateRange | null, outerName: string, field = 'waves'): void {
  let previous: WaveDates | null = null;
  waves.forEach((w, i) => {
    const at = `${field}[${i}]`;
    if (w.number !== i + 1) v.add(`${at}.number`, 'waves-numbered', `waves are numbered 1, 2, … in order; this one should be ${i + 1}, not ${w.number}`);
    if (!checkRange(v, w, at)) return;
    if (!outer) v.add(at, 'within-parent-phase', `${outerName} is not dated, so no wave can be placed in it`);
    else if (!within(w, outer)) v.add(at, 'within-parent-phase', `wave ${w.number} ${w.start}–${w.end} lies outside ${outerName} ${outer.start}–${outer.end}`);
    if (previous && w.start < previous.start) v.add(`${at}.start`, 'waves-in-order', `wave ${w.number} starts ${w.start}, before wave ${previous.number} (${previous.start})`);
    previous = w;
  });
}

/** A phase or wave as a unit's timeline shows it: the dates in force for it, whose they are, and whether it is late. */
export interface TimelineEntry extends DateRange {
  /** The unit code whose dates are in force (head office's, or narrowed by a branch's approved plan). */
  setBy: string;
  /** Its end has passed before today: the dashboards show it as late. */
  late: boolean;
}

/**
 * The phases in force for a unit: head office's, each narrowed by the
 * closest approved plan above (or of) the unit that dates it. `narrowings`
 * run from the top down; the last one dating a phase wins.
 */
export function effectivePhases(
  headOffice: { code: string; phases: readonly PhaseDates[] },
  narrowings: readonly { code: string; phases: readonly PhaseDates[] }[],
  today: string,
): (TimelineEntry & { phase: RolloutPhase })[] {
  return headOffice.phases.map((p) => {
    let entry = { phase: p.phase, start: p.start, end: p.end, setBy: headOffice.code };
    for (const n of narrowings) {
      const own = n.phases.find((q) => q.phase === p.phase);
      if (own) entry = { phase: p.phase, start: own.start, end: own.end, setBy: n.code };
    }
    return { ...entry, late: entry.end < today };
  });
}
