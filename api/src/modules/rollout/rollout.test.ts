import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/db.js';
import { actorFor, createGraphqlClient } from '../../../../test/support/graphql.js';
import { seedDemoData } from '../../seed.js';
import type { Actor } from '../../shared/actor.js';
import { Role } from '../../shared/auth/roles.js';
import { Scope } from '../../shared/auth/scope.js';
import { Violations } from '../../shared/errors.js';
import { OrgUnit } from '../org-unit/org-unit.entity.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { ApprovalEvent, ApprovalSubjectType } from '../approval/approval-event.entity.js';
import { ApprovalState } from '../approval/workflow.js';
import { RolloutPhase, checkPhases, type PhaseDates } from './rollout.dates.js';
import { Rollout, RolloutOutletWave, RolloutPlan } from './rollout.entity.js';
import {
  approveRolloutPlan,
  defaultPhases,
  launchRollout,
  returnRolloutPlan,
  saveRolloutPlan,
  submitRolloutPlan,
  timelines,
} from './rollout.service.js';

/**
 * Issue 11, rollouts: head office's rollout R1 over 2027; Guangdong (GD)
 * narrows it and puts Foshan (GD-FS) in wave 1; Foshan places its outlets.
 */

let db: TestDatabase;
const s: Record<string, Scope> = {};
const em = () => db.orm.em.fork();
const TODAY = '2027-08-15';

async function person(unitCode: string, name: string, roles: Role[]): Promise<Actor> {
  const unit = await em().findOneOrFail(OrgUnit, { code: unitCode });
  return { kind: 'USER', id: randomUUID(), name, unit: { id: unit.id, code: unit.code, path: unit.path, level: unit.level }, roles, readOnly: false };
}

// 2027-01-01 … 2027-12-31: design Jan, pilot Feb–Apr, improve May, acceptance Jun, summary Jul, promotion Aug–Dec.
const HO_PHASES = defaultPhases('2027-01-01');
const promotion = HO_PHASES.find((p) => p.phase === RolloutPhase.PROMOTION)!;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.orm);
  s.ho = new Scope(await actorFor(db.orm, 'ho_staff'));
  s.hoApprover = new Scope(await actorFor(db.orm, 'ho_approver'));
  s.gd = new Scope(await actorFor(db.orm, 't1_staff'));
  s.fs = new Scope(await actorFor(db.orm, 't2_staff'));
  s.gdClerk = new Scope(await person('GD', 'gd_clerk', [Role.BRANCH_STAFF]));
  s.fsClerk = new Scope(await person('GD-FS', 'fs_clerk', [Role.BRANCH_STAFF]));
  s.jsApprover = new Scope(await person('JS', 'js_approver', [Role.BRANCH_STAFF, Role.APPROVER]));
  await launchRollout(em(), s.ho, { code: 'R1', title: { zh: '网点标准推广', en: 'Outlet standard rollout' }, phases: HO_PHASES, pilotUnitCodes: ['GD-FS'] });
});
afterAll(async () => {
  await db?.close();
});

const gdPlan = (over: Partial<PhaseDates> = {}) => ({
  phases: [{ phase: RolloutPhase.PROMOTION, start: '2027-08-15', end: '2027-11-30', ...over }],
  pilotUnitCodes: ['GD-FS'],
  waves: [
    { number: 1, start: '2027-08-15', end: '2027-09-30', unitCodes: ['GD-FS'] },
    { number: 2, start: '2027-10-01', end: '2027-11-30', unitCodes: ['GD-GZTH'] },
  ],
});

describe('head office’s phases', () => {
  it('the bank’s six phases run back to back in order', () => {
    expect(HO_PHASES.map((p) => p.phase)).toEqual(['DESIGN', 'PILOT', 'IMPROVE', 'ACCEPTANCE', 'SUMMARY', 'PROMOTION']);
    const v = new Violations();
    checkPhases(v, HO_PHASES);
    expect(v.list).toEqual([]);
    expect(promotion).toEqual({ phase: 'PROMOTION', start: '2027-08-01', end: '2027-12-31' });
  });

  it('refuses overlapping, out-of-order and unordered phases, and pilot units that are not tier-two branches, naming each', async () => {
    const bad = [
      { phase: RolloutPhase.PILOT, start: '2027-03-01', end: '2027-02-01' },
      { phase: RolloutPhase.DESIGN, start: '2027-01-01', end: '2027-01-31' },
      { phase: RolloutPhase.IMPROVE, start: '2027-01-15', end: '2027-05-31' },
    ];
    await expect(launchRollout(em(), s.ho, { code: 'R2', title: { zh: '试', en: 'Try' }, phases: bad, pilotUnitCodes: ['GD-FS-01', 'NOPE'] })).rejects.toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT',
        violations: expect.arrayContaining([
          expect.objectContaining({ field: 'input.phases[0].end', rule: 'dates-ordered' }),
          expect.objectContaining({ field: 'input.phases[1].phase', rule: 'phases-in-order' }),
          expect.objectContaining({ field: 'input.phases[2].start', rule: 'phases-not-overlapping' }),
          expect.objectContaining({ field: 'input.pilotUnitCodes[0]', rule: 'level' }),
          expect.objectContaining({ field: 'input.pilotUnitCodes[1]', rule: 'exists' }),
        ]),
      },
    });
    expect(await em().count(Rollout, { code: 'R2' })).toBe(0);
  });

  it('only head office’s authors launch one', async () => {
    await expect(launchRollout(em(), s.gd, { code: 'R3', title: { zh: '试', en: 'Try' }, startsOn: '2027-01-01', pilotUnitCodes: [] })).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });
});

