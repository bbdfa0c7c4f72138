import { describe, expect, it } from 'vitest';
import {
  ACTOR_RELATIONS,
  APPROVAL_ACTIONS,
  APPROVAL_STATES,
  ActorRelation,
  ApprovalAction,
  ApprovalState,
  isEditable,
  isFinal,
  relationFor,
  transition,
} from './workflow.js';

/**
 * The whole table, written out by hand (not derived from the module's rules):
 * for each state and action, the outcome for each relation in the order
 *   UNIT_STAFF  SUBMITTER  APPROVER  SYSTEM  OTHER
 * A state name is the next state; "wrong" is `wrong-state`, "deny" is
 * `not-permitted`, "own" is `own-submission`.
 */
const TABLE: Record<ApprovalState, Record<ApprovalAction, string>> = {
  DRAFT: {
    EDIT: '      DRAFT      DRAFT      deny     DRAFT      deny',
    SUBMIT: '    SUBMITTED  SUBMITTED  deny     SUBMITTED  deny',
    WITHDRAW: '  WITHDRAWN  WITHDRAWN  deny     WITHDRAWN  deny',
    APPROVE: '   wrong      wrong      wrong    wrong      wrong',
    RETURN: '    wrong      wrong      wrong    wrong      wrong',
    SUPERSEDE: ' wrong      wrong      wrong    wrong      wrong',
  },
  SUBMITTED: {
    EDIT: '      wrong      wrong      wrong    wrong      wrong',
    SUBMIT: '    wrong      wrong      wrong    wrong      wrong',
    WITHDRAW: '  WITHDRAWN  WITHDRAWN  deny     WITHDRAWN  deny',
    APPROVE: '   deny       own        APPROVED APPROVED   deny',
    RETURN: '    deny       own        RETURNED RETURNED   deny',
    SUPERSEDE: ' wrong      wrong      wrong    wrong      wrong',
  },
  APPROVED: {
    EDIT: '      wrong      wrong      wrong    wrong      wrong',
    SUBMIT: '    wrong      wrong      wrong    wrong      wrong',
    WITHDRAW: '  wrong      wrong      wrong    wrong      wrong',
    APPROVE: '   wrong      wrong      wrong    wrong      wrong',
    RETURN: '    wrong      wrong      wrong    wrong      wrong',
    SUPERSEDE: ' deny       deny       deny     SUPERSEDED deny',
  },
  RETURNED: {
    EDIT: '      RETURNED   RETURNED   deny     RETURNED   deny',
    SUBMIT: '    SUBMITTED  SUBMITTED  deny     SUBMITTED  deny',
    WITHDRAW: '  WITHDRAWN  WITHDRAWN  deny     WITHDRAWN  deny',
    APPROVE: '   wrong      wrong      wrong    wrong      wrong',
    RETURN: '    wrong      wrong      wrong    wrong      wrong',
    SUPERSEDE: ' wrong      wrong      wrong    wrong      wrong',
  },
  WITHDRAWN: Object.fromEntries(APPROVAL_ACTIONS.map((a) => [a, 'wrong wrong wrong wrong wrong'])) as Record<ApprovalAction, string>,
  SUPERSEDED: Object.fromEntries(APPROVAL_ACTIONS.map((a) => [a, 'wrong wrong wrong wrong wrong'])) as Record<ApprovalAction, string>,
};
const COLUMNS = [ActorRelation.UNIT_STAFF, ActorRelation.SUBMITTER, ActorRelation.APPROVER, ActorRelation.SYSTEM, ActorRelation.OTHER];

const cases = APPROVAL_STATES.flatMap((state) =>
  APPROVAL_ACTIONS.flatMap((action) => {
    const cells = TABLE[state][action].trim().split(/\s+/);
    return COLUMNS.map((relation, i) => ({ state, action, relation, expected: cells[i] }));
  }),
);

