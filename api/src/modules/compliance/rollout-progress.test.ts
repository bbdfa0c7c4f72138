import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/db.js';
import { actorFor, createGraphqlClient, personAt } from '../../../../test/support/graphql.js';
import { seedDemoData } from '../../seed.js';
import { Role } from '../../shared/auth/roles.js';
import { Scope } from '../../shared/auth/scope.js';
import { OrgUnit } from '../org-unit/org-unit.entity.js';
import { RolloutPhase } from '../rollout/rollout.dates.js';
import { approveRolloutPlan, defaultPhases, launchRollout, saveRolloutPlan, submitRolloutPlan } from '../rollout/rollout.service.js';
import { complianceRollup } from './rollup.js';
import { rolloutProgress, type PhaseCount, type WaveCount } from './rollout-progress.js';

/**
 * The roll-up by rollout phase and wave on a rollout built here through the
 * services (not the demo rollout seeds): head office's rollout RPW over 2027
 * (design Jan, pilot Feb–Apr, improvement May, acceptance Jun, summary Jul,
 * promotion Aug–Dec); Guangdong narrows its promotion to 15 Aug–30 Nov and
 * puts Foshan in wave 1; Foshan puts GD-FS-01 and -02 in its wave 1 (to 10
 * Sep) and GD-FS-03 in wave 2 (to 30 Sep). Guangzhou Tianhe (three outlets,
 * GD-GZTH-01 approved and compliant in the demo plans) has no scheme yet.
 */

let db: TestDatabase;
const em = () => db.orm.em.fork();
const s: Record<string, Scope> = {};

const pathOf = async (code: string) => (await em().findOneOrFail(OrgUnit, { code })).path;
const progress = async (code: string, today: string, rollout: string | null = 'RPW') => {
  const path = await pathOf(code);
  return (await rolloutProgress(em(), await complianceRollup(em(), path, today), path, rollout, today))!;
};
const waves = (list: WaveCount[]) => list.filter((w) => w.outlets).map((w) => [w.wave, w.outlets, w.compliant, w.late]);
const phases = (list: PhaseCount[], field: 'outlets' | 'late') => Object.fromEntries(list.filter((p) => p[field]).map((p) => [p.phase, p[field]]));

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.orm);
  s.ho = new Scope(await actorFor(db.orm, 'ho_staff'));
  s.hoApprover = new Scope(await actorFor(db.orm, 'ho_approver'));
  s.gd = new Scope(await actorFor(db.orm, 't1_staff'));
  s.fs = new Scope(await actorFor(db.orm, 't2_staff'));
  s.gdClerk = new Scope(await personAt(db.orm, 'GD', 'gd_clerk', [Role.BRANCH_STAFF]));
  await launchRollout(em(), s.ho, { code: 'RPW', title: { zh: '进度测试推广', en: 'Progress test rollout' }, phases: defaultPhases('2027-01-01'), pilotUnitCodes: ['GD-FS'] });
  let gd = await saveRolloutPlan(em(), s.gdClerk, 'RPW', 'GD', null, {
    phases: [{ phase: RolloutPhase.PROMOTION, start: '2027-08-15', end: '2027-11-30' }],
    pilotUnitCodes: ['GD-FS'],
    waves: [
      { number: 1, start: '2027-08-15', end: '2027-09-30', unitCodes: ['GD-FS'] },
      { number: 2, start: '2027-10-01', end: '2027-11-30', unitCodes: ['GD-GZTH'] },
    ],
  });
  gd = await submitRolloutPlan(em(), s.gdClerk, 'RPW', 'GD', gd.version);
  await approveRolloutPlan(em(), s.hoApprover, 'RPW', 'GD', gd.version);
});
afterAll(async () => {
  await db?.close();
});

