import type { EntityManager } from '@mikro-orm/postgresql';
import { SYSTEM_ACTOR } from '../../shared/actor.js';
import { Scope } from '../../shared/auth/scope.js';
import { ref } from '@mikro-orm/core';
import { escapeLike } from '../../shared/sql.js';
import { InputError, Violations, inputError, notFound, versionConflict, type Violation } from '../../shared/errors.js';
import { checkLocalizedText } from '../../shared/localized-text.js';
import { columnLength } from '../../shared/limits.js';
import { OrgLevel, OrgUnit } from '../org-unit/org-unit.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import { StandardEdition } from '../standard/standard.entities.js';
import { EditionStatus, Policy } from '../standard/standard.types.js';
import { LayerKind, editionValues, type EffectiveItem, type EffectiveValue, type Layer, type LayerValue, type LayerSource, type PolicedContent } from '../standard/effective.js';
import { KINDS, kindSpec, type EditionContent } from '../standard/standard.kinds.js';
import type { AnyKind, PlainData } from '../standard/standard.kind.js';
import { compact, itemsOf, validateContent } from '../standard/standard.content.js';
import { checkItem } from '../standard/standard.service.js';
import { foldedStandard } from '../standard/effective-standard.service.js';
import { standardInForceListener } from '../standard/standard.ports.js';
import {
  checkAddition,
  checkOverride,
  checkPolicyChange,
  checkRemoval,
  parseValuePath,
  policedValueFor,
  sameValue,
  type PolicyViolation,
} from '../standard/policy.js';
import { ApprovalSubjectType, type ItemComment } from '../approval/approval-event.entity.js';
import { nextState, recordTransition, type ApprovalSubject } from '../approval/approval.service.js';
import { ApprovalAction, ApprovalState } from '../approval/workflow.js';
import { LocalVersion, type ChangeConflict, type LocalChange, type LocalItem, type LocalRemoval } from './local-version.entity.js';

/**
 * Local versions: a branch's changes to the standard it inherits, checked
 * against the policy when drafted, when submitted and again when approved,
 * and moved through the approval workflow.
 *
 * What a branch inherits is head office's current edition folded with the
 * approved local versions of the branches above it (foldedStandard). Each
 * change is checked against that inherited value with policy.ts, which is
 * enough for the whole chain because the policies are transitive and may only
 * tighten on the way down.
 */

const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);
const CODE_MAX = columnLength(LocalVersion, 'code');
const CODE_PATTERN = new RegExp(`^[A-Z0-9][A-Z0-9-]{2,${CODE_MAX - 1}}$`);
const BRANCH_LEVELS: readonly OrgLevel[] = [OrgLevel.TIER_ONE_BRANCH, OrgLevel.TIER_TWO_BRANCH];
const COMMENT_MAX = 2000;

// ─── What a unit inherits ───────────────────────────────────────────────────

/** What the changes of one unit's version are checked against. */
export interface Inherited {
  edition: StandardEdition;
  values: ReadonlyMap<string, EffectiveValue>;
  /** The same values as the API shows them (code lists as { code, name }), for a reviewer's side-by-side view. */
  shown: ReadonlyMap<string, unknown>;
  /** Codes of core service rules (核心内容), which no level may drop or weaken. */
  coreRules: ReadonlySet<string>;
  /** Codes of the edition's service rules, the items a branch may mark not applicable. */
  rules: ReadonlySet<string>;
  /** Head office's edition content, whose keys a local item may not take. */
  content: EditionContent;
  /** The items the branches above added, by path (positions/WEALTH_MANAGER), with who added them. */
  items: ReadonlyMap<string, EffectiveItem>;
}

async function currentEditionOrFail(em: EntityManager, field: string): Promise<StandardEdition> {
  const edition = await em.findOne(StandardEdition, { isCurrent: true, status: EditionStatus.PUBLISHED });
  if (!edition) throw inputError(field, 'edition-in-force', 'no head-office edition is in force yet, so there is nothing to localize');
  return edition;
}

/** The standard `unit` inherits: the edition in force and the approved versions of the branches above it. */
export async function inheritedBy(em: EntityManager, unit: OrgUnit, edition: StandardEdition): Promise<Inherited> {
  const ids = unit.pathIds().slice(0, -1);
  const found = await em.find(OrgUnit, { id: { $in: ids } });
  const chain = ids.map((id) => found.find((u) => u.id === id)!).filter(Boolean);
  const { content, answer } = await foldedStandard(em, edition, chain);
  const serviceRules = (content as unknown as { serviceRules: { code: string; core: boolean }[] }).serviceRules;
  // A branch may declare its own rule core: the branches below must keep it like head office's.
  const localCore = [...answer.items.values()].filter((i) => i.kind === 'SERVICE_RULE' && i.data.core === true).map((i) => i.key);
  return {
    edition,
    values: answer.raw,
    shown: answer.values,
    coreRules: new Set([...serviceRules.filter((r) => r.core).map((r) => r.code), ...localCore]),
    rules: new Set(serviceRules.map((r) => r.code)),
    content,
    items: answer.items,
  };
}

const isCore = (inherited: Inherited, path: string) => {
  const [list, code] = path.split('/');
  return list === 'serviceRules' && inherited.coreRules.has(code);
};

/** A layer as messages name it: "GD (local version GD-2026-01, revision 3)". */
function sourceLabel(source: LayerSource): string {
  const what = source.layerKind === LayerKind.EDITION ? 'edition' : 'local version';
  return `${source.unitCode} (${what} ${source.layerCode}, revision ${source.revision})`;
}

