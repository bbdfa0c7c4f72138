import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/db.js';
import { actorFor, createGraphqlClient, personAt } from '../../../../test/support/graphql.js';
import { Role } from '../../shared/auth/roles.js';
import { seedDemoData } from '../../seed.js';
import { SYSTEM_ACTOR } from '../../shared/actor.js';
import { Scope } from '../../shared/auth/scope.js';
import { OrgLevel } from '../org-unit/org-unit.entity.js';
import { createOrgUnit } from '../org-unit/org-unit.service.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { RolloutPhase } from './rollout.dates.js';
import { Rollout, RolloutPlan } from './rollout.entity.js';
import { ApprovalState } from '../approval/workflow.js';
import { approveRolloutPlan, defaultPhases, launchRollout, saveRolloutPlan, submitRolloutPlan, updateRollout } from './rollout.service.js';

/**
 * Issue 11, rollouts over GraphQL: head office edits a launched rollout
 * (never past an approved plan below), branches write and send up their
 * plans, and `rollout(code)` reads the plans at a fixed cost.
 */

let db: TestDatabase;
const em = () => db.orm.em.fork();
const system = new Scope(SYSTEM_ACTOR);
type Client = Awaited<ReturnType<typeof createGraphqlClient>>;
const c: Record<string, Client> = {};

const PHASES = defaultPhases('2027-01-01');
const withPhase = (phase: RolloutPhase, start: string, end: string) => PHASES.map((p) => (p.phase === phase ? { phase, start, end } : p));

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.orm);
  for (const name of ['ho_staff', 'ho_approver', 't1_staff', 't2_staff']) c[name] = await createGraphqlClient(db.orm, await actorFor(db.orm, name));
});
afterAll(async () => {
  for (const client of Object.values(c)) await client.stop();
  await db?.close();
});

