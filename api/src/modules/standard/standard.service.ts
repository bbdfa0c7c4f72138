import type { EntityManager } from '@mikro-orm/postgresql';
import { EditionItem, StandardEdition } from './standard.entities.js';
import { EditionStatus } from './standard.types.js';
import type { CreateStandardDraftInput, UpdateStandardEditionInput } from './standard.inputs.js';
import { compact, createItem, itemData, itemsOf, loadContents, validateContent } from './standard.content.js';
import { KINDS, kindSpec } from './standard.kinds.js';
import type { AnyKind, ContentKind, PlainData } from './standard.kind.js';
import { Violations, forbidden, inputError, notFound, versionConflict, InputError } from '../../shared/errors.js';
import { checkLocalizedText, LocalizedText, LOCALIZED_TEXT_COLUMN, PROSE_MAX } from '../../shared/localized-text.js';
import { columnLength } from '../../shared/limits.js';
import { MetadataStorage, ReferenceKind } from '@mikro-orm/core';
import { OrgLevel, OrgUnit } from '../org-unit/org-unit.entity.js';
import { ApprovalSubjectType } from '../approval/approval-event.entity.js';
import { nextState, recordTransition, type ApprovalSubject } from '../approval/approval.service.js';
import { ApprovalAction, ApprovalState } from '../approval/workflow.js';
import { EMPTY_INBOX_PART, reviewFieldsOf, type InboxEntry, type InboxSource } from '../approval/inbox-source.js';
import { recordAudit } from '../audit/audit.service.js';
import type { LayerUnit, Scope } from '../../shared/auth/scope.js';
import { editionPublishedListener } from './standard.ports.js';

const EDITION_CODE_MAX = columnLength(StandardEdition, 'code');
export const EDITION_CODE_PATTERN = new RegExp(`^[A-Z0-9][A-Z0-9-]{2,${EDITION_CODE_MAX - 1}}$`);
const ITEM_CODE_PATTERN = new RegExp(`^[A-Z][A-Z0-9_]{0,${columnLength(EditionItem, 'code') - 1}}$`);

/**
 * A content item's property as its entity maps it: texts embedded in columns
 * (names, titles) and string columns (reportsTo) are bounded by the column;
 * texts kept in JSON (descriptions, duties) by PROSE_MAX.
 */
function itemProperty(entity: AnyKind['entity'], field: string): { embedded: boolean; length?: number } {
  const prop = MetadataStorage.getMetadataFromDecorator(entity).properties?.[field as never] as { kind?: string; length?: number } | undefined;
  return { embedded: prop?.kind === ReferenceKind.EMBEDDED, length: prop?.length };
}

/**
 * Editions are head office's layer of the standard. Head office is the root
 * of every path, so it is known from the actor without a query; the system
 * actor (seeding) has no unit and is unrestricted anyway.
 */
function editionUnit(scope: Scope): LayerUnit {
  return scope.headOffice ?? { id: '', path: '/', level: OrgLevel.HEAD_OFFICE };
}

/** Who may write editions is the scope's rule (LAYER_GRANTS), not this module's. */
function assertAuthor(scope: Scope, action: string) {
  scope.assertLayer('author', editionUnit(scope), action);
}

/** Whether the actor may see draft editions (the scope's rule for head office's layer). */
export function canReadDrafts(scope: Scope): boolean {
  return scope.canReadDraftsOf(editionUnit(scope));
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
  const edition = await findDraft(em, code, fields.edition);
  // Only a draft or a returned draft changes: a submitted one is what the approver reviews, an approved one is what gets published.
  nextState(scope, subjectOf(edition, headOfficeOf(scope)), ApprovalAction.EDIT, action, fields.edition);
  if (edition.version !== expectedVersion) throw versionConflict(fields.version, expectedVersion, edition.version);
  return edition;
}

/** An unpublished edition by code; published editions never change, nor move through the workflow again. */
async function findDraft(em: EntityManager, code: string, field: string): Promise<StandardEdition> {
  const edition = await em.findOne(StandardEdition, { code });
  if (!edition) throw notFound(field, 'standard edition', code);
  if (edition.status !== EditionStatus.DRAFT) {
    throw inputError(field, 'draft-only', `edition ${code} is published, and published editions never change; start a new draft from it`);
  }
  return edition;
}

// ─── The approval workflow ──────────────────────────────────────────────────

/** Head office as the workflow names it: the unit that owns (and approves) every edition. */
type HeadOffice = ApprovalSubject['unit'];

/**
 * Head office from the actor's own path (no query), enough for the workflow's
 * decision: the system actor, which has no unit, is unrestricted anyway.
 */
