import type { EntityManager } from '@mikro-orm/postgresql';
import { EditionItem, StandardEdition } from './standard.entities.js';
import { EditionStatus, PositionKind } from './standard.types.js';
import type { CreateStandardDraftInput, StandardItemKind, UpdateStandardEditionInput } from './standard.inputs.js';
import { KINDS, compact, kindSpec, itemData, loadContents, validateContent, type KindSpec } from './standard.content.js';
import { Violations, forbidden, inputError, notFound, versionConflict, InputError } from '../../shared/errors.js';
import { checkLocalizedText, LocalizedText, LOCALIZED_TEXT_COLUMN, PROSE_MAX } from '../../shared/localized-text.js';
import { columnLength } from '../../shared/limits.js';
import { MetadataStorage, ReferenceKind } from '@mikro-orm/core';
import { Role } from '../../shared/auth/roles.js';
import { OrgLevel } from '../org-unit/org-unit.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import { standardItemOperation } from '../audit/audit-operations.js';
import type { Scope } from '../../shared/auth/scope.js';

const EDITION_CODE_MAX = columnLength(StandardEdition, 'code');
export const EDITION_CODE_PATTERN = new RegExp(`^[A-Z0-9][A-Z0-9-]{2,${EDITION_CODE_MAX - 1}}$`);
const ITEM_CODE_PATTERN = new RegExp(`^[A-Z][A-Z0-9_]{0,${columnLength(EditionItem, 'code') - 1}}$`);

/**
 * A content item's property as its entity maps it: texts embedded in columns
 * (names, titles) and string columns (reportsTo) are bounded by the column;
 * texts kept in JSON (descriptions, duties) by PROSE_MAX.
 */
function itemProperty(entity: KindSpec['entity'], field: string): { embedded: boolean; length?: number } {
  const prop = MetadataStorage.getMetadataFromDecorator(entity).properties?.[field as never] as { kind?: string; length?: number } | undefined;
  return { embedded: prop?.kind === ReferenceKind.EMBEDDED, length: prop?.length };
}

/** Writing the standard is head office's job: a standards author at head office. */
function assertAuthor(scope: Scope, action: string) {
  scope.assertCanWrite(null, [Role.STANDARDS_AUTHOR], action);
  if (!scope.unrestricted && scope.actor.unit?.level !== OrgLevel.HEAD_OFFICE) {
    throw forbidden(`${action}: only head office writes the standard`);
  }
}

/** Drafts are head office's working copies; everyone else sees published editions only. */
export function canReadDrafts(scope: Scope): boolean {
  return scope.unrestricted || (scope.actor.kind === 'USER' && scope.actor.unit?.level === OrgLevel.HEAD_OFFICE);
}

function headOfficePath(scope: Scope): string {
  // Editions belong to head office: the root of every path.
  return scope.actor.unit ? `/${scope.actor.unit.path.split('/').filter(Boolean)[0]}/` : '/';
}

/** Argument names as the caller wrote them: top level for item mutations, inside `input` for updateStandardEdition. */
const TOP_LEVEL = { edition: 'editionCode', version: 'expectedVersion' };
const IN_INPUT = { edition: 'input.editionCode', version: 'input.expectedVersion' };

async function loadDraft(
  em: EntityManager,
  scope: Scope,
  code: string,
  expectedVersion: number,
  action: string,
  fields: { edition: string; version: string } = TOP_LEVEL,
) {
  assertAuthor(scope, action);
  const edition = await em.findOne(StandardEdition, { code });
  if (!edition) throw notFound(fields.edition, 'standard edition', code);
  if (edition.status !== EditionStatus.DRAFT) {
    throw inputError(fields.edition, 'draft-only', `edition ${code} is published, and published editions never change; start a new draft from it`);
  }
  if (edition.version !== expectedVersion) throw versionConflict(fields.version, expectedVersion, edition.version);
  return edition;
}

function editionSnapshot(e: StandardEdition) {
  return { code: e.code, title: e.title, summary: e.summary, status: e.status, isCurrent: e.isCurrent, publishedAt: e.publishedAt ?? null };
}

