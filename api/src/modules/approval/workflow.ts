/**
 * The approval workflow: one state machine for everything a unit sends to the
 * level that approves it: branches' local versions, outlets' plans, and head
 * office's own editions (approved at head office itself, by someone other
 * than the submitter); rollout schemes later.
 *
 * Pure: no database, no GraphQL, no clock. The approval service works out how
 * the actor stands to the subject (`relationFor`), asks `transition`, and
 * applies the answer (history row, audit row, the subject's new state).
 *
 *   DRAFT ──SUBMIT──▶ SUBMITTED ──APPROVE──▶ APPROVED ──SUPERSEDE──▶ SUPERSEDED
 *     │  ▲              │  │                   (a newer approved version replaces it)
 *     │  └EDIT          │  └RETURN──▶ RETURNED ──SUBMIT──▶ SUBMITTED (resubmitted)
 *     │                 │               │  ▲
 *     │                 │               │  └EDIT
 *     └──WITHDRAW──▶ WITHDRAWN ◀──WITHDRAW──┘ (also from SUBMITTED: the unit takes it back)
 *
 * Why these choices:
 * - A SUBMITTED subject cannot be edited: the approver reviews one revision,
 *   and the approval names it. To change it, the unit withdraws and starts
 *   again, or the approver returns it.
 * - A RETURNED subject is edited in place and resubmitted; the approver's
 *   comments stay in the history beside it.
 * - APPROVED is final for its content. Only a newer approved version moves it
 *   on (SUPERSEDED), and both stay in the history.
 * - WITHDRAWN and SUPERSEDED are terminal.
 * - Nobody approves or returns their own submission, whatever roles they hold
 *   (head office's authors may also be approvers).
 */

export enum ApprovalState {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  RETURNED = 'RETURNED',
  WITHDRAWN = 'WITHDRAWN',
  SUPERSEDED = 'SUPERSEDED',
}

export enum ApprovalAction {
  EDIT = 'EDIT',
  SUBMIT = 'SUBMIT',
  WITHDRAW = 'WITHDRAW',
  APPROVE = 'APPROVE',
  RETURN = 'RETURN',
  SUPERSEDE = 'SUPERSEDE',
}

/**
 * How the actor stands to the subject, for one action:
 * - UNIT_STAFF: staff of the subject's own unit who may write and submit it;
 * - SUBMITTER: the person who submitted the subject's current submission;
 * - APPROVER: an approver of the unit that approves the subject (the parent
 *   unit for branches; head office itself for its editions);
 * - SYSTEM: the service itself (superseding on approval, seeding);
 * - OTHER: anyone else.
 */
export enum ActorRelation {
  UNIT_STAFF = 'UNIT_STAFF',
  SUBMITTER = 'SUBMITTER',
  APPROVER = 'APPROVER',
  SYSTEM = 'SYSTEM',
  OTHER = 'OTHER',
}

export const APPROVAL_STATES = Object.values(ApprovalState);
export const APPROVAL_ACTIONS = Object.values(ApprovalAction);
export const ACTOR_RELATIONS = Object.values(ActorRelation);

/** Why a transition is refused: the action does not apply in this state, the actor may not take it, or it is their own submission. */
export type RefusalRule = 'wrong-state' | 'not-permitted' | 'own-submission';

export type TransitionResult =
  | { ok: true; next: ApprovalState }
  | { ok: false; rule: RefusalRule; reason: string };

/** States in which the unit still owns the subject and may change it. */
const EDITABLE: readonly ApprovalState[] = [ApprovalState.DRAFT, ApprovalState.RETURNED];

/** For each action: the states it applies in, where it leads, and who may take it. */
const RULES: Record<ApprovalAction, { from: readonly ApprovalState[]; to: (s: ApprovalState) => ApprovalState; by: readonly ActorRelation[] }> = {
  [ApprovalAction.EDIT]: { from: EDITABLE, to: (s) => s, by: [ActorRelation.UNIT_STAFF, ActorRelation.SUBMITTER, ActorRelation.SYSTEM] },
  [ApprovalAction.SUBMIT]: { from: EDITABLE, to: () => ApprovalState.SUBMITTED, by: [ActorRelation.UNIT_STAFF, ActorRelation.SUBMITTER, ActorRelation.SYSTEM] },
  [ApprovalAction.WITHDRAW]: {
    from: [...EDITABLE, ApprovalState.SUBMITTED],
    to: () => ApprovalState.WITHDRAWN,
    by: [ActorRelation.UNIT_STAFF, ActorRelation.SUBMITTER, ActorRelation.SYSTEM],
  },
  [ApprovalAction.APPROVE]: { from: [ApprovalState.SUBMITTED], to: () => ApprovalState.APPROVED, by: [ActorRelation.APPROVER, ActorRelation.SYSTEM] },
  [ApprovalAction.RETURN]: { from: [ApprovalState.SUBMITTED], to: () => ApprovalState.RETURNED, by: [ActorRelation.APPROVER, ActorRelation.SYSTEM] },
  [ApprovalAction.SUPERSEDE]: { from: [ApprovalState.APPROVED], to: () => ApprovalState.SUPERSEDED, by: [ActorRelation.SYSTEM] },
};

