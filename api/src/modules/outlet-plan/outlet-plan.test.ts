import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/db.js';
import { actorFor, createGraphqlClient } from '../../../../test/support/graphql.js';
import { seedDemoData } from '../../seed.js';
import type { Actor } from '../../shared/actor.js';
import { Role } from '../../shared/auth/roles.js';
import { Scope } from '../../shared/auth/scope.js';
import { OrgUnit } from '../org-unit/org-unit.entity.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { ApprovalEvent, ApprovalSubjectType } from '../approval/approval-event.entity.js';
import { ApprovalState } from '../approval/workflow.js';
import { GapKind, type OutletFacts } from '../compliance/gaps.js';
import { complianceRollup, type Rollup } from '../compliance/rollup.js';
import { OutletPlan } from './outlet-plan.entity.js';
import { compliantFacts } from '../../../../test/support/outlet-facts.js';
import {
  acknowledgeRules,
  addAction,
  approvePlan,
  gapsAgainst,
  justifyGap,
  outletPlanInbox,
  removeAction,
  returnPlan,
  saveFacts,
  standardOf,
  submitPlan,
  updateAction,
  withdrawPlan,
  type OutletStandard,
} from './outlet-plan.service.js';

/**
 * Issue 11: outlet plans in Foshan (GD-FS: GD-FS-01 large, GD-FS-02 medium,
 * GD-FS-03 general), written by the demo outlet head and people made by hand,
 * approved by the Foshan branch's approver, and rolled up over GD-FS.
 */

let db: TestDatabase;
const scopes: Record<string, Scope> = {};
const em = () => db.orm.em.fork();
const TODAY = '2026-12-03';

async function person(unitCode: string, name: string, roles: Role[]): Promise<Actor> {
  const unit = await em().findOneOrFail(OrgUnit, { code: unitCode });
  return { kind: 'USER', id: randomUUID(), name, unit: { id: unit.id, code: unit.code, path: unit.path, level: unit.level }, roles, readOnly: false };
}

const EMPTY: OutletFacts = { floorArea: 300, staffing: [], zones: [], devices: [], acknowledgedRules: [] };
let fsPath: string;
let standardFs01: OutletStandard;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.orm);
  scopes.head = new Scope(await actorFor(db.orm, 'outlet_head'));
  scopes.fs = new Scope(await actorFor(db.orm, 't2_staff'));
  scopes.gd = new Scope(await actorFor(db.orm, 't1_staff'));
  scopes.head02 = new Scope(await person('GD-FS-02', 'head_02', [Role.OUTLET_HEAD]));
  scopes.head03 = new Scope(await person('GD-FS-03', 'head_03', [Role.OUTLET_HEAD]));
  scopes.fsStaff = new Scope(await person('GD-FS', 'fs_clerk', [Role.BRANCH_STAFF]));
  scopes.otherT2 = new Scope(await person('GD-GZTH', 'gzth_approver', [Role.BRANCH_STAFF, Role.APPROVER]));
  const fs01 = await em().findOneOrFail(OrgUnit, { code: 'GD-FS-01' });
  fsPath = (await em().findOneOrFail(OrgUnit, { code: 'GD-FS' })).path;
  standardFs01 = (await standardOf(em(), fs01))!;
});
afterAll(async () => {
  await db?.close();
});

const rollup = (): Promise<Rollup> => complianceRollup(em(), fsPath, TODAY);
const by = <T extends { outlets: number }>(list: T[], key: keyof T) => Object.fromEntries(list.filter((e) => e.outlets).map((e) => [e[key], e.outlets]));

