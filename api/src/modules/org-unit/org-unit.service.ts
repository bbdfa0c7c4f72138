import type { EntityManager } from '@mikro-orm/postgresql';
import { OrgLevel, OrgUnit, OrgUnitStatus, TierTwoKind, parentLevelOf } from './org-unit.entity.js';
import type {
  CloseOrgUnitInput,
  CreateOrgUnitInput,
  MoveOrgUnitInput,
  UpdateOrgUnitInput,
} from './org-unit.inputs.js';
import { Violations, inputError, notFound, versionConflict } from '../../shared/errors.js';
import { checkLocalizedText } from '../../shared/localized-text.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Scope } from '../../shared/auth/scope.js';
import { Role } from '../../shared/auth/roles.js';
import { columnLength } from '../../shared/limits.js';
import { outletCategoryCatalog } from './org-unit.categories.js';
import { outletPlacementListener } from './org-unit.ports.js';

/** Changing the org structure is an administrator's job, inside their subtree. */
const ORG_WRITERS = [Role.ADMIN];

const CODE_MAX = columnLength(OrgUnit, 'code');
const CITY_MAX = columnLength(OrgUnit, 'city');
const ADDRESS_MAX = columnLength(OrgUnit, 'address');
export const CODE_PATTERN = new RegExp(`^[A-Z0-9][A-Z0-9_-]{0,${CODE_MAX - 1}}$`);

/**
 * The fields of a unit the audit trail records before and after a change.
 * The parent is recorded by code (readable in the log) where the caller knows
 * it: creation and moves; other changes never touch it.
 */
export function snapshotOf(unit: OrgUnit, parentCode?: string | null): Record<string, unknown> {
  return {
    ...(parentCode !== undefined ? { parentCode } : {}),
    code: unit.code,
    nameZh: unit.name.zh,
    nameEn: unit.name.en,
    level: unit.level,
    tierTwoKind: unit.tierTwoKind ?? null,
    category: unit.category ?? null,
    status: unit.status,
    city: unit.city ?? null,
    address: unit.address ?? null,
    closedAt: unit.closedAt ?? null,
  };
}

function optionalText(v: Violations, field: string, value: string | null | undefined, max: number) {
  if (value == null) return null;
  const trimmed = value.trim();
  if (trimmed.length > max) v.add(field, 'max-length', `must be at most ${max} characters`);
  return trimmed || null;
}

async function loadForChange(em: EntityManager, scope: Scope, code: string, expectedVersion: number, action: string): Promise<OrgUnit> {
  const unit = await em.findOne(OrgUnit, { code });
  if (!unit || !scope.canReadUnit(unit)) throw notFound('input.code', 'unit', code);
  scope.assertCanWrite(unit, ORG_WRITERS, action);
  if (unit.version !== expectedVersion) throw versionConflict('input.expectedVersion', expectedVersion, unit.version);
  return unit;
}

/**
 * Checks the parent a unit of `level` would hang under: it must exist, be
 * open and sit exactly one level up.
 */
async function checkParent(
  em: EntityManager,
  scope: Scope,
  v: Violations,
  field: string,
  level: OrgLevel,
  parentCode: string | null | undefined,
): Promise<OrgUnit | null> {
  const wanted = parentLevelOf(level);
  if (!wanted) {
    if (parentCode) v.add(field, 'head-office-has-no-parent', 'head office sits at the top and takes no parent');
    return null;
  }
  if (!parentCode) {
    v.add(field, 'required', `a ${level} needs a parent (${wanted})`);
    return null;
  }
  const found = await em.findOne(OrgUnit, { code: parentCode });
  const parent = found && scope.canReadUnit(found) ? found : null;
  if (!parent) {
    v.add(field, 'exists', `no unit with code "${parentCode}"`);
    return null;
  }
  if (parent.level !== wanted) {
    v.add(field, 'parent-level', `a ${level} must sit under a ${wanted}, but ${parentCode} is a ${parent.level}`);
  }
  if (!scope.inSubtree(parent.path)) {
    v.add(field, 'in-scope', `${parentCode} is outside your part of the network`);
  }
  if (parent.status === OrgUnitStatus.CLOSED) {
    v.add(field, 'parent-open', `${parentCode} is closed; units cannot be placed under a closed unit`);
  }
  return parent;
}

/**
 * An outlet's category must be one the edition in force defines. Categories
 * are edition content (a new edition may add one), so this is checked here
 * against the edition rather than by a fixed list in the schema or database.
 */
