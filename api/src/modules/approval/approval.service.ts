import type { EntityManager } from '@mikro-orm/postgresql';
import type { LayerUnit, Scope } from '../../shared/auth/scope.js';
import { forbidden, inputError } from '../../shared/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { ApprovalEvent, ApprovalSubjectType, type ItemComment } from './approval-event.entity.js';
import { ApprovalAction, ApprovalState, relationFor, transition } from './workflow.js';

/**
 * Applies the workflow (workflow.ts) to a subject: works out the actor's
 * relation from the scope's grants, refuses what the workflow refuses, and
 * writes the history row and the audit row of each transition. The subject's
 * own service owns its state and content; this module knows no subject type.
 */

/** What the workflow needs to know about a subject. */
export interface ApprovalSubject {
  type: ApprovalSubjectType;
  id: string;
  /** The subject's code, for messages and the audit trail. */
  code: string;
  /** The unit that owns the subject (its layer unit: level and path decide the grants). */
  unit: LayerUnit & { code: string };
  state: ApprovalState;
  revision: number;
  /** User id of whoever made the current submission; null before the first. */
  submittedBy: string | null;
}

type Transition = Exclude<ApprovalAction, ApprovalAction.EDIT>;
const TRANSITIONS: readonly Transition[] = [ApprovalAction.SUBMIT, ApprovalAction.WITHDRAW, ApprovalAction.APPROVE, ApprovalAction.RETURN, ApprovalAction.SUPERSEDE];

/**
 * The audit operation of each transition, per subject type (EDIT is audited
 * by the subject's own operations). An audit operation names one object type,
 * so each subject type has its own: `approval.*` for local versions (the
 * names rows already carry), `outletPlan.*` for outlet plans,
 * `standardEdition.*` for head office's editions.
 */
const OPERATION_PREFIX: Record<ApprovalSubjectType, string> = {
  [ApprovalSubjectType.LOCAL_VERSION]: 'approval',
  [ApprovalSubjectType.OUTLET_PLAN]: 'outletPlan',
  [ApprovalSubjectType.STANDARD_EDITION]: 'standardEdition',
  [ApprovalSubjectType.ROLLOUT_PLAN]: 'rolloutPlan',
};
export const APPROVAL_AUDIT_OPERATIONS = Object.fromEntries(
  Object.entries(OPERATION_PREFIX).map(([type, prefix]) => [type, Object.fromEntries(TRANSITIONS.map((a) => [a, `${prefix}.${a.toLowerCase()}`]))]),
) as Record<ApprovalSubjectType, Record<Transition, string>>;

const OBJECT_TYPE: Record<ApprovalSubjectType, string> = {
  [ApprovalSubjectType.LOCAL_VERSION]: 'LocalVersion',
  [ApprovalSubjectType.OUTLET_PLAN]: 'OutletPlan',
  [ApprovalSubjectType.STANDARD_EDITION]: 'StandardEdition',
  [ApprovalSubjectType.ROLLOUT_PLAN]: 'RolloutPlan',
};

/**
 * The state `action` leads to, or a refusal: FORBIDDEN when the actor may not
 * take the action (or it is their own submission), BAD_USER_INPUT naming
 * `field` when the subject's state does not allow it.
 */
export function nextState(scope: Scope, subject: ApprovalSubject, action: ApprovalAction, attempted: string, field = 'id'): ApprovalState {
  const relation = relationFor(action, {
    system: scope.unrestricted,
    maySubmit: scope.canSubmitFor(subject.unit),
    mayApprove: scope.mayOnLayer('approve', subject.unit),
    isSubmitter: subject.submittedBy !== null && subject.submittedBy === scope.actor.id,
  });
  const result = transition(subject.state, action, relation);
  if (result.ok) return result.next;
  if (result.rule === 'wrong-state') throw inputError(field, 'workflow-state', `${subject.code} ${result.reason}`);
  throw forbidden(`${attempted}: ${subject.code} belongs to ${subject.unit.code}; ${result.reason}`);
}

export interface TransitionRecord {
  action: Exclude<ApprovalAction, ApprovalAction.EDIT>;
  from: ApprovalState;
  to: ApprovalState;
  comment?: string | null;
  itemComments?: ItemComment[];
}

/** Writes the history row and the audit row of one transition (inside the caller's transaction). */
export function recordTransition(tx: EntityManager, scope: Scope, subject: ApprovalSubject, step: TransitionRecord): ApprovalEvent {
  const event = tx.create(ApprovalEvent, {
    subjectType: subject.type,
    subjectId: subject.id,
    unitId: subject.unit.id,
    revision: subject.revision,
    action: step.action,
    fromState: step.from,
    toState: step.to,
    actorId: scope.actor.id,
    actorName: scope.actor.name,
    comment: step.comment ?? null,
    itemComments: step.itemComments ?? [],
    occurredAt: new Date(),
  });
  recordAudit(tx, scope.actor, {
    operation: APPROVAL_AUDIT_OPERATIONS[subject.type][step.action],
    objectType: OBJECT_TYPE[subject.type],
    objectId: subject.id,
    objectLabel: subject.code,
    unitPath: subject.unit.path,
    before: { state: step.from },
    after: { state: step.to, revision: subject.revision, comment: step.comment ?? null, itemComments: step.itemComments ?? [] },
  });
  return event;
}

/** The history of some subjects, oldest first, in one statement. */
export async function historyOf(em: EntityManager, type: ApprovalSubjectType, ids: readonly string[]): Promise<Map<string, ApprovalEvent[]>> {
  const events = await em.find(ApprovalEvent, { subjectType: type, subjectId: { $in: [...ids] } }, { orderBy: { occurredAt: 'asc', id: 'asc' } });
  const byId = new Map<string, ApprovalEvent[]>(ids.map((id) => [id, []]));
  for (const e of events) byId.get(e.subjectId)?.push(e);
  return byId;
}
