import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import type { Scope } from '../../shared/auth/scope.js';
import { Role } from '../../shared/auth/roles.js';
import { afterCondition, orderBySql, sortKeySql, toConnection, type Connection, type ListOrder, type PageRequest } from '../../shared/pagination.js';
import { escapeLike } from '../../shared/sql.js';
import { Violations, inputError, notFound, versionConflict } from '../../shared/errors.js';
import { OrgLevel, OrgUnit } from '../org-unit/org-unit.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import { StandardEdition } from '../standard/standard.entities.js';
import { EditionStatus } from '../standard/standard.types.js';
import { foldedStandards } from '../standard/effective-standard.service.js';
import type { EffectiveItem, EffectiveValue, Layer } from '../standard/effective.js';
import { ApprovalSubjectType } from '../approval/approval-event.entity.js';
import { nextState, recordTransition, type ApprovalSubject } from '../approval/approval.service.js';
import { ApprovalAction, ApprovalState, isEditable } from '../approval/workflow.js';
import { EMPTY_INBOX_PART, type InboxEntry, type InboxSource } from '../approval/inbox-source.js';
import { ZONE_STATUSES, gapsOf, summarizeGaps, type CoreRule, type Gap, type OutletFacts } from '../compliance/gaps.js';
import { OutletPlan, type PlanAction } from './outlet-plan.entity.js';

/**
 * Outlet implementation plans (落地方案): the outlet head records the outlet's
 * facts and writes an action plan; the plan is checked live against the
 * outlet's effective standard with the compliance engine, cannot be submitted
 * while a gap is neither closed by a dated action nor justified, and goes to
 * the outlet's own tier-two branch for approval through the one approval
 * workflow. An approved plan's facts are the outlet's recorded state.
 *
 * Every write stores the engine's summary of the plan's gaps beside the facts,
 * in the same transaction, so the roll-ups read numbers that are never older
 * than the facts they describe.
 */

const TEXT_MAX = 2000;
const COUNT_MAX = 10_000;
const CODE = /^[A-Z0-9][A-Z0-9_-]*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

// ─── The outlet's standard ──────────────────────────────────────────────────

/** What an outlet's plan is checked against: the folded values, the core rules, and the codes facts may name. */
export interface OutletStandard {
  values: ReadonlyMap<string, EffectiveValue>;
  coreRules: readonly CoreRule[];
  positions: ReadonlySet<string>;
  zones: ReadonlySet<string>;
  deviceTypes: ReadonlySet<string>;
  /** The values of each category, filtered once (the engine scans them for every outlet checked). */
  byCategory: Map<string, ReadonlyMap<string, EffectiveValue>>;
}

/** An outlet as its plan's check needs it: where it sits and what category it is. */
export interface PlannedOutlet {
  id: string;
  path: string;
  category?: string | null;
}

/** The path of the unit above a unit, from the unit's own materialized path (`/a/b/c/` gives `/a/b/`). */
export const parentPathOf = (path: string) => path.slice(0, path.lastIndexOf('/', path.length - 2) + 1);

/** The standard as an outlet's plan reads it, kept per fold: every outlet under the same branches shares one. */
const outletStandards = new WeakMap<ReadonlyMap<string, EffectiveValue>, OutletStandard>();

function outletStandardOf(content: object, layers: readonly Layer[], answer: { raw: ReadonlyMap<string, EffectiveValue>; items: ReadonlyMap<string, EffectiveItem> }): OutletStandard {
  const values = answer.raw;
  let standard = outletStandards.get(values);
  if (!standard) {
    const c = content as unknown as {
      serviceRules: { code: string; core: boolean }[];
      positions: { code: string }[];
      zones: { code: string }[];
      deviceTypes: { code: string }[];
    };
    const edited = layers[0].source;
    // The branches' local items are part of the standard in force: a local position's staffing is measured, so facts may name it.
    const local = [...answer.items.values()];
    const localKeys = (kind: string) => local.filter((i) => i.kind === kind).map((i) => i.key);
    standard = {
      values,
      coreRules: [
        ...c.serviceRules.filter((r) => r.core).map((r) => ({ code: r.code, setBy: edited })),
        ...local.filter((i) => i.kind === 'SERVICE_RULE' && i.data.core === true).map((i) => ({ code: i.key, setBy: i.setBy })),
      ],
      positions: new Set([...c.positions.map((p) => p.code), ...localKeys('POSITION')]),
      zones: new Set([...c.zones.map((z) => z.code), ...localKeys('ZONE')]),
      deviceTypes: new Set([...(c.deviceTypes ?? []).map((d) => d.code), ...localKeys('DEVICE_TYPE')]),
      byCategory: new Map(),
    };
    outletStandards.set(values, standard);
  }
  return standard;
}

