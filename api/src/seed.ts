import type { MikroORM } from '@mikro-orm/postgresql';
import { demoNetwork } from '../../seeds/demo-network.js';
import { LEVEL_ORDER, OrgLevel, OrgUnit, TierTwoKind } from './modules/org-unit/org-unit.entity.js';
import { LocalizedText } from './shared/localized-text.js';
import { recordAudit } from './modules/audit/audit.service.js';
import { snapshotOf } from './modules/org-unit/org-unit.service.js';
import { SYSTEM_ACTOR } from './shared/actor.js';
import { DEMO_API_TOKEN, DEMO_PASSWORD, demoUsers } from '../../seeds/demo-identities.js';
import { User } from './modules/user/user.entity.js';
import { userSnapshot } from './modules/user/user.service.js';
import { hashPassword } from './modules/user/password.js';
import { ApiToken } from './modules/api-token/api-token.entity.js';
import { tokenHash } from './shared/auth/tokens.js';
import type { Role } from './shared/auth/roles.js';
import { seedStandard } from './seed-standard.js';
import { demoLocalVersions } from '../../seeds/local-versions.js';
import { Scope } from './shared/auth/scope.js';
import { LocalVersion } from './modules/local-version/local-version.entity.js';
import * as localVersions from './modules/local-version/local-version.service.js';
import { StandardEdition } from './modules/standard/standard.entities.js';
import { demoOutletPlans } from '../../seeds/outlet-plans.js';
import { OutletPlan } from './modules/outlet-plan/outlet-plan.entity.js';
import * as outletPlans from './modules/outlet-plan/outlet-plan.service.js';
import type { OutletFacts } from './modules/compliance/gaps.js';
import { kindSpec } from './modules/standard/standard.kinds.js';
import type { Policy } from './modules/standard/standard.types.js';
import { demoRollout } from '../../seeds/rollouts.js';
import { Rollout } from './modules/rollout/rollout.entity.js';
import * as rollouts from './modules/rollout/rollout.service.js';
import type { RolloutPhase } from './modules/rollout/rollout.dates.js';

/**
 * Loads the demo data. Idempotent: rows are matched by business code, missing
 * ones are added, existing ones are left exactly as people may have edited them.
 * Returns how many units were added.
 */
export async function seedDemoData(
  orm: MikroORM,
  today = new Date().toISOString().slice(0, 10),
): Promise<{ unitsAdded: number; usersAdded: number; tokensAdded: number; standardAdded: boolean; localVersionsAdded: number; outletPlansAdded: number; rolloutsAdded: number }> {
  const unitsAdded = await seedDemoNetwork(orm);
  const { usersAdded, tokensAdded } = await seedDemoIdentities(orm);
  const standardAdded = await seedStandard(orm);
  const localVersionsAdded = await seedLocalVersions(orm);
  const outletPlansAdded = await seedOutletPlans(orm);
  const rolloutsAdded = await seedRollouts(orm, today);
  return { unitsAdded, usersAdded, tokensAdded, standardAdded, localVersionsAdded, outletPlansAdded, rolloutsAdded };
}

/**
 * The demo rollout, through the rollout services (dates nested inside the
 * level above, the workflow, the outlets' waves) under the system actor,
 * dated around `today` so it is always under way. Left alone when its code
 * exists; nothing is seeded before an edition is in force.
 */
async function seedRollouts(orm: MikroORM, today: string): Promise<number> {
  const scope = new Scope(SYSTEM_ACTOR);
  return orm.em.fork().transactional(async (tx) => {
    if (!(await tx.count(StandardEdition, { isCurrent: true }))) return 0;
    const demo = demoRollout(today);
    // The seed names phases by their codes; the services take the enum those codes are the values of.
    const phases = (list?: { phase: string; start: string; end: string }[]) => list?.map((x) => ({ ...x, phase: x.phase as RolloutPhase }));
    if (await tx.count(Rollout, { code: demo.code })) return 0;
    await rollouts.launchRollout(tx, scope, { code: demo.code, title: demo.title, phases: phases(demo.phases), pilotUnitCodes: demo.pilotUnitCodes });
    for (const p of demo.plans) {
      let plan = await rollouts.saveRolloutPlan(tx, scope, demo.code, p.unitCode, null, { phases: phases(p.phases), pilotUnitCodes: p.pilotUnitCodes, waves: p.waves, actions: p.actions });
      if (p.outcome !== 'DRAFT') plan = await rollouts.submitRolloutPlan(tx, scope, demo.code, p.unitCode, plan.version);
      if (p.outcome === 'APPROVED') await rollouts.approveRolloutPlan(tx, scope, demo.code, p.unitCode, plan.version, p.comment);
      if (p.outcome === 'RETURNED') await rollouts.returnRolloutPlan(tx, scope, demo.code, p.unitCode, plan.version, p.comment!);
    }
    return 1;
  });
}

