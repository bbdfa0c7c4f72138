import type { EntityManager } from '@mikro-orm/postgresql';
import type { Scope } from '../../shared/auth/scope.js';
import { Role } from '../../shared/auth/roles.js';
import { OrgLevel, type OrgUnit } from '../org-unit/org-unit.entity.js';
import { ApprovalState } from '../approval/workflow.js';
import { LocalVersion } from './local-version.entity.js';
import { findVisible } from './local-version.service.js';
import { ApprovalSubjectType } from '../approval/approval-event.entity.js';
import { EMPTY_INBOX_PART, reviewFieldsOf, type InboxEntry, type InboxSource } from '../approval/inbox-source.js';

/** Versions anyone who sees the unit may read: the one in force and its predecessors. */
const PUBLISHED_STATES = [ApprovalState.APPROVED, ApprovalState.SUPERSEDED];

/** One version by id, or null when it does not exist or the actor may not read it. */
export const visibleVersion = findVisible;

/** A unit's versions the actor may read, newest first, in one statement. */
export async function versionsOf(em: EntityManager, scope: Scope, unit: OrgUnit, status: ApprovalState | null): Promise<LocalVersion[]> {
  if (!scope.canReadUnit(unit)) return [];
  const states = scope.canReadDraftsOf(unit) ? null : PUBLISHED_STATES;
  const where = {
    unit: unit.id,
    ...(status && states ? { status: { $in: states.filter((s) => s === status) } } : status ? { status } : states ? { status: { $in: states } } : {}),
  };
  return em.find(LocalVersion, where, { orderBy: { createdAt: 'desc', id: 'desc' }, populate: ['unit'] });
}

/**
 * Local versions in the actor's inbox, in at most two statements:
 * - awaiting them: versions submitted by the branches directly below their
 *   unit, when they approve for it, except their own submissions;
 * - come back to them: their own unit's returned versions, when they are the
 *   unit's staff who write and submit it (the unit sends, so any of its
 *   writers may pick a returned version up).
 */
export const localVersionInbox: InboxSource = async (em, scope) => {
  const own = scope.actor.unit;
  if (!own || scope.actor.kind !== 'USER') return EMPTY_INBOX_PART;
  const approves = scope.hasRole(Role.APPROVER) && own.level !== OrgLevel.TIER_TWO_BRANCH && own.level !== OrgLevel.OUTLET;
  const [awaiting, returned] = await Promise.all([
    approves
      ? em.find(LocalVersion, { status: ApprovalState.SUBMITTED, unit: { parent: own.id } }, { orderBy: { submittedAt: 'asc', id: 'asc' }, populate: ['unit'] })
      : Promise.resolve([]),
    own.level !== OrgLevel.OUTLET && scope.canSubmitFor(own)
      ? em.find(LocalVersion, { status: ApprovalState.RETURNED, unit: own.id }, { orderBy: { decidedAt: 'desc', id: 'desc' }, populate: ['unit'] })
      : Promise.resolve([]),
  ]);
  return {
    awaitingMe: awaiting.filter((v) => v.submittedById !== scope.actor.id && scope.canApproveFor(v.unit.getEntity(), v.submittedById)).map(entry),
    returnedToMe: returned.map(entry),
  };
};

function entry(v: LocalVersion): InboxEntry {
  return {
    subjectType: ApprovalSubjectType.LOCAL_VERSION,
    id: v.id,
    code: v.code,
    title: v.title,
    unitId: v.unit.id,
    state: v.status,
    ...reviewFieldsOf(v),
  };
}
