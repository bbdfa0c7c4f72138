import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/db.js';
import { actorFor, createGraphqlClient } from '../../../../test/support/graphql.js';
import { seedDemoData } from '../../seed.js';
import { editionSeed } from '../../seed-standard.js';
import { bankStandard } from '../../../../seeds/standard/bank-standard.js';
import { SYSTEM_ACTOR } from '../../shared/actor.js';
import { Scope } from '../../shared/auth/scope.js';
import { OrgUnit } from '../org-unit/org-unit.entity.js';
import { ApprovalState } from '../approval/workflow.js';
import { GapKind, summarizeGaps, type OutletFacts } from '../compliance/gaps.js';
import { complianceRollup } from '../compliance/rollup.js';
import { KINDS } from '../standard/standard.kinds.js';
import type { AnyKind } from '../standard/standard.kind.js';
import { createDraft, saveItem, submitApproveAndPublish } from '../standard/standard.service.js';
import { approveLocalVersion, createLocalVersion, setLocalValue, submitLocalVersion } from '../local-version/local-version.service.js';
import { OutletPlan } from './outlet-plan.entity.js';
import { approvePlan, gapsAgainst, saveFacts, standardOf, submitPlan } from './outlet-plan.service.js';
import { moveOrgUnit, updateOrgUnit } from '../org-unit/org-unit.service.js';
import { refreshGapSummaries } from './gap-summaries.js';

/**
 * Issue 11 over the demo network: plan lists whose cost does not grow with
 * their length, paging, and stored gap summaries (what the roll-ups count)
 * that follow the standard when a local version is approved or an edition
 * published. Chengdu Jinjiang (SC-CDJJ) has no demo plans: the tests write
 * theirs there.
 */

let db: TestDatabase;
const system = new Scope(SYSTEM_ACTOR);
const em = () => db.orm.em.fork();
const TODAY = '2026-12-03';
const LARGE_MIN = 'outletCategories/LARGE_FULL_FUNCTION/marketingStaffMin';

/** A large outlet with exactly head office's twelve marketing and service staff, and everything else it needs. */
const LARGE_AT_MINIMUM: OutletFacts = {
  floorArea: 1000,
  staffing: [
    { position: 'OUTLET_HEAD', current: 1, target: 1 },
    { position: 'DEPUTY_HEAD', current: 1, target: 1 },
    { position: 'LOBBY_MANAGER', current: 2, target: 2 },
    { position: 'LOBBY_GUIDE', current: 2, target: 2 },
    { position: 'CLOSED_COUNTER_TELLER', current: 3, target: 3 },
    { position: 'OPEN_COUNTER_TELLER', current: 2, target: 2 },
    { position: 'RELATIONSHIP_MANAGER', current: 1, target: 1 },
  ],
  zones: ['CONSULTATION', 'MARKETING_INFO', 'WAITING', 'CLOSED_COUNTER', 'OPEN_COUNTER', 'VIP', 'SELF_SERVICE', 'SUPPORT'].map((zone) => ({ zone, status: 'PRESENT' as const })),
  devices: [
    { deviceType: 'ATM', count: 1 },
    { deviceType: 'CASH_RECYCLER', count: 2 },
    { deviceType: 'MULTI_FUNCTION_TERMINAL', count: 2 },
  ],
  acknowledgedRules: [],
};

let core: string[];
const unitPath = async (code: string) => (await em().findOneOrFail(OrgUnit, { code })).path;
const by = <T extends { outlets: number }>(list: T[], key: keyof T) => Object.fromEntries(list.filter((e) => e.outlets).map((e) => [e[key], e.outlets]));
const storedPlan = (code: string, status: ApprovalState) => em().findOneOrFail(OutletPlan, { unit: { code }, status });

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.orm);
  core = bankStandard.serviceRules.filter((r) => r.core).map((r) => r.code);
});
afterAll(async () => {
  await db?.close();
});

