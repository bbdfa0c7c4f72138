import type { EntityManager } from '@mikro-orm/postgresql';
import type { Scope } from '../../shared/auth/scope.js';
import { Violations, forbidden, inputError, notFound, versionConflict } from '../../shared/errors.js';
import { checkLocalizedText } from '../../shared/localized-text.js';
import { escapeLike } from '../../shared/sql.js';
import { Role } from '../../shared/auth/roles.js';
import { OrgLevel, OrgUnit } from '../org-unit/org-unit.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import { StandardEdition } from '../standard/standard.entities.js';
import { EditionStatus } from '../standard/standard.types.js';
import { ApprovalSubjectType } from '../approval/approval-event.entity.js';
import { nextState, recordTransition, type ApprovalSubject } from '../approval/approval.service.js';
import { ApprovalAction, ApprovalState } from '../approval/workflow.js';
import { EMPTY_INBOX_PART, reviewFieldsOf, type InboxEntry, type InboxSource } from '../approval/inbox-source.js';
import {
  PHASE_ORDER,
  RolloutPhase,
  checkNestedPhases,
  checkPhases,
  checkWaves,
  effectivePhases,
  isDay,
  within,
  type DateRange,
  type PhaseDates,
  type TimelineEntry,
} from './rollout.dates.js';
import { Rollout, RolloutOutletWave, RolloutPlan, type LocalAction, type PlanWave } from './rollout.entity.js';

/**
 * Rollouts (推广) localized down the tree: head office launches one with the
 * bank's phases and pilot units; each tier-one branch narrows the dates and
 * groups its tier-two branches into waves (分行推广方案, approved by head
 * office); each tier-two branch puts its outlets into those waves with local
 * actions (实施方案, approved by its tier-one). Every level's dates must lie
 * inside the level above's, checked against the level above's *approved*
 * plan, so a draft above never loosens the rule below.
 */

const CODE = /^[A-Z0-9][A-Z0-9_-]{0,39}$/;
const TEXT_MAX = 2000;
const OPEN = [ApprovalState.DRAFT, ApprovalState.SUBMITTED, ApprovalState.RETURNED];

export interface LaunchInput {
  code: string;
  title: { zh: string; en: string };
  /** Omitted: the bank's six phases, back to back over a year from `startsOn`. */
  phases?: PhaseDates[] | null;
  startsOn?: string | null;
  pilotUnitCodes: string[];
}

/** The bank's phases laid out from `start`, in months: design 1, pilot 3, improvement 1, acceptance 1, summary 1, promotion 5. */
export function defaultPhases(start: string): PhaseDates[] {
  const months = [1, 3, 1, 1, 1, 5];
  const d = new Date(`${start}T00:00:00Z`);
  return PHASE_ORDER.map((phase, i) => {
    const s = d.toISOString().slice(0, 10);
    d.setUTCMonth(d.getUTCMonth() + months[i]);
    const e = new Date(d.getTime() - 86_400_000).toISOString().slice(0, 10);
    return { phase, start: s, end: e };
  });
}

async function unitsByCode(em: EntityManager, codes: readonly string[]): Promise<Map<string, OrgUnit>> {
  if (!codes.length) return new Map();
  const units = await em.find(OrgUnit, { code: { $in: [...new Set(codes)] } });
  return new Map(units.map((u) => [u.code, u]));
}

/** Checks a list of unit codes: each exists, the actor may see it, sits at `level`, and under `root` (a path). */
function checkUnits(v: Violations, field: string, codes: readonly string[], found: Map<string, OrgUnit>, scope: Scope, level: OrgLevel, root: OrgUnit): void {
  const seen = new Set<string>();
  codes.forEach((code, i) => {
    const at = `${field}[${i}]`;
    const u = found.get(code);
    if (seen.has(code)) v.add(at, 'unique', `${code} is listed twice`);
    seen.add(code);
    if (!u || !scope.canReadUnit(u)) v.add(at, 'exists', `no unit with code "${code}"`);
    else if (u.level !== level) v.add(at, 'level', `${code} is a ${u.level} unit; only ${level} units belong here`);
    else if (!u.path.startsWith(root.path) || u.id === root.id) v.add(at, 'in-scope', `${code} is not under ${root.code}`);
  });
}

function assertHeadOfficeAuthor(scope: Scope, attempted: string) {
  if (!scope.unrestricted && !(scope.hasRole(Role.STANDARDS_AUTHOR) && scope.actor.unit?.level === OrgLevel.HEAD_OFFICE)) {
    throw forbidden(`${attempted}: only head office’s standards authors launch and edit a rollout`);
  }
}

