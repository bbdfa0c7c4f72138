import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/db.js';
import { seedDemoData } from './seed.js';
import { demoNetwork } from '../../seeds/demo-network.js';
import { OrgLevel, OrgUnit } from './modules/org-unit/org-unit.entity.js';

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
    const em = db.orm.em.fork();
    const outlet = await em.findOneOrFail(OrgUnit, { code: 'GD-FS-01' });
    outlet.city = '佛山市';
    await em.flush();

    const second = await seedDemoData(db.orm);
    expect(second.unitsAdded).toBe(0);
    const fresh = db.orm.em.fork();
    expect(await fresh.count(OrgUnit, {})).toBe(demoNetwork.length);
    expect(await fresh.count(OrgUnit, { level: OrgLevel.HEAD_OFFICE })).toBe(1);
    expect((await fresh.findOneOrFail(OrgUnit, { code: 'GD-FS-01' })).city).toBe('佛山市');
  });
});
