import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/db.js';
import { actorFor, createGraphqlClient, personAt } from '../../../../test/support/graphql.js';
import { compliantFacts } from '../../../../test/support/outlet-facts.js';
import { seedDemoData } from '../../seed.js';
import { Role } from '../../shared/auth/roles.js';
import { Scope } from '../../shared/auth/scope.js';
import { OrgUnit } from '../org-unit/org-unit.entity.js';
import { EMPTY_INBOX_PART, type InboxSource } from '../approval/inbox-source.js';
import { returnPlan, saveFacts, standardOf, submitPlan } from '../outlet-plan/outlet-plan.service.js';
import { inbox } from './inbox.service.js';
import { INBOX_SOURCES } from './inbox.sources.js';

/**
 * The one inbox over every subject type: each source keeps to its scope, and
 * the whole inbox costs a fixed number of statements however much awaits.
 * Outlet plans are the new source here; local versions and editions keep
 * their own inbox tests in their modules.
 */

let db: TestDatabase;
type Client = Awaited<ReturnType<typeof createGraphqlClient>>;
const clients: Record<string, Client> = {};
const em = () => db.orm.em.fork();

const INBOX = `{ inbox { awaitingCount
  awaitingMe { subjectType id code title { zh en } orgUnit { code } state revision submittedBy comment }
  returnedToMe { subjectType code orgUnit { code } state decidedBy comment } } }`;

const plansIn = (items: any[]) => items.filter((i) => i.subjectType === 'OUTLET_PLAN');

async function submitCompliant(scope: Scope, outletCode: string) {
  const unit = await em().findOneOrFail(OrgUnit, { code: outletCode });
  const standard = (await standardOf(em(), unit))!;
  const plan = await saveFacts(em(), scope, outletCode, null, compliantFacts(standard, unit.category!));
  return submitPlan(em(), scope, outletCode, plan.version);
}

const scopes: Record<string, Scope> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.orm);
  const actors = {
    head: await actorFor(db.orm, 'outlet_head'),
    fs: await actorFor(db.orm, 't2_staff'),
    gd: await actorFor(db.orm, 't1_staff'),
    head02: await personAt(db.orm, 'GD-FS-02', 'head_02', [Role.OUTLET_HEAD]),
    head03: await personAt(db.orm, 'GD-FS-03', 'head_03', [Role.OUTLET_HEAD]),
    fsClerk: await personAt(db.orm, 'GD-FS', 'fs_clerk', [Role.BRANCH_STAFF]),
    otherT2: await personAt(db.orm, 'GD-GZTH', 'gzth_approver', [Role.BRANCH_STAFF, Role.APPROVER]),
  };
  for (const [name, actor] of Object.entries(actors)) {
    clients[name] = await createGraphqlClient(db.orm, actor);
    scopes[name] = new Scope(actor);
  }
});
afterAll(async () => {
  await Promise.all(Object.values(clients).map((c) => c.stop()));
  await db?.close();
});

describe('the inbox', () => {
  it('lists every subject type once in the registry', () => {
    expect(INBOX_SOURCES).toHaveLength(4);
    expect(new Set(INBOX_SOURCES).size).toBe(INBOX_SOURCES.length);
  });

  it('puts a submitted outlet plan before its parent branch’s approver only, never before its submitter', async () => {
    const plan = await submitCompliant(scopes.head, 'GD-FS-01');
    const fs = (await clients.fs.ok(INBOX)).inbox;
    expect(plansIn(fs.awaitingMe)).toEqual([
      {
        subjectType: 'OUTLET_PLAN',
        id: plan.id,
        code: 'GD-FS-01',
        title: expect.objectContaining({ zh: expect.any(String) }),
        orgUnit: { code: 'GD-FS-01' },
        state: 'SUBMITTED',
        revision: plan.version,
        submittedBy: 'outlet_head',
        comment: null,
      },
    ]);
    expect(fs.awaitingCount).toBe(fs.awaitingMe.length);
    // Its submitter, a sibling outlet, staff without the approver role, the
    // tier-one branch above and another tier-two branch's approver: none.
    for (const who of ['head', 'head02', 'fsClerk', 'gd', 'otherT2']) {
      const box = (await clients[who].ok(INBOX)).inbox;
      expect(plansIn(box.awaitingMe).map((i) => i.code), who).not.toContain('GD-FS-01');
      expect(plansIn(box.returnedToMe), who).toEqual([]);
    }
    // Guangzhou Tianhe's approver has its own outlet's demo plan awaiting them instead.
    expect(plansIn((await clients.otherT2.ok(INBOX)).inbox.awaitingMe).map((i) => i.code)).toEqual(['GD-GZTH-02']);
  });

  it('shows a returned plan, with the approver’s comment, to the outlet that sent it and no one else', async () => {
    const fs = (await clients.fs.ok(INBOX)).inbox;
    const [item] = plansIn(fs.awaitingMe);
    await returnPlan(em(), scopes.fs, 'GD-FS-01', item.revision, '请补充培训计划 add the training plan');
    expect(plansIn((await clients.head.ok(INBOX)).inbox.returnedToMe)).toEqual([
      { subjectType: 'OUTLET_PLAN', code: 'GD-FS-01', orgUnit: { code: 'GD-FS-01' }, state: 'RETURNED', decidedBy: 't2_staff', comment: '请补充培训计划 add the training plan' },
    ]);
    expect(plansIn((await clients.fs.ok(INBOX)).inbox.awaitingMe)).toEqual([]);
    for (const who of ['fs', 'head02', 'fsClerk', 'gd']) {
      expect(plansIn((await clients[who].ok(INBOX)).inbox.returnedToMe), who).toEqual([]);
    }
  });

  it('reads the whole inbox in a fixed number of statements however many items await', async () => {
    const count = async () => {
      db.resetQueries();
      const box = (await clients.fs.ok(INBOX)).inbox;
      return { statements: db.queries.length, awaiting: box.awaitingCount };
    };
    await submitCompliant(scopes.head02, 'GD-FS-02');
    const before = await count();
    await submitCompliant(scopes.head03, 'GD-FS-03');
    const after = await count();
    expect(after.awaiting).toBe(before.awaiting + 1);
    expect(after.statements).toBe(before.statements);
    // Two per source at most, one for the units and one for the comments.
    expect(after.statements).toBeLessThanOrEqual(2 * INBOX_SOURCES.length + 2);
  });

  it('merges what the sources return, longest waiting first', async () => {
    const at = (iso: string) => new Date(iso);
    const entry = (id: string, submittedAt: string) => ({
      subjectType: 'LOCAL_VERSION' as never,
      id,
      code: id,
      title: null,
      unitId: null,
      state: 'SUBMITTED' as never,
      submittedBy: null,
      submittedAt: at(submittedAt),
      decidedBy: null,
      decidedAt: null,
      revision: 1,
    });
    const a: InboxSource = async () => ({ awaitingMe: [entry('late', '2026-12-02')], returnedToMe: [] });
    const b: InboxSource = async () => ({ awaitingMe: [entry('early', '2026-12-01')], returnedToMe: [] });
    const none: InboxSource = async () => EMPTY_INBOX_PART;
    const merged = await inbox(em(), scopes.fs, [a, none, b]);
    expect(merged.awaitingMe.map((e) => e.id)).toEqual(['early', 'late']);
  });
});