function headOfficeOf(scope: Scope): HeadOffice {
  const ho = editionUnit(scope);
  return { ...ho, code: 'head office' };
}

/**
 * Head office as the history records it (the owning unit's id): from the
 * actor's path, or looked up for the system actor (seeding), which has no unit.
 */
async function loadHeadOffice(em: EntityManager, scope: Scope): Promise<HeadOffice> {
  if (scope.headOffice) return headOfficeOf(scope);
  const unit = await em.findOneOrFail(OrgUnit, { level: OrgLevel.HEAD_OFFICE });
  return { id: unit.id, path: unit.path, level: unit.level, code: unit.code };
}

function subjectOf(edition: StandardEdition, headOffice: HeadOffice): ApprovalSubject {
  return {
    type: ApprovalSubjectType.STANDARD_EDITION,
    id: edition.id,
    code: edition.code,
    unit: headOffice,
    state: edition.approvalState,
    revision: edition.version,
    submittedBy: edition.submittedById ?? null,
  };
}

const COMMENT_MAX = 2000;

function cleanComment(v: Violations, comment: string | null | undefined, required: boolean): string | null {
  const text = comment?.trim() ?? '';
  if (!text && required) v.add('comment', 'required', 'say what must change, so the author knows what to fix');
  if (text.length > COMMENT_MAX) v.add('comment', 'max-length', `must be at most ${COMMENT_MAX} characters`);
  return text || null;
}

/**
 * What every workflow step starts with, in this order: only head office's own
 * people take part (others are refused before learning whether the draft
 * exists), the draft, the transition the workflow allows (or its refusal),
 * the revision the actor acted on, and the comment.
 */
async function beginStep(
  tx: EntityManager,
  scope: Scope,
  step: { code: string; action: ApprovalAction; attempted: string; expectedVersion: number; comment?: string | null; commentRequired?: boolean },
) {
  if (!canReadDrafts(scope)) throw forbidden(`${step.attempted}: only head office's own people take part in approving its editions`);
  const headOffice = await loadHeadOffice(tx, scope);
  const edition = await findDraft(tx, step.code, 'editionCode');
  const from = edition.approvalState;
  const to = nextState(scope, subjectOf(edition, headOffice), step.action, step.attempted, 'editionCode');
  if (edition.version !== step.expectedVersion) throw versionConflict('expectedVersion', step.expectedVersion, edition.version);
  const v = new Violations();
  const comment = cleanComment(v, step.comment, step.commentRequired ?? false);
  v.throwIfAny();
  return { edition, headOffice, from, to, comment };
}

/** Refuses a draft that could not be published, naming every problem (the approver reviews only publishable content). */
async function assertPublishable(tx: EntityManager, edition: StandardEdition) {
  const problems = validateContent((await loadContents(tx, [edition.id])).get(edition.id)!);
  if (problems.length) {
    throw new InputError(problems.map((p) => ({ field: p.path, rule: p.rule, message: p.message })));
  }
}

/**
 * Records a reviewer's decision without touching the revision: the approved
 * (or returned) revision stays the one reviewed, so publication can check it
 * was the one approved. (A flush would bump the optimistic lock.)
 */
async function decide(tx: EntityManager, edition: StandardEdition, to: ApprovalState, by: string, approvedRevision: number | null) {
  await tx.execute(
    `update standard_edition set approval_state = ?, decided_by = ?, decided_at = now(), approved_revision = ? where id = ? and version = ?`,
    [to, by, approvedRevision, edition.id, edition.version],
  );
  await tx.refresh(edition);
}

/** The author sends the draft (or a returned draft, changed) to head office's approvers; it must be publishable. */
export async function submitEdition(em: EntityManager, scope: Scope, code: string, expectedVersion: number, comment?: string | null) {
  return em.transactional(async (tx) => {
    const { edition, headOffice, from, to, comment: text } = await beginStep(tx, scope, {
      code, action: ApprovalAction.SUBMIT, attempted: 'submitStandardEdition', expectedVersion, comment,
    });
    await assertPublishable(tx, edition);
    Object.assign(edition, { approvalState: to, approvedRevision: null, submittedById: scope.actor.id, submittedBy: scope.actor.name, submittedAt: new Date() });
    await tx.flush();
    recordTransition(tx, scope, subjectOf(edition, headOffice), { action: ApprovalAction.SUBMIT, from, to, comment: text });
    await tx.flush();
    return edition;
  });
}

/**
 * The author takes the draft back for good (the workflow's WITHDRAW is final
 * for every subject): a withdrawn draft is never published, and its code stays
 * taken. Its content is not lost: a new draft may start from it (createDraft).
 */