/** Who set an inherited value, as messages name it: "GD (local version GD-2026-01, revision 3)". */
export function setByLabel(v: EffectiveValue): string {
  return sourceLabel(v.setBy);
}

/** A policy violation as the API reports it: the field, plus the path, policy, inherited and attempted values and who set them. */
function asViolation(field: string, v: PolicyViolation): Violation {
  const detailed = { field, rule: v.rule, message: v.message, path: v.path, policy: v.policy, inherited: v.inherited, attempted: v.attempted, setBy: v.setBy };
  return detailed;
}

/** Which kind of item the code of an outlet category's keyed entry names: a staffing row a position, a device minimum a device type. */
const ENTRY_REFERENCES: Readonly<Record<string, string>> = { staffing: 'POSITION', devices: 'DEVICE_TYPE', zones: 'ZONE' };

/** Whether the item `code` of `kind` exists for a unit: in head office's edition, a branch above's local items or `own` (this version's). */
function itemDefined(inherited: Inherited, own: readonly LocalItem[], kind: string, code: string): boolean {
  const spec = kindSpec(kind) as AnyKind;
  // Staffing names posts, not support roles (as head office's publication check requires).
  const fits = (data: Record<string, unknown>) => kind !== 'POSITION' || data.kind === 'POSITION';
  return (
    itemsOf(inherited.content, spec).some((i) => spec.key(i) === code && fits(i as Record<string, unknown>)) ||
    [...inherited.items.values()].some((i) => i.kind === kind && i.key === code && fits(i.data)) ||
    own.some((i) => i.kind === kind && i.key === code && !i.conflict && fits(i.data))
  );
}

/**
 * A change at a path the unit does not inherit, when that path is a keyed
 * entry a branch may add: a staffing row, device minimum or zone requirement
 * of an inherited outlet category, for an item that exists (typically the
 * branch's own local position). Undefined when the path is not such an entry;
 * otherwise null, or why the entry is refused.
 */
function checkNewEntry(inherited: Inherited, change: Pick<LocalChange, 'path' | 'value' | 'policy'>, own: readonly LocalItem[]): PolicyViolation | null | undefined {
  const entry = policedValueFor(change.path);
  const [list, category, field, code] = change.path.split('/');
  const refKind = ENTRY_REFERENCES[field];
  if (!entry?.key || !entry.kind || list !== 'outletCategories' || !refKind) return undefined;
  const container = `${list}/${category}`;
  if (![...inherited.values.keys()].some((p) => under(p, container))) return undefined;
  if (!itemDefined(inherited, own, refKind, code)) {
    const noun = (kindSpec(refKind) as AnyKind).noun;
    return {
      path: change.path,
      rule: 'invalid-value',
      policy: change.policy,
      kind: entry.kind,
      inherited: null,
      attempted: change.value,
      setBy: null,
      message: `${change.path}: ${code} is not ${noun} of the standard this unit inherits or of this version; add it as a local item first`,
    };
  }
  return checkAddition({ path: change.path, kind: entry.kind, policy: change.policy, proposed: change.value });
}

/** Where a value first came from: the end of its chain of overridden values. */
const origin = (v: EffectiveValue): EffectiveValue => (v.overrode ? origin(v.overrode) : v);

/**
 * Whether `change` fits what it inherits: null, or why not. `own` are the
 * version's own local items, which the entries it adds may name.
 */
export function checkChange(inherited: Inherited, change: Pick<LocalChange, 'path' | 'value' | 'policy'>, own: readonly LocalItem[] = []): PolicyViolation | null {
  const above = inherited.values.get(change.path);
  if (!above) {
    const added = checkNewEntry(inherited, change, own);
    if (added !== undefined) return added;
    return {
      path: change.path,
      rule: 'invalid-value',
      policy: null,
      kind: null,
      inherited: null,
      attempted: change.value,
      setBy: null,
      message: `${change.path}: the standard this unit inherits has no such value (head office or a branch above removed it)`,
    };
  }
  const setBy = setByLabel(above);
  const overridden = checkOverride({ path: change.path, kind: above.kind, policy: above.policy, inherited: above.value as never, proposed: change.value, core: isCore(inherited, change.path), setBy });
  if (overridden) return overridden;
  return checkPolicyChange({ path: change.path, kind: above.kind, inherited: above.policy, proposed: change.policy, setBy });
}

/** `outletCategories/<code>/…`: the category a path of an outlet category is under, or null. */
const categoryOfPath = (path: string): string | null => {
  const [list, code, field] = path.split('/');
  return list === 'outletCategories' && code && (field === 'staffing' || field === 'marketingStaffMin') ? code : null;
};

/**
 * The rule head office's own publication check holds every outlet category
 * to (the per-position minimums add up to no more than the total minimum),
 * over the category as this version would leave it: inherited values, this
 * version's changes and the staffing rows it adds, less the rows it marks not
 * applicable. Without it a branch could add a staffing row for its own
 * position, or raise one, past the total it inherits, and every outlet of the
 * category would have a standard no outlet can meet. Null, or why not.
 */
export function checkCategoryTotal(
  inherited: Inherited,
  version: Pick<LocalVersion, 'changes' | 'removals'>,
  category: string,
): PolicyViolation | null {
  const base = `outletCategories/${category}`;
  const changed = new Map(version.changes.map((c) => [c.path, c.value]));
  const removed = (path: string) => version.removals.some((r) => under(path, r.path));
  const valueAt = (path: string) => (changed.has(path) ? changed.get(path) : inherited.values.get(path)?.value);
  const rows = new Set([...inherited.values.keys(), ...changed.keys()].filter((p) => p.startsWith(`${base}/staffing/`) && !removed(p)));
  const mins = [...rows].reduce((sum, p) => sum + Number((valueAt(p) as { min?: number } | undefined)?.min ?? 0), 0);
  const total = Number(valueAt(`${base}/marketingStaffMin`));
  if (!Number.isFinite(total) || mins <= total) return null;
  return {
    path: `${base}/marketingStaffMin`,
    rule: 'covers-positions',
    policy: null,
    kind: null,
    inherited: total,
    attempted: mins,
    setBy: null,
    message: `${base}: the per-position staffing minimums would add up to ${mins}, more than the total minimum ${total}; raise marketingStaffMin to at least ${mins} first, or lower a position's minimum`,
  };
}

