import type { MikroORM } from '@mikro-orm/postgresql';
import { demoNetwork } from '../../seeds/demo-network.js';
import { LEVEL_ORDER, OrgLevel, OrgUnit, TierTwoKind } from './modules/org-unit/org-unit.entity.js';
import { LocalizedText } from './shared/localized-text.js';
import { recordAudit } from './modules/audit/audit.service.js';
import { snapshotOf } from './modules/org-unit/org-unit.service.js';
import { SYSTEM_ACTOR } from './shared/actor.js';

/**
 * Loads the demo data. Idempotent: rows are matched by business code, missing
 * ones are added, existing ones are left exactly as people may have edited them.
 * Returns how many units were added.
 */
export async function seedDemoData(orm: MikroORM): Promise<{ unitsAdded: number }> {
  const em = orm.em.fork();
  return em.transactional(async (tx) => {
    const existing = await tx.find(OrgUnit, { code: { $in: demoNetwork.map((u) => u.code) } });
    const byCode = new Map(existing.map((u) => [u.code, u]));
    let unitsAdded = 0;
    // Level by level, flushing in between: a parent row must exist before its
    // children are inserted (the ORM would otherwise batch them and patch the
    // parent link afterwards, which the root check constraint rejects).
    for (const level of LEVEL_ORDER) {
      for (const demo of demoNetwork.filter((u) => u.level === level)) {
      if (byCode.has(demo.code)) continue;
      const parent = demo.parentCode ? byCode.get(demo.parentCode) : undefined;
      if (demo.parentCode && !parent) throw new Error(`demo unit ${demo.code}: parent ${demo.parentCode} is missing`);
      const unit = tx.create(OrgUnit, {
        code: demo.code,
        name: new LocalizedText(demo.zh, demo.en),
        level: demo.level as OrgLevel,
        tierTwoKind: (demo.tierTwoKind as TierTwoKind | undefined) ?? null,
        parent: parent ?? null,
        city: demo.city ?? null,
        address: demo.address ?? null,
      } as never);
      unit.path = `${parent ? parent.path : '/'}${unit.id}/`;
      recordAudit(tx, SYSTEM_ACTOR, {
        operation: 'orgUnit.create',
        objectType: 'OrgUnit',
        objectId: unit.id,
        objectLabel: unit.code,
        unitPath: unit.path,
        after: snapshotOf(unit),
      });
      byCode.set(unit.code, unit);
      unitsAdded++;
      }
      await tx.flush();
    }
    return { unitsAdded };
  });
}