describe('head office edits a launched rollout', () => {
  beforeAll(async () => {
    await launchRollout(em(), system, { code: 'E1', title: { zh: '调整', en: 'Edit' }, phases: PHASES, pilotUnitCodes: ['GD-FS'] });
    // GD's localization narrows promotion to Aug 15 – Nov 30, approved by head office.
    const draft = await saveRolloutPlan(em(), system, 'E1', 'GD', null, {
      phases: [{ phase: RolloutPhase.PROMOTION, start: '2027-08-15', end: '2027-11-30' }],
      waves: [{ number: 1, start: '2027-08-15', end: '2027-09-30', unitCodes: ['GD-FS'] }],
    });
    const submitted = await submitRolloutPlan(em(), system, 'E1', 'GD', draft.version);
    await approveRolloutPlan(em(), system, 'E1', 'GD', submitted.version);
  });

  const UPDATE = `mutation($code: String!, $version: Int!, $input: UpdateRolloutInput!) {
    updateRollout(code: $code, version: $version, input: $input) { code version phases { phase start end } pilotUnitCodes title { zh en } } }`;
  const version = async () => (await em().findOneOrFail(Rollout, { code: 'E1' })).version;

  it('refuses new dates that would put an approved plan outside them, naming the phase and the unit, and changes nothing', async () => {
    const before = await em().findOneOrFail(Rollout, { code: 'E1' });
    const res = await c.ho_staff.run(UPDATE, {
      code: 'E1',
      version: before.version,
      input: { phases: withPhase(RolloutPhase.PROMOTION, '2027-09-01', '2027-12-31') },
    });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.phases[5]', rule: 'approved-plan-outside' });
    expect(res.errors?.[0].message).toContain("GD's approved PROMOTION 2027-08-15–2027-11-30");
    expect(res.errors?.[0].message).toContain('new PROMOTION 2027-09-01–2027-12-31');
    const after = await em().findOneOrFail(Rollout, { code: 'E1' });
    expect(after.phases).toEqual(before.phases);
    expect(after.version).toBe(before.version);
  });

  it('accepts dates that still hold the approved plans, with new pilots and title, and audits the edit', async () => {
    const { updateRollout: r } = await c.ho_staff.ok(UPDATE, {
      code: 'E1',
      version: await version(),
      input: { phases: withPhase(RolloutPhase.PROMOTION, '2027-08-10', '2028-01-31'), pilotUnitCodes: ['GD-FS', 'JS-SZ'], title: { zh: '调整后', en: 'Edited' } },
    });
    expect(r.phases.at(-1)).toEqual({ phase: 'PROMOTION', start: '2027-08-10', end: '2028-01-31' });
    expect(r.pilotUnitCodes).toEqual(['GD-FS', 'JS-SZ']);
    expect(r.title).toEqual({ zh: '调整后', en: 'Edited' });
    const audit = await em().findOneOrFail(AuditEvent, { operation: 'rollout.update' });
    expect(audit.objectLabel).toBe('E1');
  });

  it('a stale version is a conflict; a branch may not edit it; overlapping phases are refused by name', async () => {
    const v = await version();
    expect((await c.ho_staff.run(UPDATE, { code: 'E1', version: v - 1, input: { pilotUnitCodes: [] } })).errors?.[0].extensions?.code).toBe('VERSION_CONFLICT');
    expect((await c.t1_staff.run(UPDATE, { code: 'E1', version: v, input: { pilotUnitCodes: [] } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const overlap = await c.ho_staff.run(UPDATE, { code: 'E1', version: v, input: { phases: withPhase(RolloutPhase.IMPROVE, '2027-04-15', '2027-05-31') } });
    expect(overlap.errors?.[0].extensions).toMatchObject({ field: 'input.phases[2].start', rule: 'phases-not-overlapping' });
    expect(await version()).toBe(v);
  });

  it('a tier-two scheme bounded by head office’s promotion (its tier-one placed it in no wave) holds head office’s dates too', async () => {
    // Jiangsu has no approved plan: Suzhou's approved waves lie in head office's promotion directly.
    const draft = await saveRolloutPlan(em(), system, 'E1', 'JS-SZ', null, { waves: [{ number: 1, start: '2027-08-10', end: '2027-08-31', unitCodes: ['JS-SZ-01'] }] });
    const submitted = await submitRolloutPlan(em(), system, 'E1', 'JS-SZ', draft.version);
    await approveRolloutPlan(em(), system, 'E1', 'JS-SZ', submitted.version);
    const res = await c.ho_staff.run(UPDATE, { code: 'E1', version: await version(), input: { phases: withPhase(RolloutPhase.PROMOTION, '2027-08-12', '2028-01-31') } });
    expect(res.errors?.[0].extensions).toMatchObject({ field: 'input.phases[5]', rule: 'approved-plan-outside' });
    expect(res.errors?.[0].message).toContain("JS-SZ's approved wave 1 2027-08-10–2027-08-31");
  });
});

describe('a tier-one re-dating its plan', () => {
  it('may not move a wave away from a tier-two’s approved scheme inside it, naming the tier-two and its wave', async () => {
    // E1: Guangdong's approved wave 1 (Aug 15 – Sep 30) holds Foshan; Foshan's approved scheme runs to Sep 20.
    const fs = await saveRolloutPlan(em(), system, 'E1', 'GD-FS', null, { waves: [{ number: 1, start: '2027-08-15', end: '2027-09-20', unitCodes: ['GD-FS-01'] }] });
    const sent = await submitRolloutPlan(em(), system, 'E1', 'GD-FS', fs.version);
    await approveRolloutPlan(em(), system, 'E1', 'GD-FS', sent.version);
    const shorter = {
      phases: [{ phase: RolloutPhase.PROMOTION, start: '2027-08-15', end: '2027-11-30' }],
      waves: [{ number: 1, start: '2027-08-15', end: '2027-09-10', unitCodes: ['GD-FS'] }],
    };
    const err = await saveRolloutPlan(em(), system, 'E1', 'GD', null, shorter).catch((e) => e);
    expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.waves[0]', rule: 'approved-plan-outside' });
    expect(err.message).toContain("GD-FS's approved wave 1 2027-08-15–2027-09-20 would lie outside GD's wave 1 2027-08-15–2027-09-10");
    // Keeping Foshan's wave as long is fine.
    const ok = await saveRolloutPlan(em(), system, 'E1', 'GD', null, { ...shorter, waves: [{ number: 1, start: '2027-08-15', end: '2027-09-25', unitCodes: ['GD-FS'] }] });
    expect(ok.status).toBe('DRAFT');
  });
});

describe('branches over GraphQL', () => {
  const PLAN = `query($r: String!, $u: String!) { rolloutPlan(rolloutCode: $r, orgUnitCode: $u) { status version unitCode phases { phase start end } waves { number unitCodes } history { action } } }`;

  it('head office launches; the tier-one saves, submits; head office approves; each sees the plan in its state', async () => {
    const { launchRollout: r } = await c.ho_staff.ok(
      `mutation { launchRollout(input: { code: "G1", title: { zh: "推广", en: "Rollout" }, startsOn: "2027-01-01", pilotUnitCodes: ["GD-FS"] }) { code editionCode phases { phase } version } }`,
    );
    expect(r.phases.map((p: { phase: string }) => p.phase)).toEqual(['DESIGN', 'PILOT', 'IMPROVE', 'ACCEPTANCE', 'SUMMARY', 'PROMOTION']);
    expect(r.editionCode).toBeTruthy();
    const saved = await c.t1_staff.ok(
      `mutation($i: RolloutPlanInput!) { saveRolloutPlan(rolloutCode: "G1", orgUnitCode: "GD", input: $i) { status version } }`,
      { i: { phases: [{ phase: 'PILOT', start: '2027-02-15', end: '2027-04-15' }], pilotUnitCodes: ['GD-FS'], waves: [] } },
    );
    expect(saved.saveRolloutPlan.status).toBe('DRAFT');
    const outside = await c.t1_staff.run(
      `mutation($i: RolloutPlanInput!) { saveRolloutPlan(rolloutCode: "G1", orgUnitCode: "GD", version: ${saved.saveRolloutPlan.version}, input: $i) { version } }`,
      { i: { phases: [{ phase: 'PILOT', start: '2027-01-15', end: '2027-04-15' }] } },
    );
    expect(outside.errors?.[0].extensions).toMatchObject({ field: 'input.phases[0]', rule: 'within-parent-phase' });
    expect(outside.errors?.[0].message).toContain("head office's PILOT 2027-02-01–2027-04-30");
    const sent = await c.t1_staff.ok(`mutation { submitRolloutPlan(rolloutCode: "G1", orgUnitCode: "GD", version: ${saved.saveRolloutPlan.version}) { status version } }`);
    expect(sent.submitRolloutPlan.status).toBe('SUBMITTED');
    // Foshan sees Guangdong's plan only once approved: drafts and submissions are Guangdong's and head office's.
    expect((await c.t2_staff.ok(PLAN, { r: 'G1', u: 'GD' })).rolloutPlan).toBeNull();
    const inbox = await c.ho_approver.ok(`{ inbox { awaitingMe { subjectType code revision orgUnit { code } } } }`);
    expect(inbox.inbox.awaitingMe).toContainEqual({ subjectType: 'ROLLOUT_PLAN', code: 'G1', revision: sent.submitRolloutPlan.version, orgUnit: { code: 'GD' } });
    const ok = await c.ho_approver.ok(`mutation { approveRolloutPlan(rolloutCode: "G1", orgUnitCode: "GD", revision: ${sent.submitRolloutPlan.version}, comment: "同意") { status } }`);
    expect(ok.approveRolloutPlan.status).toBe('APPROVED');
    const seen = (await c.t2_staff.ok(PLAN, { r: 'G1', u: 'GD' })).rolloutPlan;
    expect(seen).toMatchObject({ status: 'APPROVED', phases: [{ phase: 'PILOT', start: '2027-02-15', end: '2027-04-15' }] });
    expect(seen.history.map((h: { action: string }) => h.action)).toEqual(['SUBMIT', 'APPROVE']);
    expect((await c.t1_staff.ok(`{ inbox { awaitingMe { subjectType } } }`)).inbox.awaitingMe.filter((e: { subjectType: string }) => e.subjectType === 'ROLLOUT_PLAN')).toEqual([]);
  });

  it('a returned scheme comes back to its tier-two branch’s inbox with the comment', async () => {
    const draft = await c.t2_staff.ok(
      `mutation { saveRolloutPlan(rolloutCode: "G1", orgUnitCode: "GD-FS", input: { waves: [{ number: 1, start: "2027-08-01", end: "2027-09-30", unitCodes: ["GD-FS-01"] }], actions: [{ what: "大堂改造", who: "陈静", dueDate: "2027-08-20" }] }) { version } }`,
    );
    const sent = await c.t2_staff.ok(`mutation { submitRolloutPlan(rolloutCode: "G1", orgUnitCode: "GD-FS", version: ${draft.saveRolloutPlan.version}) { version } }`);
    const awaiting = await c.t1_staff.ok(`{ inbox { awaitingMe { subjectType code orgUnit { code } } } }`);
    expect(awaiting.inbox.awaitingMe).toContainEqual({ subjectType: 'ROLLOUT_PLAN', code: 'G1', orgUnit: { code: 'GD-FS' } });
    await c.t1_staff.ok(`mutation { returnRolloutPlan(rolloutCode: "G1", orgUnitCode: "GD-FS", revision: ${sent.submitRolloutPlan.version}, comment: "第二批太晚") { status } }`);
    const back = await c.t2_staff.ok(`{ inbox { returnedToMe { subjectType code comment orgUnit { code } } } }`);
    expect(back.inbox.returnedToMe).toContainEqual({ subjectType: 'ROLLOUT_PLAN', code: 'G1', comment: '第二批太晚', orgUnit: { code: 'GD-FS' } });
  });
});

describe('the audit trail', () => {
  it('shows a branch auditor its own branch’s rollout plan steps whole, subject and all', async () => {
    const auditor = await createGraphqlClient(db.orm, await personAt(db.orm, 'GD', 'gd_auditor', [Role.AUDITOR]));
    try {
      const { auditEvents } = await auditor.ok(`{ auditEvents(first: 50, filter: { objectType: "RolloutPlan" }) { nodes { operation objectLabel redactedFields } } }`);
      const gd = auditEvents.nodes.filter((e: { objectLabel: string }) => e.objectLabel === 'G1 GD');
      expect(gd.map((e: { operation: string }) => e.operation)).toEqual(expect.arrayContaining(['rolloutPlan.save', 'rolloutPlan.submit', 'rolloutPlan.approve']));
      expect(auditEvents.nodes.every((e: { redactedFields: string[] }) => e.redactedFields.length === 0)).toBe(true);
    } finally {
      await auditor.stop();
    }
  });
});

describe('a tier-one’s pilot picks', () => {
  it('are among head office’s pilots on save, and again on approval after head office dropped one', async () => {
    const launched = await launchRollout(em(), system, { code: 'P1', title: { zh: '试点', en: 'Pilots' }, phases: PHASES, pilotUnitCodes: ['GD-FS'] });
    const picks = (pilotUnitCodes: string[]) => ({ phases: [{ phase: RolloutPhase.PILOT, start: '2027-02-01', end: '2027-04-30' }], pilotUnitCodes });
    // Tianhe is Guangdong's own tier-two, but head office did not pick it: refused, naming it and head office's list.
    const err = await saveRolloutPlan(em(), system, 'P1', 'GD', null, picks(['GD-FS', 'GD-GZTH'])).catch((e) => e);
    expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.pilotUnitCodes[1]', rule: 'head-office-pilot' });
    expect(err.message).toContain("GD-GZTH is not one of head office's pilot units (GD-FS)");

    const widened = await updateRollout(em(), system, 'P1', launched.version, { pilotUnitCodes: ['GD-FS', 'GD-GZTH'] });
    const draft = await saveRolloutPlan(em(), system, 'P1', 'GD', null, picks(['GD-FS', 'GD-GZTH']));
    const sent = await submitRolloutPlan(em(), system, 'P1', 'GD', draft.version);
    // While the plan waits, head office drops Tianhe from the pilot again: approving what was sent would pilot it anyway.
    await updateRollout(em(), system, 'P1', widened.version, { pilotUnitCodes: ['GD-FS', 'JS-SZ'] });
    const refused = await approveRolloutPlan(em(), system, 'P1', 'GD', sent.version).catch((e) => e);
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.pilotUnitCodes[1]', rule: 'head-office-pilot' });
    expect(refused.message).toContain("GD-GZTH is not one of head office's pilot units (GD-FS, JS-SZ)");
    const plan = await em().findOneOrFail(RolloutPlan, { rollout: { code: 'P1' }, unit: { code: 'GD' } });
    expect(plan.status).toBe(ApprovalState.SUBMITTED);
  });
});

describe('rollout(code) with its plans', () => {
  const READ = `{ rollout(code: "N1") { code phases { phase } plans { unitCode status version orgUnit { code name { zh } } history { action actorName } waves { number } } } }`;

  it('costs the same statements for 2 plans as for 20', async () => {
    await launchRollout(em(), system, { code: 'N1', title: { zh: '计数', en: 'Count' }, startsOn: '2027-01-01', pilotUnitCodes: [] });
    const promotion = { start: '2027-08-01', end: '2027-12-31' };
    const plan = async (unitCode: string, level: OrgLevel) => {
      const draft = await saveRolloutPlan(em(), system, 'N1', unitCode, null, level === OrgLevel.TIER_ONE_BRANCH ? { phases: [{ phase: RolloutPhase.PROMOTION, ...promotion }] } : { waves: [] });
      const sent = await submitRolloutPlan(em(), system, 'N1', unitCode, draft.version);
      // Head office reads tier-two schemes once approved (their drafts are their tier-one's to read).
      if (level === OrgLevel.TIER_TWO_BRANCH) await approveRolloutPlan(em(), system, 'N1', unitCode, sent.version);
    };
    await plan('GD', OrgLevel.TIER_ONE_BRANCH);
    await plan('JS', OrgLevel.TIER_ONE_BRANCH);
    await c.ho_staff.ok(READ); // warms per-process caches
    const cost = async () => {
      db.resetQueries();
      const { rollout } = await c.ho_staff.ok(READ);
      return { statements: db.queries.length, plans: rollout.plans as { orgUnit: { code: string }; history: unknown[] }[] };
    };
    const two = await cost();
    for (const code of ['SC']) await plan(code, OrgLevel.TIER_ONE_BRANCH);
    for (const code of ['GD-FS', 'GD-GZTH', 'JS-SZ', 'JS-NJGL', 'SC-MY', 'SC-CDJJ']) await plan(code, OrgLevel.TIER_TWO_BRANCH);
    // More tier-two branches under Guangdong, each with a plan, to reach twenty.
    for (let i = 1; (await em().count('RolloutPlan', { rollout: { code: 'N1' } })) < 20; i++) {
      const code = `GD-X${i}`;
      await createOrgUnit(em(), system, { code, level: OrgLevel.TIER_TWO_BRANCH, parentCode: 'GD', name: { zh: `测试${i}`, en: `Test ${i}` } } as never);
      await plan(code, OrgLevel.TIER_TWO_BRANCH);
    }
    const twenty = await cost();
    expect(two.plans).toHaveLength(2);
    expect(twenty.plans).toHaveLength(20);
    expect(twenty.plans.every((p) => p.orgUnit.code && p.history.length >= 1)).toBe(true);
    expect(twenty.statements).toBe(two.statements);
    expect(twenty.statements).toBeLessThanOrEqual(6);
  });

  it('shows a branch only the plans it may read: its own open one, and the approved ones above it', async () => {
    const { rollout } = await c.t2_staff.ok(`{ rollout(code: "G1") { plans { unitCode status } } }`);
    expect(rollout.plans).toEqual([
      { unitCode: 'GD', status: 'APPROVED' },
      { unitCode: 'GD-FS', status: 'RETURNED' },
    ]);
    const list = await c.t2_staff.ok(`{ rollouts { code } }`);
    expect(list.rollouts.map((r: { code: string }) => r.code)).toEqual(expect.arrayContaining(['E1', 'G1', 'N1']));
  });
});