export async function launchRollout(em: EntityManager, scope: Scope, input: LaunchInput): Promise<Rollout> {
  assertHeadOfficeAuthor(scope, 'launchRollout');
  return em.transactional(async (tx) => {
    const v = new Violations();
    const code = input.code.trim();
    if (!CODE.test(code)) v.add('input.code', 'format', 'must be 1–40 of A-Z, 0-9, "_" and "-", starting with a letter or digit');
    const title = checkLocalizedText(v, 'input.title', input.title);
    if (input.startsOn != null && !isDay(input.startsOn)) v.add('input.startsOn', 'format', 'must be a date as yyyy-mm-dd');
    const phases = input.phases ?? (input.startsOn && isDay(input.startsOn) ? defaultPhases(input.startsOn) : []);
    if (!input.phases && !input.startsOn) v.add('input.startsOn', 'required', 'give the phases, or the day the rollout starts to lay out the bank’s phases');
    else checkPhases(v, phases, 'input.phases');
    const ho = await tx.findOne(OrgUnit, { level: OrgLevel.HEAD_OFFICE });
    const found = await unitsByCode(tx, input.pilotUnitCodes);
    if (ho) checkUnits(v, 'input.pilotUnitCodes', input.pilotUnitCodes, found, scope, OrgLevel.TIER_TWO_BRANCH, ho);
    const edition = await tx.findOne(StandardEdition, { isCurrent: true, status: EditionStatus.PUBLISHED });
    if (!edition) v.add('input', 'published-edition', 'there is no published edition to roll out');
    if (await tx.count(Rollout, { code })) v.add('input.code', 'unique', `a rollout ${code} already exists`);
    v.throwIfAny();
    const rollout = tx.create(Rollout, {
      code,
      edition: edition!,
      titleZh: title.zh,
      titleEn: title.en,
      phases: phases.map(({ phase, start, end }) => ({ phase, start, end })),
      pilotUnitCodes: [...input.pilotUnitCodes],
      createdBy: scope.actor.name,
    } as never);
    recordAudit(tx, scope.actor, {
      operation: 'rollout.launch',
      objectType: 'Rollout',
      objectId: rollout.id,
      objectLabel: code,
      unitPath: ho!.path,
      before: {},
      after: { code, title, phases: rollout.phases, pilotUnitCodes: rollout.pilotUnitCodes },
    });
    await tx.flush();
    return rollout;
  });
}

export async function rolloutByCode(em: EntityManager, code: string): Promise<Rollout | null> {
  return em.findOne(Rollout, { code }, { populate: ['edition'] });
}

/** Every rollout, newest first: they are head office's, and every signed-in reader sees head office. */
export async function listRollouts(em: EntityManager, limit = 200): Promise<Rollout[]> {
  return em.find(Rollout, {}, { orderBy: { createdAt: 'desc', id: 'desc' }, limit, populate: ['edition'] });
}

export interface UpdateRolloutInput {
  title?: { zh: string; en: string } | null;
  phases?: PhaseDates[] | null;
  pilotUnitCodes?: string[] | null;
}

/**
 * Checks the approved plans below against head office's new phases: a
 * tier-one's own phase dates must stay inside the same phase, and waves that
 * were bounded by head office's promotion phase (a tier-one that kept head
 * office's promotion dates, a tier-two whose tier-one has not placed it in a
 * wave) must stay inside the new one. Each violation names the phase and the
 * unit; `field` points at the head-office phase the edit moved.
 */
export function checkApprovedBelow(v: Violations, phases: readonly PhaseDates[], approved: readonly { unit: OrgUnit; plan: Pick<RolloutPlan, 'phases' | 'waves'> }[]): void {
  const indexOf = (phase: RolloutPhase) => phases.findIndex((p) => p.phase === phase);
  const fieldOf = (phase: RolloutPhase) => (indexOf(phase) >= 0 ? `input.phases[${indexOf(phase)}]` : 'input.phases');
  const promotion = phaseOf(phases, RolloutPhase.PROMOTION);
  const byUnitId = new Map(approved.map((a) => [a.unit.id, a]));
  for (const { unit, plan } of approved) {
    if (unit.level === OrgLevel.TIER_ONE_BRANCH) {
      for (const own of plan.phases) {
        const outer = phaseOf(phases, own.phase);
        if (!outer) {
          v.add(fieldOf(own.phase), 'approved-plan-outside', `${unit.code}'s approved plan dates ${own.phase} ${own.start}–${own.end}, a phase the rollout would no longer have`);
        } else if (!within(own, outer)) {
          v.add(fieldOf(own.phase), 'approved-plan-outside', `${unit.code}'s approved ${own.phase} ${own.start}–${own.end} would lie outside the new ${own.phase} ${outer.start}–${outer.end}`);
        }
      }
      if (!phaseOf(plan.phases, RolloutPhase.PROMOTION)) wavesInside(v, unit, plan.waves, promotion, fieldOf(RolloutPhase.PROMOTION));
    } else {
      const parent = unit.parent ? byUnitId.get(unit.parent.id) : undefined;
      // Bounded by the tier-one's approved wave or promotion dates, which head office's edit does not move.
      if (parent && (parent.plan.waves.some((w) => w.unitCodes.includes(unit.code)) || phaseOf(parent.plan.phases, RolloutPhase.PROMOTION))) continue;
      wavesInside(v, unit, plan.waves, promotion, fieldOf(RolloutPhase.PROMOTION));
    }
  }
}