describe('outlet plans', () => {
  it('refuses facts naming an unknown position, a negative count or a zone status it does not know, and changes nothing', async () => {
    const bad = {
      ...EMPTY,
      staffing: [{ position: 'ASTRONAUT', current: -1, target: 2 }],
      zones: [{ zone: 'VIP', status: 'SOMEDAY' as never }],
    };
    await expect(saveFacts(em(), scopes.head, 'GD-FS-01', null, bad)).rejects.toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT',
        violations: expect.arrayContaining([
          expect.objectContaining({ field: 'facts.staffing[0].position', rule: 'exists' }),
          expect.objectContaining({ field: 'facts.staffing[0].current', rule: 'count' }),
          expect.objectContaining({ field: 'facts.zones[0].status', rule: 'one-of' }),
        ]),
      },
    });
    // The demo network has plans elsewhere, none under Foshan.
    expect(await em().count(OutletPlan, { unit: { path: { $like: `${fsPath}%` } } })).toBe(0);
    expect(await em().count(AuditEvent, { objectType: 'OutletPlan', unitPath: { $like: `${fsPath}%` } })).toBe(0);
  });

  it("lets only the outlet's own head write its facts", async () => {
    await expect(saveFacts(em(), scopes.fs, 'GD-FS-01', null, EMPTY)).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    // A sibling outlet's head does not even see GD-FS-01.
    await expect(saveFacts(em(), scopes.head02, 'GD-FS-01', null, EMPTY)).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    await expect(saveFacts(em(), scopes.head, 'GD-FS', null, EMPTY)).rejects.toMatchObject({ extensions: { rule: 'outlet-only' } });
  });

  it('starts a draft with live gaps against the outlet’s standard, audited, and detects a stale version', async () => {
    const plan = await saveFacts(em(), scopes.head, 'GD-FS-01', null, EMPTY);
    expect(plan.status).toBe('DRAFT');
    const fs01 = await em().findOneOrFail(OrgUnit, { code: 'GD-FS-01' });
    const gaps = gapsAgainst(plan, fs01, standardFs01);
    expect(new Set(gaps.map((g) => g.kind))).toEqual(
      new Set([GapKind.STAFF_BELOW_MINIMUM, GapKind.LOBBY_STAFF_OUT_OF_RANGE, GapKind.POSITION_OUT_OF_RANGE, GapKind.ZONE_MISSING, GapKind.DEVICES_TOO_FEW, GapKind.CORE_RULE_NOT_ACKNOWLEDGED]),
    );
    expect(plan.compliant).toBe(false);
    expect(plan.gapCount).toBe(gaps.length);
    expect(await em().count(AuditEvent, { operation: 'outletPlan.saveFacts', objectId: plan.id })).toBe(1);
    await expect(saveFacts(em(), scopes.head, 'GD-FS-01', plan.version + 1, EMPTY)).rejects.toMatchObject({ extensions: { code: 'VERSION_CONFLICT' } });
  });

  it('will not submit while a gap has neither a dated action nor a justification, and names each such gap', async () => {
    const plan = await em().findOneOrFail(OutletPlan, { unit: { code: 'GD-FS-01' } }, { populate: ['unit'] });
    const err = await submitPlan(em(), scopes.head, 'GD-FS-01', plan.version).catch((e) => e);
    expect(err.extensions.code).toBe('BAD_USER_INPUT');
    expect(err.extensions.violations).toHaveLength(plan.gapCount);
    expect(err.extensions.violations.every((v: { rule: string }) => v.rule === 'gap-unaddressed')).toBe(true);
    expect((await em().findOneOrFail(OutletPlan, plan.id)).status).toBe('DRAFT');

    // Close every gap but one with an action, then justify the last: only then does it submit.
    const gaps = gapsAgainst(plan, plan.unit.getEntity(), standardFs01);
    let version = plan.version;
    for (const g of gaps.slice(0, -1)) {
      const past = g === gaps.find((k) => k.kind === GapKind.DEVICES_TOO_FEW); // one overdue action for the roll-up
      version = (await addAction(em(), scopes.head, 'GD-FS-01', version, { who: '赵磊 Zhao Lei', dueDate: past ? '2026-01-31' : '2027-06-30', what: `Close ${g.kind}`, expectedEffect: 'Meets the standard', path: g.path })).version;
    }
    const still = await submitPlan(em(), scopes.head, 'GD-FS-01', version).catch((e) => e);
    expect(still.extensions.violations.map((v: { field: string }) => v.field)).toEqual([`gaps.${gaps.at(-1)!.path}`]);
    version = (await justifyGap(em(), scopes.head, 'GD-FS-01', version, gaps.at(-1)!.path, '场地限制，明年装修时解决。 The floor is too small until next year\'s refit.')).version;
    const submitted = await submitPlan(em(), scopes.head, 'GD-FS-01', version);
    expect(submitted.status).toBe('SUBMITTED');
    expect(await em().count(AuditEvent, { operation: 'outletPlan.submit', objectId: plan.id })).toBe(1);
  });

  it("is approved only by its own tier-two branch's approvers", async () => {
    const plan = await em().findOneOrFail(OutletPlan, { unit: { code: 'GD-FS-01' }, status: ApprovalState.SUBMITTED });
    for (const who of ['head', 'gd', 'fsStaff', 'otherT2']) {
      await expect(approvePlan(em(), scopes[who], 'GD-FS-01', plan.version), who).rejects.toMatchObject({ extensions: { code: expect.stringMatching(/FORBIDDEN|NOT_FOUND/) } });
    }
    expect((await em().findOneOrFail(OutletPlan, plan.id)).status).toBe('SUBMITTED');
  });

  it('a roll-up read right after an approval counts it', async () => {
    const before = await rollup();
    expect(by(before.byPlanStatus, 'status')).toEqual({ SUBMITTED: 1, NONE: 2 });
    expect(by(before.byCompliance, 'compliance')).toEqual({ NOT_ASSESSED: 3 });
    const plan = await em().findOneOrFail(OutletPlan, { unit: { code: 'GD-FS-01' }, status: ApprovalState.SUBMITTED });
    await approvePlan(em(), scopes.fs, 'GD-FS-01', plan.version, '同意 Agreed');
    const after = await rollup();
    expect(by(after.byPlanStatus, 'status')).toEqual({ APPROVED: 1, NONE: 2 });
    expect(by(after.byCompliance, 'compliance')).toEqual({ WITH_GAPS: 1, NOT_ASSESSED: 2 });
    expect(after.gapsByKind.find((k) => k.kind === GapKind.ZONE_MISSING)!.outlets).toBe(1);
    expect(after.overdueActions).toBe(1);
    const events = await em().find(ApprovalEvent, { subjectType: ApprovalSubjectType.OUTLET_PLAN, subjectId: plan.id }, { orderBy: { occurredAt: 'asc' } });
    expect(events.map((e) => [e.action, e.revision])).toEqual([['SUBMIT', plan.version], ['APPROVE', plan.version]]);
  });

  it('rolls up a known network: statuses, compliance, gaps by kind, categories, overdue actions and the per-child breakdown', async () => {
    // GD-FS-02 (medium): compliant facts, submitted and approved.
    const fs02 = await em().findOneOrFail(OrgUnit, { code: 'GD-FS-02' });
    const std02 = (await standardOf(em(), fs02))!;
    const p2 = await saveFacts(em(), scopes.head02, 'GD-FS-02', null, compliantFacts(std02, fs02.category!));
    expect(gapsAgainst(p2, fs02, std02)).toEqual([]);
    const s2 = await submitPlan(em(), scopes.head02, 'GD-FS-02', p2.version);
    await approvePlan(em(), scopes.fs, 'GD-FS-02', s2.version);
    // GD-FS-03 (general): a draft, submitted, returned with comments.
    const fs03 = await em().findOneOrFail(OrgUnit, { code: 'GD-FS-03' });
    const std03 = (await standardOf(em(), fs03))!;
    const p3 = await saveFacts(em(), scopes.head03, 'GD-FS-03', null, compliantFacts(std03, fs03.category!));
    const s3 = await submitPlan(em(), scopes.head03, 'GD-FS-03', p3.version);
    const r3 = await returnPlan(em(), scopes.fs, 'GD-FS-03', s3.version, '请补充面积依据 Say where the floor area comes from');
    expect(r3.status).toBe('RETURNED');
    // GD-FS-01 starts its next plan: the approved one stays its recorded state.
    const a1 = await em().findOneOrFail(OutletPlan, { unit: { code: 'GD-FS-01' }, status: ApprovalState.APPROVED });
    const d1 = await saveFacts(em(), scopes.head, 'GD-FS-01', null, a1.facts);
    await acknowledgeRules(em(), scopes.head, 'GD-FS-01', d1.version, standardFs01.coreRules.map((r) => r.code));

    const r = await rollup();
    expect(r.outlets).toBe(3);
    expect(by(r.byPlanStatus, 'status')).toEqual({ DRAFT: 1, RETURNED: 1, APPROVED: 1 });
    expect(by(r.byCompliance, 'compliance')).toEqual({ COMPLIANT: 1, WITH_GAPS: 1, NOT_ASSESSED: 1 });
    expect(r.gapsByKind.find((k) => k.kind === GapKind.CORE_RULE_NOT_ACKNOWLEDGED)!.outlets).toBe(1); // the approved facts, not the draft's
    expect(by(r.byCategory, 'category')).toEqual({ LARGE_FULL_FUNCTION: 1, MEDIUM_FULL_FUNCTION: 1, GENERAL: 1 });
    expect(r.overdueActions).toBe(1); // the draft carried the approved plan's items over
    expect(r.children).toHaveLength(3);
    expect(r.children.every((c) => c.outlets === 1)).toBe(true);

    // From the tier-one branch, Foshan is one child with the same numbers.
    const gd = await complianceRollup(em(), (await em().findOneOrFail(OrgUnit, { code: 'GD' })).path, TODAY);
    const fsId = fsPath.split('/').filter(Boolean).at(-1);
    const fsChild = gd.children.find((c) => c.unitId === fsId)!;
    expect({ ...fsChild, unitId: undefined }).toEqual({ ...r, children: undefined, unitId: undefined });
    const gdPath = (await em().findOneOrFail(OrgUnit, { code: 'GD' })).path;
    const live = await em().find(OutletPlan, { unit: { path: { $like: `${gdPath}%` } }, status: { $in: [ApprovalState.DRAFT, ApprovalState.SUBMITTED, ApprovalState.RETURNED, ApprovalState.APPROVED] } });
    expect(gd.byPlanStatus.find((s) => s.status === 'NONE')!.outlets).toBe(gd.outlets - new Set(live.map((p) => p.unit.id)).size);
  });

  it('withdraws an open plan, audited; the approved one still stands', async () => {
    const d1 = await em().findOneOrFail(OutletPlan, { unit: { code: 'GD-FS-01' }, status: ApprovalState.DRAFT });
    const w = await withdrawPlan(em(), scopes.head, 'GD-FS-01', d1.version);
    expect(w.status).toBe('WITHDRAWN');
    expect(await em().count(AuditEvent, { operation: 'outletPlan.withdraw', objectId: d1.id })).toBe(1);
    expect(by((await rollup()).byPlanStatus, 'status')).toEqual({ APPROVED: 2, RETURNED: 1 });
  });

  it('keeps an approved plan’s facts unchangeable in the database', async () => {
    const a1 = await em().findOneOrFail(OutletPlan, { unit: { code: 'GD-FS-01' }, status: ApprovalState.APPROVED });
    await expect(em().getConnection().execute(`update outlet_plan set facts = '{}' where id = ?`, [a1.id])).rejects.toThrow(/approved and immutable/);
  });

  it('answers through the API: the plan with live gaps and who set them, and the roll-up with its children; outside the subtree, nothing', async () => {
    const head = await createGraphqlClient(db.orm, await actorFor(db.orm, 'outlet_head'));
    const fs = await createGraphqlClient(db.orm, await actorFor(db.orm, 't2_staff'));
    try {
      const plan = await head.run(`{ outletPlan(outletCode: "GD-FS-01") { status orgUnit { code } gaps { kind path setBy { unitCode layerKind } addressed } history { action } } }`);
      expect(plan.errors).toBeUndefined();
      expect(plan.data!.outletPlan.status).toBe('APPROVED');
      expect(plan.data!.outletPlan.orgUnit.code).toBe('GD-FS-01');
      expect(plan.data!.outletPlan.gaps.length).toBeGreaterThan(0);
      expect(plan.data!.outletPlan.gaps.every((g: { addressed: boolean }) => g.addressed)).toBe(true);
      expect(plan.data!.outletPlan.history.map((h: { action: string }) => h.action)).toEqual(['SUBMIT', 'APPROVE']);
      const r = await fs.run(`{ complianceRollup(orgUnitCode: "GD-FS") { outlets byPlanStatus { status outlets } children { orgUnit { code } outlets } } }`);
      expect(r.errors).toBeUndefined();
      expect(r.data!.complianceRollup.outlets).toBe(3);
      expect(r.data!.complianceRollup.children.map((c: { orgUnit: { code: string } }) => c.orgUnit.code).sort()).toEqual(['GD-FS-01', 'GD-FS-02', 'GD-FS-03']);
      // The outlet head sees its own outlet's roll-up, never its branch's.
      expect((await head.run(`{ complianceRollup(orgUnitCode: "GD-FS") { outlets } }`)).data!.complianceRollup).toBeNull();
      const list = await fs.run(`{ outletPlans(orgUnitCode: "GD-FS") { totalCount nodes { status orgUnit { code } } } }`);
      expect(list.errors?.[0]?.message).toBeUndefined();
      expect(list.data!.outletPlans.totalCount).toBe(3);
      expect(list.data!.outletPlans.nodes.map((p: { orgUnit: { code: string }; status: string }) => `${p.orgUnit.code}:${p.status}`)).toEqual(['GD-FS-01:APPROVED', 'GD-FS-02:APPROVED', 'GD-FS-03:RETURNED']);
    } finally {
      await head.stop();
      await fs.stop();
    }
  });
});