/** The category-total check for every category the version's changes touch. */
function categoryTotalProblems(inherited: Inherited, version: Pick<LocalVersion, 'changes' | 'removals'>): PolicyViolation[] {
  const categories = new Set(version.changes.map((c) => categoryOfPath(c.path)).filter((c): c is string => c !== null));
  return [...categories].map((c) => checkCategoryTotal(inherited, version, c)).filter((v): v is PolicyViolation => v !== null);
}

// ─── Local items ────────────────────────────────────────────────────────────

/** A local item's path: its kind's list and its key, e.g. positions/WEALTH_MANAGER. */
export const localItemPath = (spec: AnyKind, key: string) => `${spec.list}/${key}`;

/** Why a branch below may not remove (or mark not applicable) an item or entry a branch above added. */
function notOwner(path: string, added: { setBy: LayerSource; data?: unknown; value?: unknown }): PolicyViolation {
  const setBy = sourceLabel(added.setBy);
  return {
    path,
    rule: 'item-not-owner',
    policy: null,
    kind: null,
    inherited: added.data ?? added.value ?? null,
    attempted: null,
    setBy,
    message: `${path} was added by ${setBy}; only that branch's own version can remove it, not a version below`,
  };
}

/**
 * Whether a version may add `item`: its kind takes local items, and nothing
 * the unit inherits (head office's edition, a branch above) has its key. Null,
 * or why not. Re-basing asks the same question, so an item head office has
 * since defined itself is flagged rather than silently dropped or doubled.
 */
export function checkLocalItem(inherited: Inherited, item: Pick<LocalItem, 'kind' | 'key' | 'data'>): PolicyViolation | null {
  const spec = kindSpec(item.kind) as AnyKind | undefined;
  const path = spec ? localItemPath(spec, item.key) : `${item.kind}/${item.key}`;
  const refuse = (rule: PolicyRuleOf, setBy: string | null, message: string): PolicyViolation => ({
    path,
    rule,
    policy: null,
    kind: null,
    inherited: null,
    attempted: item.data,
    setBy,
    message,
  });
  if (!spec || !spec.localItems) return refuse('invalid-value', null, `${path}: a local version cannot add items of kind ${item.kind}`);
  const inEdition = itemsOf(inherited.content, spec).some((i) => spec.key(i) === item.key);
  const above = inherited.items.get(path);
  const holder = inEdition ? `HO (edition ${inherited.edition.code})` : above ? sourceLabel(above.setBy) : null;
  if (!holder) return null;
  return refuse('item-exists', holder, `${path}: the inherited standard already has ${spec.noun} ${item.key}, set by ${holder}; change its values instead of adding it`);
}

type PolicyRuleOf = PolicyViolation['rule'];

/**
 * The item's references checked the way publication checks head office's
 * (the kind's `validate`, policies that fit their values), over the standard
 * the unit would have with it: the edition, the items of the branches above
 * and this version's own. Only problems at the item itself are reported,
 * each as a field of the input.
 */
function itemReferenceProblems(inherited: Inherited, version: LocalVersion, spec: AnyKind, key: string, data: Record<string, unknown>): Violation[] {
  const above = [...inherited.items.values()];
  const merged = Object.fromEntries(
    KINDS.map((k) => [
      k.list,
      [
        ...itemsOf(inherited.content, k),
        ...above.filter((i) => i.kind === k.kind).map((i) => i.data),
        ...version.items.filter((i) => i.kind === k.kind && !(k.kind === spec.kind && i.key === key)).map((i) => i.data),
        ...(k.kind === spec.kind ? [data] : []),
      ],
    ]),
  ) as unknown as EditionContent;
  const at = `${spec.reportKey}/${key}`;
  return validateContent(merged)
    .filter((p) => p.path === at || p.path.startsWith(`${at}/`))
    .map((p) => ({ field: `input${p.path.slice(at.length).replaceAll('/', '.')}`, rule: p.rule, message: `${localItemPath(spec, key)}: ${p.message}` }));
}

/** Whether the inherited item at `path` may be marked not applicable: null, or why not. */
export function checkNotApplicable(inherited: Inherited, path: string): PolicyViolation | null {
  const localItem = [...inherited.items.values()].find((i) => under(path, i.path));
  if (localItem) return notOwner(path, localItem);
  const segments = parseValuePath(path);
  const above = inherited.values.get(path);
  // An entry a branch added (head office never had it) is that branch's to remove, like its items.
  if (above && policedValueFor(path)?.key && origin(above).setBy.layerKind === LayerKind.LOCAL_VERSION) return notOwner(path, origin(above));
  if (above && policedValueFor(path)?.pattern.endsWith('>')) {
    return checkRemoval({ path, core: isCore(inherited, path), policy: above.policy, kind: above.kind, inherited: above.value, setBy: setByLabel(above) });
  }
  if (segments?.length === 2 && segments[0] === 'serviceRules' && inherited.rules.has(segments[1])) {
    return checkRemoval({ path, core: inherited.coreRules.has(segments[1]), setBy: `HO (edition ${inherited.edition.code})` });
  }
  return {
    path,
    rule: 'invalid-value',
    policy: null,
    kind: null,
    inherited: null,
    attempted: null,
    setBy: null,
    message: `${path}: not an item that can be marked not applicable; use a service rule (serviceRules/<RULE>) or a keyed entry such as outletCategories/<CATEGORY>/devices/<DEVICE_TYPE>`,
  };
}