/**
 * The standard in force under each of `parentPaths` (the paths of the units
 * directly above outlets): head office's current edition folded with the
 * approved local versions of the branches on the path. However many paths:
 * one statement for the branches, one for their local versions, plus the
 * edition (when not given) and its content the first time this process uses
 * it. Outlets under the same tier-two branch share the answer.
 */
export async function standardsAbove(em: EntityManager, parentPaths: readonly string[], edition?: StandardEdition | null): Promise<Map<string, OutletStandard | null>> {
  const distinct = [...new Set(parentPaths)];
  const current = edition !== undefined ? edition : await em.findOne(StandardEdition, { isCurrent: true, status: EditionStatus.PUBLISHED });
  if (!current || !distinct.length) return new Map(distinct.map((p) => [p, null]));
  const ids = [...new Set(distinct.flatMap((p) => p.split('/').filter(Boolean)))];
  // Through the EntityManager, so inside a transaction it reads what the transaction sees.
  const rows: { id: string; code: string; level: OrgLevel }[] = await em.execute(em.getKnex()('org_unit').select('id', 'code', 'level').whereIn('id', ids));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const chains = distinct.map((p) => p.split('/').filter(Boolean).flatMap((id) => byId.get(id) ?? []));
  const folded = await foldedStandards(em, current, chains);
  return new Map(distinct.map((p, i) => [p, outletStandardOf(folded[i].content, folded[i].layers, folded[i].answer)]));
}

/** The standard in force for `outlet`: head office's current edition folded with the approved local versions above it. */
export async function standardOf(em: EntityManager, outlet: Pick<PlannedOutlet, 'path'>): Promise<OutletStandard | null> {
  const parent = parentPathOf(outlet.path);
  return (await standardsAbove(em, [parent])).get(parent) ?? null;
}

/**
 * Outlets by id with the standard each is checked against, in two statements
 * besides what `standardsAbove` costs whatever the number of outlets: the
 * request's loader for the plans' live gaps batches through here.
 */
export async function outletsWithStandards(em: EntityManager, outletIds: readonly string[]): Promise<Map<string, { outlet: PlannedOutlet; standard: OutletStandard | null }>> {
  if (!outletIds.length) return new Map();
  const outlets: PlannedOutlet[] = await em.execute(em.getKnex()('org_unit').select('id', 'path', 'category').whereIn('id', [...new Set(outletIds)]));
  const standards = await standardsAbove(em, outlets.map((o) => parentPathOf(o.path)));
  return new Map(outlets.map((o) => [o.id, { outlet: o, standard: standards.get(parentPathOf(o.path)) ?? null }]));
}

/**
 * Plan writes and summary refreshes take this lock, shared and exclusive: a
 * write computes its summary against the standard it reads, and a refresh
 * (after a local version's approval, a publication, a move) recomputes the
 * summaries of the plans it reads. Without it a write that read the old
 * standard could commit after the refresh read its plan, and its summary
 * would stay stale. Writes share it (they never wait for one another); a
 * refresh waits for the writes under way and holds new ones back until its
 * transaction ends.
 */
const STANDARD_LOCK = 0x4f55_544c; // "OUTL"

export async function holdStandardSteady(tx: EntityManager, mode: 'shared' | 'exclusive'): Promise<void> {
  await tx.execute(mode === 'shared' ? 'select pg_advisory_xact_lock_shared(?)' : 'select pg_advisory_xact_lock(?)', [STANDARD_LOCK]);
}

/** The outlet's standard for a plan write: read under the shared lock, so no refresh slips between the read and the commit. */
async function steadyStandardOf(tx: EntityManager, outlet: Pick<PlannedOutlet, 'path'>): Promise<OutletStandard | null> {
  await holdStandardSteady(tx, 'shared');
  return standardOf(tx, outlet);
}

/** The standard's values for one category only: what the engine reads for an outlet of it (kept per standard). */
function valuesFor(standard: OutletStandard, category: string): ReadonlyMap<string, EffectiveValue> {
  let values = standard.byCategory.get(category);
  if (!values) {
    const prefix = `outletCategories/${category}/`;
    values = new Map([...standard.values].filter(([path]) => path.startsWith(prefix)));
    standard.byCategory.set(category, values);
  }
  return values;
}