describe('the roll-up by rollout phase and wave', () => {
  it('puts every outlet in "no wave yet" until a tier-two scheme is approved, then counts the waves at once', async () => {
    const before = await progress('GD', '2027-09-15');
    expect(waves(before.byWave)).toEqual([[null, 6, 1, 0]]);

    let fs = await saveRolloutPlan(em(), s.fs, 'RPW', 'GD-FS', null, {
      waves: [
        { number: 1, start: '2027-08-15', end: '2027-09-10', unitCodes: ['GD-FS-01', 'GD-FS-02'] },
        { number: 2, start: '2027-09-11', end: '2027-09-30', unitCodes: ['GD-FS-03'] },
      ],
    });
    fs = await submitRolloutPlan(em(), s.fs, 'RPW', 'GD-FS', fs.version);
    await approveRolloutPlan(em(), s.gd, 'RPW', 'GD-FS', fs.version);

    // 15 Sep: Foshan's wave 1 ended on the 10th with neither outlet compliant (late); wave 2 runs to the 30th.
    const after = await progress('GD', '2027-09-15');
    expect(waves(after.byWave)).toEqual([[1, 2, 0, 2], [2, 1, 0, 0], [null, 3, 1, 0]]);
    const byChild = Object.fromEntries(
      await Promise.all(after.children.map(async (c) => [(await em().findOneOrFail(OrgUnit, { id: c.unitId })).code, waves(c.byWave)])),
    );
    expect(byChild).toEqual({ 'GD-FS': [[1, 2, 0, 2], [2, 1, 0, 0]], 'GD-GZTH': [[null, 3, 1, 0]] });
  });

  it('drills down to the outlets of a tier-two branch, each in its wave', async () => {
    const foshan = await progress('GD-FS', '2027-09-15');
    expect(waves(foshan.byWave)).toEqual([[1, 2, 0, 2], [2, 1, 0, 0]]);
    expect(foshan.children.map((c) => waves(c.byWave)).sort()).toEqual([[[1, 1, 0, 1]], [[1, 1, 0, 1]], [[2, 1, 0, 0]]]);
  });

  it('counts outlets by the phase in force at their tier-one branch today, and the late phases', async () => {
    // 10 Aug: head office's promotion began on the 1st, Guangdong's starts on the 15th, so Guangdong is still in its summary phase.
    const ho = await progress('HO', '2027-08-10');
    const total = (await complianceRollup(em(), await pathOf('HO'), '2027-08-10')).outlets;
    const compliant = (await complianceRollup(em(), await pathOf('HO'), '2027-08-10')).byCompliance.find((c) => c.compliance === 'COMPLIANT')!.outlets;
    expect(phases(ho.byPhase, 'outlets')).toEqual({ SUMMARY: 6, PROMOTION: total - 6 });
    // Design to summary have ended everywhere: every outlet not yet compliant is late for each of them.
    expect(phases(ho.byPhase, 'late')).toEqual({ DESIGN: total - compliant, PILOT: total - compliant, IMPROVE: total - compliant, ACCEPTANCE: total - compliant, SUMMARY: total - compliant });
    const gd = await progress('GD', '2027-08-20');
    expect(phases(gd.byPhase, 'outlets')).toEqual({ PROMOTION: 6 });
    const early = await progress('GD', '2026-12-01');
    expect(phases(early.byPhase, 'outlets')).toEqual({ NOT_STARTED: 6 });
    expect(phases(early.byPhase, 'late')).toEqual({});
  });

  it('reads the rollout launched last by default, in two statements beyond the roll-up, through the API', async () => {
    const client = await createGraphqlClient(db.orm, await actorFor(db.orm, 'ho_staff'));
    try {
      const q = `{ complianceRollup(orgUnitCode: "GD") { outlets rollout { rolloutCode titleZh byWave { wave outlets compliant late } byPhase { phase outlets late } children { unitId byWave { wave outlets } } } } }`;
      db.resetQueries();
      const r = (await client.ok(q)).complianceRollup;
      const withRollout = db.queries.length;
      db.resetQueries();
      await client.ok(`{ complianceRollup(orgUnitCode: "GD") { outlets } }`);
      expect(withRollout - db.queries.length).toBe(2);
      expect(r.rollout.rolloutCode).toBe('RPW');
      expect(r.rollout.byWave.reduce((n: number, w: { outlets: number }) => n + w.outlets, 0)).toBe(r.outlets);
      expect(r.rollout.byPhase.reduce((n: number, p: { outlets: number }) => n + p.outlets, 0)).toBe(r.outlets);
      expect((await client.ok(`{ complianceRollup(orgUnitCode: "GD") { rollout(rolloutCode: "NOPE") { rolloutCode } } }`)).complianceRollup.rollout).toBeNull();
    } finally {
      await client.stop();
    }
  });
});