/** Every change and removal checked against `inherited`, with the conflict each now has (null when it fits). */
function recheck(inherited: Inherited, version: LocalVersion) {
  const conflict = (v: PolicyViolation | null): ChangeConflict | null => (v ? { rule: v.rule, message: v.message } : null);
  const changes = version.changes.map((c) => ({ ...c, conflict: conflict(checkChange(inherited, c, version.items)) }));
  const removals = version.removals.map((r) => ({ ...r, conflict: conflict(checkNotApplicable(inherited, r.path)) }));
  const items = version.items.map((i) => ({ ...i, conflict: conflict(checkLocalItem(inherited, i)) }));
  return { changes, removals, items };
}

/** Refuses (listing every problem, each named by its value path) unless every change still fits. */
function assertAllFit(inherited: Inherited, version: LocalVersion): void {
  const problems = [
    ...version.changes.map((c) => checkChange(inherited, c, version.items)),
    ...version.removals.map((r) => checkNotApplicable(inherited, r.path)),
    ...version.items.map((i) => checkLocalItem(inherited, i)),
    ...categoryTotalProblems(inherited, version),
  ].filter((v): v is PolicyViolation => v !== null);
  if (problems.length) throw new InputError(problems.map((v) => asViolation(v.path, v)));
}

// ─── Loading and scope ──────────────────────────────────────────────────────

function subjectOf(version: LocalVersion): ApprovalSubject {
  const unit = version.unit.getEntity();
  return {
    type: ApprovalSubjectType.LOCAL_VERSION,
    id: version.id,
    code: version.code,
    unit: { id: unit.id, code: unit.code, path: unit.path, level: unit.level },
    state: version.status,
    revision: version.version,
    submittedBy: version.submittedById ?? null,
  };
}

/** Whether the actor may read `version`: its unit's drafts under the layer grants, or any approved or superseded version of a unit in sight. */
export function canRead(scope: Scope, version: LocalVersion): boolean {
  const unit = version.unit.getEntity();
  if (scope.canReadDraftsOf(unit)) return true;
  const published = version.status === ApprovalState.APPROVED || version.status === ApprovalState.SUPERSEDED;
  return published && scope.canReadUnit(unit);
}

/** A version by id if the actor may read it; null otherwise (as if it did not exist). */
export async function findVisible(em: EntityManager, scope: Scope, id: string): Promise<LocalVersion | null> {
  const version = /^[0-9a-f-]{36}$/i.test(id) ? await em.findOne(LocalVersion, { id }, { populate: ['unit', 'baseEdition'] }) : null;
  return version && canRead(scope, version) ? version : null;
}

/** A version by id, as the actor may see it; NOT_FOUND otherwise. */
async function loadVisible(em: EntityManager, scope: Scope, id: string, field = 'id'): Promise<LocalVersion> {
  const version = await findVisible(em, scope, id);
  if (!version) throw notFound(field, 'local version', id);
  return version;
}

function checkVersion(version: LocalVersion, expected: number, field: string) {
  if (version.version !== expected) throw versionConflict(field, expected, version.version);
}

function snapshot(v: LocalVersion) {
  return {
    code: v.code,
    orgUnitCode: v.unit.getEntity().code,
    title: v.title,
    status: v.status,
    baseEdition: v.baseEdition.getEntity().code,
    changes: v.changes.map((c) => ({ path: c.path, value: c.value, policy: c.policy, conflict: c.conflict?.rule ?? null })),
    removals: v.removals.map((r) => ({ path: r.path, conflict: r.conflict?.rule ?? null })),
    items: v.items.map((i) => ({ kind: i.kind, key: i.key, data: i.data, conflict: i.conflict?.rule ?? null })),
  };
}

function audit(tx: EntityManager, scope: Scope, version: LocalVersion, operation: string, before: Record<string, unknown> | undefined) {
  recordAudit(tx, scope.actor, {
    operation,
    objectType: 'LocalVersion',
    objectId: version.id,
    objectLabel: version.code,
    unitPath: version.unit.getEntity().path,
    before,
    after: snapshot(version),
  });
}

function cleanComment(v: Violations, field: string, comment: string | null | undefined, required: boolean): string | null {
  const text = comment?.trim() ?? '';
  if (!text && required) v.add(field, 'required', 'say what must change, so the branch knows what to fix');
  if (text.length > COMMENT_MAX) v.add(field, 'max-length', `must be at most ${COMMENT_MAX} characters`);
  return text || null;
}

/**
 * A version side by side with what its unit inherits now: each changed or
 * removed path with the inherited value (its policy and who set it) and the
 * local change. For one version's review page; null when the actor may not
 * read it.
 */
export async function reviewOf(em: EntityManager, scope: Scope, id: string) {
  const version = await findVisible(em, scope, id);
  if (!version) return null;
  const edition = await em.findOne(StandardEdition, { isCurrent: true, status: EditionStatus.PUBLISHED });
  if (!edition) return null;
  const inherited = await inheritedBy(em, version.unit.getEntity(), edition);
  return [
    ...version.changes.map((change) => ({ path: change.path, change, notApplicable: false, inherited: inherited.shown.get(change.path) ?? null })),
    ...version.removals.map((r) => ({ path: r.path, change: null, notApplicable: true, inherited: inherited.shown.get(r.path) ?? null })),
  ];
}