function wavesInside(v: Violations, unit: OrgUnit, waves: readonly PlanWave[], promotion: DateRange | null, field: string) {
  for (const w of waves) {
    if (!promotion) v.add(field, 'approved-plan-outside', `${unit.code}'s approved wave ${w.number} needs a PROMOTION phase to lie in`);
    else if (!within(w, promotion)) {
      v.add(field, 'approved-plan-outside', `${unit.code}'s approved wave ${w.number} ${w.start}–${w.end} would lie outside the new PROMOTION ${promotion.start}–${promotion.end}`);
    }
  }
}


/**
 * Head office edits a launched rollout at `version`: its titles, phases and
 * deadlines, and its pilot units. Refused whole when the new dates would put
 * an approved plan below outside them (approved plans never change, so the
 * branches would have to re-plan first).
 */
export async function updateRollout(em: EntityManager, scope: Scope, code: string, version: number, input: UpdateRolloutInput): Promise<Rollout> {
  assertHeadOfficeAuthor(scope, 'updateRollout');
  return em.transactional(async (tx) => {
    const rollout = await tx.findOne(Rollout, { code }, { populate: ['edition'] });
    if (!rollout) throw notFound('rolloutCode', 'rollout', code);
    if (rollout.version !== version) throw versionConflict('version', version, rollout.version);
    const v = new Violations();
    const title = input.title ? checkLocalizedText(v, 'input.title', input.title) : { zh: rollout.titleZh, en: rollout.titleEn };
    const phases = input.phases ? input.phases.map(({ phase, start, end }) => ({ phase, start, end })) : rollout.phases;
    if (input.phases) checkPhases(v, phases, 'input.phases');
    const pilots = input.pilotUnitCodes ? [...input.pilotUnitCodes] : rollout.pilotUnitCodes;
    const ho = await tx.findOne(OrgUnit, { level: OrgLevel.HEAD_OFFICE });
    if (input.pilotUnitCodes && ho) checkUnits(v, 'input.pilotUnitCodes', pilots, await unitsByCode(tx, pilots), scope, OrgLevel.TIER_TWO_BRANCH, ho);
    if (input.phases) {
      const approved = await tx.find(RolloutPlan, { rollout: rollout.id, status: ApprovalState.APPROVED }, { populate: ['unit'], orderBy: { unit: { code: 'asc' } } });
      checkApprovedBelow(v, phases, approved.map((plan) => ({ unit: plan.unit.getEntity(), plan })));
    }
    v.throwIfAny();
    const before = { title: { zh: rollout.titleZh, en: rollout.titleEn }, phases: rollout.phases, pilotUnitCodes: rollout.pilotUnitCodes };
    rollout.titleZh = title.zh;
    rollout.titleEn = title.en;
    rollout.phases = phases;
    rollout.pilotUnitCodes = pilots;
    recordAudit(tx, scope.actor, {
      operation: 'rollout.update',
      objectType: 'Rollout',
      objectId: rollout.id,
      objectLabel: rollout.code,
      unitPath: ho!.path,
      before,
      after: { title, phases, pilotUnitCodes: pilots },
    });
    await tx.flush();
    return rollout;
  });
}

/**
 * The plans of each rollout that `scope` may read, one per unit: the open
 * plan where the actor may read the unit's drafts, else the approved one.
 * One statement whatever the number of rollouts and plans.
 */