describe('outlet plans across the network', () => {
  it('stores a roll-up that counts a plan as approved and compliant the moment it is approved', async () => {
    const path = await unitPath('SC-CDJJ');
    const p = await saveFacts(em(), system, 'SC-CDJJ-01', null, { ...LARGE_AT_MINIMUM, acknowledgedRules: core });
    expect(p.compliant).toBe(true);
    const s = await submitPlan(em(), system, 'SC-CDJJ-01', p.version);
    expect(by((await complianceRollup(em(), path, TODAY)).byPlanStatus, 'status')).toEqual({ SUBMITTED: 1, NONE: 2 });
    await approvePlan(em(), system, 'SC-CDJJ-01', s.version);
    const r = await complianceRollup(em(), path, TODAY);
    expect(by(r.byPlanStatus, 'status')).toEqual({ APPROVED: 1, NONE: 2 });
    expect(by(r.byCompliance, 'compliance')).toEqual({ COMPLIANT: 1, NOT_ASSESSED: 2 });
  });

  it('is never stale after a local version is approved: raising a minimum above the outlet moves it from compliant to a gap, in the same transaction', async () => {
    const path = await unitPath('SC-CDJJ');
    const before = await complianceRollup(em(), path, TODAY);
    expect(by(before.byCompliance, 'compliance')).toEqual({ COMPLIANT: 1, NOT_ASSESSED: 2 });
    // An outlet elsewhere whose stored summary says nothing about this change: it must be left exactly as it is.
    const elsewhere = await storedPlan('JS-NJGL-01', ApprovalState.APPROVED);

    let version = await createLocalVersion(em(), system, { orgUnitCode: 'SC-CDJJ', code: 'SC-CDJJ-2026-01', title: { zh: '锦江本地化', en: 'Jinjiang, localized' } });
    version = await setLocalValue(em(), system, { id: version.id, expectedVersion: version.version, path: LARGE_MIN, value: 13 });
    version = await submitLocalVersion(em(), system, version.id, version.version);
    // Submitted is not in force: the roll-up has not moved.
    expect(by((await complianceRollup(em(), path, TODAY)).byCompliance, 'compliance')).toEqual({ COMPLIANT: 1, NOT_ASSESSED: 2 });
    await approveLocalVersion(em(), system, version.id, version.version);

    const after = await complianceRollup(em(), path, TODAY);
    expect(by(after.byCompliance, 'compliance')).toEqual({ WITH_GAPS: 1, NOT_ASSESSED: 2 });
    expect(by(after.gapsByKind, 'kind')).toEqual({ [GapKind.STAFF_BELOW_MINIMUM]: 1 });
    const plan = await storedPlan('SC-CDJJ-01', ApprovalState.APPROVED);
    expect([plan.compliant, plan.gapCount, plan.gapKinds]).toEqual([false, 1, { STAFF_BELOW_MINIMUM: 1 }]);
    // The approved facts themselves did not change, and the summary refresh is no new revision.
    expect(plan.facts).toEqual({ ...LARGE_AT_MINIMUM, acknowledgedRules: core });
    const untouched = await storedPlan('JS-NJGL-01', ApprovalState.APPROVED);
    expect([untouched.compliant, untouched.gapCount, untouched.version, untouched.updatedAt]).toEqual([elsewhere.compliant, elsewhere.gapCount, elsewhere.version, elsewhere.updatedAt]);
    // From the province and from head office, the same outlet now counts with a gap.
    const sc = await complianceRollup(em(), await unitPath('SC'), TODAY);
    expect(sc.gapsByKind.find((k) => k.kind === GapKind.STAFF_BELOW_MINIMUM)!.outlets).toBeGreaterThanOrEqual(1);
  });

  it('is never stale after head office publishes an edition: a raised minimum reaches every outlet at once', async () => {
    const hoPath = await unitPath('HO');
    const before = await complianceRollup(em(), hoPath, TODAY);
    const njgl = await storedPlan('JS-NJGL-01', ApprovalState.APPROVED);
    expect(njgl.compliant).toBe(true); // fourteen staff against twelve

    // Head office raises a large outlet's minimum to fifteen: every approved large outlet in the demo falls short.
    const draft = await createDraft(em(), system, { code: 'HO-2027-01', title: { zh: '2027版', en: '2027 edition' }, basedOnCode: 'HO-2026-01' });
    const spec = KINDS.find((k) => k.list === 'outletCategories') as unknown as AnyKind;
    const large = editionSeed(bankStandard).items.outletCategories.find((c) => c.code === 'LARGE_FULL_FUNCTION')!;
    const saved = await saveItem(em(), system, spec, draft.code, draft.version, { ...large, marketingStaffMin: { value: 15, policy: 'RAISE_ONLY' } } as never);
    await submitApproveAndPublish(em(), system, saved.code, saved.version);

    const after = await complianceRollup(em(), hoPath, TODAY);
    const refreshed = await storedPlan('JS-NJGL-01', ApprovalState.APPROVED);
    expect([refreshed.compliant, refreshed.gapKinds]).toEqual([false, { STAFF_BELOW_MINIMUM: 1 }]);
    const compliant = (r: typeof before) => r.byCompliance.find((c) => c.compliance === 'COMPLIANT')!.outlets;
    expect(compliant(after)).toBe(compliant(before) - 1); // JS-NJGL-01; GD-GZTH-01 has fifteen and still complies
    expect((await storedPlan('GD-GZTH-01', ApprovalState.APPROVED)).compliant).toBe(true);
  });

  it('is never stale after an outlet is recategorized or moved under another branch', async () => {
    /** The stored summary, and what the engine says now against the outlet's standard now. */
    const summaries = async (code: string) => {
      const plan = await em().findOneOrFail(OutletPlan, { unit: { code } }, { populate: ['unit'] });
      const unit = plan.unit.getEntity();
      const gaps = gapsAgainst(plan, unit, await standardOf(em(), unit));
      const fresh = summarizeGaps(gaps).byKind;
      return { stored: plan.gapKinds, fresh, plan };
    };
    const write = (code: string) => saveFacts(em(), system, code, null, { ...LARGE_AT_MINIMUM, acknowledgedRules: core });
    if (!(await em().count(OutletPlan, { unit: { code: 'SC-CDJJ-03' } }))) await write('SC-CDJJ-03');
    if (!(await em().count(OutletPlan, { unit: { code: 'SC-CDJJ-02' } }))) await write('SC-CDJJ-02');

    // A general outlet with a large outlet's staff is over its ranges; as a large outlet it is not.
    const general = await summaries('SC-CDJJ-03');
    expect(general.stored).toEqual(general.fresh);
    expect(general.stored).toHaveProperty(GapKind.POSITION_OUT_OF_RANGE);
    const unit = await em().findOneOrFail(OrgUnit, { code: 'SC-CDJJ-03' });
    await updateOrgUnit(em(), system, { code: 'SC-CDJJ-03', expectedVersion: unit.version, category: 'LARGE_FULL_FUNCTION' });
    const large = await summaries('SC-CDJJ-03');
    expect(large.stored).toEqual(large.fresh);
    expect(large.stored).not.toHaveProperty(GapKind.POSITION_OUT_OF_RANGE);

    // Mianyang asks twenty staff of a medium outlet; a medium outlet moved there from Jinjiang falls short at once.
    let version = await createLocalVersion(em(), system, { orgUnitCode: 'SC-MY', code: 'SC-MY-2026-01', title: { zh: '绵阳本地化', en: 'Mianyang, localized' } });
    version = await setLocalValue(em(), system, { id: version.id, expectedVersion: version.version, path: 'outletCategories/MEDIUM_FULL_FUNCTION/marketingStaffMin', value: 20 });
    version = await submitLocalVersion(em(), system, version.id, version.version);
    await approveLocalVersion(em(), system, version.id, version.version);
    const medium = await summaries('SC-CDJJ-02');
    expect(medium.stored).not.toHaveProperty(GapKind.STAFF_BELOW_MINIMUM);
    const moving = await em().findOneOrFail(OrgUnit, { code: 'SC-CDJJ-02' });
    await moveOrgUnit(em(), system, { code: 'SC-CDJJ-02', expectedVersion: moving.version, newParentCode: 'SC-MY' });
    const moved = await summaries('SC-CDJJ-02');
    expect(moved.stored).toEqual(moved.fresh);
    expect(moved.stored).toHaveProperty(GapKind.STAFF_BELOW_MINIMUM, 1);
    expect(moved.plan.version).toBe(medium.plan.version);
  });

  it('holds a plan write back while a refresh is under way, so no write measured against the old standard lands after it', async () => {
    const open = { $in: [ApprovalState.DRAFT, ApprovalState.SUBMITTED, ApprovalState.RETURNED] };
    if (!(await em().count(OutletPlan, { unit: { code: 'SC-CDJJ-03' }, status: open }))) await saveFacts(em(), system, 'SC-CDJJ-03', null, LARGE_AT_MINIMUM);
    const plan = await em().findOneOrFail(OutletPlan, { unit: { code: 'SC-CDJJ-03' }, status: open });
    const waiting = async () => Number((await em().getConnection().execute(`select count(*) as n from pg_locks where locktype = 'advisory' and not granted`))[0].n);

    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let refreshing!: () => void;
    const underWay = new Promise<void>((resolve) => (refreshing = resolve));
    const refresh = em().transactional(async (tx) => {
      await refreshGapSummaries(tx, null);
      refreshing();
      await released;
    });
    await underWay;
    let written = false;
    const write = saveFacts(em(), system, 'SC-CDJJ-03', plan.version, { ...LARGE_AT_MINIMUM, acknowledgedRules: core }).then((p) => ((written = true), p));
    // PostgreSQL shows the write queued behind the refresh's lock (polled, since the write's request reaches it asynchronously).
    for (let i = 0; i < 400 && (await waiting()) === 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await waiting()).toBe(1);
    expect(written).toBe(false);
    release();
    await refresh;
    expect((await write).version).toBe(plan.version + 1);
    expect(await waiting()).toBe(0);
  });

  it('refreshes in a fixed number of statements however many plans move', async () => {
    // Make every stored summary under head office wrong, then refresh them all.
    await em().getConnection().execute(`update outlet_plan set compliant = not compliant, gap_count = gap_count + 1 where status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED')`);
    const live = await em().count(OutletPlan, { status: { $in: [ApprovalState.DRAFT, ApprovalState.SUBMITTED, ApprovalState.RETURNED, ApprovalState.APPROVED] } });
    db.resetQueries();
    const changed = await em().transactional((tx) => refreshGapSummaries(tx, null));
    const statements = db.queries.filter((q) => !/^(begin|commit|savepoint|release)/i.test(q.trim()));
    expect(changed).toBe(live);
    // The lock, the plans with their outlets, the branches above them, their local versions, the edition in force, and one update.
    expect(statements.length).toBeLessThanOrEqual(6);
    expect(statements.filter((q) => /^update/i.test(q.trim()))).toHaveLength(1);
    // Refreshing again finds nothing to write.
    db.resetQueries();
    expect(await em().transactional((tx) => refreshGapSummaries(tx, null))).toBe(0);
    expect(db.queries.some((q) => /^update/i.test(q.trim()))).toBe(false);
  });
});

