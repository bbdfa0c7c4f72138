import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/db.js';
import { DEMO_ROLLOUT_CODE } from '../../seeds/rollouts.js';
import { RolloutOutletWave, RolloutPlan } from './modules/rollout/rollout.entity.js';
import { seedDemoData } from './seed.js';
import { LocalVersion } from './modules/local-version/local-version.entity.js';
import { ApprovalEvent } from './modules/approval/approval-event.entity.js';
import { ApprovalAction } from './modules/approval/workflow.js';
import { demoNetwork } from '../../seeds/demo-network.js';
import { demoOutletPlans } from '../../seeds/outlet-plans.js';
import { OutletPlan } from './modules/outlet-plan/outlet-plan.entity.js';
import { OrgLevel, OrgUnit } from './modules/org-unit/org-unit.entity.js';
import { AuditEvent } from './modules/audit/audit-event.entity.js';
import { StandardEdition } from './modules/standard/standard.entities.js';
import { EditionStatus } from './modules/standard/standard.types.js';
import { seedEdition } from './modules/standard/standard.seed.js';
import { editionSeed } from './seed-standard.js';
import { bankStandard } from '../../seeds/standard/bank-standard.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.close());

describe('demo data', () => {
  it('describes a network of the promised shape, in both languages', () => {
    const count = (level: string) => demoNetwork.filter((u) => u.level === level).length;
    expect(count('HEAD_OFFICE')).toBe(1);
    expect(count('TIER_ONE_BRANCH')).toBeGreaterThanOrEqual(3);
    for (const t1 of demoNetwork.filter((u) => u.level === 'TIER_ONE_BRANCH')) {
      const t2s = demoNetwork.filter((u) => u.parentCode === t1.code);
      expect(t2s.length).toBeGreaterThanOrEqual(2);
      for (const t2 of t2s) expect(demoNetwork.filter((u) => u.parentCode === t2.code).length).toBeGreaterThanOrEqual(3);
    }
    for (const unit of demoNetwork) {
      expect(unit.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(unit.en).toMatch(/^[A-Za-z]/);
    }
  });

  it('seeds once; seeding again adds nothing and keeps what people changed', async () => {
    const first = await seedDemoData(db.orm);
    expect(first.unitsAdded).toBe(demoNetwork.length);
    expect(first.standardAdded).toBe(true);
    expect(first.localVersionsAdded).toBe(3);
    // Guangdong's version is in force, Foshan's awaits Guangdong, Tianhe's came back with comments.
    const versions = await db.orm.em.fork().find(LocalVersion, {}, { populate: ['unit'], orderBy: { code: 'asc' } });
    expect(versions.map((v) => [v.unit.getEntity().code, v.code, v.status])).toEqual([
      ['GD', 'GD-2026-01', 'APPROVED'],
      ['GD-FS', 'GD-FS-2026-01', 'SUBMITTED'],
      ['GD-GZTH', 'GD-GZTH-2026-01', 'RETURNED'],
    ]);
    expect(versions[0].changes.map((c) => c.path)).toContain('customerTiers/MID_HIGH_END/assetsFrom');
    const returned = await db.orm.em.fork().find(ApprovalEvent, { subjectId: versions[2].id, action: ApprovalAction.RETURN });
    expect(returned[0].itemComments).toHaveLength(1);
    // Demo plans in every state, none under Foshan (kept for the walkthrough and the tests).
    expect(first.outletPlansAdded).toBe(demoOutletPlans.length);
    const plans = await db.orm.em.fork().find(OutletPlan, {}, { populate: ['unit'] });
    expect(new Set(plans.map((p) => p.status))).toEqual(new Set(['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED']));
    expect(plans.filter((p) => p.unit.getEntity().code.startsWith('GD-FS'))).toEqual([]);
    const approved = plans.filter((p) => p.status === 'APPROVED');
    expect(approved.some((p) => p.compliant) && approved.some((p) => !p.compliant)).toBe(true);
    // The demo rollout: Guangdong's localization approved, Jiangsu's awaiting head office, Foshan's scheme approved with its outlets in waves, Tianhe's returned.
    expect(first.rolloutsAdded).toBe(1);
    const rolloutPlans = await db.orm.em.fork().find(RolloutPlan, { rollout: { code: DEMO_ROLLOUT_CODE } }, { populate: ['unit'] });
    expect(Object.fromEntries(rolloutPlans.map((p) => [p.unit.getEntity().code, p.status]))).toEqual({ GD: 'APPROVED', JS: 'SUBMITTED', 'GD-FS': 'APPROVED', 'GD-GZTH': 'RETURNED' });
    expect(await db.orm.em.fork().count(RolloutOutletWave, { rollout: { code: DEMO_ROLLOUT_CODE } })).toBe(3);
    const auditRows = await db.orm.em.fork().count(AuditEvent, {});
    const em = db.orm.em.fork();
    const outlet = await em.findOneOrFail(OrgUnit, { code: 'GD-FS-01' });
    outlet.city = '佛山市';
    await em.flush();

    const second = await seedDemoData(db.orm);
    expect(second).toEqual({ unitsAdded: 0, usersAdded: 0, tokensAdded: 0, standardAdded: false, localVersionsAdded: 0, outletPlansAdded: 0, rolloutsAdded: 0 });
    const fresh = db.orm.em.fork();
    expect(await fresh.count(AuditEvent, {})).toBe(auditRows);
    expect(await fresh.count(StandardEdition, {})).toBe(1);
    expect(await fresh.count(OrgUnit, {})).toBe(demoNetwork.length);
    expect(await fresh.count(OrgUnit, { level: OrgLevel.HEAD_OFFICE })).toBe(1);
    expect((await fresh.findOneOrFail(OrgUnit, { code: 'GD-FS-01' })).city).toBe('佛山市');
  });

  it('loads the standard through the services under the system actor: drafted, saved item by item, validated and published', async () => {
    const em = db.orm.em.fork();
    const edition = await em.findOneOrFail(StandardEdition, { code: bankStandard.edition.code });
    expect(edition).toMatchObject({ status: EditionStatus.PUBLISHED, isCurrent: true, createdBy: 'system', publishedBy: 'system' });
    const operations = (await em.find(AuditEvent, { operation: { $like: 'standardEdition.%' }, actorName: 'system' })).map((e) => e.operation);
    const seed = editionSeed(bankStandard);
    const items = Object.values(seed.items).reduce((n, list) => n + list.length, 0);
    expect(operations.filter((o) => o === 'standardEdition.createDraft')).toHaveLength(1);
    expect(operations.filter((o) => o.startsWith('standardEdition.save'))).toHaveLength(items);
    expect(operations.filter((o) => o === 'standardEdition.publish')).toHaveLength(1);
  });

  it('refuses a seeded edition the publication check refuses, and leaves nothing of it behind', async () => {
    const broken = editionSeed({ ...bankStandard, edition: { ...bankStandard.edition, code: 'HO-SEED-BROKEN' }, zones: [] });
    await expect(seedEdition(db.orm, broken)).rejects.toThrow(/zone: the edition defines no functional zone/);
    const em = db.orm.em.fork();
    expect(await em.count(StandardEdition, { code: 'HO-SEED-BROKEN' })).toBe(0);
    expect(await em.count(AuditEvent, { objectLabel: { $like: 'HO-SEED-BROKEN%' } })).toBe(0);
    // and the edition in force stays current
    expect((await em.findOneOrFail(StandardEdition, { isCurrent: true })).code).toBe(bankStandard.edition.code);
  });

  it('publishes a seeded edition without displacing the edition in force', async () => {
    const later = editionSeed({ ...bankStandard, edition: { ...bankStandard.edition, code: 'HO-SEED-LATER' } });
    expect(await seedEdition(db.orm, later)).toBe(true);
    const em = db.orm.em.fork();
    expect(await em.findOneOrFail(StandardEdition, { code: 'HO-SEED-LATER' })).toMatchObject({ status: EditionStatus.PUBLISHED, isCurrent: false });
    expect((await em.findOneOrFail(StandardEdition, { isCurrent: true })).code).toBe(bankStandard.edition.code);
  });
});