const STATE_WORDS: Record<ApprovalState, string> = {
  DRAFT: 'a draft',
  SUBMITTED: 'submitted and awaiting review',
  APPROVED: 'approved, and approved versions never change (start a new draft instead)',
  RETURNED: 'returned for changes',
  WITHDRAWN: 'withdrawn, which is final',
  SUPERSEDED: 'superseded by a newer approved version, which is final',
};

const ACTION_WORDS: Record<ApprovalAction, string> = {
  EDIT: 'edit',
  SUBMIT: 'submit',
  WITHDRAW: 'withdraw',
  APPROVE: 'approve',
  RETURN: 'return',
  SUPERSEDE: 'supersede',
};

const WHO_WORDS: Record<ActorRelation, string> = {
  UNIT_STAFF: "the unit's own staff",
  SUBMITTER: 'the submitter',
  APPROVER: 'an approver of the approving unit',
  SYSTEM: 'the system',
  OTHER: 'anyone else',
};

/** The whole workflow: what `action` by an actor in `relation` does to a subject in `state`. */
export function transition(state: ApprovalState, action: ApprovalAction, relation: ActorRelation): TransitionResult {
  const rule = RULES[action];
  if (!rule.from.includes(state)) {
    return { ok: false, rule: 'wrong-state', reason: `cannot ${ACTION_WORDS[action]}: it is ${STATE_WORDS[state]}` };
  }
  if (relation === ActorRelation.SUBMITTER && (action === ApprovalAction.APPROVE || action === ApprovalAction.RETURN)) {
    return { ok: false, rule: 'own-submission', reason: `cannot ${ACTION_WORDS[action]} your own submission; another approver must review it` };
  }
  if (!rule.by.includes(relation)) {
    const who = rule.by.filter((r) => r !== ActorRelation.SYSTEM).map((r) => WHO_WORDS[r]);
    return { ok: false, rule: 'not-permitted', reason: `only ${who.length ? who.join(' or ') : WHO_WORDS.SYSTEM} may ${ACTION_WORDS[action]} it` };
  }
  return { ok: true, next: rule.to(state) };
}

/** What the service knows about the actor and the subject, as grants and identity. */
export interface RelationFacts {
  /** The system (seeding, superseding) acts on every subject. */
  system: boolean;
  /** Holds the submit grant for the subject's unit (its own staff). */
  maySubmit: boolean;
  /** Holds the approve grant for the subject's unit (an approver of the approving unit). */
  mayApprove: boolean;
  /** Is the person who made the subject's current submission. */
  isSubmitter: boolean;
}

/**
 * The actor's relation for one action. One person can hold several grants
 * (head office's author-approvers), so the action decides which counts: for
 * a reviewer's action the approve grant, for the unit's own actions the
 * submit grant. Being the submitter outranks the approve grant, which is what
 * stops anyone from approving their own submission.
 */
export function relationFor(action: ApprovalAction, facts: RelationFacts): ActorRelation {
  if (facts.system) return ActorRelation.SYSTEM;
  const reviewing = action === ApprovalAction.APPROVE || action === ApprovalAction.RETURN;
  if (reviewing) {
    if (facts.isSubmitter) return ActorRelation.SUBMITTER;
    if (facts.mayApprove) return ActorRelation.APPROVER;
    if (facts.maySubmit) return ActorRelation.UNIT_STAFF;
    return ActorRelation.OTHER;
  }
  if (facts.maySubmit) return facts.isSubmitter ? ActorRelation.SUBMITTER : ActorRelation.UNIT_STAFF;
  if (facts.mayApprove) return ActorRelation.APPROVER;
  return ActorRelation.OTHER;
}

/** Whether a subject in `state` is still the unit's to change (drafts and returned ones). */
export function isEditable(state: ApprovalState): boolean {
  return EDITABLE.includes(state);
}

/** States after which nothing more happens. */
export function isFinal(state: ApprovalState): boolean {
  return state === ApprovalState.WITHDRAWN || state === ApprovalState.SUPERSEDED;
}