/** The plan's gaps now, against the outlet's standard now (an outlet without a category has nothing to measure against). */
export function gapsAgainst(plan: Pick<OutletPlan, 'facts'>, outlet: Pick<PlannedOutlet, 'category'>, standard: OutletStandard | null): Gap[] {
  if (!standard || !outlet.category) return [];
  return gapsOf(plan.facts, valuesFor(standard, outlet.category), outlet.category, standard.coreRules);
}

function storeSummary(plan: OutletPlan, gaps: readonly Gap[]): void {
  const s = summarizeGaps(gaps);
  plan.compliant = s.compliant;
  plan.gapCount = gaps.length;
  plan.gapKinds = { ...s.byKind };
}

// ─── Reading ────────────────────────────────────────────────────────────────

async function outletOrFail(em: EntityManager, scope: Scope, code: string, field: string): Promise<OrgUnit> {
  const unit = await em.findOne(OrgUnit, { code });
  if (!unit || !scope.canReadUnit(unit)) throw notFound(field, 'outlet', code);
  if (unit.level !== OrgLevel.OUTLET) throw inputError(field, 'outlet-only', `${unit.code} is a ${unit.level} unit; only outlets have implementation plans`);
  return unit;
}

/**
 * The outlet's current plan as its readers see it: the open one (draft,
 * submitted or returned) if there is one, else the approved one. Readers are
 * the outlet's subtree's people above and in it (the plan is the outlet's
 * layer), never a sibling branch.
 */
export async function currentPlan(em: EntityManager, scope: Scope, outletCode: string): Promise<OutletPlan | null> {
  const unit = await em.findOne(OrgUnit, { code: outletCode });
  if (!unit || unit.level !== OrgLevel.OUTLET || !scope.canReadUnit(unit)) return null;
  const plans = await em.find(
    OutletPlan,
    { unit: unit.id, status: { $in: [ApprovalState.DRAFT, ApprovalState.SUBMITTED, ApprovalState.RETURNED, ApprovalState.APPROVED] } },
    { populate: ['unit'] },
  );
  return plans.find((p) => p.status !== ApprovalState.APPROVED) ?? plans[0] ?? null;
}

// ─── Writing ────────────────────────────────────────────────────────────────

function checkFacts(v: Violations, facts: OutletFacts, standard: OutletStandard | null, field: string): void {
  const count = (at: string, n: unknown) => {
    if (!Number.isInteger(n) || (n as number) < 0 || (n as number) > COUNT_MAX) v.add(at, 'count', `must be a whole number from 0 to ${COUNT_MAX}`);
  };
  const known = (at: string, code: string, set: ReadonlySet<string> | undefined, what: string) => {
    if (!CODE.test(code)) v.add(at, 'format', `"${code}" is not a code (A-Z, 0-9, "_" and "-")`);
    else if (set && set.size && !set.has(code)) v.add(at, 'exists', `${what} ${code} is not in the standard in force`);
  };
  const once = (at: string, codes: string[]) => {
    const seen = new Set<string>();
    codes.forEach((c, i) => {
      if (seen.has(c)) v.add(`${at}[${i}]`, 'unique', `${c} is listed twice`);
      seen.add(c);
    });
  };
  if (facts.floorArea != null && !(Number.isFinite(facts.floorArea) && facts.floorArea > 0 && facts.floorArea <= 100_000)) {
    v.add(`${field}.floorArea`, 'range', 'must be a floor area in square metres, above 0 and at most 100000');
  }
  facts.staffing.forEach((s, i) => {
    known(`${field}.staffing[${i}].position`, s.position, standard?.positions, 'position');
    count(`${field}.staffing[${i}].current`, s.current);
    count(`${field}.staffing[${i}].target`, s.target);
  });
  once(`${field}.staffing`, facts.staffing.map((s) => s.position));
  facts.zones.forEach((z, i) => {
    known(`${field}.zones[${i}].zone`, z.zone, standard?.zones, 'zone');
    if (!ZONE_STATUSES.includes(z.status)) v.add(`${field}.zones[${i}].status`, 'one-of', `must be one of ${ZONE_STATUSES.join(', ')}`);
  });
  once(`${field}.zones`, facts.zones.map((z) => z.zone));
  facts.devices.forEach((d, i) => {
    known(`${field}.devices[${i}].deviceType`, d.deviceType, standard?.deviceTypes, 'device type');
    count(`${field}.devices[${i}].count`, d.count);
  });
  once(`${field}.devices`, facts.devices.map((d) => d.deviceType));
}