// ─── Drafting ───────────────────────────────────────────────────────────────

export interface CreateLocalVersion {
  orgUnitCode: string;
  code: string;
  title: { zh: string; en: string };
}

/**
 * Starts a draft for a tier-one or tier-two branch, based on the edition in
 * force. It starts as a copy of the unit's approved version (its successor
 * supersedes it, so nothing in force is lost by omission), each change
 * checked afresh and flagged if it no longer fits; or empty, inheriting
 * everything, for a unit's first version.
 */
export async function createLocalVersion(em: EntityManager, scope: Scope, input: CreateLocalVersion): Promise<LocalVersion> {
  return em.transactional(async (tx) => {
    const unit = await tx.findOne(OrgUnit, { code: input.orgUnitCode });
    if (!unit || !scope.canReadUnit(unit)) throw notFound('input.orgUnitCode', 'org unit', input.orgUnitCode);
    if (!BRANCH_LEVELS.includes(unit.level)) {
      throw inputError('input.orgUnitCode', 'branch-only', `${unit.code} is a ${unit.level} unit; only tier-one and tier-two branches have local versions`);
    }
    scope.assertLayer('author', { ...unit }, 'createLocalVersion');
    const v = new Violations();
    const code = input.code.trim();
    if (!CODE_PATTERN.test(code)) v.add('input.code', 'format', `use 3-${CODE_MAX} characters: A-Z, 0-9 and "-", e.g. ${unit.code}-2026-01`);
    else if (await tx.count(LocalVersion, { code })) v.add('input.code', 'unique', `local version ${code} already exists`);
    const title = checkLocalizedText(v, 'input.title', input.title as never);
    const open = await tx.findOne(LocalVersion, { unit: unit.id, status: { $in: [ApprovalState.DRAFT, ApprovalState.SUBMITTED, ApprovalState.RETURNED] } });
    if (open) v.add('input.orgUnitCode', 'one-open-version', `${unit.code} already has ${open.code} (${open.status}); finish or withdraw it first`);
    v.throwIfAny();
    const edition = await currentEditionOrFail(tx, 'input.orgUnitCode');
    const version = tx.create(LocalVersion, { unit, code, title, baseEdition: edition, createdBy: scope.actor.name } as never);
    const inForce = await tx.findOne(LocalVersion, { unit: unit.id, status: ApprovalState.APPROVED });
    if (inForce) {
      const copied = recheck(await inheritedBy(tx, unit, edition), inForce);
      version.changes = copied.changes;
      version.removals = copied.removals;
      version.items = copied.items;
    }
    audit(tx, scope, version, 'localVersion.create', undefined);
    await tx.flush();
    return version;
  });
}

/** Loads a version for a change by its own unit: visible, editable in its state, at the expected version. */
async function loadForEdit(tx: EntityManager, scope: Scope, id: string, expectedVersion: number, attempted: string) {
  const version = await loadVisible(tx, scope, id);
  nextState(scope, subjectOf(version), ApprovalAction.EDIT, attempted);
  checkVersion(version, expectedVersion, 'expectedVersion');
  const inherited = await inheritedBy(tx, version.unit.getEntity(), await currentEditionOrFail(tx, 'id'));
  return { version, inherited, before: snapshot(version) };
}


export interface SetLocalValue {
  id: string;
  expectedVersion: number;
  path: string;
  value: unknown;
  /** The policy handed down to the levels below; the inherited one when left out. */
  policy?: Policy | null;
}

/**
 * Sets one value of a draft (or returned) version, checked against what the
 * unit inherits. Setting a value back to what it inherits removes the change.
 */
export async function setLocalValue(em: EntityManager, scope: Scope, input: SetLocalValue): Promise<LocalVersion> {
  return em.transactional(async (tx) => {
    const { version, inherited, before } = await loadForEdit(tx, scope, input.id, input.expectedVersion, 'setLocalValue');
    const path = input.path.trim();
    const above = inherited.values.get(path);
    // A path the unit does not inherit may still be a keyed entry it adds (a staffing row for its own position).
    const adding = !above && !!parseValuePath(path) && checkNewEntry(inherited, { path, value: input.value, policy: input.policy ?? Policy.FREE }, version.items) !== undefined;
    if (!parseValuePath(path) || (!above && !adding)) {
      throw inputError('path', 'exists', `${path}: no such value in the standard ${version.unit.getEntity().code} inherits; see effectiveStandard(orgUnitCode).values for the paths`);
    }
    if (adding && !input.policy) throw inputError('policy', 'required', `${path}: a new entry needs the policy it hands down to the levels below`);
    const removedBy = version.removals.find((r) => under(path, r.path));
    if (removedBy) throw inputError('path', 'not-applicable', `${path}: this version marks ${removedBy.path} not applicable; clear that first`);
    const kind = above?.kind ?? policedValueFor(path)!.kind!;
    const change = { path, kind, value: input.value, policy: input.policy ?? above!.policy, conflict: null };
    const problem = checkChange(inherited, change, version.items);
    if (problem) throw new InputError([asViolation('value', problem)]);
    const others = version.changes.filter((c) => c.path !== path);
    const unchanged = !!above && sameValue(change.value, above.value) && change.policy === above.policy;
    const changes = unchanged ? others : [...others, change].sort((a, b) => (a.path < b.path ? -1 : 1));
    const category = categoryOfPath(path);
    const overTotal = category && checkCategoryTotal(inherited, { changes, removals: version.removals }, category);
    if (overTotal) throw new InputError([asViolation('value', overTotal)]);
    version.changes = changes;
    version.updatedAt = new Date();
    audit(tx, scope, version, 'localVersion.setValue', before);
    await tx.flush();
    return version;
  });
}