describe('changing the action plan and taking a submitted plan back', () => {
  // Runs after the tests above: GD-FS-03's plan is RETURNED, so its head may change it.
  const ITEM = { who: '钱芳 Qian Fang', dueDate: '2027-03-31', what: 'Train the lobby manager', expectedEffect: 'Queues under 15 minutes', path: 'serviceRules/X' };
  const plan03 = () => em().findOneOrFail(OutletPlan, { unit: { code: 'GD-FS-03' }, status: { $in: [ApprovalState.RETURNED, ApprovalState.SUBMITTED] } });

  it('rewrites an action item at the version read, audited; a stale version, an unknown item or another unit changes nothing', async () => {
    const added = await addAction(em(), scopes.head03, 'GD-FS-03', (await plan03()).version, ITEM);
    const id = added.actions.at(-1)!.id;
    const changed = { ...ITEM, dueDate: '2027-02-28', what: 'Train two lobby staff', done: true };
    await expect(updateAction(em(), scopes.head03, 'GD-FS-03', added.version - 1, id, changed)).rejects.toMatchObject({ extensions: { code: 'VERSION_CONFLICT' } });
    await expect(updateAction(em(), scopes.head03, 'GD-FS-03', added.version, 'no-such-item', changed)).rejects.toMatchObject({ extensions: { field: 'actionId', rule: 'exists' } });
    await expect(updateAction(em(), scopes.fs, 'GD-FS-03', added.version, id, changed)).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await expect(updateAction(em(), scopes.head03, 'GD-FS-03', added.version, id, { ...changed, dueDate: '2027-02-30x' })).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect((await plan03()).actions.find((a) => a.id === id)).toMatchObject({ dueDate: '2027-03-31', what: 'Train the lobby manager', done: false });

    const updated = await updateAction(em(), scopes.head03, 'GD-FS-03', added.version, id, changed);
    expect(updated.version).toBeGreaterThan(added.version);
    expect((await plan03()).actions.find((a) => a.id === id)).toMatchObject({ id, dueDate: '2027-02-28', what: 'Train two lobby staff', done: true });
    const audit = await em().findOneOrFail(AuditEvent, { operation: 'outletPlan.updateAction', objectId: updated.id });
    expect(JSON.stringify(audit.changes)).toContain('Train two lobby staff');
  });

  it('removes an action item, audited, and only at the version read', async () => {
    const plan = await plan03();
    const id = plan.actions.find((a) => a.who === ITEM.who)!.id;
    await expect(removeAction(em(), scopes.head03, 'GD-FS-03', plan.version + 1, id)).rejects.toMatchObject({ extensions: { code: 'VERSION_CONFLICT' } });
    expect((await plan03()).actions.some((a) => a.id === id)).toBe(true);
    const removed = await removeAction(em(), scopes.head03, 'GD-FS-03', plan.version, id);
    expect(removed.actions.some((a) => a.id === id)).toBe(false);
    expect((await plan03()).actions.some((a) => a.id === id)).toBe(false);
    expect(await em().count(AuditEvent, { operation: 'outletPlan.removeAction', objectId: plan.id })).toBe(1);
  });

  it('lets the outlet head take a submitted plan back, never the approver; the approver’s inbox no longer lists it', async () => {
    const submitted = await submitPlan(em(), scopes.head03, 'GD-FS-03', (await plan03()).version);
    expect(submitted.status).toBe('SUBMITTED');
    // A submitted plan is the approver's to read: no edits until it is taken back or returned.
    await expect(removeAction(em(), scopes.head03, 'GD-FS-03', submitted.version, 'x')).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect((await outletPlanInbox(em(), scopes.fs)).awaitingMe.map((e) => e.code)).toContain('GD-FS-03');
    await expect(withdrawPlan(em(), scopes.fs, 'GD-FS-03', submitted.version)).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await expect(withdrawPlan(em(), scopes.head03, 'GD-FS-03', submitted.version - 1)).rejects.toMatchObject({ extensions: { code: 'VERSION_CONFLICT' } });
    expect((await em().findOneOrFail(OutletPlan, submitted.id)).status).toBe('SUBMITTED');

    const withdrawn = await withdrawPlan(em(), scopes.head03, 'GD-FS-03', submitted.version);
    expect(withdrawn.status).toBe('WITHDRAWN');
    const events = await em().find(ApprovalEvent, { subjectType: ApprovalSubjectType.OUTLET_PLAN, subjectId: submitted.id }, { orderBy: { occurredAt: 'asc', id: 'asc' } });
    expect(events.at(-1)!.action).toBe('WITHDRAW');
    expect(await em().count(AuditEvent, { operation: 'outletPlan.withdraw', objectId: submitted.id })).toBe(1);
    expect((await outletPlanInbox(em(), scopes.fs)).awaitingMe.map((e) => e.code)).not.toContain('GD-FS-03');
    // Withdrawn is final: the head starts a new plan, which keeps the action plan and justifications taken back.
    const fresh = await saveFacts(em(), scopes.head03, 'GD-FS-03', null, withdrawn.facts);
    expect(fresh.id).not.toBe(withdrawn.id);
    expect(fresh.status).toBe('DRAFT');
    expect(fresh.actions).toEqual(withdrawn.actions);
    expect(fresh.justifications).toEqual(withdrawn.justifications);
  });

  it('starts from the approved plan’s action items, not from a plan withdrawn before that approval', async () => {
    // GD-FS-01: a draft withdrawn earlier (its items were the approved plan's), then approved again on new items.
    const approvedBefore = await em().findOneOrFail(OutletPlan, { unit: { code: 'GD-FS-01' }, status: ApprovalState.APPROVED });
    const draft = await saveFacts(em(), scopes.head, 'GD-FS-01', null, approvedBefore.facts);
    // The approved plan justified its unacknowledged rule; justifications do not carry over, so acknowledge the rules.
    const acknowledged = await acknowledgeRules(em(), scopes.head, 'GD-FS-01', draft.version, standardFs01.coreRules.map((r) => r.code));
    const added = await addAction(em(), scopes.head, 'GD-FS-01', acknowledged.version, { ...ITEM, what: 'Only in the newer plan' });
    const submitted = await submitPlan(em(), scopes.head, 'GD-FS-01', added.version);
    await approvePlan(em(), scopes.fs, 'GD-FS-01', submitted.version);
    const next = await saveFacts(em(), scopes.head, 'GD-FS-01', null, approvedBefore.facts);
    expect(next.actions.map((a) => a.what)).toContain('Only in the newer plan');
    expect(next.justifications).toEqual([]);
    await withdrawPlan(em(), scopes.head, 'GD-FS-01', next.version);
  });
});