function subjectOf(plan: OutletPlan, unit: OrgUnit): ApprovalSubject {
  return {
    type: ApprovalSubjectType.OUTLET_PLAN,
    id: plan.id,
    code: `${unit.code} plan`,
    unit: { id: unit.id, code: unit.code, path: unit.path, level: unit.level },
    state: plan.status,
    revision: plan.version,
    submittedBy: plan.submittedById ?? null,
  };
}

function snapshot(plan: OutletPlan) {
  return { status: plan.status, facts: plan.facts, actions: plan.actions, justifications: plan.justifications, gapCount: plan.gapCount };
}

/** Loads the outlet's open plan for an edit, checking who may edit it and the version the edit was made against. */
async function openPlanForEdit(tx: EntityManager, scope: Scope, outletCode: string, expectedVersion: number, attempted: string) {
  const unit = await outletOrFail(tx, scope, outletCode, 'outletCode');
  scope.assertLayer('author', unit, attempted);
  const plan = await tx.findOne(OutletPlan, { unit: unit.id, status: { $in: [ApprovalState.DRAFT, ApprovalState.SUBMITTED, ApprovalState.RETURNED] } });
  if (!plan) throw inputError('outletCode', 'open-plan', `${unit.code} has no open plan; save its facts to start one`);
  if (plan.version !== expectedVersion) throw versionConflict('version', expectedVersion, plan.version);
  nextState(scope, subjectOf(plan, unit), ApprovalAction.EDIT, attempted, 'outletCode');
  return { unit, plan };
}

async function afterEdit(tx: EntityManager, scope: Scope, unit: OrgUnit, plan: OutletPlan, operation: string, before: object) {
  const standard = await steadyStandardOf(tx, unit);
  storeSummary(plan, gapsAgainst(plan, unit, standard));
  recordAudit(tx, scope.actor, {
    operation,
    objectType: 'OutletPlan',
    objectId: plan.id,
    objectLabel: `${unit.code} plan`,
    unitPath: unit.path,
    before: before as Record<string, unknown>,
    after: snapshot(plan),
  });
  await tx.flush();
  return plan;
}

/**
 * Records the outlet's facts on its open plan, starting one (a draft, with the
 * action items of the plan it follows carried over) if there is none.
 * `version` is the open plan's, or null when starting.
 */
export async function saveFacts(em: EntityManager, scope: Scope, outletCode: string, version: number | null, facts: OutletFacts): Promise<OutletPlan> {
  return em.transactional(async (tx) => {
    const unit = await outletOrFail(tx, scope, outletCode, 'outletCode');
    scope.assertLayer('author', unit, 'saveOutletFacts');
    const standard = await steadyStandardOf(tx, unit);
    const v = new Violations();
    checkFacts(v, facts, standard, 'facts');
    v.throwIfAny();
    const clean: OutletFacts = {
      floorArea: facts.floorArea ?? null,
      staffing: facts.staffing.map(({ position, current, target }) => ({ position, current, target })),
      zones: facts.zones.map(({ zone, status }) => ({ zone, status })),
      devices: facts.devices.map(({ deviceType, count }) => ({ deviceType, count })),
      acknowledgedRules: [...new Set(facts.acknowledgedRules ?? [])],
    };
    const plans = await tx.find(OutletPlan, { unit: unit.id, status: { $in: [ApprovalState.DRAFT, ApprovalState.SUBMITTED, ApprovalState.RETURNED, ApprovalState.APPROVED] } });
    let plan = plans.find((p) => p.status !== ApprovalState.APPROVED);
    const before = plan ? snapshot(plan) : {};
    if (plan) {
      if (version === null || plan.version !== version) throw versionConflict('version', version ?? 0, plan.version);
      nextState(scope, subjectOf(plan, unit), ApprovalAction.EDIT, 'saveOutletFacts', 'outletCode');
      plan.facts = clean;
    } else {
      if (version !== null) throw inputError('version', 'open-plan', `${unit.code} has no open plan to be at version ${version}; pass none to start one`);
      const approved = plans.find((p) => p.status === ApprovalState.APPROVED);
      // Starting again right after taking a plan back keeps its action plan and justifications: the head
      // withdrew it to change something, not to write it all anew. Otherwise the approved plan's items carry
      // over, without its justifications (they answered the gaps of its own facts).
      const withdrawn = await tx.findOne(OutletPlan, { unit: unit.id, status: ApprovalState.WITHDRAWN }, { orderBy: { createdAt: 'desc', id: 'desc' } });
      const taken = withdrawn && (!approved || withdrawn.createdAt > approved.createdAt) ? withdrawn : null;
      plan = tx.create(OutletPlan, {
        unit,
        facts: clean,
        actions: (taken ?? approved)?.actions.map((a) => ({ ...a })) ?? [],
        justifications: taken ? taken.justifications.map((j) => ({ ...j })) : [],
        createdBy: scope.actor.name,
      } as never);
    }
    storeSummary(plan, gapsAgainst(plan, unit, standard));
    recordAudit(tx, scope.actor, { operation: 'outletPlan.saveFacts', objectType: 'OutletPlan', objectId: plan.id, objectLabel: `${unit.code} plan`, unitPath: unit.path, before, after: snapshot(plan) });
    await tx.flush();
    return plan;
  });
}