/** Starts a draft: empty, or a copy of a published edition's whole content. */
export async function createDraft(em: EntityManager, scope: Scope, input: CreateStandardDraftInput): Promise<StandardEdition> {
  assertAuthor(scope, 'createStandardDraft');
  return em.transactional(async (tx) => {
    const v = new Violations();
    const code = input.code.trim();
    if (!EDITION_CODE_PATTERN.test(code)) v.add('input.code', 'format', `use 3-${EDITION_CODE_MAX} characters: A-Z, 0-9 and "-", e.g. HO-2027-01`);
    else if (await tx.count(StandardEdition, { code })) v.add('input.code', 'unique', `edition ${code} already exists`);
    const title = checkLocalizedText(v, 'input.title', input.title);
    const summary = input.summary ? checkLocalizedText(v, 'input.summary', input.summary, PROSE_MAX) : new LocalizedText('', '');
    let basedOn: StandardEdition | null = null;
    if (input.basedOnCode) {
      basedOn = await tx.findOne(StandardEdition, { code: input.basedOnCode });
      if (!basedOn) v.add('input.basedOnCode', 'exists', `no edition ${input.basedOnCode}`);
      else if (basedOn.status !== EditionStatus.PUBLISHED) v.add('input.basedOnCode', 'published', 'a new draft starts from a published edition');
    }
    v.throwIfAny();
    const draft = tx.create(StandardEdition, { code, title, summary, basedOn, createdBy: scope.actor.name } as never);
    await tx.flush();
    if (basedOn) {
      const content = (await loadContents(tx, [basedOn.id])).get(basedOn.id)!;
      for (const spec of KINDS) {
        for (const item of content[spec.list] as object[]) {
          tx.create(spec.entity as never, { ...itemData(item), edition: draft } as never);
        }
      }
    }
    recordAudit(tx, scope.actor, {
      operation: 'standardEdition.createDraft',
      objectType: 'StandardEdition',
      objectId: draft.id,
      objectLabel: code,
      unitPath: headOfficePath(scope),
      after: { ...editionSnapshot(draft), basedOn: basedOn?.code ?? null },
    });
    await tx.flush();
    return draft;
  });
}

export async function updateEditionInfo(em: EntityManager, scope: Scope, input: UpdateStandardEditionInput) {
  return em.transactional(async (tx) => {
    const edition = await loadDraft(tx, scope, input.editionCode, input.expectedVersion, 'updateStandardEdition', IN_INPUT);
    const before = editionSnapshot(edition);
    const v = new Violations();
    if (input.title) edition.title = checkLocalizedText(v, 'input.title', input.title);
    if (input.summary) edition.summary = checkLocalizedText(v, 'input.summary', input.summary, PROSE_MAX);
    v.throwIfAny();
    recordAudit(tx, scope.actor, {
      operation: 'standardEdition.update',
      objectType: 'StandardEdition',
      objectId: edition.id,
      objectLabel: edition.code,
      unitPath: headOfficePath(scope),
      before,
      after: editionSnapshot(edition),
    });
    await tx.flush();
    return edition;
  });
}

/** Checks one item's own fields (references across the edition are checked at publication). */
function checkItem(kind: StandardItemKind, input: Record<string, unknown>, v: Violations) {
  const code = String(input.code ?? '');
  if (!ITEM_CODE_PATTERN.test(code)) v.add('input.code', 'format', 'use capital letters, digits and "_", starting with a letter');
  const entity = kindSpec(kind).entity;
  const texts = (value: unknown, field: string, max: number) => {
    if (value && typeof value === 'object' && 'zh' in value) checkLocalizedText(v, field, value as LocalizedText, max);
    if (Array.isArray(value)) value.forEach((t, i) => texts(t, `${field}[${i}]`, max));
  };
  for (const [field, value] of Object.entries(input)) {
    const prop = itemProperty(entity, field);
    if (value && typeof value === 'object' && ('zh' in value || Array.isArray(value))) {
      texts(value, `input.${field}`, prop.embedded ? LOCALIZED_TEXT_COLUMN : PROSE_MAX);
    }
    if (typeof value === 'string' && prop.length && value.length > prop.length) {
      v.add(`input.${field}`, 'max-length', `must be at most ${prop.length} characters`);
    }
  }
  const nonNegative = (value: number | null | undefined, field: string) => {
    if (value != null && (!Number.isInteger(value) || value < 0)) v.add(field, 'non-negative', 'must be a whole number, zero or more');
  };
  if (kind === 'OUTLET_CATEGORY') {
    const c = input as { marketingStaffMin: { value: number }; lobbyStaffTotal: { range: { min: number; max: number | null } }; staffing: { position: string; range: { min: number; max: number | null } }[]; devices: { deviceType: string; min: number }[] };
    nonNegative(c.marketingStaffMin.value, 'input.marketingStaffMin.value');
    type R = { min: number; max: number | null };
    const ranges: [string, R][] = [['input.lobbyStaffTotal.range', c.lobbyStaffTotal.range], ...c.staffing.map((s, i): [string, R] => [`input.staffing[${i}].range`, s.range])];
    for (const [field, r] of ranges) {
      nonNegative(r.min, `${field}.min`);
      if (r.max != null && r.max < r.min) v.add(`${field}.max`, 'min-max', `must not be below the minimum ${r.min}`);
    }
    c.devices.forEach((d, i) => nonNegative(d.min, `input.devices[${i}].min`));
    c.staffing.forEach((s, i) => {
      if (c.staffing.findIndex((t) => t.position === s.position) < i) {
        v.add(`input.staffing[${i}].position`, 'unique', `lists ${s.position} a second time`);
      }
    });
  }
  if (kind === 'CUSTOMER_TIER') {
    const t = input as { assetsFrom?: { amount: number } | null; assetsBelow?: { amount: number } | null; personalLoansFrom?: { amount: number } | null };
    for (const field of ['assetsFrom', 'assetsBelow', 'personalLoansFrom'] as const) {
      const m = t[field];
      if (m && !(m.amount >= 0)) v.add(`input.${field}.amount`, 'non-negative', 'must not be negative');
    }
    if (t.assetsFrom && t.assetsBelow && t.assetsBelow.amount <= t.assetsFrom.amount) {
      v.add('input.assetsBelow', 'min-max', 'must be above assetsFrom');
    }
  }
}

