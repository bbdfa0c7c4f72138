/**
 * The bank's network at benchmark scale, written straight into the database
 * with set-based SQL: one head office (the seeded HO), tier-one branches
 * B01…, tier-two branches B01-01…, outlets B01-01-001…, each outlet with an
 * outlet category of the edition in force.
 *
 * Every tier-one and tier-two branch has an approved local version
 * (`insertLocalVersions`), so an outlet's effective standard folds three
 * layers; four in five outlets have a plan (`insertPlans`); and a rollout is
 * under way with every tier-one localization and most tier-two schemes
 * approved, placing outlets in waves (`insertRollout`). Later issues add more to the network (outlet facts, plans): each is
 * one more step after `insertUnits`, reading the codes laid out here, so the
 * queries can keep naming the same units at every scale.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import { defaultPhases } from '../api/src/modules/rollout/rollout.service.js';

export interface NetworkShape {
  tierOne: number;
  tierTwoPerTierOne: number;
  outletsPerTierTwo: number;
}

/** 1 HO, 40 tier-one, 400 tier-two, 40,000 outlets. */
export const FULL_SCALE: NetworkShape = { tierOne: 40, tierTwoPerTierOne: 10, outletsPerTierTwo: 100 };

/** "40x10x100" → a shape; "full" or nothing → FULL_SCALE. */
export function parseShape(text: string | undefined): NetworkShape {
  if (!text || text === 'full') return FULL_SCALE;
  const match = /^(\d+)x(\d+)x(\d+)$/.exec(text.trim());
  if (!match) throw new Error(`BENCH_SCALE must be "full" or like 40x10x100 (tier-one × tier-two each × outlets each), got "${text}"`);
  const [tierOne, tierTwoPerTierOne, outletsPerTierTwo] = match.slice(1).map(Number);
  if (tierOne < 1 || tierOne > 99 || tierTwoPerTierOne < 1 || tierTwoPerTierOne > 99 || outletsPerTierTwo < 1 || outletsPerTierTwo > 999) {
    throw new Error(`BENCH_SCALE ${text}: at most 99 × 99 × 999 (the codes have 2, 2 and 3 digits)`);
  }
  return { tierOne, tierTwoPerTierOne, outletsPerTierTwo };
}

export const unitCount = (s: NetworkShape) => s.tierOne * (1 + s.tierTwoPerTierOne * (1 + s.outletsPerTierTwo));

/** Codes of the generated units, for the queries. */
export const codes = {
  tierOne: (b: number) => `B${String(b).padStart(2, '0')}`,
  tierTwo: (b: number, c: number) => `${codes.tierOne(b)}-${String(c).padStart(2, '0')}`,
  outlet: (b: number, c: number, o: number) => `${codes.tierTwo(b, c)}-${String(o).padStart(3, '0')}`,
};

export interface GeneratedNetwork {
  shape: NetworkShape;
  units: number;
  seconds: number;
}

/**
 * Adds the network under the seeded head office, in one transaction.
 * `categories` are the outlet category codes of the edition in force; outlets
 * take them in turn.
 */
export async function generateNetwork(client: pg.Client, shape: NetworkShape, categories: string[]): Promise<GeneratedNetwork> {
  const started = performance.now();
  await client.query('begin');
  try {
    await insertUnits(client, shape, categories);
    await insertLocalVersions(client);
    await insertPlans(client);
    await insertRollout(client, shape);
    await client.query('commit');
  } catch (err) {
    await client.query('rollback');
    throw err;
  }
  await client.query('analyze org_unit');
  await client.query('analyze local_version');
  await client.query('analyze outlet_plan');
  await client.query('analyze rollout_outlet_wave');
  await client.query('analyze compliance_tally');
  return { shape, units: unitCount(shape), seconds: (performance.now() - started) / 1000 };
}

interface UnitRows {
  id: string[];
  code: string[];
  zh: string[];
  en: string[];
  level: string[];
  kind: (string | null)[];
  parent: string[];
  path: string[];
  category: (string | null)[];
}