export interface ActionInput {
  who: string;
  dueDate: string;
  what: string;
  expectedEffect: string;
  path: string;
  done?: boolean | null;
}

function checkAction(v: Violations, a: ActionInput, field: string): void {
  for (const key of ['who', 'what', 'expectedEffect'] as const) {
    const text = (a[key] ?? '').trim();
    if (!text) v.add(`${field}.${key}`, 'required', 'must not be empty');
    else if (text.length > TEXT_MAX) v.add(`${field}.${key}`, 'length', `at most ${TEXT_MAX} characters`);
  }
  if (!DATE.test(a.dueDate) || Number.isNaN(Date.parse(`${a.dueDate}T00:00:00Z`))) v.add(`${field}.dueDate`, 'format', 'must be a date as yyyy-mm-dd');
  if (!/^[A-Za-z0-9_/-]+$/.test(a.path)) v.add(`${field}.path`, 'format', 'must be a requirement path, e.g. outletCategories/GENERAL/devices/ATM');
}

const actionOf = (id: string, a: ActionInput): PlanAction => ({
  id,
  who: a.who.trim(),
  dueDate: a.dueDate,
  what: a.what.trim(),
  expectedEffect: a.expectedEffect.trim(),
  path: a.path,
  done: a.done ?? false,
});

export async function addAction(em: EntityManager, scope: Scope, outletCode: string, version: number, input: ActionInput): Promise<OutletPlan> {
  return em.transactional(async (tx) => {
    const v = new Violations();
    checkAction(v, input, 'action');
    v.throwIfAny();
    const { unit, plan } = await openPlanForEdit(tx, scope, outletCode, version, 'addPlanAction');
    const before = snapshot(plan);
    plan.actions = [...plan.actions, actionOf(uuidv7(), input)];
    return afterEdit(tx, scope, unit, plan, 'outletPlan.addAction', before);
  });
}

export async function updateAction(em: EntityManager, scope: Scope, outletCode: string, version: number, actionId: string, input: ActionInput): Promise<OutletPlan> {
  return em.transactional(async (tx) => {
    const v = new Violations();
    checkAction(v, input, 'action');
    v.throwIfAny();
    const { unit, plan } = await openPlanForEdit(tx, scope, outletCode, version, 'updatePlanAction');
    if (!plan.actions.some((a) => a.id === actionId)) throw inputError('actionId', 'exists', `the plan has no action ${actionId}`);
    const before = snapshot(plan);
    plan.actions = plan.actions.map((a) => (a.id === actionId ? actionOf(actionId, input) : a));
    return afterEdit(tx, scope, unit, plan, 'outletPlan.updateAction', before);
  });
}

export async function removeAction(em: EntityManager, scope: Scope, outletCode: string, version: number, actionId: string): Promise<OutletPlan> {
  return em.transactional(async (tx) => {
    const { unit, plan } = await openPlanForEdit(tx, scope, outletCode, version, 'removePlanAction');
    if (!plan.actions.some((a) => a.id === actionId)) throw inputError('actionId', 'exists', `the plan has no action ${actionId}`);
    const before = snapshot(plan);
    plan.actions = plan.actions.filter((a) => a.id !== actionId);
    return afterEdit(tx, scope, unit, plan, 'outletPlan.removeAction', before);
  });
}