describe('the plan list', () => {
  const LIST = `query($u: String!, $first: Int, $after: String, $status: String) {
    outletPlans(orgUnitCode: $u, first: $first, after: $after, status: $status) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { id status orgUnit { code } gaps { kind path setBy { unitCode unit { code } } addressed } history { action } }
    } }`;

  it('costs the same statements for a page of 3 plans under one branch as for 12 under five (no query per plan)', async () => {
    // Twelve plans at least: the demo's nine and one for each of Jinjiang's outlets.
    for (const code of ['SC-CDJJ-01', 'SC-CDJJ-02', 'SC-CDJJ-03']) {
      if (!(await em().count(OutletPlan, { unit: { code } }))) await saveFacts(em(), system, code, null, { ...LARGE_AT_MINIMUM, acknowledgedRules: [] });
    }
    const ho = await createGraphqlClient(db.orm, await actorFor(db.orm, 'ho_staff'));
    try {
      await ho.ok(LIST, { u: 'HO', first: 1 }); // the edition's content, once per process
      const cost = async (first: number) => {
        db.resetQueries();
        const data = await ho.ok(LIST, { u: 'HO', first });
        return { statements: db.queries.length, nodes: data.outletPlans.nodes as { orgUnit: { code: string }; gaps: { setBy: { unit: { code: string } | null } }[] }[] };
      };
      const three = await cost(3);
      const twelve = await cost(12);
      expect(three.nodes).toHaveLength(3);
      expect(twelve.nodes).toHaveLength(12);
      const branches = (nodes: typeof three.nodes) => new Set(nodes.map((n) => n.orgUnit.code.replace(/-\d+$/, ''))).size;
      expect(branches(three.nodes)).toBe(1);
      expect(branches(twelve.nodes)).toBeGreaterThanOrEqual(5);
      expect(twelve.nodes.flatMap((n) => n.gaps).length).toBeGreaterThan(three.nodes.flatMap((n) => n.gaps).length);
      expect(twelve.nodes.flatMap((n) => n.gaps).every((g) => g.setBy.unit?.code)).toBe(true);
      expect(twelve.statements).toBe(three.statements);
      expect(twelve.statements).toBeLessThanOrEqual(10);
    } finally {
      await ho.stop();
    }
  });

  it('pages by outlet code with a total, in one statement for the page and the count, and keeps to your part of the network', async () => {
    const ho = await createGraphqlClient(db.orm, await actorFor(db.orm, 'ho_staff'));
    const fs = await createGraphqlClient(db.orm, await actorFor(db.orm, 't2_staff'));
    try {
      const all = (await ho.ok(LIST, { u: 'HO', first: 500 })).outletPlans;
      const codes = all.nodes.map((n: { orgUnit: { code: string } }) => n.orgUnit.code);
      expect(all.totalCount).toBe(codes.length);
      expect(codes).toEqual([...codes].sort());
      expect(new Set(codes).size).toBe(codes.length); // one current plan per outlet

      const paged: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        db.resetQueries();
        const page: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: { orgUnit: { code: string } }[] } = (
          await ho.ok(`query($after: String) { outletPlans(orgUnitCode: "HO", first: 5, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { orgUnit { code } } } }`, { after })
        ).outletPlans;
        expect(db.queries.filter((q) => /outlet_plan/.test(q))).toHaveLength(1);
        expect(page.totalCount).toBe(all.totalCount);
        paged.push(...page.nodes.map((n) => n.orgUnit.code));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        pages++;
      } while (after);
      expect(paged).toEqual(codes);
      expect(pages).toBe(Math.ceil(codes.length / 5));

      const approved = (await ho.ok(LIST, { u: 'HO', status: 'APPROVED' })).outletPlans;
      expect(approved.nodes.every((n: { status: string }) => n.status === 'APPROVED')).toBe(true);
      expect(approved.totalCount).toBe(await em().count(OutletPlan, { status: ApprovalState.APPROVED }));

      // Foshan's approver sees Foshan (no plans yet), and Jiangsu not at all.
      expect((await fs.ok(LIST, { u: 'GD-FS' })).outletPlans).toMatchObject({ totalCount: 0, nodes: [] });
      const outside = await fs.run(LIST, { u: 'JS' });
      expect(outside.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
      const bad = await ho.run(LIST, { u: 'HO', status: 'LOST' });
      expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(JSON.stringify(bad.errors?.[0]?.extensions)).toContain('status');
    } finally {
      await ho.stop();
      await fs.stop();
    }
  });
});