const emptyRows = (): UnitRows => ({ id: [], code: [], zh: [], en: [], level: [], kind: [], parent: [], path: [], category: [] });

async function insertUnits(client: pg.Client, shape: NetworkShape, categories: string[]) {
  const { rows } = await client.query<{ id: string; path: string }>(`select id, path from org_unit where code = 'HO'`);
  if (!rows.length) throw new Error('the head office HO is missing: seed the demo data first');
  const ho = rows[0];
  // One array per column and one statement per level: parents are inserted before their children.
  const levels = [emptyRows(), emptyRows(), emptyRows()];
  const add = (into: UnitRows, id: string, code: string, zh: string, en: string, level: string, parent: string, path: string, kind: string | null, category: string | null) => {
    into.id.push(id);
    into.code.push(code);
    into.zh.push(zh);
    into.en.push(en);
    into.level.push(level);
    into.kind.push(kind);
    into.parent.push(parent);
    into.path.push(path);
    into.category.push(category);
  };
  let outletSeq = 0;
  for (let b = 1; b <= shape.tierOne; b++) {
    const t1 = randomUUID();
    const t1Path = `${ho.path}${t1}/`;
    add(levels[0], t1, codes.tierOne(b), `第${b}一级分行`, `Tier-one branch ${b}`, 'TIER_ONE_BRANCH', ho.id, t1Path, null, null);
    for (let c = 1; c <= shape.tierTwoPerTierOne; c++) {
      const t2 = randomUUID();
      const t2Path = `${t1Path}${t2}/`;
      add(levels[1], t2, codes.tierTwo(b, c), `第${b}-${c}二级分行`, `Tier-two branch ${b}-${c}`, 'TIER_TWO_BRANCH', t1, t2Path, 'BRANCH', null);
      for (let o = 1; o <= shape.outletsPerTierTwo; o++) {
        const id = randomUUID();
        const seq = String(++outletSeq).padStart(5, '0');
        const category = categories.length ? categories[outletSeq % categories.length] : null;
        add(levels[2], id, codes.outlet(b, c, o), `网点${seq}`, `Outlet ${seq}`, 'OUTLET', t2, `${t2Path}${id}/`, null, category);
      }
    }
  }
  for (const level of levels) {
    await client.query(
      `insert into org_unit (id, code, name_zh, name_en, level, tier_two_kind, parent_id, path, category, status, version, created_at, updated_at)
       select id, code, zh, en, level, kind, parent, path, category, 'OPEN', 1, now(), now()
       from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::uuid[], $8::text[], $9::text[])
         as t(id, code, zh, en, level, kind, parent, path, category)`,
      [level.id, level.code, level.zh, level.en, level.level, level.kind, level.parent, level.path, level.category],
    );
  }
}

/**
 * What the generated branches localize, one change per level, each within its
 * policy (the harness checks them with the local-version service's own
 * policy check once they are in place): tier-one branches raise the large
 * outlets' marketing staff minimum (RAISE_ONLY, 12 → 13), tier-two branches
 * shorten the complaint reply deadline (LOWER_ONLY, 3 → 2 working days).
 */
export const LOCAL_CHANGES = {
  TIER_ONE_BRANCH: { path: 'outletCategories/LARGE_FULL_FUNCTION/marketingStaffMin', kind: 'INTEGER', value: 13, policy: 'RAISE_ONLY', conflict: null },
  TIER_TWO_BRANCH: { path: 'serviceRules/COMPLAINT_HANDLING/parameters/COMPLAINT_REPLY_WORKING_DAYS', kind: 'INTEGER', value: 2, policy: 'LOWER_ONLY', conflict: null },
} as const;

/**
 * An approved local version for every generated branch, in one statement:
 * the services would take 440 transactions (each re-reading what the unit
 * inherits), and the bench needs the versions, not the workflow.
 */