export async function visiblePlans(em: EntityManager, scope: Scope, rolloutIds: readonly string[]): Promise<Map<string, RolloutPlan[]>> {
  const byRollout = new Map<string, RolloutPlan[]>(rolloutIds.map((id) => [id, []]));
  if (!rolloutIds.length) return byRollout;
  // Branches only (at most two plans each per rollout), so the scope is applied here rather than in SQL.
  const plans = (
    await em.find(
      RolloutPlan,
      { rollout: { $in: [...rolloutIds] }, status: { $in: [...OPEN, ApprovalState.APPROVED] } },
      { populate: ['unit'], orderBy: { unit: { path: 'asc' } } },
    )
  ).filter((p) => scope.canReadUnit(p.unit.getEntity()));
  const seen = new Set<string>();
  for (const p of plans) {
    const key = `${p.rollout.id} ${p.unit.id}`;
    if (seen.has(key)) continue;
    const unit = p.unit.getEntity();
    const open = scope.canReadDraftsOf(unit) ? plans.find((q) => q.rollout.id === p.rollout.id && q.unit.id === p.unit.id && q.status !== ApprovalState.APPROVED) : undefined;
    const shown = open ?? plans.find((q) => q.rollout.id === p.rollout.id && q.unit.id === p.unit.id && q.status === ApprovalState.APPROVED);
    seen.add(key);
    if (shown) byRollout.get(p.rollout.id)?.push(shown);
  }
  return byRollout;
}

// ─── Branch plans ───────────────────────────────────────────────────────────

export interface PlanInput {
  phases?: PhaseDates[] | null;
  pilotUnitCodes?: string[] | null;
  waves?: PlanWave[] | null;
  actions?: LocalAction[] | null;
}

/** The approved plans of `unitIds` for a rollout, in one statement. */
async function approvedPlans(em: EntityManager, rolloutId: string, unitIds: readonly string[]): Promise<Map<string, RolloutPlan>> {
  if (!unitIds.length) return new Map();
  const plans = await em.find(RolloutPlan, { rollout: rolloutId, unit: { $in: [...unitIds] }, status: ApprovalState.APPROVED }, { populate: ['unit'] });
  return new Map(plans.map((p) => [p.unit.id, p]));
}

const phaseOf = (phases: readonly PhaseDates[], phase: RolloutPhase): DateRange | null => phases.find((p) => p.phase === phase) ?? null;

/** The range a branch's waves must lie in: for a tier-one its promotion phase; for a tier-two the tier-one's wave that lists it (or the promotion phase). */
async function checkPlanContent(tx: EntityManager, scope: Scope, rollout: Rollout, unit: OrgUnit, input: PlanInput, v: Violations) {
  const waves = input.waves ?? [];
  const parent = unit.parent ? await tx.findOneOrFail(OrgUnit, { id: unit.parent.id }) : null;
  const parentPlan = parent && unit.level === OrgLevel.TIER_TWO_BRANCH ? (await approvedPlans(tx, rollout.id, [parent.id])).get(parent.id) : undefined;
  const childLevel = unit.level === OrgLevel.TIER_ONE_BRANCH ? OrgLevel.TIER_TWO_BRANCH : OrgLevel.OUTLET;
  const found = await unitsByCode(tx, [...(input.pilotUnitCodes ?? []), ...waves.flatMap((w) => w.unitCodes)]);

  if (unit.level === OrgLevel.TIER_ONE_BRANCH) {
    checkNestedPhases(v, input.phases ?? [], rollout.phases, 'head office', 'input.phases');
    checkUnits(v, 'input.pilotUnitCodes', input.pilotUnitCodes ?? [], found, scope, OrgLevel.TIER_TWO_BRANCH, unit);
    checkPilotsPickedAbove(v, input.pilotUnitCodes ?? [], rollout.pilotUnitCodes);
    const own = phaseOf(input.phases ?? [], RolloutPhase.PROMOTION);
    const ho = phaseOf(rollout.phases, RolloutPhase.PROMOTION);
    checkWaves(v, waves, own ?? ho, own ? `${unit.code}'s PROMOTION` : "head office's PROMOTION", 'input.waves');
    await checkApprovedSchemesBelow(tx, rollout, unit, input, own ?? ho, v);
  } else {
    if (input.phases?.length) v.add('input.phases', 'tier-one-only', 'a tier-two branch follows its tier-one branch’s phase dates; it places outlets in waves');
    if (input.pilotUnitCodes?.length) v.add('input.pilotUnitCodes', 'tier-one-only', 'pilot units are picked by head office and the tier-one branch');
    const promotion = phaseOf(parentPlan?.phases ?? [], RolloutPhase.PROMOTION) ?? phaseOf(rollout.phases, RolloutPhase.PROMOTION);
    const mine = parentPlan?.waves.find((w) => w.unitCodes.includes(unit.code));
    const name = mine ? `${parent!.code}'s wave ${mine.number}` : parentPlan ? `${parent!.code}'s PROMOTION` : "head office's PROMOTION";
    checkWaves(v, waves, mine ?? promotion, name, 'input.waves');
    (input.actions ?? []).forEach((a, i) => {
      for (const key of ['what', 'who'] as const) {
        if (!a[key]?.trim()) v.add(`input.actions[${i}].${key}`, 'required', 'must not be empty');
        else if (a[key].length > TEXT_MAX) v.add(`input.actions[${i}].${key}`, 'length', `at most ${TEXT_MAX} characters`);
      }
      if (!isDay(a.dueDate)) v.add(`input.actions[${i}].dueDate`, 'format', 'must be a date as yyyy-mm-dd');
    });
  }
  if (unit.level === OrgLevel.TIER_ONE_BRANCH && input.actions?.length) v.add('input.actions', 'tier-two-only', 'local actions belong in the tier-two branches’ schemes');
  const placed = new Set<string>();
  waves.forEach((w, i) => {
    checkUnits(v, `input.waves[${i}].unitCodes`, w.unitCodes, found, scope, childLevel, unit);
    w.unitCodes.forEach((c, j) => {
      if (placed.has(c)) v.add(`input.waves[${i}].unitCodes[${j}]`, 'one-wave', `${c} is already in an earlier wave`);
      placed.add(c);
    });
  });
}