// Last, since it writes plans under Foshan, which the plan list above expects to have none.
describe('the roll-up tally', () => {
  it('keeps the roll-up tally equal to a recount from the plans, after every kind of write above and two transactions opening outlets under one new branch at once', async () => {
    const knex = db.orm.em.getKnex();
    const parent = await knex('org_unit').where({ code: 'SC-CDJJ' }).first();
    const now = new Date();
    const unit = (code: string, level: string, parentRow: { id: string; path: string }) => {
      const id = randomUUID();
      return { id, code, name_zh: code, name_en: code, level, parent_id: parentRow.id, path: `${parentRow.path}${id}/`, status: 'OPEN', version: 1, created_at: now, updated_at: now };
    };
    const branch = unit('SC-CDJJ-T', 'TIER_TWO_BRANCH', parent);
    await knex('org_unit').insert({ ...branch, tier_two_kind: 'BRANCH' });
    // The first transaction's recount writes the branch's first tally rows and
    // holds them uncommitted; the second must wait for it and count both outlets
    // (without the per-parent lock it would collide with those rows and fail).
    const first = await knex.transaction();
    await first('org_unit').insert(unit('SC-CDJJ-T-01', 'OUTLET', branch));
    const second = knex.transaction(async (trx) => {
      await trx('org_unit').insert(unit('SC-CDJJ-T-02', 'OUTLET', branch));
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await first.commit();
    await second;
    expect((await complianceRollup(em(), branch.path, TODAY)).outlets).toBe(2);

    const rows = async (sql: string) => ((await knex.raw(sql)).rows as { parent_id: string; dimension: string; key: string; n: number }[]).map((r) => `${r.parent_id} ${r.dimension} ${r.key} ${r.n}`);
    const stored = await rows(`select parent_id, dimension, key, n from compliance_tally order by 1, 2, 3`);
    const recounted = await rows(
      `select parent_id, dimension, key, sum(n)::int as n
         from compliance_outlet_facts(array(select distinct parent_id from org_unit where level = 'OUTLET'), '{}') group by 1, 2, 3 order by 1, 2, 3`,
    );
    expect(stored.length).toBeGreaterThan(50);
    expect(stored).toEqual(recounted);
  });
});