describe('the approval workflow, every state × every action × every relation', () => {
  it('the table covers every combination exactly once', () => {
    expect([...COLUMNS].sort()).toEqual([...ACTOR_RELATIONS].sort());
    expect(cases).toHaveLength(APPROVAL_STATES.length * APPROVAL_ACTIONS.length * ACTOR_RELATIONS.length);
    for (const c of cases) expect(c.expected, `${c.state} ${c.action} ${c.relation}`).toBeDefined();
  });

  it.each(cases)('$state + $action by $relation → $expected', ({ state, action, relation, expected }) => {
    const result = transition(state, action, relation);
    switch (expected) {
      case 'wrong':
      case 'deny':
      case 'own': {
        const rule = { wrong: 'wrong-state', deny: 'not-permitted', own: 'own-submission' }[expected];
        expect(result).toMatchObject({ ok: false, rule });
        if (!result.ok) expect(result.reason).toMatch(/^(cannot|only) /);
        break;
      }
      default:
        expect(result).toEqual({ ok: true, next: expected });
    }
  });

  it('explains refusals in words a person can act on', () => {
    expect(transition(ApprovalState.APPROVED, ApprovalAction.EDIT, ActorRelation.UNIT_STAFF)).toMatchObject({ reason: expect.stringMatching(/approved versions never change/) });
    expect(transition(ApprovalState.SUBMITTED, ApprovalAction.APPROVE, ActorRelation.SUBMITTER)).toMatchObject({ reason: expect.stringMatching(/your own submission/) });
    expect(transition(ApprovalState.SUBMITTED, ApprovalAction.APPROVE, ActorRelation.UNIT_STAFF)).toMatchObject({ reason: 'only an approver of the approving unit may approve it' });
  });

  it('only drafts and returned subjects are editable; withdrawn and superseded ones are final', () => {
    expect(APPROVAL_STATES.filter(isEditable)).toEqual([ApprovalState.DRAFT, ApprovalState.RETURNED]);
    expect(APPROVAL_STATES.filter(isFinal)).toEqual([ApprovalState.WITHDRAWN, ApprovalState.SUPERSEDED]);
    // Final states allow nothing at all.
    for (const s of APPROVAL_STATES.filter(isFinal)) {
      for (const a of APPROVAL_ACTIONS) for (const r of ACTOR_RELATIONS) expect(transition(s, a, r).ok).toBe(false);
    }
  });
});

describe('relationFor: which grant counts for which action', () => {
  const facts = (f: Partial<Parameters<typeof relationFor>[1]>) => ({ system: false, maySubmit: false, mayApprove: false, isSubmitter: false, ...f });
  // Every combination of the four facts, for a reviewing and a unit action.
  const combos = [0, 1].flatMap((s) => [0, 1].flatMap((m) => [0, 1].flatMap((a) => [0, 1].map((i) => facts({ system: !!s, maySubmit: !!m, mayApprove: !!a, isSubmitter: !!i })))));

  it.each(combos)('reviewing: %o', (f) => {
    const expected = f.system
      ? ActorRelation.SYSTEM
      : f.isSubmitter
        ? ActorRelation.SUBMITTER
        : f.mayApprove
          ? ActorRelation.APPROVER
          : f.maySubmit
            ? ActorRelation.UNIT_STAFF
            : ActorRelation.OTHER;
    expect(relationFor(ApprovalAction.APPROVE, f)).toBe(expected);
    expect(relationFor(ApprovalAction.RETURN, f)).toBe(expected);
  });

  it.each(combos)("the unit's own actions: %o", (f) => {
    const expected = f.system
      ? ActorRelation.SYSTEM
      : f.maySubmit
        ? f.isSubmitter
          ? ActorRelation.SUBMITTER
          : ActorRelation.UNIT_STAFF
        : f.mayApprove
          ? ActorRelation.APPROVER
          : ActorRelation.OTHER;
    for (const a of [ApprovalAction.EDIT, ApprovalAction.SUBMIT, ApprovalAction.WITHDRAW]) expect(relationFor(a, f)).toBe(expected);
  });

  it('a head-office author who is also an approver cannot approve what they submitted, but a colleague can', () => {
    const authorApprover = facts({ maySubmit: true, mayApprove: true, isSubmitter: true });
    expect(transition(ApprovalState.SUBMITTED, ApprovalAction.APPROVE, relationFor(ApprovalAction.APPROVE, authorApprover))).toMatchObject({ ok: false, rule: 'own-submission' });
    const colleague = facts({ maySubmit: true, mayApprove: true, isSubmitter: false });
    expect(transition(ApprovalState.SUBMITTED, ApprovalAction.APPROVE, relationFor(ApprovalAction.APPROVE, colleague))).toEqual({ ok: true, next: ApprovalState.APPROVED });
  });
});