/**
 * The pilot is head office's dozen tier-two branches (facts.yaml
 * `pilot_sub_branches`): a tier-one localizes it by picking among those in its
 * area, so a pick head office did not make (or has since dropped with
 * `updateRollout`) would run a pilot the bank never planned. Checked on save
 * and again on approval, as the dates are, since head office may edit its
 * pilots while the plan waits.
 */
export function checkPilotsPickedAbove(v: Violations, picks: readonly string[], headOfficePilots: readonly string[]): void {
  const above = new Set(headOfficePilots);
  picks.forEach((code, i) => {
    if (!above.has(code)) {
      v.add(`input.pilotUnitCodes[${i}]`, 'head-office-pilot', `${code} is not one of head office's pilot units (${headOfficePilots.join(', ') || 'none'})`);
    }
  });
}

/**
 * A tier-one's new dates must still hold its tier-two branches' approved
 * schemes (approved plans never change): each child's waves inside the new
 * wave that lists the child, or else inside the promotion phase. Named by the
 * child and its wave, on the wave or phase of this plan that would move.
 */
async function checkApprovedSchemesBelow(tx: EntityManager, rollout: Rollout, unit: OrgUnit, input: PlanInput, promotion: DateRange | null, v: Violations) {
  const below = await tx.find(RolloutPlan, { rollout: rollout.id, status: ApprovalState.APPROVED, unit: { parent: unit.id } }, { populate: ['unit'], orderBy: { unit: { code: 'asc' } } });
  const waves = input.waves ?? [];
  const promotionAt = (input.phases ?? []).findIndex((p) => p.phase === RolloutPhase.PROMOTION);
  for (const scheme of below) {
    const child = scheme.unit.getEntity();
    const at = waves.findIndex((w) => w.unitCodes.includes(child.code));
    const bound = at >= 0 ? waves[at] : promotion;
    const field = at >= 0 ? `input.waves[${at}]` : promotionAt >= 0 ? `input.phases[${promotionAt}]` : 'input.waves';
    const name = at >= 0 ? `${unit.code}'s wave ${waves[at].number}` : 'the PROMOTION';
    for (const w of scheme.waves) {
      if (bound && isDay(bound.start) && isDay(bound.end) && !within(w, bound)) {
        v.add(field, 'approved-plan-outside', `${child.code}'s approved wave ${w.number} ${w.start}–${w.end} would lie outside ${name} ${bound.start}–${bound.end}`);
      }
    }
  }
}

function subjectOf(plan: RolloutPlan, rollout: Rollout, unit: OrgUnit): ApprovalSubject {
  return {
    type: ApprovalSubjectType.ROLLOUT_PLAN,
    id: plan.id,
    code: `${rollout.code} ${unit.code}`,
    unit: { id: unit.id, code: unit.code, path: unit.path, level: unit.level },
    state: plan.status,
    revision: plan.version,
    submittedBy: plan.submittedById ?? null,
  };
}

const snapshot = (p: RolloutPlan) => ({ status: p.status, phases: p.phases, pilotUnitCodes: p.pilotUnitCodes, waves: p.waves, actions: p.actions });