/** Drops the version's change or not-applicable mark at `path`, so the inherited value applies again. */
export async function clearLocalChange(em: EntityManager, scope: Scope, id: string, expectedVersion: number, path: string): Promise<LocalVersion> {
  return em.transactional(async (tx) => {
    const { version, before } = await loadForEdit(tx, scope, id, expectedVersion, 'clearLocalChange');
    const changes = version.changes.filter((c) => c.path !== path);
    const removals = version.removals.filter((r) => r.path !== path);
    if (changes.length === version.changes.length && removals.length === version.removals.length) {
      throw inputError('path', 'exists', `${path}: ${version.code} neither changes this value nor marks it not applicable`);
    }
    version.changes = changes;
    version.removals = removals;
    version.updatedAt = new Date();
    audit(tx, scope, version, 'localVersion.clearChange', before);
    await tx.flush();
    return version;
  });
}

/**
 * Marks an inherited item not applicable for this branch and the units below:
 * a service rule, or a keyed entry (a device minimum, a staffing row, a zone
 * requirement). Core items and entries whose policy is not FREE refuse.
 */
export async function markNotApplicable(em: EntityManager, scope: Scope, id: string, expectedVersion: number, path: string): Promise<LocalVersion> {
  return em.transactional(async (tx) => {
    const { version, inherited, before } = await loadForEdit(tx, scope, id, expectedVersion, 'markLocalNotApplicable');
    const problem = checkNotApplicable(inherited, path);
    if (problem) throw new InputError([asViolation('path', problem)]);
    if (version.removals.some((r) => r.path === path)) return version;
    version.removals = [...version.removals, { path, conflict: null }];
    // Changes to what is now gone would be dead letters.
    version.changes = version.changes.filter((c) => !under(c.path, path));
    version.updatedAt = new Date();
    audit(tx, scope, version, 'localVersion.markNotApplicable', before);
    await tx.flush();
    return version;
  });
}

/**
 * Adds an item of `spec`'s kind that the unit's inherited standard lacks (a
 * local position, service rule…), or replaces this version's own item with
 * the same key. The item is checked by exactly the rules head office's save
 * and publication apply to that kind, over the standard the unit would have
 * with it. Its values then fold into every unit below with this branch as
 * their source, and the branches below may change them as their policies allow.
 */
export async function addLocalItem<I extends { code: string }>(
  em: EntityManager,
  scope: Scope,
  spec: AnyKind,
  id: string,
  expectedVersion: number,
  input: PlainData<I>,
): Promise<LocalVersion> {
  return em.transactional(async (tx) => {
    const { version, inherited, before } = await loadForEdit(tx, scope, id, expectedVersion, spec.addLocalMutation);
    if (!spec.localItems) throw inputError('input', 'local-item-kind', `a local version cannot add ${spec.noun}; change the inherited one's values instead`);
    const data = compact(input);
    const v = new Violations();
    checkItem(spec, data, v);
    v.throwIfAny();
    const key = spec.key(data);
    const stored = compact(spec.toEntity(data)) as Record<string, unknown>;
    const clash = checkLocalItem(inherited, { kind: spec.kind, key, data: stored });
    if (clash) throw new InputError([asViolation('input.code', clash)]);
    const problems = itemReferenceProblems(inherited, version, spec, key, stored);
    if (problems.length) throw new InputError(problems);
    const order = (i: LocalItem) => `${KINDS.findIndex((k) => k.kind === i.kind)}`.padStart(2, '0') + i.key;
    const others = version.items.filter((i) => !(i.kind === spec.kind && i.key === key));
    version.items = [...others, { kind: spec.kind, key, data: stored, conflict: null }].sort((a, b) => (order(a) < order(b) ? -1 : 1));
    version.updatedAt = new Date();
    audit(tx, scope, version, 'localVersion.addItem', before);
    await tx.flush();
    return version;
  });
}

/** Removes an item this version added. An item a branch above added is theirs: a version below cannot remove it. */
export async function removeLocalItem(em: EntityManager, scope: Scope, id: string, expectedVersion: number, kind: string, key: string): Promise<LocalVersion> {
  const spec = kindSpec(kind) as AnyKind | undefined;
  if (!spec) throw inputError('kind', 'exists', `no content kind ${kind}`);
  return em.transactional(async (tx) => {
    const { version, inherited, before } = await loadForEdit(tx, scope, id, expectedVersion, 'removeLocalItem');
    const path = localItemPath(spec, key);
    if (!version.items.some((i) => i.kind === spec.kind && i.key === key)) {
      const above = inherited.items.get(path);
      if (above) throw new InputError([asViolation('key', notOwner(path, above))]);
      throw inputError('key', 'exists', `${path}: ${version.code} adds no such item`);
    }
    version.items = version.items.filter((i) => !(i.kind === spec.kind && i.key === key));
    // Entries this version added for the item (its staffing rows) would be dead letters without it.
    version.changes = version.changes.filter((c) => {
      const [, , field, code] = c.path.split('/');
      return inherited.values.has(c.path) || !(ENTRY_REFERENCES[field] === spec.kind && code === key);
    });
    version.updatedAt = new Date();
    audit(tx, scope, version, 'localVersion.removeItem', before);
    await tx.flush();
    return version;
  });
}

// ─── The workflow ───────────────────────────────────────────────────────────

/**
 * Records a reviewer's decision without touching the revision: the approved
 * (or returned) revision stays the one reviewed, which the layer's provenance
 * and the history name. (A flush would bump the optimistic lock.)
 */