/**
 * Demo outlet plans, through the outlet-plan services (facts checked, gaps
 * computed and stored, the submit guard and the workflow) under the system
 * actor, after the local versions so that each is checked against the
 * standard in force. An outlet that has any plan already is left alone, as is
 * one that is missing; nothing is seeded before an edition is in force.
 */
async function seedOutletPlans(orm: MikroORM): Promise<number> {
  const scope = new Scope(SYSTEM_ACTOR);
  return orm.em.fork().transactional(async (tx) => {
    if (!(await tx.count(StandardEdition, { isCurrent: true }))) return 0;
    let added = 0;
    for (const demo of demoOutletPlans) {
      const unit = await tx.findOne(OrgUnit, { code: demo.outletCode });
      if (!unit || (await tx.count(OutletPlan, { unit: unit.id }))) continue;
      const standard = await outletPlans.standardOf(tx, unit);
      const core = standard?.coreRules.map((r) => r.code) ?? [];
      const { acknowledged } = demo.facts;
      const facts: OutletFacts = {
        floorArea: demo.facts.floorArea,
        staffing: demo.facts.staffing.map(([position, current, target]) => ({ position, current, target })),
        zones: [
          ...demo.facts.present.map((zone) => ({ zone, status: 'PRESENT' as const })),
          ...(demo.facts.planned ?? []).map((zone) => ({ zone, status: 'PLANNED' as const })),
        ],
        devices: Object.entries(demo.facts.devices).map(([deviceType, count]) => ({ deviceType, count })),
        acknowledgedRules: acknowledged === 'ALL' ? core : core.filter((c) => !acknowledged.allBut.includes(c)),
      };
      let plan = await outletPlans.saveFacts(tx, scope, demo.outletCode, null, facts);
      for (const action of demo.actions ?? []) plan = await outletPlans.addAction(tx, scope, demo.outletCode, plan.version, action);
      for (const j of demo.justifications ?? []) plan = await outletPlans.justifyGap(tx, scope, demo.outletCode, plan.version, j.path, j.text);
      if (demo.outcome !== 'DRAFT') plan = await outletPlans.submitPlan(tx, scope, demo.outletCode, plan.version);
      if (demo.outcome === 'APPROVED') await outletPlans.approvePlan(tx, scope, demo.outletCode, plan.version, demo.decision?.comment);
      if (demo.outcome === 'RETURNED') await outletPlans.returnPlan(tx, scope, demo.outletCode, plan.version, demo.decision!.comment);
      added++;
    }
    return added;
  });
}

/**
 * Demo local versions, through the local-version services (with their policy
 * checks and workflow) under the system actor. A version whose code exists,
 * or whose unit is missing, is left alone; nothing is seeded before an
 * edition is in force.
 */