async function checkCategory(em: EntityManager, v: Violations, level: OrgLevel, category: string | null | undefined) {
  if (!category) return;
  if (level !== OrgLevel.OUTLET) {
    v.add('input.category', 'outlet-only', 'only outlets have an outlet category');
    return;
  }
  const inForce = await outletCategoryCatalog().inForce(em);
  if (!inForce) {
    v.add('input.category', 'category-in-edition', 'no edition of the standard is in force yet, so there is no outlet category to choose');
  } else if (!inForce.codes.includes(category)) {
    const shown = category.length > 60 ? `${category.slice(0, 60)}…` : category;
    v.add('input.category', 'category-in-edition', `"${shown}" is not an outlet category of the edition in force (${inForce.editionCode}); use one of ${inForce.codes.join(', ')}`);
  }
}

function checkTierTwoKind(v: Violations, level: OrgLevel, kind: TierTwoKind | null | undefined) {
  if (kind && level !== OrgLevel.TIER_TWO_BRANCH) {
    v.add('input.tierTwoKind', 'tier-two-only', 'only tier-two units have a tier-two kind');
  }
}

export async function createOrgUnit(em: EntityManager, scope: Scope, input: CreateOrgUnitInput): Promise<OrgUnit> {
  scope.assertCanWrite(null, ORG_WRITERS, 'createOrgUnit');
  const actor = scope.actor;
  return em.transactional(async (tx) => {
    const v = new Violations();
    const code = input.code.trim();
    if (!CODE_PATTERN.test(code)) {
      v.add('input.code', 'format', `use 1-${CODE_MAX} characters: capital letters A-Z, digits, "_" or "-", starting with a letter or digit`);
    } else if (await tx.count(OrgUnit, { code })) {
      // Codes are unique bank-wide, so this confirms the code exists even outside
      // the caller's scope; the message says nothing more (not where, nor what).
      v.add('input.code', 'unique', `code "${code}" is already in use in the bank; codes are unique bank-wide, choose another`);
    }
    const name = checkLocalizedText(v, 'input.name', input.name);
    checkTierTwoKind(v, input.level, input.tierTwoKind);
    await checkCategory(tx, v, input.level, input.category);
    const parent = await checkParent(tx, scope, v, 'input.parentCode', input.level, input.parentCode);
    if (input.level === OrgLevel.HEAD_OFFICE && (await tx.count(OrgUnit, { level: OrgLevel.HEAD_OFFICE }))) {
      v.add('input.level', 'single-head-office', 'the bank has one head office, and it exists already');
    }
    const city = optionalText(v, 'input.city', input.city, CITY_MAX);
    const address = optionalText(v, 'input.address', input.address, ADDRESS_MAX);
    v.throwIfAny();

    const unit = tx.create(OrgUnit, {
      code,
      name,
      level: input.level,
      tierTwoKind: input.level === OrgLevel.TIER_TWO_BRANCH ? (input.tierTwoKind ?? TierTwoKind.BRANCH) : null,
      parent: parent ?? null,
      city,
      address,
      category: input.category ?? null,
    } as never);
    unit.path = `${parent ? parent.path : '/'}${unit.id}/`;
    recordAudit(tx, actor, {
      operation: 'orgUnit.create',
      objectType: 'OrgUnit',
      objectId: unit.id,
      objectLabel: unit.code,
      unitPath: unit.path,
      after: snapshotOf(unit, parent?.code ?? null),
    });
    await tx.flush();
    return unit;
  });
}

export async function updateOrgUnit(em: EntityManager, scope: Scope, input: UpdateOrgUnitInput, operation = 'orgUnit.update'): Promise<OrgUnit> {
  const actor = scope.actor;
  return em.transactional(async (tx) => {
    const unit = await loadForChange(tx, scope, input.code, input.expectedVersion, operation);
    const before = snapshotOf(unit);
    const v = new Violations();
    if (input.name) unit.name = checkLocalizedText(v, 'input.name', input.name);
    if (input.city !== undefined && input.city !== null) unit.city = optionalText(v, 'input.city', input.city, CITY_MAX);
    if (input.address !== undefined && input.address !== null) unit.address = optionalText(v, 'input.address', input.address, ADDRESS_MAX);
    if (input.tierTwoKind) {
      checkTierTwoKind(v, unit.level, input.tierTwoKind);
      unit.tierTwoKind = input.tierTwoKind;
    }
    if (input.category) {
      await checkCategory(tx, v, unit.level, input.category);
      unit.category = input.category;
    }
    if (unit.status === OrgUnitStatus.CLOSED) {
      v.add('input.code', 'open', `${unit.code} is closed; closed units are kept as they were`);
    }
    v.throwIfAny();
    const after = snapshotOf(unit);
    // Saving what is already there changes nothing and leaves no audit row.
    if (JSON.stringify(after) === JSON.stringify(before)) return unit;
    recordAudit(tx, actor, {
      operation,
      objectType: 'OrgUnit',
      objectId: unit.id,
      objectLabel: unit.code,
      unitPath: unit.path,
      before,
      after,
    });
    await tx.flush();
    if (before.category !== after.category) await outletPlacementListener().outletsPlacedAnew(tx, unit);
    return unit;
  });
}

