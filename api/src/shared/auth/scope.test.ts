import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { LAYER_GRANTS, Scope, type LayerAction, type LayerGrant, type LayerUnit, type UnitRelation } from './scope.js';
import { Role } from './roles.js';
import { OrgLevel } from '../org/levels.js';
import { SYSTEM_ACTOR, type Actor } from '../actor.js';

// A small network: head office, a tier-one branch with a tier-two branch and
// an outlet under it, and a second tier-one branch beside it.
const HO: LayerUnit = { id: 'ho', path: '/ho/', level: OrgLevel.HEAD_OFFICE };
const T1: LayerUnit = { id: 't1', path: '/ho/t1/', level: OrgLevel.TIER_ONE_BRANCH };
const T2: LayerUnit = { id: 't2', path: '/ho/t1/t2/', level: OrgLevel.TIER_TWO_BRANCH };
const OUT: LayerUnit = { id: 'o', path: '/ho/t1/t2/o/', level: OrgLevel.OUTLET };
const T1B: LayerUnit = { id: 't1b', path: '/ho/t1b/', level: OrgLevel.TIER_ONE_BRANCH };
const UNITS = { HO, T1, T2, OUT, T1B };
type UnitName = keyof typeof UNITS;

function person(unit: LayerUnit, roles: Role[], id = 'u1'): Actor {
  return { kind: 'USER', id, name: id, unit: { ...unit, code: unit.id.toUpperCase() }, roles, readOnly: false };
}

const ACTIONS: LayerAction[] = ['author', 'readDrafts', 'submit', 'approve'];
const ROLES = Object.values(Role);

describe('relationTo', () => {
  // actor's unit → target unit → relation
  const expected: Record<UnitName, Record<UnitName, UnitRelation>> = {
    HO: { HO: 'SELF', T1: 'PARENT', T2: 'ABOVE', OUT: 'ABOVE', T1B: 'PARENT' },
    T1: { HO: 'BELOW', T1: 'SELF', T2: 'PARENT', OUT: 'ABOVE', T1B: 'UNRELATED' },
    T2: { HO: 'BELOW', T1: 'BELOW', T2: 'SELF', OUT: 'PARENT', T1B: 'UNRELATED' },
    OUT: { HO: 'BELOW', T1: 'BELOW', T2: 'BELOW', OUT: 'SELF', T1B: 'UNRELATED' },
    T1B: { HO: 'BELOW', T1: 'UNRELATED', T2: 'UNRELATED', OUT: 'UNRELATED', T1B: 'SELF' },
  };
  for (const [from, row] of Object.entries(expected)) {
    for (const [to, relation] of Object.entries(row)) {
      it(`${from} is ${relation} of ${to}`, () => {
        expect(new Scope(person(UNITS[from as UnitName], [])).relationTo(UNITS[to as UnitName])).toBe(relation);
      });
    }
  }
});