/** Writes (or, with empty text, withdraws) the justification of the gap at `path`. */
export async function justifyGap(em: EntityManager, scope: Scope, outletCode: string, version: number, path: string, text: string): Promise<OutletPlan> {
  return em.transactional(async (tx) => {
    const trimmed = text.trim();
    if (trimmed.length > TEXT_MAX) throw inputError('text', 'length', `at most ${TEXT_MAX} characters`);
    const { unit, plan } = await openPlanForEdit(tx, scope, outletCode, version, 'justifyGap');
    const before = snapshot(plan);
    const others = plan.justifications.filter((j) => j.path !== path);
    plan.justifications = trimmed ? [...others, { path, text: trimmed }] : others;
    return afterEdit(tx, scope, unit, plan, 'outletPlan.justifyGap', before);
  });
}

/** The outlet head acknowledges core service rules (核心内容), by code. */
export async function acknowledgeRules(em: EntityManager, scope: Scope, outletCode: string, version: number, rules: readonly string[]): Promise<OutletPlan> {
  return em.transactional(async (tx) => {
    const { unit, plan } = await openPlanForEdit(tx, scope, outletCode, version, 'acknowledgeCoreRules');
    const standard = await steadyStandardOf(tx, unit);
    const core = new Set(standard?.coreRules.map((r) => r.code));
    const v = new Violations();
    rules.forEach((r, i) => {
      if (!core.has(r)) v.add(`rules[${i}]`, 'core-rule', `${r} is not a core service rule of the standard in force`);
    });
    v.throwIfAny();
    const before = snapshot(plan);
    plan.facts = { ...plan.facts, acknowledgedRules: [...new Set([...plan.facts.acknowledgedRules, ...rules])] };
    return afterEdit(tx, scope, unit, plan, 'outletPlan.acknowledgeRules', before);
  });
}

/**
 * The gaps that would block submission: those with neither an action item
 * that closes them and carries a date, nor a written justification.
 */
export function unaddressed(gaps: readonly Gap[], plan: Pick<OutletPlan, 'actions' | 'justifications'>): Gap[] {
  const closed = new Set(plan.actions.filter((a) => DATE.test(a.dueDate)).map((a) => a.path));
  const justified = new Set(plan.justifications.filter((j) => j.text.trim()).map((j) => j.path));
  return gaps.filter((g) => !closed.has(g.path) && !justified.has(g.path));
}

async function planForStep(tx: EntityManager, scope: Scope, outletCode: string, version: number) {
  const unit = await outletOrFail(tx, scope, outletCode, 'outletCode');
  const plan = await tx.findOne(OutletPlan, { unit: unit.id, status: { $in: [ApprovalState.DRAFT, ApprovalState.SUBMITTED, ApprovalState.RETURNED] } });
  if (!plan) throw inputError('outletCode', 'open-plan', `${unit.code} has no open plan`);
  if (plan.version !== version) throw versionConflict('version', version, plan.version);
  return { unit, plan };
}

export async function submitPlan(em: EntityManager, scope: Scope, outletCode: string, version: number): Promise<OutletPlan> {
  return em.transactional(async (tx) => {
    const { unit, plan } = await planForStep(tx, scope, outletCode, version);
    const to = nextState(scope, subjectOf(plan, unit), ApprovalAction.SUBMIT, 'submitOutletPlan', 'outletCode');
    const gaps = gapsAgainst(plan, unit, await steadyStandardOf(tx, unit));
    const open = unaddressed(gaps, plan);
    if (open.length) {
      const v = new Violations();
      for (const g of open) v.add(`gaps.${g.path}`, 'gap-unaddressed', `${g.kind} at ${g.path} (set by ${g.setBy.unitCode}) needs an action item with a due date or a written justification`);
      v.throwIfAny();
    }
    const from = plan.status;
    storeSummary(plan, gaps);
    plan.status = to;
    plan.submittedById = scope.actor.id;
    plan.submittedBy = scope.actor.name;
    plan.submittedAt = new Date();
    await tx.flush();
    recordTransition(tx, scope, subjectOf(plan, unit), { action: ApprovalAction.SUBMIT, from, to });
    await tx.flush();
    return plan;
  });
}