async function decide(tx: EntityManager, version: LocalVersion, to: ApprovalState, by: string) {
  await tx.execute(`update local_version set status = ?, decided_by = ?, decided_at = now() where id = ? and version = ?`, [to, by, version.id, version.version]);
  await tx.refresh(version, { populate: ['unit', 'baseEdition'] });
}

/**
 * What every workflow step starts with, in this order: the version as the
 * actor may see it, the transition the workflow allows (or its refusal), the
 * revision the actor acted on (`expectedVersion` for the unit's own steps,
 * `revision` for a reviewer's), and the comment.
 */
async function beginStep(
  tx: EntityManager,
  scope: Scope,
  step: { id: string; action: ApprovalAction; attempted: string; revision: number; revisionField: string; comment?: string | null; commentRequired?: boolean },
  v = new Violations(),
) {
  const version = await loadVisible(tx, scope, step.id);
  const from = version.status;
  const to = nextState(scope, subjectOf(version), step.action, step.attempted);
  checkVersion(version, step.revision, step.revisionField);
  const comment = cleanComment(v, 'comment', step.comment, step.commentRequired ?? false);
  return { version, from, to, comment, v };
}

/** Sends the version up to the parent unit; every change is checked again first. */
export async function submitLocalVersion(em: EntityManager, scope: Scope, id: string, expectedVersion: number, comment?: string | null) {
  return em.transactional(async (tx) => {
    const step = { id, action: ApprovalAction.SUBMIT, attempted: 'submitLocalVersion', revision: expectedVersion, revisionField: 'expectedVersion', comment };
    const { version, from, to, comment: text, v } = await beginStep(tx, scope, step);
    v.throwIfAny();
    const edition = await currentEditionOrFail(tx, 'id');
    assertAllFit(await inheritedBy(tx, version.unit.getEntity(), edition), version);
    Object.assign(version, { status: to, baseEdition: ref(edition), submittedById: scope.actor.id, submittedBy: scope.actor.name, submittedAt: new Date() });
    await tx.flush();
    recordTransition(tx, scope, subjectOf(version), { action: ApprovalAction.SUBMIT, from, to, comment: text });
    await tx.flush();
    return version;
  });
}

/** The unit takes a draft, returned or submitted version back for good. */
export async function withdrawLocalVersion(em: EntityManager, scope: Scope, id: string, expectedVersion: number, comment?: string | null) {
  return em.transactional(async (tx) => {
    const step = { id, action: ApprovalAction.WITHDRAW, attempted: 'withdrawLocalVersion', revision: expectedVersion, revisionField: 'expectedVersion', comment };
    const { version, from, to, comment: text, v } = await beginStep(tx, scope, step);
    v.throwIfAny();
    version.status = to;
    await tx.flush();
    recordTransition(tx, scope, subjectOf(version), { action: ApprovalAction.WITHDRAW, from, to, comment: text });
    await tx.flush();
    return version;
  });
}

/**
 * Approves the revision the approver reviewed. A revision that changed since
 * (edited, re-based) fails with VERSION_CONFLICT; every change is checked
 * again against what the unit inherits now. The unit's previously approved
 * version is superseded, and both stay in the history.
 */
export async function approveLocalVersion(em: EntityManager, scope: Scope, id: string, revision: number, comment?: string | null) {
  return em.transactional(async (tx) => {
    const step = { id, action: ApprovalAction.APPROVE, attempted: 'approveLocalVersion', revision, revisionField: 'revision', comment };
    const { version, from, to, comment: text, v } = await beginStep(tx, scope, step);
    v.throwIfAny();
    const edition = await currentEditionOrFail(tx, 'id');
    assertAllFit(await inheritedBy(tx, version.unit.getEntity(), edition), version);

    const previous = await tx.findOne(LocalVersion, { unit: version.unit.id, status: ApprovalState.APPROVED }, { populate: ['unit', 'baseEdition'] });
    if (previous) {
      const system = new Scope(SYSTEM_ACTOR);
      const superseded = nextState(system, subjectOf(previous), ApprovalAction.SUPERSEDE, 'approveLocalVersion');
      previous.status = superseded;
      await tx.flush(); // one approved version per unit, always
      recordTransition(tx, scope, subjectOf(previous), { action: ApprovalAction.SUPERSEDE, from: ApprovalState.APPROVED, to: superseded, comment: `superseded by ${version.code}` });
    }
    const reviewed = subjectOf(version);
    // The state moves, the content does not: the approved revision stays the one reviewed.
    await decide(tx, version, to, scope.actor.name);
    recordTransition(tx, scope, reviewed, { action: ApprovalAction.APPROVE, from, to, comment: text });
    await tx.flush();
    // The branches below now inherit this version: their changes are checked against it, and flagged where they no longer fit.
    await rebaseOnto(tx, scope, edition, version.unit.getEntity());
    // The outlets below are now measured against this version: their stored gap summaries follow in this transaction.
    await standardInForceListener().standardInForceChanged(tx, version.unit.getEntity());
    return version;
  });
}