export async function withdrawEdition(em: EntityManager, scope: Scope, code: string, expectedVersion: number, comment?: string | null) {
  return em.transactional(async (tx) => {
    const { edition, headOffice, from, to, comment: text } = await beginStep(tx, scope, {
      code, action: ApprovalAction.WITHDRAW, attempted: 'withdrawStandardEdition', expectedVersion, comment,
    });
    edition.approvalState = to;
    await tx.flush();
    recordTransition(tx, scope, subjectOf(edition, headOffice), { action: ApprovalAction.WITHDRAW, from, to, comment: text });
    await tx.flush();
    return edition;
  });
}

/**
 * Approves the revision the approver reviewed (`expectedVersion`): one that
 * changed since fails with VERSION_CONFLICT, and nobody approves their own
 * submission (the workflow's rule). The content is checked again.
 */
export async function approveEdition(em: EntityManager, scope: Scope, code: string, expectedVersion: number, comment?: string | null) {
  return em.transactional(async (tx) => {
    const { edition, headOffice, from, to, comment: text } = await beginStep(tx, scope, {
      code, action: ApprovalAction.APPROVE, attempted: 'approveStandardEdition', expectedVersion, comment,
    });
    await assertPublishable(tx, edition);
    const reviewed = subjectOf(edition, headOffice);
    await decide(tx, edition, to, scope.actor.name, reviewed.revision);
    recordTransition(tx, scope, reviewed, { action: ApprovalAction.APPROVE, from, to, comment: text });
    await tx.flush();
    return edition;
  });
}

/** Sends the draft back to its author with a comment saying what must change. */
export async function returnEdition(em: EntityManager, scope: Scope, code: string, expectedVersion: number, comment: string) {
  return em.transactional(async (tx) => {
    const { edition, headOffice, from, to, comment: text } = await beginStep(tx, scope, {
      code, action: ApprovalAction.RETURN, attempted: 'returnStandardEdition', expectedVersion, comment, commentRequired: true,
    });
    const reviewed = subjectOf(edition, headOffice);
    await decide(tx, edition, to, scope.actor.name, null);
    recordTransition(tx, scope, reviewed, { action: ApprovalAction.RETURN, from, to, comment: text });
    await tx.flush();
    return edition;
  });
}

/**
 * Submits, approves and publishes a draft in one go under the system actor:
 * the seeder's path, through the same rules (the system may take every step
 * of the workflow; people never approve their own submission).
 */
export async function submitApproveAndPublish(em: EntityManager, system: Scope, code: string, expectedVersion: number, options: { keepCurrent?: boolean } = {}) {
  if (!system.unrestricted) throw forbidden('submitApproveAndPublish: only the system takes every step itself');
  const submitted = await submitEdition(em, system, code, expectedVersion, null);
  const approved = await approveEdition(em, system, code, submitted.version, null);
  return publish(em, system, code, approved.version, options);
}

/**
 * Head office's editions in the actor's inbox, in at most two statements:
 * drafts submitted for approval when they approve at head office (never their
 * own submissions), and the drafts they submitted that came back.
 */
export const editionInbox: InboxSource = async (em, scope) => {
  const ho = scope.headOffice;
  if (!ho || scope.actor.kind !== 'USER' || scope.actor.unit?.id !== ho.id) return EMPTY_INBOX_PART;
  const [awaitingMe, returnedToMe] = await Promise.all([
    scope.mayOnLayer('approve', ho)
      ? em.find(
          StandardEdition,
          { status: EditionStatus.DRAFT, approvalState: ApprovalState.SUBMITTED, submittedById: { $ne: scope.actor.id } },
          { orderBy: { submittedAt: 'asc', id: 'asc' } },
        )
      : Promise.resolve([]),
    scope.canSubmitFor(ho)
      ? em.find(
          StandardEdition,
          { status: EditionStatus.DRAFT, approvalState: ApprovalState.RETURNED, submittedById: scope.actor.id },
          { orderBy: { decidedAt: 'desc', id: 'desc' } },
        )
      : Promise.resolve([]),
  ]);
  const entry = (e: StandardEdition): InboxEntry => ({
    subjectType: ApprovalSubjectType.STANDARD_EDITION,
    id: e.id,
    code: e.code,
    title: e.title,
    unitId: ho.id,
    state: e.approvalState,
    ...reviewFieldsOf(e),
  });
  return { awaitingMe: awaitingMe.map(entry), returnedToMe: returnedToMe.map(entry) };
};

function editionSnapshot(e: StandardEdition) {
  return { code: e.code, title: e.title, summary: e.summary, status: e.status, approvalState: e.approvalState, isCurrent: e.isCurrent, publishedAt: e.publishedAt ?? null };
}