async function seedLocalVersions(orm: MikroORM): Promise<number> {
  const scope = new Scope(SYSTEM_ACTOR);
  return orm.em.fork().transactional(async (tx) => {
    if (!(await tx.count(StandardEdition, { isCurrent: true }))) return 0;
    let added = 0;
    for (const demo of demoLocalVersions) {
      if (await tx.count(LocalVersion, { code: demo.code })) continue;
      const unit = await tx.findOne(OrgUnit, { code: demo.orgUnitCode });
      if (!unit) continue;
      let version = await localVersions.createLocalVersion(tx, scope, { orgUnitCode: demo.orgUnitCode, code: demo.code, title: demo.title });
      const inherited = await localVersions.inheritedBy(tx, unit, version.baseEdition.getEntity());
      for (const change of demo.changes) {
        const value = typeof change.value === 'function' ? change.value(inherited.values.get(change.path)?.value) : change.value;
        version = await localVersions.setLocalValue(tx, scope, { id: version.id, expectedVersion: version.version, path: change.path, value });
      }
      for (const item of demo.items ?? []) {
        const spec = kindSpec(item.kind)!;
        version = await localVersions.addLocalItem(tx, scope, spec, version.id, version.version, item.input);
      }
      for (const entry of demo.entries ?? []) {
        version = await localVersions.setLocalValue(tx, scope, { id: version.id, expectedVersion: version.version, path: entry.path, value: entry.value, policy: entry.policy as Policy });
      }
      if (demo.outcome !== 'DRAFT') version = await localVersions.submitLocalVersion(tx, scope, version.id, version.version, demo.submitComment);
      if (demo.outcome === 'APPROVED') await localVersions.approveLocalVersion(tx, scope, version.id, version.version, demo.decision?.comment);
      if (demo.outcome === 'RETURNED') {
        await localVersions.returnLocalVersion(tx, scope, version.id, version.version, demo.decision!.comment, demo.decision!.itemComments);
      }
      added++;
    }
    return added;
  });
}

async function seedDemoNetwork(orm: MikroORM): Promise<number> {
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
        category: (demo.category as string | undefined) ?? null,
      } as never);
      unit.path = `${parent ? parent.path : '/'}${unit.id}/`;
      recordAudit(tx, SYSTEM_ACTOR, {
        operation: 'orgUnit.create',
        objectType: 'OrgUnit',
        objectId: unit.id,
        objectLabel: unit.code,
        unitPath: unit.path,
        after: snapshotOf(unit, parent?.code ?? null),
      });
      byCode.set(unit.code, unit);
      unitsAdded++;
      }
      await tx.flush();
    }
    return unitsAdded;
  });
}

/** Demo users (all with the documented demo password) and the demo integration token. */
async function seedDemoIdentities(orm: MikroORM): Promise<{ usersAdded: number; tokensAdded: number }> {
  const em = orm.em.fork();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return em.transactional(async (tx) => {
    const units = new Map(
      (await tx.find(OrgUnit, { code: { $in: [...demoUsers.map((u) => u.unitCode), DEMO_API_TOKEN.scopeUnitCode] } })).map((u) => [u.code, u]),
    );
    const existing = new Set((await tx.find(User, { username: { $in: demoUsers.map((u) => u.username) } })).map((u) => u.username));
    let usersAdded = 0;
    for (const demo of demoUsers) {
      const unit = units.get(demo.unitCode);
      if (existing.has(demo.username) || !unit) continue;
      const user = tx.create(User, {
        username: demo.username,
        displayName: demo.displayName,
        orgUnit: unit,
        roles: demo.roles as Role[],
        passwordHash,
      } as never);
      recordAudit(tx, SYSTEM_ACTOR, {
        operation: 'user.create',
        objectType: 'User',
        objectId: user.id,
        objectLabel: user.username,
        unitPath: unit.path,
        after: userSnapshot(user),
      });
      usersAdded++;
    }
    let tokensAdded = 0;
    const hash = tokenHash(DEMO_API_TOKEN.token);
    const scopeUnit = units.get(DEMO_API_TOKEN.scopeUnitCode);
    if (scopeUnit && !(await tx.count(ApiToken, { tokenHash: hash }))) {
      const token = tx.create(ApiToken, {
        name: DEMO_API_TOKEN.name,
        system: DEMO_API_TOKEN.system,
        scopeUnit,
        tokenHash: hash,
        prefix: DEMO_API_TOKEN.token.slice(0, 10),
        expiresAt: new Date(Date.now() + DEMO_API_TOKEN.validDays * 86_400_000),
        createdBy: 'system',
      } as never);
      recordAudit(tx, SYSTEM_ACTOR, {
        operation: 'apiToken.issue',
        objectType: 'ApiToken',
        objectId: token.id,
        objectLabel: token.name,
        unitPath: scopeUnit.path,
        after: { name: token.name, system: token.system, scopeUnitCode: scopeUnit.code, expiresAt: token.expiresAt },
      });
      tokensAdded++;
    }
    await tx.flush();
    return { usersAdded, tokensAdded };
  });
}
