import { randomUUID } from 'node:crypto';
import type { MikroORM } from '../../api/src/db/orm.js';

/** How big a generated network is: the bank's full scale is 40 × 10 × 100 (40,000 outlets). */
export interface NetworkSize {
  tierOne: number;
  tierTwoPerTierOne: number;
  outletsPerTierTwo: number;
}

/** Inserts the bank-scale network with set-based SQL (seconds, not minutes). */
export async function generateNetwork(orm: MikroORM, size: NetworkSize) {
  const { tierOne: TIER_ONE, tierTwoPerTierOne: TIER_TWO_PER_T1, outletsPerTierTwo: OUTLETS_PER_T2 } = size;
  const knex = orm.em.getKnex();
  const ho = await knex('org_unit').where({ code: 'HO' }).first();
  const now = new Date();
  const rows: Record<string, unknown>[] = [];
  for (let b = 1; b <= TIER_ONE; b++) {
    const t1 = { id: randomUUID(), code: `B${String(b).padStart(2, '0')}` };
    const t1Path = `${ho.path}${t1.id}/`;
    rows.push(unit(t1.id, t1.code, `第${b}一级分行`, `Tier-one branch ${b}`, 'TIER_ONE_BRANCH', ho.id, t1Path, now));
    for (let c = 1; c <= TIER_TWO_PER_T1; c++) {
      const t2 = { id: randomUUID(), code: `${t1.code}-${String(c).padStart(2, '0')}` };
      const t2Path = `${t1Path}${t2.id}/`;
      rows.push({ ...unit(t2.id, t2.code, `第${b}-${c}二级分行`, `Tier-two branch ${b}-${c}`, 'TIER_TWO_BRANCH', t1.id, t2Path, now), tier_two_kind: 'BRANCH' });
      for (let o = 1; o <= OUTLETS_PER_T2; o++) {
        const id = randomUUID();
        const seq = String(((b - 1) * TIER_TWO_PER_T1 + (c - 1)) * OUTLETS_PER_T2 + o).padStart(5, '0');
        rows.push(unit(id, `${t2.code}-${String(o).padStart(3, '0')}`, `网点${seq}`, `Outlet ${seq}`, 'OUTLET', t2.id, `${t2Path}${id}/`, now));
      }
    }
  }
  // Parents come before children in `rows`, and each chunk commits in order.
  for (let i = 0; i < rows.length; i += 2000) await knex('org_unit').insert(rows.slice(i, i + 2000));
}

function unit(id: string, code: string, zh: string, en: string, level: string, parentId: string, path: string, now: Date) {
  return { id, code, name_zh: zh, name_en: en, level, parent_id: parentId, path, status: 'OPEN', version: 1, created_at: now, updated_at: now };
}