/**
 * Starts a draft: empty, or a copy of the whole content of a published
 * edition or of a withdrawn draft. Starting again from a withdrawn draft keeps
 * what its author wrote, and the new draft is based on the same published
 * edition the withdrawn one was, so its diff and impact compare with the same
 * standard.
 */
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
    let copyOf: StandardEdition | null = null;
    if (input.basedOnCode) {
      copyOf = await tx.findOne(StandardEdition, { code: input.basedOnCode }, { populate: ['basedOn'] });
      const withdrawn = copyOf?.status === EditionStatus.DRAFT && copyOf.approvalState === ApprovalState.WITHDRAWN;
      if (!copyOf) v.add('input.basedOnCode', 'exists', `no edition ${input.basedOnCode}`);
      else if (copyOf.status !== EditionStatus.PUBLISHED && !withdrawn) {
        v.add('input.basedOnCode', 'published', 'a new draft starts from a published edition or a withdrawn draft (a live draft is edited in place)');
      }
      basedOn = withdrawn ? (copyOf!.basedOn?.getEntity() ?? null) : copyOf;
    }
    v.throwIfAny();
    const draft = tx.create(StandardEdition, { code, title, summary, basedOn, createdBy: scope.actor.name } as never);
    await tx.flush();
    if (copyOf) {
      const content = (await loadContents(tx, [copyOf.id])).get(copyOf.id)!;
      for (const spec of KINDS as readonly AnyKind[]) {
        for (const item of itemsOf(content, spec)) createItem(tx, spec, itemData(item), draft);
      }
    }
    recordAudit(tx, scope.actor, {
      operation: 'standardEdition.createDraft',
      objectType: 'StandardEdition',
      objectId: draft.id,
      objectLabel: code,
      unitPath: editionUnit(scope).path,
      after: { ...editionSnapshot(draft), basedOn: basedOn?.code ?? null, ...(copyOf && copyOf !== basedOn ? { restartedFrom: copyOf.code } : {}) },
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
      unitPath: editionUnit(scope).path,
      before,
      after: editionSnapshot(edition),
    });
    await tx.flush();
    return edition;
  });
}

/**
 * Checks one item's own fields: the rules every kind shares (code format, text
 * and column lengths as its entity maps them), then the kind's own (its
 * registry entry's `check`). References across the edition are checked at publication.
 */
export function checkItem<I extends { code: string }>(spec: ContentKind<string, string, any, I>, input: PlainData<I>, v: Violations) {
  if (!ITEM_CODE_PATTERN.test(String(input.code ?? ''))) v.add('input.code', 'format', 'use capital letters, digits and "_", starting with a letter');
  const texts = (value: unknown, field: string, max: number) => {
    if (value && typeof value === 'object' && 'zh' in value) checkLocalizedText(v, field, value as LocalizedText, max);
    if (Array.isArray(value)) value.forEach((t, i) => texts(t, `${field}[${i}]`, max));
  };
  for (const [field, value] of Object.entries(input)) {
    const prop = itemProperty(spec.entity, field);
    if (value && typeof value === 'object' && ('zh' in value || Array.isArray(value))) {
      texts(value, `input.${field}`, prop.embedded ? LOCALIZED_TEXT_COLUMN : PROSE_MAX);
    }
    if (typeof value === 'string' && prop.length && value.length > prop.length) {
      v.add(`input.${field}`, 'max-length', `must be at most ${prop.length} characters`);
    }
  }
  spec.check?.(input, v);
}

/**
 * What every content change ends with: the edition's version bumped (one lock
 * for the whole draft, so the next writer sees it), the kind's audit row, the flush.
 */
async function itemChanged(
  tx: EntityManager,
  scope: Scope,
  edition: StandardEdition,
  spec: AnyKind,
  action: 'save' | 'remove',
  item: object,
  change: { before?: Record<string, unknown>; after?: Record<string, unknown> },
): Promise<StandardEdition> {
  edition.updatedAt = new Date();
  recordAudit(tx, scope.actor, {
    operation: spec.audit[action],
    objectType: spec.entity.name,
    objectId: (item as { id: string }).id,
    objectLabel: `${edition.code}/${spec.key(item)}`,
    unitPath: editionUnit(scope).path,
    ...change,
  });
  await tx.flush();
  return edition;
}

/**
 * Adds an item to a draft, or replaces the item with the same key. Every save
 * mutation and the seeder come through here; `spec` is the kind's registry entry.
 */