async function insertLocalVersions(client: pg.Client) {
  await client.query(
    `insert into local_version (id, version, created_at, updated_at, unit_id, code, title_zh, title_en, status, base_edition_id, changes, removals, items, created_by, decided_by, decided_at)
     select gen_random_uuid(), 1, now(), now(), u.id, u.code || '-LV', u.name_zh || '本地化版本', u.name_en || ' local version', 'APPROVED', e.id,
            jsonb_build_array(case when u.level = 'TIER_ONE_BRANCH' then $1::jsonb else $2::jsonb end), '[]'::jsonb, '[]'::jsonb, 'bench', 'bench', now()
       from org_unit u cross join (select id from standard_edition where is_current) e
      where u.level in ('TIER_ONE_BRANCH', 'TIER_TWO_BRANCH') and u.code ~ '^B[0-9]{2}(-[0-9]{2})?$'`,
    [JSON.stringify(LOCAL_CHANGES.TIER_ONE_BRANCH), JSON.stringify(LOCAL_CHANGES.TIER_TWO_BRANCH)],
  );
}

/**
 * A plan for every generated outlet but each fifth, in one statement, spread
 * over the workflow's states: drafts, submitted, returned and approved plans;
 * approved ones compliant or with gaps of one or two kinds; every seventh
 * carries an overdue action item. The facts are a token (the roll-up reads the
 * stored gap summary, which is what the benchmark measures).
 */
async function insertPlans(client: pg.Client) {
  await client.query(
    `with o as (select id, row_number() over (order by code) as n from org_unit where level = 'OUTLET' and code like 'B%')
     insert into outlet_plan (id, version, created_at, updated_at, unit_id, status, facts, actions, justifications, compliant, gap_count, gap_kinds, created_by)
     select gen_random_uuid(), 1, now(), now(), o.id,
            (array['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'])[1 + o.n % 4],
            '{"floorArea": 500, "staffing": [], "zones": [], "devices": [], "acknowledgedRules": []}'::jsonb,
            case when o.n % 7 = 0
              then jsonb_build_array(jsonb_build_object('id', gen_random_uuid(), 'who', 'bench', 'dueDate', '2026-01-31', 'what', 'bench',
                                     'expectedEffect', 'bench', 'path', 'outletCategories/GENERAL/devices/ATM', 'done', false))
              else '[]'::jsonb end,
            '[]'::jsonb,
            o.n % 3 = 0,
            case when o.n % 3 = 0 then 0 else 1 + o.n % 2 end,
            case when o.n % 3 = 0 then '{}'::jsonb when o.n % 2 = 0 then '{"ZONE_MISSING": 1}'::jsonb
                 else '{"DEVICES_TOO_FEW": 1, "CORE_RULE_NOT_ACKNOWLEDGED": 1}'::jsonb end,
            'bench'
       from o where o.n % 5 <> 0`,
  );
}

/** The generated rollout's code: launched after the seeds, so it is the one the roll-up shows by default. */
export const BENCH_ROLLOUT = 'BENCH-R1';

const day = (d: Date) => d.toISOString().slice(0, 10);
const addMonths = (iso: string, months: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return day(d);
};
const dayBefore = (iso: string) => day(new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000));

/**
 * A rollout in its promotion phase, as the services would leave it after
 * every approval, in four statements: head office's rollout (the bank's
 * phases, laid out to start eight months ago, so promotion began a month
 * ago); an approved localization per tier-one branch putting the first half
 * of its tier-two branches in wave 1 (two months) and the rest in wave 2; an
 * approved scheme per tier-two branch but each fifth (their outlets stay in
 * "no wave yet") putting odd-numbered outlets in its first wave (one month,
 * so the first half's has just ended) and even ones in its second; and the
 * outlets' waves, which the approval of a scheme writes.
 */