/** Sends the version back to its unit with comments (one in general, and per item where useful). */
export async function returnLocalVersion(
  em: EntityManager,
  scope: Scope,
  id: string,
  revision: number,
  comment: string,
  itemComments: ItemComment[] = [],
) {
  return em.transactional(async (tx) => {
    const step = { id, action: ApprovalAction.RETURN, attempted: 'returnLocalVersion', revision, revisionField: 'revision', comment, commentRequired: true };
    const { version, from, to, comment: text, v } = await beginStep(tx, scope, step);
    const items = itemComments.map((c, i) => {
      if (!parseValuePath(c.path)) v.add(`itemComments[${i}].path`, 'format', `${c.path} is not a value path`);
      return { path: c.path, comment: cleanComment(v, `itemComments[${i}].comment`, c.comment, true) ?? '' };
    });
    v.throwIfAny();
    const reviewed = subjectOf(version);
    await decide(tx, version, to, scope.actor.name);
    recordTransition(tx, scope, reviewed, { action: ApprovalAction.RETURN, from, to, comment: text, itemComments: items });
    await tx.flush();
    return version;
  });
}

// ─── Layers and re-basing ───────────────────────────────────────────────────

interface LayerRow {
  id: string;
  code: string;
  version: number;
  unit_id: string;
  changes: LocalChange[];
  removals: LocalRemoval[];
  items: LocalItem[];
}

/**
 * The approved versions of `units` as layers, in one statement. Changes that
 * conflict with a newer head-office edition (flagged by re-basing) stay out:
 * an approved version stays in force for its conforming changes only, until
 * the branch resolves the rest in a new version.
 */
export async function approvedLayers(em: EntityManager, units: readonly { id: string; code: string }[]): Promise<Layer[]> {
  const rows: LayerRow[] = await em.execute(
    `select id, code, version, unit_id, changes, removals, items from local_version where status = 'APPROVED' and unit_id = any(?::uuid[])`,
    // As one array literal: the driver would spread a JS array into separate bindings.
    [`{${units.map((u) => u.id).join(',')}}`],
  );
  const byUnit = new Map(rows.map((r) => [r.unit_id, r]));
  return units.flatMap((unit) => {
    const row = byUnit.get(unit.id);
    if (!row) return [];
    return [versionLayer(unit, { id: row.id, code: row.code, version: row.version, changes: row.changes, removals: row.removals, items: row.items })];
  });
}

/**
 * A version of `unit` as a layer: its changes and removals, except those
 * flagged as conflicts (they stop applying). Approved versions are folded
 * this way, and the impact preview folds a draft the same way.
 */
export function versionLayer(
  unit: { id: string; code: string },
  version: { id: string; code: string; version: number; changes: readonly LocalChange[]; removals: readonly LocalRemoval[]; items?: readonly LocalItem[] },
): Layer {
  const source = Object.freeze({ unitId: unit.id, unitCode: unit.code, layerKind: LayerKind.LOCAL_VERSION, layerId: version.id, layerCode: version.code, revision: version.version });
  const items = (version.items ?? [])
    .filter((i) => !i.conflict)
    .flatMap((i) => {
      const spec = kindSpec(i.kind) as AnyKind | undefined;
      return spec ? [Object.freeze({ kind: i.kind, key: i.key, path: localItemPath(spec, i.key), data: Object.freeze(i.data), list: spec.list })] : [];
    });
  // An added item's policed values read exactly as an edition's do (the same walk over POLICED_VALUES).
  const itemValues = items.flatMap(({ list, data }) => [...editionValues({ [list]: [data] } as unknown as PolicedContent)]);
  const values = new Map([
    ...itemValues,
    ...version.changes.filter((c) => !c.conflict).map((c): [string, LayerValue] => [c.path, Object.freeze({ kind: c.kind, value: c.value, policy: c.policy })]),
  ]);
  return { source, values, removed: version.removals.filter((r) => !r.conflict).map((r) => r.path), items: items.map(({ list: _list, ...item }) => item) };
}

const conflictsOf = (v: { changes: LocalChange[]; removals: LocalRemoval[]; items: LocalItem[] }) => [
  ...[...v.changes, ...v.removals].filter((c) => c.conflict).map((c) => ({ path: c.path, rule: c.conflict!.rule })),
  ...v.items.filter((i) => i.conflict).map((i) => ({ path: `${i.kind}/${i.key}`, rule: i.conflict!.rule })),
];

/**
 * Re-bases every live version (draft, submitted, returned, approved) onto the
 * edition just published (or, with `below`, the versions of the units under a
 * branch whose new version was just approved), branches above first so that those below inherit
 * their re-based values. Changes that still fit carry over; those that no
 * longer fit are flagged with the reason, never dropped. Runs inside the
 * publishing transaction.
 */
export async function rebaseOnto(tx: EntityManager, scope: Scope, edition: StandardEdition, below?: OrgUnit): Promise<void> {
  const live = await tx.find(
    LocalVersion,
    {
      status: { $in: [ApprovalState.DRAFT, ApprovalState.SUBMITTED, ApprovalState.RETURNED, ApprovalState.APPROVED] },
      ...(below ? { unit: { path: { $like: `${escapeLike(below.path)}%` }, id: { $ne: below.id } } } : {}),
    },
    { populate: ['unit', 'baseEdition'] },
  );
  const depth = (v: LocalVersion) => v.unit.getEntity().pathIds().length;
  for (const level of [...new Set(live.map(depth))].sort((a, b) => a - b)) {
    for (const version of live.filter((v) => depth(v) === level)) {
      const before = snapshot(version);
      const { changes, removals, items } = recheck(await inheritedBy(tx, version.unit.getEntity(), edition), version);
      const moved = version.baseEdition.id !== edition.id;
      const flagsChanged = !sameValue(conflictsOf(version), conflictsOf({ changes, removals, items }));
      if (!moved && !flagsChanged) continue;
      version.changes = changes;
      version.removals = removals;
      version.items = items;
      version.baseEdition = ref(edition);
      audit(tx, scope, version, 'localVersion.rebase', before);
    }
    await tx.flush(); // the next level down folds these
  }
}