async function rolloutAndUnit(tx: EntityManager, scope: Scope, rolloutCode: string, unitCode: string) {
  const rollout = await tx.findOne(Rollout, { code: rolloutCode });
  if (!rollout) throw notFound('rolloutCode', 'rollout', rolloutCode);
  const unit = await tx.findOne(OrgUnit, { code: unitCode });
  if (!unit || !scope.canReadUnit(unit)) throw notFound('orgUnitCode', 'unit', unitCode);
  if (unit.level !== OrgLevel.TIER_ONE_BRANCH && unit.level !== OrgLevel.TIER_TWO_BRANCH) {
    throw inputError('orgUnitCode', 'branch-only', `${unit.code} is a ${unit.level} unit; only tier-one and tier-two branches write rollout plans`);
  }
  return { rollout, unit };
}

/**
 * Writes a branch's plan: starts a draft (version null) or edits the open one
 * at `version`. Refused whole, naming every field and rule, when any date
 * falls outside the level above's or a unit is not the branch's own.
 */
export async function saveRolloutPlan(em: EntityManager, scope: Scope, rolloutCode: string, unitCode: string, version: number | null, input: PlanInput): Promise<RolloutPlan> {
  return em.transactional(async (tx) => {
    const { rollout, unit } = await rolloutAndUnit(tx, scope, rolloutCode, unitCode);
    scope.assertLayer('author', unit, 'saveRolloutPlan');
    const v = new Violations();
    await checkPlanContent(tx, scope, rollout, unit, input, v);
    v.throwIfAny();
    let plan = await tx.findOne(RolloutPlan, { rollout: rollout.id, unit: unit.id, status: { $in: OPEN } });
    const before = plan ? snapshot(plan) : {};
    if (plan) {
      if (version === null || plan.version !== version) throw versionConflict('version', version ?? 0, plan.version);
      nextState(scope, subjectOf(plan, rollout, unit), ApprovalAction.EDIT, 'saveRolloutPlan', 'orgUnitCode');
    } else {
      if (version !== null) throw inputError('version', 'open-plan', `${unit.code} has no open plan for ${rollout.code} to be at version ${version}; pass none to start one`);
      plan = tx.create(RolloutPlan, { rollout, unit, createdBy: scope.actor.name } as never);
    }
    plan.phases = (input.phases ?? []).map(({ phase, start, end }) => ({ phase, start, end }));
    plan.pilotUnitCodes = [...(input.pilotUnitCodes ?? [])];
    plan.waves = (input.waves ?? []).map(({ number, start, end, unitCodes }) => ({ number, start, end, unitCodes: [...unitCodes] }));
    plan.actions = (input.actions ?? []).map(({ what, who, dueDate }) => ({ what: what.trim(), who: who.trim(), dueDate }));
    recordAudit(tx, scope.actor, { operation: 'rolloutPlan.save', objectType: 'RolloutPlan', objectId: plan.id, objectLabel: `${rollout.code} ${unit.code}`, unitPath: unit.path, before, after: snapshot(plan) });
    await tx.flush();
    return plan;
  });
}

async function openPlan(tx: EntityManager, scope: Scope, rolloutCode: string, unitCode: string, version: number, field = 'version') {
  const { rollout, unit } = await rolloutAndUnit(tx, scope, rolloutCode, unitCode);
  const plan = await tx.findOne(RolloutPlan, { rollout: rollout.id, unit: unit.id, status: { $in: OPEN } });
  if (!plan) throw inputError('orgUnitCode', 'open-plan', `${unit.code} has no open plan for ${rollout.code}`);
  if (plan.version !== version) throw versionConflict(field, version, plan.version);
  return { rollout, unit, plan };
}

async function step(em: EntityManager, scope: Scope, rolloutCode: string, unitCode: string, version: number, action: ApprovalAction.SUBMIT | ApprovalAction.WITHDRAW | ApprovalAction.APPROVE | ApprovalAction.RETURN, comment: string | null) {
  if (comment && comment.length > TEXT_MAX) throw inputError('comment', 'length', `at most ${TEXT_MAX} characters`);
  const attempted = { SUBMIT: 'submitRolloutPlan', WITHDRAW: 'withdrawRolloutPlan', APPROVE: 'approveRolloutPlan', RETURN: 'returnRolloutPlan' }[action];
  return em.transactional(async (tx) => {
    const reviewing = action === ApprovalAction.APPROVE || action === ApprovalAction.RETURN;
    const { rollout, unit, plan } = await openPlan(tx, scope, rolloutCode, unitCode, version, reviewing ? 'revision' : 'version');
    const subject = subjectOf(plan, rollout, unit);
    const to = nextState(scope, subject, action, attempted, 'orgUnitCode');
    const from = plan.status;
    if (action === ApprovalAction.APPROVE) {
      // Dates and pilots above may have moved since the plan was written: check again against what is in force now.
      const v = new Violations();
      await checkPlanContent(tx, scope, rollout, unit, plan, v);
      v.throwIfAny();
      const previous = await tx.findOne(RolloutPlan, { rollout: rollout.id, unit: unit.id, status: ApprovalState.APPROVED });
      if (previous) {
        previous.status = ApprovalState.SUPERSEDED;
        await tx.flush();
        recordTransition(tx, scope, subjectOf(previous, rollout, unit), { action: ApprovalAction.SUPERSEDE, from: ApprovalState.APPROVED, to: ApprovalState.SUPERSEDED });
      }
      if (unit.level === OrgLevel.TIER_TWO_BRANCH) await placeOutlets(tx, rollout, unit, plan);
    }
    if (action === ApprovalAction.SUBMIT) {
      plan.submittedById = scope.actor.id;
      plan.submittedBy = scope.actor.name;
      plan.submittedAt = new Date();
    }
    if (reviewing) {
      plan.decidedBy = scope.actor.name;
      plan.decidedAt = new Date();
    }
    plan.status = to;
    await tx.flush();
    recordTransition(tx, scope, subject, { action, from, to, comment });
    await tx.flush();
    return plan;
  });
}