async function insertRollout(client: pg.Client, shape: NetworkShape) {
  const start = addMonths(day(new Date()), -8);
  const phases = defaultPhases(start);
  const promotion = phases.find((p) => p.phase === 'PROMOTION')!;
  const split = addMonths(promotion.start, 2);
  const tierOneWaves = [
    { start: promotion.start, end: dayBefore(split) },
    { start: split, end: promotion.end },
  ];
  // Each tier-one wave halved for the tier-two schemes inside it.
  const schemeWaves = tierOneWaves.map((w) => {
    const mid = addMonths(w.start, 1);
    return [{ start: w.start, end: dayBefore(mid) }, { start: mid, end: w.end }];
  });
  const half = Math.ceil(shape.tierTwoPerTierOne / 2);
  const { rows } = await client.query<{ id: string }>(
    `insert into rollout (id, version, created_at, updated_at, code, edition_id, title_zh, title_en, phases, pilot_unit_codes, created_by)
     select gen_random_uuid(), 1, now(), now(), $1, e.id, '基准测试推广', 'Benchmark rollout', $2::jsonb, '[]'::jsonb, 'bench'
       from standard_edition e where e.is_current
     returning id`,
    [BENCH_ROLLOUT, JSON.stringify(phases)],
  );
  const rollout = rows[0].id;
  const codes = (parent: string, filter: string) =>
    `(select coalesce(jsonb_agg(c.code order by c.code), '[]'::jsonb) from org_unit c where c.parent_id = ${parent} and ${filter})`;
  const wave = (n: number, w: { start: string; end: string }, unitCodes: string) =>
    `jsonb_build_object('number', ${n}, 'start', '${w.start}', 'end', '${w.end}', 'unitCodes', ${unitCodes})`;
  await client.query(
    `insert into rollout_plan (id, version, created_at, updated_at, created_by, rollout_id, unit_id, status, phases, pilot_unit_codes, waves, actions, decided_by, decided_at)
     select gen_random_uuid(), 1, now(), now(), 'bench', $1, u.id, 'APPROVED', '[]'::jsonb, '[]'::jsonb,
            jsonb_build_array(${wave(1, tierOneWaves[0], codes('u.id', `right(c.code, 2)::int <= ${half}`))},
                              ${wave(2, tierOneWaves[1], codes('u.id', `right(c.code, 2)::int > ${half}`))}),
            '[]'::jsonb, 'bench', now()
       from org_unit u where u.level = 'TIER_ONE_BRANCH' and u.code ~ '^B[0-9]{2}$'`,
    [rollout],
  );
  const scheme = (w: { start: string; end: string }[]) =>
    `jsonb_build_array(${wave(1, w[0], codes('u.id', 'right(c.code, 3)::int % 2 = 1'))}, ${wave(2, w[1], codes('u.id', 'right(c.code, 3)::int % 2 = 0'))})`;
  await client.query(
    `insert into rollout_plan (id, version, created_at, updated_at, created_by, rollout_id, unit_id, status, phases, pilot_unit_codes, waves, actions, decided_by, decided_at)
     select gen_random_uuid(), 1, now(), now(), 'bench', $1, u.id, 'APPROVED', '[]'::jsonb, '[]'::jsonb,
            case when right(u.code, 2)::int <= ${half} then ${scheme(schemeWaves[0])} else ${scheme(schemeWaves[1])} end,
            '[]'::jsonb, 'bench', now()
       from org_unit u where u.level = 'TIER_TWO_BRANCH' and u.code ~ '^B[0-9]{2}-[0-9]{2}$' and right(u.code, 2)::int % 5 <> 0`,
    [rollout],
  );
  await client.query(
    `insert into rollout_outlet_wave (id, rollout_id, outlet_id, plan_id, wave, start, "end")
     select gen_random_uuid(), p.rollout_id, o.id, p.id, (w ->> 'number')::int, w ->> 'start', w ->> 'end'
       from rollout_plan p
       join org_unit b on b.id = p.unit_id and b.level = 'TIER_TWO_BRANCH'
       cross join lateral jsonb_array_elements(p.waves) w
       cross join lateral jsonb_array_elements_text(w -> 'unitCodes') placed(code)
       join org_unit o on o.code = placed.code
      where p.rollout_id = $1`,
    [rollout],
  );
}