export async function withdrawPlan(em: EntityManager, scope: Scope, outletCode: string, version: number): Promise<OutletPlan> {
  return em.transactional(async (tx) => {
    const { unit, plan } = await planForStep(tx, scope, outletCode, version);
    const to = nextState(scope, subjectOf(plan, unit), ApprovalAction.WITHDRAW, 'withdrawOutletPlan', 'outletCode');
    const from = plan.status;
    plan.status = to;
    await tx.flush();
    recordTransition(tx, scope, subjectOf(plan, unit), { action: ApprovalAction.WITHDRAW, from, to });
    await tx.flush();
    return plan;
  });
}

/**
 * Approves the submitted plan at `revision` (the one the approver reviewed).
 * Its facts become the outlet's recorded state: the previously approved plan
 * is superseded in the same transaction, and the gap summary is refreshed
 * against the standard in force now, so a roll-up read after the commit
 * counts the outlet as approved with its current gaps.
 */
export async function approvePlan(em: EntityManager, scope: Scope, outletCode: string, revision: number, comment?: string | null): Promise<OutletPlan> {
  return decide(em, scope, outletCode, revision, ApprovalAction.APPROVE, comment ?? null);
}

export async function returnPlan(em: EntityManager, scope: Scope, outletCode: string, revision: number, comment: string): Promise<OutletPlan> {
  if (!comment.trim()) throw inputError('comment', 'required', 'say what the outlet should change');
  return decide(em, scope, outletCode, revision, ApprovalAction.RETURN, comment.trim());
}

async function decide(em: EntityManager, scope: Scope, outletCode: string, revision: number, action: ApprovalAction.APPROVE | ApprovalAction.RETURN, comment: string | null) {
  if (comment && comment.length > TEXT_MAX) throw inputError('comment', 'length', `at most ${TEXT_MAX} characters`);
  return em.transactional(async (tx) => {
    const { unit, plan } = await planForStep(tx, scope, outletCode, revision).catch((err) => {
      if ((err as { extensions?: { code?: string } }).extensions?.code === 'VERSION_CONFLICT') throw inputError('revision', 'reviewed-revision', `the plan changed after the revision you reviewed (${revision}); review it again`);
      throw err;
    });
    const attempted = action === ApprovalAction.APPROVE ? 'approveOutletPlan' : 'returnOutletPlan';
    const reviewed = subjectOf(plan, unit);
    const to = nextState(scope, reviewed, action, attempted, 'outletCode');
    const from = plan.status;
    if (action === ApprovalAction.APPROVE) {
      const previous = await tx.findOne(OutletPlan, { unit: unit.id, status: ApprovalState.APPROVED });
      if (previous) {
        previous.status = ApprovalState.SUPERSEDED;
        await tx.flush();
        recordTransition(tx, scope, subjectOf(previous, unit), { action: ApprovalAction.SUPERSEDE, from: ApprovalState.APPROVED, to: ApprovalState.SUPERSEDED });
      }
      storeSummary(plan, gapsAgainst(plan, unit, await steadyStandardOf(tx, unit)));
    }
    plan.status = to;
    plan.decidedBy = scope.actor.name;
    plan.decidedAt = new Date();
    await tx.flush();
    recordTransition(tx, scope, reviewed, { action, from, to, comment });
    await tx.flush();
    return plan;
  });
}

/** Whether the plan is still its outlet's to change. */
export const planEditable = (plan: OutletPlan) => isEditable(plan.status);

/** Plans listed by their outlet's code (an outlet lists at most one current plan; the id breaks ties between an open and an approved one). */
export const PLAN_LIST_ORDER: ListOrder = {
  name: 'outletPlans:outlet',
  keys: [
    { sql: 'u.code', type: 'text' },
    { sql: 'p.id', type: 'uuid' },
  ],
  descending: false,
};

const OPEN_STATES = [ApprovalState.DRAFT, ApprovalState.SUBMITTED, ApprovalState.RETURNED];

/**
 * A page of the current plans of the outlets under `orgUnitCode` that the
 * actor may read (its own subtree; an outlet's people see their outlet's):
 * an outlet's open plan, else its approved one; with `status`, the plans in
 * that state (APPROVED lists the recorded state even where a newer plan is
 * open). The page and the total come in one statement, as the unit lists do:
 * a count over the filter and a LATERAL page of rows beside it.
 */