/** The outlet→wave table for the tier-two's outlets, replaced by the approved scheme's. */
async function placeOutlets(tx: EntityManager, rollout: Rollout, unit: OrgUnit, plan: RolloutPlan) {
  await tx.nativeDelete(RolloutOutletWave, { rollout: rollout.id, outlet: { path: { $like: `${escapeLike(unit.path)}%` } } });
  const outlets = await unitsByCode(tx, plan.waves.flatMap((w) => w.unitCodes));
  for (const w of plan.waves) {
    for (const c of w.unitCodes) tx.create(RolloutOutletWave, { rollout, outlet: outlets.get(c)!, plan, wave: w.number, start: w.start, end: w.end } as never);
  }
}

export const submitRolloutPlan = (em: EntityManager, scope: Scope, rolloutCode: string, unitCode: string, version: number) => step(em, scope, rolloutCode, unitCode, version, ApprovalAction.SUBMIT, null);
export const withdrawRolloutPlan = (em: EntityManager, scope: Scope, rolloutCode: string, unitCode: string, version: number) => step(em, scope, rolloutCode, unitCode, version, ApprovalAction.WITHDRAW, null);
export const approveRolloutPlan = (em: EntityManager, scope: Scope, rolloutCode: string, unitCode: string, revision: number, comment?: string | null) =>
  step(em, scope, rolloutCode, unitCode, revision, ApprovalAction.APPROVE, comment?.trim() || null);
export async function returnRolloutPlan(em: EntityManager, scope: Scope, rolloutCode: string, unitCode: string, revision: number, comment: string) {
  if (!comment.trim()) throw inputError('comment', 'required', 'say what the branch should change');
  return step(em, scope, rolloutCode, unitCode, revision, ApprovalAction.RETURN, comment.trim());
}

/** The branch's plan as its readers see it: the open one if the actor may read drafts, else the approved one. */
export async function rolloutPlanOf(em: EntityManager, scope: Scope, rolloutCode: string, unitCode: string): Promise<RolloutPlan | null> {
  const rollout = await em.findOne(Rollout, { code: rolloutCode });
  const unit = await em.findOne(OrgUnit, { code: unitCode });
  if (!rollout || !unit || !scope.canReadUnit(unit)) return null;
  const plans = await em.find(RolloutPlan, { rollout: rollout.id, unit: unit.id, status: { $in: [...OPEN, ApprovalState.APPROVED] } });
  const open = scope.canReadDraftsOf(unit) ? plans.find((p) => p.status !== ApprovalState.APPROVED) : undefined;
  return open ?? plans.find((p) => p.status === ApprovalState.APPROVED) ?? null;
}

// ─── Timeline ───────────────────────────────────────────────────────────────

export interface UnitTimeline {
  unitCode: string;
  phases: (TimelineEntry & { phase: RolloutPhase })[];
  /** The unit's wave (an outlet's from its tier-two's approved scheme; a tier-two's from its tier-one's), or null. */
  wave: (TimelineEntry & { number: number }) | null;
}

/**
 * The phases and wave in force for each of `unitCodes`: head office's phases
 * narrowed by the approved plans of the branches above (drafts never count),
 * with late flags against `today`. Four statements whatever the number of
 * units: the rollout, the units, the approved plans of their chains, and the
 * outlets' waves.
 */