/**
 * Re-parents a unit under another unit of the same level as its parent and
 * rewrites the materialized paths of its whole subtree in one statement.
 */
export async function moveOrgUnit(em: EntityManager, scope: Scope, input: MoveOrgUnitInput): Promise<OrgUnit> {
  const actor = scope.actor;
  return em.transactional(async (tx) => {
    const unit = await loadForChange(tx, scope, input.code, input.expectedVersion, 'moveOrgUnit');
    const v = new Violations();
    if (unit.level === OrgLevel.HEAD_OFFICE) {
      throw inputError('input.code', 'head-office-fixed', 'head office is the root of the network and cannot move');
    }
    if (unit.status === OrgUnitStatus.CLOSED) v.add('input.code', 'open', `${unit.code} is closed and cannot move`);
    const parent = await checkParent(tx, scope, v, 'input.newParentCode', unit.level, input.newParentCode);
    if (parent && parent.id === unit.parent?.id) {
      v.add('input.newParentCode', 'different-parent', `${unit.code} is already under ${parent.code}`);
    }
    v.throwIfAny();

    const oldParent = await tx.findOne(OrgUnit, { id: unit.parent!.id });
    const before = snapshotOf(unit, oldParent?.code ?? null);
    const oldPath = unit.path;
    const newPath = `${parent!.path}${unit.id}/`;
    unit.parent = tx.getReference(OrgUnit, parent!.id, { wrapped: true });
    unit.path = newPath;
    recordAudit(tx, actor, {
      operation: 'orgUnit.move',
      objectType: 'OrgUnit',
      objectId: unit.id,
      objectLabel: unit.code,
      unitPath: newPath,
      // Parents by code only: the materialized paths are internal ids.
      before,
      after: snapshotOf(unit, parent!.code),
    });
    await tx.flush();
    // Descendants keep their own ids in the path; only the prefix changes.
    await tx.getKnex()
      .raw(`update org_unit set path = ? || substr(path, ?) where path like ? and id <> ?`, [
        newPath,
        oldPath.length + 1,
        oldPath + '%',
        unit.id,
      ])
      .transacting(tx.getTransactionContext()!);
    // The outlets below are now under other branches, whose local versions apply to them.
    await outletPlacementListener().outletsPlacedAnew(tx, { path: newPath });
    return unit;
  });
}

/** Closes a unit; one with open units below it must have them closed or moved first. */
export async function closeOrgUnit(em: EntityManager, scope: Scope, input: CloseOrgUnitInput): Promise<OrgUnit> {
  const actor = scope.actor;
  return em.transactional(async (tx) => {
    const unit = await loadForChange(tx, scope, input.code, input.expectedVersion, 'closeOrgUnit');
    if (unit.status === OrgUnitStatus.CLOSED) {
      throw inputError('input.code', 'open', `${unit.code} is already closed`);
    }
    const openBelow = await tx.count(OrgUnit, { path: { $like: `${unit.path}%` }, id: { $ne: unit.id }, status: OrgUnitStatus.OPEN });
    if (openBelow > 0) {
      throw inputError('input.code', 'no-open-units-below', `${unit.code} still has ${openBelow} open unit(s) below it; close or move them first`);
    }
    const before = snapshotOf(unit);
    unit.status = OrgUnitStatus.CLOSED;
    unit.closedAt = new Date();
    recordAudit(tx, actor, {
      operation: 'orgUnit.close',
      objectType: 'OrgUnit',
      objectId: unit.id,
      objectLabel: unit.code,
      unitPath: unit.path,
      before,
      after: snapshotOf(unit),
    });
    await tx.flush();
    return unit;
  });
}