export async function plansUnder(em: EntityManager, scope: Scope, orgUnitCode: string, status: string | null, page: PageRequest): Promise<Connection<OutletPlan>> {
  const states = [...OPEN_STATES, ApprovalState.APPROVED];
  if (status !== null && !states.includes(status as ApprovalState)) throw inputError('status', 'one-of', `must be one of ${states.join(', ')}`);
  const unit = await em.findOne(OrgUnit, { code: orgUnitCode });
  if (!unit || !scope.inSubtree(unit.path)) throw notFound('orgUnitCode', 'unit', orgUnitCode);
  const knex = em.getKnex();
  const filtered = knex('outlet_plan as p').join('org_unit as u', 'u.id', 'p.unit_id').whereRaw('u.path like ?', [escapeLike(unit.path) + '%']);
  if (status) filtered.where('p.status', status);
  else {
    filtered.where((w) =>
      w.whereIn('p.status', OPEN_STATES).orWhere((a) =>
        a.where('p.status', ApprovalState.APPROVED).whereNotExists(knex('outlet_plan as o').select(knex.raw('1')).whereRaw('o.unit_id = p.unit_id').whereIn('o.status', OPEN_STATES)),
      ),
    );
  }
  const { keys } = page.order;
  const rowsQuery = filtered.clone().select('p.*', ...keys.map((key, i) => knex.raw(`${sortKeySql(key)} as _sort${i}`)));
  const after = afterCondition(page);
  if (after) rowsQuery.whereRaw(after[0], after[1] as never[]);
  rowsQuery.orderByRaw(orderBySql(page.order)).limit(page.first + 1).offset(page.offset);
  const countQuery = filtered.clone().count('* as total');
  // An empty page still comes back as one row (left join), carrying the count.
  const rows: Record<string, unknown>[] = await em.execute(
    knex
      .select('c.total', 'x.*')
      .from(knex.raw('(?) as c', [countQuery as never]))
      .joinRaw('left join lateral (?) as x on true', [rowsQuery as never])
      .orderByRaw(keys.map((_, i) => `x._sort${i} asc`).join(', ')),
  );
  const total = Number(rows[0]?.total ?? 0);
  const mapped = rows
    .filter((r) => r.id != null)
    .map((row) => {
      const columns = Object.fromEntries(Object.entries(row).filter(([k]) => k !== 'total' && !k.startsWith('_sort')));
      return { plan: em.map(OutletPlan, columns as never), values: keys.map((_, i) => row[`_sort${i}`]) };
    });
  const connection = toConnection(mapped, page, total, (r) => r.values);
  return { ...connection, nodes: connection.nodes.map((r) => r.plan), edges: connection.edges.map((e) => ({ cursor: e.cursor, node: e.node.plan })) };
}

// ─── Inbox ──────────────────────────────────────────────────────────────────

/**
 * Outlet plans in the actor's inbox, in at most two statements:
 * - awaiting them: plans submitted by the outlets directly below their unit,
 *   when they approve for those outlets (never their own submission);
 * - come back to them: their own outlet's returned plan, when they are the
 *   outlet head who submits it.
 */
export const outletPlanInbox: InboxSource = async (em, scope) => {
  const own = scope.actor.unit;
  if (!own || scope.actor.kind !== 'USER') return EMPTY_INBOX_PART;
  const [awaiting, returned] = await Promise.all([
    own.level !== OrgLevel.OUTLET && scope.hasRole(Role.APPROVER)
      ? em.find(
          OutletPlan,
          { status: ApprovalState.SUBMITTED, unit: { parent: own.id, level: OrgLevel.OUTLET } },
          { orderBy: { submittedAt: 'asc', id: 'asc' }, populate: ['unit'] },
        )
      : Promise.resolve([]),
    own.level === OrgLevel.OUTLET && scope.canSubmitFor(own)
      ? em.find(OutletPlan, { status: ApprovalState.RETURNED, unit: own.id }, { orderBy: { decidedAt: 'desc', id: 'desc' }, populate: ['unit'] })
      : Promise.resolve([]),
  ]);
  const entry = (p: OutletPlan): InboxEntry => {
    const unit = p.unit.getEntity();
    return {
      subjectType: ApprovalSubjectType.OUTLET_PLAN,
      id: p.id,
      code: unit.code,
      title: unit.name,
      unitId: unit.id,
      state: p.status,
      submittedBy: p.submittedBy ?? null,
      submittedAt: p.submittedAt ?? null,
      decidedBy: p.decidedBy ?? null,
      decidedAt: p.decidedAt ?? null,
      revision: p.version,
    };
  };
  return {
    awaitingMe: awaiting.filter((p) => scope.canApproveFor(p.unit.getEntity(), p.submittedById)).map(entry),
    returnedToMe: returned.map(entry),
  };
};