describe('authority over layers: every role × every unit of the actor × every layer unit × every action', () => {
  // The rules, written out independently of LAYER_GRANTS: head office's
  // standards authors write and submit its editions, its approvers approve
  // them, and anyone at head office reads its drafts. A branch (tier one or
  // tier two) writes and submits its own local version through its branch
  // staff, anyone there reads its drafts, and the approvers of its parent
  // read and approve it. An outlet's layer is its plan: its outlet head
  // writes and submits it, anyone there reads it, and the approvers of its
  // tier-two branch read and approve it. Nobody acts on a layer from further
  // above, from below, or from beside.
  function allowedToday(action: LayerAction, role: Role, actorUnit: UnitName, layer: UnitName): boolean {
    if (layer === 'HO') {
      if (actorUnit !== 'HO') return false;
      switch (action) {
        case 'author':
        case 'submit':
          return role === Role.STANDARDS_AUTHOR;
        case 'approve':
          return role === Role.APPROVER;
        case 'readDrafts':
          return true;
      }
    }
    const parentOf: Record<Exclude<UnitName, 'HO'>, UnitName> = { T1: 'HO', T2: 'T1', T1B: 'HO', OUT: 'T2' };
    const own = actorUnit === layer;
    const fromParent = actorUnit === parentOf[layer];
    switch (action) {
      case 'author':
      case 'submit':
        return own && role === (layer === 'OUT' ? Role.OUTLET_HEAD : Role.BRANCH_STAFF);
      case 'approve':
        return fromParent && role === Role.APPROVER;
      case 'readDrafts':
        return own || (fromParent && role === Role.APPROVER);
    }
  }
  const cases = ACTIONS.flatMap((action) =>
    ROLES.flatMap((role) =>
      (Object.keys(UNITS) as UnitName[]).flatMap((actorUnit) =>
        (Object.keys(UNITS) as UnitName[]).map((layer) => ({ action, role, actorUnit, layer, allowed: allowedToday(action, role, actorUnit, layer) })),
      ),
    ),
  );
  it.each(cases)('$action: $role at $actorUnit on $layer → $allowed', ({ action, role, actorUnit, layer, allowed }) => {
    const scope = new Scope(person(UNITS[actorUnit], [role]));
    const unit = UNITS[layer];
    const named = { author: scope.canAuthorLayerOf(unit), readDrafts: scope.canReadDraftsOf(unit), submit: scope.canSubmitFor(unit), approve: scope.canApproveFor(unit) };
    expect(named[action]).toBe(allowed);
    expect(scope.mayOnLayer(action, unit)).toBe(allowed);
    if (allowed) expect(() => scope.assertLayer(action, unit, 'try')).not.toThrow();
    else expect(() => scope.assertLayer(action, unit, 'try')).toThrow(GraphQLError);
  });

  it('the refusal is FORBIDDEN and names the attempt and who may', () => {
    const scope = new Scope(person(T1, [Role.BRANCH_STAFF]));
    try {
      scope.assertLayer('author', { ...HO, code: 'HO' }, 'createStandardDraft');
      expect.unreachable();
    } catch (err) {
      expect((err as GraphQLError).extensions.code).toBe('FORBIDDEN');
      expect((err as GraphQLError).message).toMatch(/^createStandardDraft: only STANDARDS_AUTHOR of the unit itself may write HO's standard/);
    }
  });

  it('nobody approves their own submission; someone else with the same grant may', () => {
    const approver = new Scope(person(HO, [Role.APPROVER], 'alice'));
    expect(approver.canApproveFor(HO, 'alice')).toBe(false);
    expect(approver.canApproveFor(HO, 'bob')).toBe(true);
  });

  it('API tokens and the anonymous act on no layer, not even their own unit; the system acts on every one', () => {
    const token = new Scope({ kind: 'API_TOKEN', id: 't', name: 'token:q', unit: { ...HO, code: 'HO' }, roles: [], readOnly: true });
    const anonymous = new Scope({ kind: 'ANONYMOUS', id: null, name: 'anonymous', unit: null, roles: [], readOnly: true });
    const system = new Scope(SYSTEM_ACTOR);
    for (const action of ACTIONS) {
      expect(token.mayOnLayer(action, HO)).toBe(false);
      expect(anonymous.mayOnLayer(action, HO)).toBe(false);
      expect(system.mayOnLayer(action, T2)).toBe(true);
    }
  });

  it('a layer for another role is a new grant, not new code: granting outlet approvers authorship changes exactly that', () => {
    const grant: LayerGrant = { levels: [OrgLevel.OUTLET], relation: 'SELF', roles: [Role.APPROVER] };
    const grants = LAYER_GRANTS.author as LayerGrant[];
    const approver = new Scope(person(OUT, [Role.APPROVER]));
    const branchApprover = new Scope(person(T2, [Role.AUDITOR]));
    expect(approver.canAuthorLayerOf(OUT)).toBe(false);
    grants.push(grant);
    try {
      expect(approver.canAuthorLayerOf(OUT)).toBe(true);
      expect(branchApprover.canAuthorLayerOf(OUT)).toBe(false);
      expect(approver.canAuthorLayerOf(T2)).toBe(false);
    } finally {
      grants.pop();
    }
    expect(approver.canAuthorLayerOf(OUT)).toBe(false);
  });

  it("an outlet's plan: its outlet head writes and submits it, only its own tier-two branch's approvers approve it", () => {
    const head = new Scope(person(OUT, [Role.OUTLET_HEAD]));
    const t2Approver = new Scope(person(T2, [Role.APPROVER]));
    const t1Approver = new Scope(person(T1, [Role.APPROVER]));
    const t2Staff = new Scope(person(T2, [Role.BRANCH_STAFF]));
    const otherT2 = new Scope(person({ id: 't2b', path: '/ho/t1/t2b/', level: OrgLevel.TIER_TWO_BRANCH }, [Role.APPROVER]));
    expect([head.canAuthorLayerOf(OUT), head.canSubmitFor(OUT), head.canApproveFor(OUT)]).toEqual([true, true, false]);
    expect([t2Approver.canAuthorLayerOf(OUT), t2Approver.canSubmitFor(OUT), t2Approver.canApproveFor(OUT), t2Approver.canReadDraftsOf(OUT)]).toEqual([false, false, true, true]);
    expect(t1Approver.canApproveFor(OUT)).toBe(false);
    expect(t2Staff.canApproveFor(OUT)).toBe(false);
    expect(otherT2.canApproveFor(OUT)).toBe(false);
  });

  it('a branch approver cannot approve a version of their own unit, nor one two levels down', () => {
    const gdApprover = new Scope(person(T1, [Role.BRANCH_STAFF, Role.APPROVER], 'carol'));
    expect(gdApprover.canApproveFor(T1)).toBe(false);
    expect(gdApprover.canApproveFor(T2)).toBe(true);
    expect(gdApprover.canApproveFor(T2, 'carol')).toBe(false);
    expect(gdApprover.canApproveFor(OUT)).toBe(false);
  });

  it('head office is known from the actor’s own path, without a query', () => {
    expect(new Scope(person(T2, [])).headOffice).toEqual(HO);
    expect(new Scope(SYSTEM_ACTOR).headOffice).toBeNull();
  });
});