/** Adds an item to a draft, or replaces the item with the same code. */
export async function saveItem(
  em: EntityManager,
  scope: Scope,
  kind: StandardItemKind,
  editionCode: string,
  expectedVersion: number,
  input: object,
): Promise<StandardEdition> {
  const spec = kindSpec(kind);
  return em.transactional(async (tx) => {
    const edition = await loadDraft(tx, scope, editionCode, expectedVersion, `save ${kind}`);
    const data = compact(input) as Record<string, unknown>;
    const v = new Violations();
    checkItem(kind, data, v);
    v.throwIfAny();
    const where: Record<string, unknown> = { edition: edition.id, code: data.code };
    if (kind === 'CLASSIFIER') where.kind = data.kind;
    if (kind === 'POSITION' && !data.kind) data.kind = PositionKind.POSITION;
    const existing = (await tx.findOne(spec.entity as never, where as never)) as object | null;
    const before = existing ? itemData(existing) : undefined;
    const item = existing ?? tx.create(spec.entity as never, { ...data, edition } as never);
    if (existing) {
      // Saving replaces the whole item: a field left out of the input is cleared.
      const cleared = Object.fromEntries(
        tx.getMetadata().get(spec.entity.name).props
          .filter((p) => !p.primary && p.name !== 'edition' && p.nullable)
          .map((p) => [p.name, null]),
      );
      tx.assign(existing as never, { ...cleared, ...data } as never);
    }
    // A content change is a change of the edition: bump its version for the next writer.
    edition.updatedAt = new Date();
    recordAudit(tx, scope.actor, {
      operation: standardItemOperation('save', spec.entity.name),
      objectType: spec.entity.name,
      objectId: (item as { id: string }).id,
      objectLabel: `${edition.code}/${spec.key(item as never)}`,
      unitPath: headOfficePath(scope),
      before,
      after: itemData(item),
    });
    await tx.flush();
    return edition;
  });
}

export async function removeItem(
  em: EntityManager,
  scope: Scope,
  kind: StandardItemKind,
  editionCode: string,
  expectedVersion: number,
  code: string,
): Promise<StandardEdition> {
  const spec = kindSpec(kind);
  return em.transactional(async (tx) => {
    const edition = await loadDraft(tx, scope, editionCode, expectedVersion, `remove ${kind}`);
    const content = (await loadContents(tx, [edition.id])).get(edition.id)!;
    const item = (content[spec.list] as object[]).find((i) => (spec.key as (x: object) => string)(i) === code);
    if (!item) throw notFound('code', kind.toLowerCase(), code);
    const before = itemData(item);
    tx.remove(item);
    edition.updatedAt = new Date();
    recordAudit(tx, scope.actor, {
      operation: standardItemOperation('remove', spec.entity.name),
      objectType: spec.entity.name,
      objectId: (item as { id: string }).id,
      objectLabel: `${edition.code}/${code}`,
      unitPath: headOfficePath(scope),
      before,
    });
    await tx.flush();
    return edition;
  });
}

/** Validates and publishes a draft; it becomes the current edition and never changes again. */
export async function publish(em: EntityManager, scope: Scope, editionCode: string, expectedVersion: number): Promise<StandardEdition> {
  return em.transactional(async (tx) => {
    const edition = await loadDraft(tx, scope, editionCode, expectedVersion, 'publishStandardEdition');
    const problems = validateContent((await loadContents(tx, [edition.id])).get(edition.id)!);
    if (problems.length) {
      throw new InputError(problems.map((p) => ({ field: p.path, rule: p.rule, message: p.message })));
    }
    const before = editionSnapshot(edition);
    const previous = await tx.findOne(StandardEdition, { isCurrent: true });
    if (previous) {
      previous.isCurrent = false;
      await tx.flush(); // the single-current index must never see two
    }
    edition.status = EditionStatus.PUBLISHED;
    edition.isCurrent = true;
    edition.publishedAt = new Date();
    edition.publishedBy = scope.actor.name;
    recordAudit(tx, scope.actor, {
      operation: 'standardEdition.publish',
      objectType: 'StandardEdition',
      objectId: edition.id,
      objectLabel: edition.code,
      unitPath: headOfficePath(scope),
      before: { ...before, supersedes: null },
      after: { ...editionSnapshot(edition), supersedes: previous?.code ?? null },
    });
    await tx.flush();
    return edition;
  });
}