export async function timelines(em: EntityManager, scope: Scope, rolloutCode: string, unitCodes: readonly string[], today: string): Promise<UnitTimeline[]> {
  const rollout = await em.findOne(Rollout, { code: rolloutCode });
  if (!rollout) throw notFound('rolloutCode', 'rollout', rolloutCode);
  // Head office comes in the same statement: its code labels the dates it set.
  const found = await em.find(OrgUnit, { $or: [{ code: { $in: [...new Set(unitCodes)] } }, { level: OrgLevel.HEAD_OFFICE }] });
  const headOfficeCode = found.find((u) => u.level === OrgLevel.HEAD_OFFICE)?.code ?? '';
  const units = found.filter((u) => unitCodes.includes(u.code) && scope.canReadUnit(u));
  const chainIds = [...new Set(units.flatMap((u) => u.pathIds()))];
  const plans = await approvedPlans(em, rollout.id, chainIds);
  const outletIds = units.filter((u) => u.level === OrgLevel.OUTLET).map((u) => u.id);
  const placed = outletIds.length ? await em.find(RolloutOutletWave, { rollout: rollout.id, outlet: { $in: outletIds } }) : [];
  const waveOf = new Map(placed.map((w) => [w.outlet.id, w]));
  const byCode = new Map(units.map((u) => [u.code, u]));
  const codeOf = (p: RolloutPlan) => p.unit.getEntity().code;
  return unitCodes.filter((c) => byCode.has(c)).map((code) => {
    const u = byCode.get(code)!;
    // Top down: head office's dates, then the tier-one's, then the tier-two's (when the unit is below them).
    const chain = u.pathIds().map((id) => plans.get(id)).filter((p): p is RolloutPlan => !!p);
    const narrowings = chain.filter((p) => p.phases.length).map((p) => ({ code: codeOf(p), phases: p.phases }));
    const phases = effectivePhases({ code: headOfficeCode, phases: rollout.phases }, narrowings, today);
    let wave: UnitTimeline['wave'] = null;
    const placedWave = waveOf.get(u.id);
    if (placedWave) {
      const by = chain.find((p) => p.id === placedWave.plan.id);
      wave = { number: placedWave.wave, start: placedWave.start, end: placedWave.end, setBy: by ? codeOf(by) : '', late: placedWave.end < today };
    } else {
      for (const p of chain) {
        const w = p.waves.find((x) => x.unitCodes.includes(code));
        if (w) wave = { number: w.number, start: w.start, end: w.end, setBy: codeOf(p), late: w.end < today };
      }
    }
    return { unitCode: code, phases, wave };
  });
}

// ─── Inbox ──────────────────────────────────────────────────────────────────

const BRANCH_LEVELS = [OrgLevel.TIER_ONE_BRANCH, OrgLevel.TIER_TWO_BRANCH];

/**
 * Rollout plans in the inbox: an approver sees the plans the branches
 * directly below their unit submitted (head office: the tier-ones'
 * localizations; a tier-one: its tier-twos' schemes), and a branch's staff
 * see their own plans that came back. Routed by the rollout's code; the
 * unit says whose plan it is.
 */
export const rolloutPlanInbox: InboxSource = async (em, scope) => {
  const own = scope.actor.unit;
  if (!own || scope.actor.kind !== 'USER') return EMPTY_INBOX_PART;
  const [awaiting, returned] = await Promise.all([
    own.level !== OrgLevel.TIER_TWO_BRANCH && own.level !== OrgLevel.OUTLET && scope.hasRole(Role.APPROVER)
      ? em.find(
          RolloutPlan,
          { status: ApprovalState.SUBMITTED, unit: { parent: own.id, level: { $in: BRANCH_LEVELS } } },
          { orderBy: { submittedAt: 'asc', id: 'asc' }, populate: ['unit', 'rollout'] },
        )
      : Promise.resolve([]),
    BRANCH_LEVELS.includes(own.level) && scope.canSubmitFor(own)
      ? em.find(RolloutPlan, { status: ApprovalState.RETURNED, unit: own.id }, { orderBy: { decidedAt: 'desc', id: 'desc' }, populate: ['unit', 'rollout'] })
      : Promise.resolve([]),
  ]);
  const entry = (p: RolloutPlan): InboxEntry => {
    const rollout = p.rollout.getEntity();
    return {
      subjectType: ApprovalSubjectType.ROLLOUT_PLAN,
      id: p.id,
      code: rollout.code,
      title: { zh: rollout.titleZh, en: rollout.titleEn },
      unitId: p.unit.id,
      state: p.status,
      ...reviewFieldsOf(p),
    };
  };
  return {
    awaitingMe: awaiting.filter((p) => scope.canApproveFor(p.unit.getEntity(), p.submittedById)).map(entry),
    returnedToMe: returned.map(entry),
  };
};