describe('dates nested inside the level above', () => {
  it('a tier-one phase outside head office’s is refused, naming the phase, both ranges and the rule', async () => {
    const err = await saveRolloutPlan(em(), s.gdClerk, 'R1', 'GD', null, gdPlan({ start: '2027-07-20' })).catch((e) => e);
    expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.phases[0]', rule: 'within-parent-phase' });
    expect(err.message).toContain('PROMOTION 2027-07-20–2027-11-30');
    expect(err.message).toContain("head office's PROMOTION 2027-08-01–2027-12-31");
    expect(await em().count(RolloutPlan, { rollout: { code: 'R1' } })).toBe(0);
  });

  it('a tier-one wave outside its own promotion dates, or a unit outside its subtree, is refused', async () => {
    const plan = gdPlan();
    plan.waves[1] = { number: 2, start: '2027-10-01', end: '2027-12-15', unitCodes: ['JS-SZ'] };
    await expect(saveRolloutPlan(em(), s.gdClerk, 'R1', 'GD', null, plan)).rejects.toMatchObject({
      extensions: {
        violations: expect.arrayContaining([
          expect.objectContaining({ field: 'input.waves[1]', rule: 'within-parent-phase', message: expect.stringContaining("GD's PROMOTION 2027-08-15–2027-11-30") }),
          expect.objectContaining({ field: 'input.waves[1].unitCodes[0]' }),
        ]),
      },
    });
  });

  it('a tier-two wave outside its tier-one’s approved wave is refused, naming both ranges', async () => {
    const draft = await saveRolloutPlan(em(), s.gdClerk, 'R1', 'GD', null, gdPlan());
    const submitted = await submitRolloutPlan(em(), s.gdClerk, 'R1', 'GD', draft.version);
    await approveRolloutPlan(em(), s.hoApprover, 'R1', 'GD', submitted.version);
    const err = await saveRolloutPlan(em(), s.fsClerk, 'R1', 'GD-FS', null, {
      waves: [{ number: 1, start: '2027-09-01', end: '2027-10-15', unitCodes: ['GD-FS-01'] }],
    }).catch((e) => e);
    expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.waves[0]', rule: 'within-parent-phase' });
    expect(err.message).toContain("GD's wave 1 2027-08-15–2027-09-30");
  });
});