export async function saveItem<I extends { code: string }>(
  em: EntityManager,
  scope: Scope,
  spec: ContentKind<string, string, any, I>,
  editionCode: string,
  expectedVersion: number,
  input: PlainData<I>,
): Promise<StandardEdition> {
  // One entry of the registry, whatever its entity: the ORM calls below take it as such.
  const kind = spec as unknown as AnyKind;
  return em.transactional(async (tx) => {
    const edition = await loadDraft(tx, scope, editionCode, expectedVersion, `save ${spec.kind}`);
    const data = compact(input);
    const v = new Violations();
    checkItem(spec, data, v);
    v.throwIfAny();
    const fields = kind.toEntity(data);
    const existing: object | null = await tx.findOne(kind.entity, { edition: edition.id, ...kind.whereKey(kind.key(data)) });
    const before = existing ? itemData(existing) : undefined;
    const item = existing ?? createItem(tx, kind, fields, edition);
    if (existing) {
      // Saving replaces the whole item: a field left out of the input is cleared.
      const cleared = Object.fromEntries(
        tx.getMetadata().get(kind.entity.name).props
          .filter((p) => !p.primary && p.name !== 'edition' && p.nullable)
          .map((p) => [p.name, null]),
      );
      tx.assign(existing, { ...cleared, ...fields });
    }
    return itemChanged(tx, scope, edition, kind, 'save', item, { before, after: itemData(item) });
  });
}

/** Removes an item from a draft by its key (classifiers: KIND/CODE). */
export async function removeItem(
  em: EntityManager,
  scope: Scope,
  kindName: string,
  editionCode: string,
  expectedVersion: number,
  code: string,
): Promise<StandardEdition> {
  const spec = kindSpec(kindName) as AnyKind | undefined;
  if (!spec) throw inputError('kind', 'exists', `no content kind ${kindName}`);
  return em.transactional(async (tx) => {
    const edition = await loadDraft(tx, scope, editionCode, expectedVersion, `remove ${spec.kind}`);
    const where = spec.whereKey(code);
    const item: object | null = where ? await tx.findOne(spec.entity, { edition: edition.id, ...where }) : null;
    if (!item) throw notFound('code', spec.kind.toLowerCase(), code);
    const before = itemData(item);
    tx.remove(item);
    return itemChanged(tx, scope, edition, spec, 'remove', item, { before });
  });
}

/**
 * Publishes an approved draft (checked again); it becomes the current edition and never
 * changes again. `keepCurrent` leaves an edition already in force current
 * (the seeder: demo data must not displace what people put in force).
 */
export async function publish(
  em: EntityManager,
  scope: Scope,
  editionCode: string,
  expectedVersion: number,
  options: { keepCurrent?: boolean } = {},
): Promise<StandardEdition> {
  return em.transactional(async (tx) => {
    assertAuthor(scope, 'publishStandardEdition');
    const edition = await findDraft(tx, editionCode, 'editionCode');
    // Approval froze the content at the revision reviewed (edits are refused from submission on), so an approved draft is that revision.
    if (edition.approvalState !== ApprovalState.APPROVED || edition.approvedRevision !== edition.version) {
      throw inputError(
        'editionCode',
        'approved-only',
        `edition ${editionCode} is ${edition.approvalState.toLowerCase()}; only a draft approved by a head-office approver other than its submitter is published (submit it for approval first)`,
      );
    }
    if (edition.version !== expectedVersion) throw versionConflict('expectedVersion', expectedVersion, edition.version);
    await assertPublishable(tx, edition);
    const before = editionSnapshot(edition);
    const current = await tx.findOne(StandardEdition, { isCurrent: true });
    const previous = options.keepCurrent ? null : current;
    if (previous) {
      previous.isCurrent = false;
      await tx.flush(); // the single-current index must never see two
    }
    edition.status = EditionStatus.PUBLISHED;
    edition.isCurrent = !current || !options.keepCurrent;
    edition.publishedAt = new Date();
    edition.publishedBy = scope.actor.name;
    await tx.flush();
    // Branches' local versions move onto the edition in force (not when the seeder keeps the current one).
    // Before the publication's own audit row, so that row stays the newest: it is what the author just did.
    if (edition.isCurrent) await editionPublishedListener().editionPublished(tx, scope, edition);
    recordAudit(tx, scope.actor, {
      operation: 'standardEdition.publish',
      objectType: 'StandardEdition',
      objectId: edition.id,
      objectLabel: edition.code,
      unitPath: editionUnit(scope).path,
      before: { ...before, supersedes: null },
      after: { ...editionSnapshot(edition), supersedes: previous?.code ?? null },
    });
    await tx.flush();
    return edition;
  });
}