describe('approving a tier-two scheme', () => {
  let revision: number;
  it('is refused to head office and to another tier-one, and to the submitter themselves', async () => {
    const draft = await saveRolloutPlan(em(), s.fs, 'R1', 'GD-FS', null, {
      waves: [
        { number: 1, start: '2027-08-15', end: '2027-09-10', unitCodes: ['GD-FS-01', 'GD-FS-02'] },
        { number: 2, start: '2027-09-11', end: '2027-09-30', unitCodes: ['GD-FS-03'] },
      ],
      actions: [{ what: '大堂改造', who: '陈静', dueDate: '2027-09-01' }],
    });
    const submitted = await submitRolloutPlan(em(), s.fs, 'R1', 'GD-FS', draft.version);
    revision = submitted.version;
    await expect(approveRolloutPlan(em(), s.hoApprover, 'R1', 'GD-FS', revision)).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await expect(approveRolloutPlan(em(), s.jsApprover, 'R1', 'GD-FS', revision)).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    await expect(approveRolloutPlan(em(), s.fs, 'R1', 'GD-FS', revision)).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringContaining('your own submission') });
    expect((await em().findOneOrFail(RolloutPlan, { rollout: { code: 'R1' }, unit: { code: 'GD-FS' } })).status).toBe(ApprovalState.SUBMITTED);
  });

  it('a stale revision is a version conflict', async () => {
    await expect(approveRolloutPlan(em(), s.gd, 'R1', 'GD-FS', revision - 1)).rejects.toMatchObject({ extensions: { code: 'VERSION_CONFLICT' } });
  });

  it('its own tier-one’s approver approves it; the outlets’ waves are stored, and the step is audited', async () => {
    const plan = await approveRolloutPlan(em(), s.gd, 'R1', 'GD-FS', revision, '同意');
    expect(plan.status).toBe(ApprovalState.APPROVED);
    const waves = await em().find(RolloutOutletWave, { rollout: { code: 'R1' } }, { populate: ['outlet'], orderBy: { outlet: { code: 'asc' } } });
    expect(waves.map((w) => [w.outlet.getEntity().code, w.wave])).toEqual([['GD-FS-01', 1], ['GD-FS-02', 1], ['GD-FS-03', 2]]);
    expect(await em().count(ApprovalEvent, { subjectType: ApprovalSubjectType.ROLLOUT_PLAN, subjectId: plan.id })).toBe(2);
    expect(await em().count(AuditEvent, { operation: 'rolloutPlan.approve', objectId: plan.id })).toBe(1);
  });

  it('an approved plan never changes, in the service and in the database', async () => {
    const approved = await em().findOneOrFail(RolloutPlan, { rollout: { code: 'R1' }, unit: { code: 'GD-FS' }, status: ApprovalState.APPROVED });
    await expect(db.orm.em.getConnection().execute(`update rollout_plan set waves = '[]' where id = '${approved.id}'`)).rejects.toThrow(/approved and immutable/);
    await expect(db.orm.em.getConnection().execute(`delete from rollout_plan where id = '${approved.id}'`)).rejects.toThrow(/immutable/);
    // The service has no open plan to edit at that version: changes start a new draft.
    await expect(submitRolloutPlan(em(), s.fs, 'R1', 'GD-FS', approved.version)).rejects.toMatchObject({ extensions: { rule: 'open-plan' } });
  });

  it('a return needs a comment', async () => {
    await expect(returnRolloutPlan(em(), s.gd, 'R1', 'GD-FS', 1, '  ')).rejects.toMatchObject({ extensions: { field: 'comment', rule: 'required' } });
  });
});

describe('timeline', () => {
  it('an outlet’s phases follow the approved chain, its wave its tier-two’s scheme, and drafts count for nothing', async () => {
    // A new GD draft with other promotion dates must not move anything.
    await saveRolloutPlan(em(), s.gdClerk, 'R1', 'GD', null, gdPlan({ end: '2027-12-20' }));
    const [fs01, gzth] = await timelines(em(), s.ho, 'R1', ['GD-FS-01', 'GD-GZTH-01'], TODAY);
    const promo = fs01.phases.find((p) => p.phase === RolloutPhase.PROMOTION)!;
    expect(promo).toEqual({ phase: 'PROMOTION', start: '2027-08-15', end: '2027-11-30', setBy: 'GD', late: false });
    const pilot = fs01.phases.find((p) => p.phase === RolloutPhase.PILOT)!;
    expect(pilot).toMatchObject({ setBy: 'HO', end: '2027-04-30', late: true });
    expect(fs01.wave).toEqual({ number: 1, start: '2027-08-15', end: '2027-09-10', setBy: 'GD-FS', late: false });
    // Tianhe has no approved scheme: no wave of its own yet, GD's dates for its phases.
    expect(gzth.wave).toBeNull();
    expect(gzth.phases.find((p) => p.phase === RolloutPhase.PROMOTION)!.setBy).toBe('GD');
  });

  it('costs the same few statements for one outlet or many', async () => {
    const count = async (codes: string[]) => {
      db.resetQueries();
      await timelines(em(), s.ho, 'R1', codes, TODAY);
      return db.queries.filter((q) => /^\s*select/i.test(q)).length;
    };
    const one = await count(['GD-FS-01']);
    const many = await count(['GD-FS-01', 'GD-FS-02', 'GD-FS-03', 'GD-GZTH-01', 'GD-GZTH-02', 'JS-SZ-01']);
    expect(one).toBeLessThanOrEqual(4);
    expect(many).toBe(one);
  });

  it('is served to an outlet head for their own outlet, and a unit outside their sight is left out', async () => {
    const head = await createGraphqlClient(db.orm, await actorFor(db.orm, 'outlet_head'));
    try {
      const { rolloutTimeline } = await head.ok(`{ rolloutTimeline(rolloutCode: "R1", orgUnitCodes: ["GD-FS-01", "GD-FS-02"]) { unitCode wave { number setBy } phases { phase setBy } } }`);
      expect(rolloutTimeline).toHaveLength(1);
      expect(rolloutTimeline[0]).toMatchObject({ unitCode: 'GD-FS-01', wave: { number: 1, setBy: 'GD-FS' } });
      expect(rolloutTimeline[0].phases.find((p: { phase: string }) => p.phase === 'PROMOTION').setBy).toBe('GD');
    } finally {
      await head.stop();
    }
  });
});
